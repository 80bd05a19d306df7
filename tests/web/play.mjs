// Plays the web build (dist/web) in headless Chromium the way a reader would: serves it
// gzip-compressed under a sub-path (/game/) over a throttled line, measures the bytes and
// seconds until the title appears and the bytes of the whole game, waits for the title
// screen, starts a new game, reads a few lines, and checks that the canvas shows
// something, the sound is allowed to play and the console has no errors; opens Chapter 6
// straight from the address (?scene=one_of_us) and sees its place and hears its
// ambience. Then it checks
// the page's own messages: no WebGL2, and a download that fails.
//
//   node play.mjs [DIST_DIR] [SCREENSHOT_DIR]
import { createServer } from "node:http";
import { readFile, readdir, mkdir, writeFile } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { PNG } from "pngjs";

const MB = 1_000_000;
// Byte budgets, counted on the wire (gzip where it helps, plus headers). Before the
// title (issue 10): the wasm (5.52 MB gzipped on 2026-11-29), fonts, the story and the
// title's picture, 5.88 MB then; issue 10 asks for 5 MB, which the wasm alone exceeds
// (docs/performance.md). The margin now covers the layered cast's longer manifest and
// kira driven directly. The whole game: 10.93 MB on 2026-11-29; issue 18's score and
// ambience (loops of 90 s and more at 44.1 kHz, Vorbis: 21.9 MB of sound, from 2.9 MB)
// bring it to about 30 MB (assets about 24.2 MB gzipped where it helps, plus the wasm),
// so the budget is that plus 5%. The browser streams them by chapter.
const BYTES_BEFORE_TITLE = 6.5 * MB;
const BYTES_WHOLE_GAME = 31.5 * MB;
// The line the reader is on: 20 Mbit/s down, 40 ms latency.
const LINE = { downloadMbit: 20, uploadMbit: 10, latencyMs: 40 };
// Where the game lives on the test server, to prove a sub-path works.
const BASE = "/game/";

const dist = resolve(process.argv[2] ?? "../../dist/web");
const shots = resolve(process.argv[3] ?? "../../dist/web-test");
const types = {
  ".html": "text/html", ".js": "text/javascript", ".wasm": "application/wasm",
  ".png": "image/png", ".webp": "image/webp", ".ogg": "audio/ogg", ".ttf": "font/ttf", ".otf": "font/otf",
  ".ron": "text/plain", ".json": "application/json", ".css": "text/css",
};
// What a static host would compress; PNG, WebP and Ogg are compressed already.
const COMPRESSIBLE = new Set([".html", ".js", ".wasm", ".ttf", ".otf", ".ron", ".json", ".css", ".svg"]);

// Chromium without a GPU: WebGL through SwiftShader; no network beyond localhost.
const CHROMIUM_FLAGS = [
  "--no-sandbox", "--disable-gpu", "--use-angle=swiftshader", "--enable-unsafe-swiftshader",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
  "--disable-quic", "--no-first-run", "--autoplay-policy=user-gesture-required",
];

/** The body a file is served with: gzip -9 where it helps, as static hosts do. */
const served = new Map();
async function body(file) {
  if (!served.has(file)) {
    const raw = await readFile(file);
    const gzip = COMPRESSIBLE.has(extname(file)) ? gzipSync(raw, { level: 9 }) : null;
    served.set(file, gzip && gzip.length < raw.length ? { bytes: gzip, gzip: true } : { bytes: raw, gzip: false });
  }
  return served.get(file);
}

async function files(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath ?? e.path, e.name));
}

function serve() {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, "http://x").pathname));
    if (path === BASE.slice(0, -1)) {
      response.writeHead(301, { location: BASE }).end();
      return;
    }
    if (!path.startsWith(BASE)) {
      response.writeHead(404).end();
      return;
    }
    const relative = path.slice(BASE.length);
    const file = join(dist, relative === "" || relative.endsWith("/") ? relative + "index.html" : relative);
    try {
      const { bytes, gzip } = await body(file);
      const accepts = /\bgzip\b/.test(request.headers["accept-encoding"] ?? "");
      const sent = gzip && !accepts ? await readFile(file) : bytes;
      response.writeHead(200, {
        "content-type": types[extname(file)] ?? "application/octet-stream",
        "content-length": sent.length,
        ...(gzip && accepts ? { "content-encoding": "gzip", vary: "accept-encoding" } : {}),
        "cache-control": "no-store",
      });
      response.end(sent);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((ok) => server.listen(0, "127.0.0.1", () => ok(server)));
}

/** Distinct colours (coarse) and the share of light pixels in the bottom quarter. */
function look(png) {
  const picture = PNG.sync.read(png);
  const colours = new Set();
  let light = 0, bottom = 0;
  for (let y = 0; y < picture.height; y++) {
    for (let x = 0; x < picture.width; x++) {
      const i = (y * picture.width + x) * 4;
      const [r, g, b] = picture.data.subarray(i, i + 3);
      colours.add(((r >> 3) << 10) | ((g >> 3) << 5) | (b >> 3));
      if (y > picture.height * 0.75) {
        bottom++;
        if (r > 170 && g > 170 && b > 170) light++;
      }
    }
  }
  return { colours: colours.size, textShare: light / bottom };
}

function check(condition, message) {
  if (!condition) throw new Error(message);
  console.log("ok:", message);
}

const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

const mb = (bytes) => `${(bytes / MB).toFixed(2)} MB`;

/** A fresh page, with console errors and failed requests collected in `errors`. */
async function open(browser, errors, onConsole) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  page.on("pageerror", (error) => errors.push(`page error: ${error.message}`));
  page.on("response", (r) => r.status() >= 400 && errors.push(`HTTP ${r.status()}: ${r.url()}`));
  page.on("console", (message) => {
    const text = message.text();
    if (process.env.VERBOSE) console.log(`[${message.type()}] ${text}`);
    onConsole?.(text);
    if (message.type() === "error" || /panicked/.test(text)) errors.push(`console: ${text}`);
  });
  return page;
}

/** Counts what crosses the (throttled) line, request by request, through DevTools. */
async function throttle(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: LINE.latencyMs,
    downloadThroughput: (LINE.downloadMbit * 1e6) / 8,
    uploadThroughput: (LINE.uploadMbit * 1e6) / 8,
  });
  // Bytes on the wire per request: what has arrived so far (a body the page reads as a
  // stream, like the wasm, may never report itself finished), or its finished total.
  const arrived = new Map();
  const urls = new Map();
  const line = {
    get bytes() { let sum = 0; for (const b of arrived.values()) sum += b; return sum; },
    get requests() { return arrived.size; },
  };
  cdp.on("Network.requestWillBeSent", (event) => urls.set(event.requestId, event.request.url));
  cdp.on("Network.dataReceived", (event) => {
    arrived.set(event.requestId, (arrived.get(event.requestId) ?? 0) + event.encodedDataLength);
  });
  cdp.on("Network.loadingFinished", (event) => {
    const bytes = Math.max(arrived.get(event.requestId) ?? 0, event.encodedDataLength);
    arrived.set(event.requestId, bytes);
    if (process.env.VERBOSE) console.log(`fetched ${urls.get(event.requestId)}: ${bytes} bytes`);
  });
  return line;
}

const server = await serve();
const url = `http://127.0.0.1:${server.address().port}${BASE}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  headless: true,
  args: CHROMIUM_FLAGS,
});
let errors = [];
// What had crossed the line, and when, as the game said the title was up (taken there
// and then: Chapter 1 starts downloading in the same frame).
let loaded = null;
try {
  await mkdir(shots, { recursive: true });
  // Everything the game can ever fetch, as the server sends it.
  let wholeGame = 0;
  for (const file of await files(dist)) wholeGame += (await body(file)).bytes.length;

  const page = await open(browser, errors, (text) => {
    if (text.includes("the title screen is up") && !loaded) {
      loaded = { bytes: line.bytes, requests: line.requests, at: Date.now() };
    }
  });
  const line = await throttle(page);
  const began = Date.now();
  await page.goto(url);
  let progressShown = "";
  for (let waited = 0; !loaded; waited += 250) {
    if (waited > 180_000) throw new Error("the game did not finish loading in 3 minutes");
    if (errors.length) throw new Error(errors.join("\n"));
    // (Not a locator: that would wait for the element after the page removes it.)
    const status = await page.evaluate(() => document.querySelector("#loading .status")?.textContent);
    if (!progressShown && /^\d+\.\d of \d+\.\d MB$/.test(status ?? "") && !status.startsWith("0.0 ")) progressShown = status;
    await sleep(250);
  }
  const seconds = (loaded.at - began) / 1000;
  const beforeTitle = loaded;
  console.log(`before the title: ${mb(beforeTitle.bytes)} in ${beforeTitle.requests} requests, ` +
    `${seconds.toFixed(1)} s at ${LINE.downloadMbit} Mbit/s with ${LINE.latencyMs} ms latency (served gzip-compressed under ${BASE})`);
  console.log(`the whole game: ${mb(wholeGame)} as served`);
  // For make bench's table.
  await writeFile(join(shots, "metrics.json"), JSON.stringify({
    beforeTitle: { megabytes: +(beforeTitle.bytes / MB).toFixed(2), requests: beforeTitle.requests, seconds: +seconds.toFixed(1) },
    wholeGameMegabytes: +(wholeGame / MB).toFixed(2),
    line: `${LINE.downloadMbit} Mbit/s, ${LINE.latencyMs} ms`,
  }, null, 2));
  check(progressShown !== "", `the page showed download progress ("${progressShown}")`);
  check(beforeTitle.bytes <= BYTES_BEFORE_TITLE,
    `bytes before the title ${mb(beforeTitle.bytes)} within the budget of ${mb(BYTES_BEFORE_TITLE)}`);
  check(wholeGame <= BYTES_WHOLE_GAME,
    `bytes for the whole game ${mb(wholeGame)} within the budget of ${mb(BYTES_WHOLE_GAME)}`);
  check(await page.locator("#loading").count() === 0, "the loading indicator is gone once the game runs");
  await sleep(3000); // the title fades in under the rain
  const title = await page.screenshot();
  await writeFile(join(shots, "title.png"), title);
  check(look(title).colours > 200, "the title screen is drawn");

  // The first click wakes the sound; Enter picks "New Game".
  await page.mouse.click(20, 20);
  await sleep(300);
  const audio = await page.evaluate(() => (window.__audioContexts ?? []).map((c) => c.state));
  check(audio.length > 0 && audio.every((s) => s === "running"), `sound runs after the first click (${audio})`);
  await page.keyboard.press("Enter");
  await sleep(5000); // through black, the chapter card
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press("Space");
    await sleep(700);
  }
  await sleep(2500);
  const scene = await page.screenshot();
  await writeFile(join(shots, "scene.png"), scene);
  const seen = look(scene);
  check(seen.colours > 200, "the scene is drawn");
  check(seen.textShare > 0.002, "the dialogue box shows a line");
  check(errors.length === 0, `no errors or panics in the console${errors.length ? ":\n" + errors.join("\n") : ""}`);
  console.log(`by the end of the test: ${mb(line.bytes)} in ${line.requests} requests`);
  await page.close();

  // Straight to Chapter 6 from the address (as a reader following a link, or a save
  // loaded from the title): its place is drawn and its ambience plays, not a blank or
  // silent stage. What it should play is read from the story itself.
  const story = (name) => readFile(join(dist, "assets", "story", name), "utf8");
  const place = (await story("ch6/one_of_us.ron")).match(/Place\("([^"]+)"/)[1];
  const manifest = await story("story.ron");
  const key = manifest.match(new RegExp(`"${place}":\\s*\\([^)]*ambience:\\s*"([^"]+)"`))[1];
  // The name in the manifest's ambience table (music may use the same name).
  const table = manifest.slice(manifest.indexOf("ambience: {"));
  const ambience = table.match(new RegExp(`"${key}":\\s*"([^"]+)"`))[1];
  const jumpErrors = [];
  const looping = [];
  let jumpLoaded = false;
  const jump = await open(browser, jumpErrors, (text) => {
    // A jump never shows the title: it is in once its chapter's sound starts, which
    // waits for the chapter's files.
    const playing = text.match(/now looping (\S+)/);
    if (playing) {
      looping.push(playing[1]);
      jumpLoaded = true;
    }
  });
  await jump.goto(`${url}?scene=one_of_us`);
  for (let waited = 0; !jumpLoaded; waited += 250) {
    if (waited > 180_000) throw new Error("the Chapter 6 page did not finish loading in 3 minutes");
    if (jumpErrors.length) throw new Error(jumpErrors.join("\n"));
    await sleep(250);
  }
  await sleep(4000); // through black to the first line
  await jump.mouse.click(20, 20); // the first gesture: the sound may start
  await sleep(2500);
  const six = await jump.screenshot();
  await writeFile(join(shots, "chapter-6.png"), six);
  const sixSeen = look(six);
  check(sixSeen.colours > 200 && sixSeen.textShare > 0.002, `?scene=one_of_us draws Chapter 6 (${place}) with its line`);
  const jumpAudio = await jump.evaluate(() => (window.__audioContexts ?? []).map((c) => c.state));
  check(looping.includes(ambience) && jumpAudio.length > 0 && jumpAudio.every((s) => s === "running"),
    `Chapter 6's ambience ${ambience} plays (looping: ${looping})`);
  check(jumpErrors.length === 0, `no errors in Chapter 6${jumpErrors.length ? ":\n" + jumpErrors.join("\n") : ""}`);
  await jump.close();

  // No WebGL2: the page says so instead of starting.
  const noGl = await open(browser, []);
  await noGl.addInitScript(() => {
    const getContext = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (kind, ...rest) {
      return kind === "webgl2" ? null : getContext.call(this, kind, ...rest);
    };
  });
  await noGl.goto(url);
  await noGl.locator("#loading.failed").waitFor({ timeout: 10_000 });
  check(/needs WebGL2/.test(await noGl.locator("#loading").textContent()), "without WebGL2 the page says the game needs it");
  await noGl.close();

  // A download that fails: the page says so and offers to try again.
  const broken = await open(browser, []);
  await broken.route("**/after_the_rain_bg.wasm", (route) => route.fulfill({ status: 503, body: "" }));
  await broken.goto(url);
  await broken.locator("#loading.failed").waitFor({ timeout: 10_000 });
  const said = await broken.locator("#loading").textContent();
  check(/could not be downloaded/.test(said) && await broken.locator("#loading button").isVisible(),
    "a failed download is reported with a way to try again");
  await broken.close();
  console.log("1 passed, 0 failed");
} catch (error) {
  console.error(error.message);
  console.log("0 passed, 1 failed");
  process.exitCode = 1;
} finally {
  await browser.close();
  server.close();
}
