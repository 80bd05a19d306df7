// Plays the web build (dist/web) in headless Chromium the way a reader would: serves it
// under a sub-path (/game/) over a throttled line as a static host would (a file's
// Brotli or gzip copy when the browser takes it, like nginx's brotli_static and
// gzip_static; else gzip made on the fly), measures the bytes and seconds until the
// title appears, split into download, wasm compile, start-up, shader compiles and
// frames, and the bytes of the whole game; waits for the title screen, starts a new
// game, reads a few lines, and checks that the canvas shows something, the sound is
// allowed to play and the console has no errors; follows the lines and picks a choice
// in the page's copy for screen readers; saves, and exports that save and all saves
// from the load screen (downloads), checked with the story core's reading of saves.
// Then, with the server stopped and the browser
// offline, a second visit starts from the service worker's cache and reaches the title,
// and Chapter 6, opened straight from the address (?scene=one_of_us), draws its place
// and plays its ambience from the cache. In an empty profile the exported save is
// imported through the file picker and loads; a file that is not a save is refused.
// Last, the page's own messages: no WebGL2, and a download that fails.
//
//   node play.mjs [DIST_DIR] [SCREENSHOT_DIR]
//
// LINE=off plays over an unthrottled line; TITLE_RUNS=n only measures the way to the
// title n times (each in a fresh browser profile) and prints each split, with QUERY
// added to the address (e.g. "?msaa=4&draw=1", src/web/mod.rs); PRECOMPRESSED=off
// serves gzip made on the fly instead of the Brotli and gzip copies.
import { createServer } from "node:http";
import { readFile, readdir, mkdir, writeFile } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";
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
// so the budget is that plus 5%. The browser streams them by chapter. Issue 17's cast
// (layered, turned, with the action poses), its places and paintings brought it to
// 31.55 MB on 2026-12-06 (cast PNGs 3.51 MB, places 1.14, paintings 0.87). That night's
// direction pass (bodies that hold, carry and reach, Rey's grazed sleeve, place variants
// for what a bust cannot show, six paintings) brought it to about 33.5 MB (cast 3.8 MB of
// bodies); lossy WebP saves little on these flat layers (measured: 5-11%, and larger for
// some), so the budget is 34.5 MB, that plus 3%: the next art this size is looked at first.
const BYTES_BEFORE_TITLE = 6.5 * MB;
const BYTES_WHOLE_GAME = 34.5 * MB;
// The line the reader is on: 20 Mbit/s down, 40 ms latency (LINE=off: no throttle).
const LINE = process.env.LINE === "off" ? null : { downloadMbit: 20, uploadMbit: 10, latencyMs: 40 };
const LINE_SAID = LINE ? `${LINE.downloadMbit} Mbit/s with ${LINE.latencyMs} ms latency` : "an unthrottled line";
// Where the game lives on the test server, to prove a sub-path works.
const BASE = "/game/";

const dist = resolve(process.argv[2] ?? "../../dist/web");
const shots = resolve(process.argv[3] ?? "../../dist/web-test");
const types = {
  ".html": "text/html", ".js": "text/javascript", ".wasm": "application/wasm",
  ".png": "image/png", ".webp": "image/webp", ".ogg": "audio/ogg", ".ttf": "font/ttf", ".otf": "font/otf",
  ".ron": "text/plain", ".json": "application/json", ".css": "text/css",
  ".webmanifest": "application/manifest+json", ".svg": "image/svg+xml",
};
// What a static host would compress; PNG, WebP and Ogg are compressed already.
const COMPRESSIBLE = new Set([".html", ".js", ".wasm", ".ttf", ".otf", ".ron", ".json", ".css", ".svg", ".webmanifest"]);
// The precompressed copies `make web` writes beside the files: alternatives, not files
// of their own.
const COPY = /\.(br|gz)$/;

// Chromium without a GPU: WebGL through SwiftShader; no network beyond localhost.
const CHROMIUM_FLAGS = [
  "--no-sandbox", "--disable-gpu", "--use-angle=swiftshader", "--enable-unsafe-swiftshader",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
  "--disable-quic", "--no-first-run", "--autoplay-policy=user-gesture-required",
];

/**
 * The body a file is served with to a browser that accepts `accepted` (its
 * Accept-Encoding): its Brotli copy (`.br`) or gzip copy (`.gz`) when `make web` wrote
 * one and the browser takes it, else gzip -9 made on the fly where that helps, else
 * the file itself.
 */
const served = new Map();
async function body(file, accepted = "") {
  const takes = (coding) => new RegExp(`\\b${coding}\\b`).test(accepted);
  const key = `${file}\n${takes("br")}${takes("gzip")}`;
  if (!served.has(key)) {
    const raw = await readFile(file);
    let answer = { bytes: raw, encoding: null };
    if (PRECOMPRESSED && takes("br") && existsSync(`${file}.br`)) {
      answer = { bytes: await readFile(`${file}.br`), encoding: "br" };
    } else if (PRECOMPRESSED && takes("gzip") && existsSync(`${file}.gz`)) {
      answer = { bytes: await readFile(`${file}.gz`), encoding: "gzip" };
    } else if (takes("gzip") && COMPRESSIBLE.has(extname(file))) {
      const gzip = gzipSync(raw, { level: 9 });
      if (gzip.length < raw.length) answer = { bytes: gzip, encoding: "gzip" };
    }
    served.set(key, answer);
  }
  return served.get(key);
}
// PRECOMPRESSED=off leaves the copies unused (gzip made on the fly, as before them).
const PRECOMPRESSED = process.env.PRECOMPRESSED !== "off";
// What the browser asked for, as the first request said (for the whole game's bytes).
let browserAccepts = null;
// While true the server answers nothing, as if the line were down.
let serverDown = false;

async function files(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && !COPY.test(e.name)).map((e) => join(e.parentPath ?? e.path, e.name));
}

function serve() {
  const server = createServer(async (request, response) => {
    if (serverDown) {
      request.socket.destroy();
      return;
    }
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
      const accepts = request.headers["accept-encoding"] ?? "";
      browserAccepts ??= accepts;
      const { bytes, encoding } = await body(file, accepts);
      response.writeHead(200, {
        "content-type": types[extname(file)] ?? "application/octet-stream",
        "content-length": bytes.length,
        ...(encoding ? { "content-encoding": encoding } : {}),
        ...(COMPRESSIBLE.has(extname(file)) ? { vary: "accept-encoding" } : {}),
        "cache-control": "no-store",
      });
      response.end(bytes);
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

/**
 * A fresh page, with console errors and failed requests collected in `errors`: in
 * `where`'s browser profile when it is a context, else in a profile of its own.
 */
async function open(where, errors, onConsole) {
  const page = where.newContext
    ? await where.newPage({ viewport: VIEWPORT })
    : await where.newPage();
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
const VIEWPORT = { width: 1280, height: 720 };

/** Counts what crosses the (throttled) line, request by request, through DevTools. */
async function throttle(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  if (LINE) {
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: LINE.latencyMs,
      downloadThroughput: (LINE.downloadMbit * 1e6) / 8,
      uploadThroughput: (LINE.uploadMbit * 1e6) / 8,
    });
  }
  // Bytes on the wire per request: what has arrived so far (a body the page reads as a
  // stream, like the wasm, may never report itself finished), or its finished total.
  const arrived = new Map();
  const urls = new Map();
  const line = {
    get bytes() { let sum = 0; for (const b of arrived.values()) sum += b; return sum; },
    get requests() { return arrived.size; },
    encodings: new Map(),
  };
  // How often each address was asked of the network (a preload the game did not take
  // up is a second download of the same file).
  line.asked = new Map();
  cdp.on("Network.requestWillBeSent", (event) => {
    urls.set(event.requestId, event.request.url);
    line.asked.set(event.request.url, (line.asked.get(event.request.url) ?? 0) + 1);
  });
  cdp.on("Network.responseReceived", (event) => {
    const encoding = Object.entries(event.response.headers)
      .find(([name]) => name.toLowerCase() === "content-encoding")?.[1];
    line.encodings.set(event.response.url, encoding ?? "none");
  });
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

/**
 * Opens the game at `address` in `page` and waits for its title: what had crossed the
 * line then (taken there and then: Chapter 1 starts downloading in the same frame) and
 * the page's own timing (`window.__timing`, web/index.html).
 */
async function toTitle(page, address, line, errors, titleSeen, { watchProgress = false } = {}) {
  const began = Date.now();
  await page.goto(address);
  let progressShown = "";
  while (!titleSeen.at) {
    if (Date.now() - began > 180_000) throw new Error("the game did not finish loading in 3 minutes");
    if (errors.length) throw new Error(errors.join("\n"));
    if (watchProgress && !progressShown) {
      // (Not a locator: that would wait for the element after the page removes it.)
      const status = await page.evaluate(() => document.querySelector("#loading .status")?.textContent);
      if (/^\d+\.\d of \d+\.\d MB$/.test(status ?? "") && !status.startsWith("0.0 ")) progressShown = status;
    }
    await sleep(100);
  }
  // The page's marks up to the title's second frame.
  await page.waitForFunction(() => window.__timing?.marks.titleShown, null, { timeout: 30_000 });
  const timing = await page.evaluate(() => {
    // The wasm's own download, from the browser's resource timing: it starts with the
    // page's preload, before the page's script asks for it.
    const wasm = performance.getEntriesByType("resource").find((e) => e.name.endsWith("after_the_rain_bg.wasm"));
    return { ...JSON.parse(JSON.stringify(window.__timing)), wasmFetch: wasm && [wasm.startTime, wasm.responseEnd] };
  });
  return {
    bytes: titleSeen.bytes, requests: titleSeen.requests, twice: titleSeen.twice ?? [],
    seconds: (titleSeen.at - began) / 1000, timing, progressShown,
  };
}

/** A console hook that notes when the game says its title is up. */
function titleWatch(line) {
  const seen = { at: null, bytes: 0, requests: 0 };
  seen.onConsole = (text) => {
    if (text.includes("the title screen is up") && !seen.at) {
      const twice = [...(line?.asked ?? [])].filter(([, times]) => times > 1).map(([url]) => url);
      Object.assign(seen, { at: Date.now(), bytes: line?.bytes ?? 0, requests: line?.requests ?? 0, twice });
    }
  };
  return seen;
}

/**
 * Where the page's seconds before the title went, from its own marks (milliseconds
 * since the page was asked for): the lines to print, and the figures.
 */
function split(timing, wasmCompileAlone) {
  const m = timing.marks;
  const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
  const title = m.title;
  const inside = (from, to) => ([, start]) => start >= from && start < to;
  // Long tasks (the main thread busy for 50 ms or more), clipped to a window.
  const busy = (from, to) => timing.longTasks
    .map(([start, took]) => Math.max(0, Math.min(to, start + took) - Math.max(from, start)))
    .reduce((a, b) => a + b, 0);
  const gl = (kind, from, to) => timing.gl.filter(([k]) => k === kind).filter(inside(from, to))
    .reduce((sum, [, , took]) => sum + took, 0);
  const programs = (from, to) => timing.programs.filter((t) => t >= from && t < to).length;
  const fetched = !m.fromCache && timing.wasmFetch;
  const downloaded = fetched ? fetched[1] : m.wasmDownloaded ?? m.wasmResponse;
  const wasmStart = fetched ? fetched[0] : m.wasmRequested;
  const figures = {
    title: title / 1000,
    pageAndGlue: m.glue / 1000,
    wasmDownload: (downloaded - wasmStart) / 1000,
    wasmCompileAfterLastByte: (m.instantiated - Math.max(downloaded, m.instantiateStreamingCalled ?? 0)) / 1000,
    wasmCompileAlone: wasmCompileAlone ?? null,
    bevyStart: (m.started - m.instantiated) / 1000,
    startToTitle: (title - m.started) / 1000,
    shaderCompile: (gl("shader", 0, title) + (timing.glShortAtTitle?.shader ?? 0)) / 1000,
    programs: programs(0, title),
    firstDraws: (gl("draw", 0, title) + (timing.glShortAtTitle?.draw ?? 0)) / 1000,
    uploads: (gl("upload", 0, title) + (timing.glShortAtTitle?.upload ?? 0)) / 1000,
    busyStartToTitle: busy(m.started, title) / 1000,
    firstFrame: (m.titleShown - title) / 1000,
    framesBeforeTitle: timing.frames,
    fromCache: !!m.fromCache,
  };
  const f = figures;
  const other = Math.max(0, f.busyStartToTitle - f.shaderCompile - f.firstDraws - f.uploads);
  const idle = Math.max(0, f.startToTitle - f.busyStartToTitle);
  const lines = [
    `  the page and wasm-bindgen's glue   ${s(m.glue)}`,
    f.fromCache
      ? `  the wasm from the offline cache     ${s(downloaded - wasmStart)} to its headers`
      : `  the wasm's download                 ${s(downloaded - wasmStart)} (${s(wasmStart)} to ${s(downloaded)}; compiled as it arrives, instantiateStreaming)`,
    `  wasm compile after its last byte    ${s(f.wasmCompileAfterLastByte * 1000)}` +
      (wasmCompileAlone ? ` (compiling it alone, from memory: ${wasmCompileAlone.toFixed(2)} s)` : ""),
    `  Bevy's start-up (main)              ${s(f.bevyStart * 1000)}`,
    `  from there to the title             ${s(f.startToTitle * 1000)}: shader compiles ${s(f.shaderCompile * 1000)} ` +
      `(${f.programs} programs), first draws ${s(f.firstDraws * 1000)}, texture and buffer uploads ${s(f.uploads * 1000)}, ` +
      `the rest of ${timing.frames} frames ${s(other * 1000)} (Bevy's systems and the asset loaders; ` +
      `the loading frames draw nothing: ${timing.drawsBeforeTitle ?? 0} draw calls), idle ${s(idle * 1000)}`,
    `  the title's first frame             ${s(f.firstFrame * 1000)}`,
  ];
  return { lines, figures };
}

/** WebGL work after the title: the first lines of the story. */
function afterTitle(timing) {
  const from = timing.marks.title;
  const sum = (kind) => timing.gl.filter(([k, start]) => k === kind && start >= from)
    .reduce((a, [, , took]) => a + took, 0) / 1000;
  return { shader: sum("shader"), draw: sum("draw"), programs: timing.programs.filter((t) => t >= from).length };
}

/** How long the wasm alone takes to compile here, from memory (no download, no game). */
async function compileAlone(browser) {
  const page = await browser.newPage();
  await page.goto(`${url}assets/story/story.ron`); // a page of the game's origin, without the game
  const ms = await page.evaluate(async () => {
    const bytes = await (await fetch(new URL("../../after_the_rain_bg.wasm", location.href))).arrayBuffer();
    const start = performance.now();
    await WebAssembly.compile(bytes);
    return performance.now() - start;
  });
  await page.close();
  return ms / 1000;
}

/**
 * Clicks the button of the screen readers' copy whose words match `words`, as a
 * screen reader's user would (waiting up to `wait` ms for it to be offered).
 */
async function pick(page, words, wait = 10_000) {
  const button = page.locator("#reader-buttons button").filter({ hasText: words }).first();
  await button.waitFor({ state: "attached", timeout: wait });
  await button.dispatchEvent("click");
}

/** Waits for the game's notice (in the copy for screen readers) that matches `words`. */
async function noticed(page, words) {
  let text = "";
  for (let waited = 0; waited < 60_000; waited += 100) {
    text = await page.locator("#reader-notice").textContent();
    if (words.test(text)) return text;
    await sleep(100);
  }
  throw new Error(`the game did not say ${words} (its last notice: "${text}")`);
}

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// The save format this build writes (crates/core/src/save.rs), and a save file's first
// line, its summary, as the desktop game reads it: (version:2,saved_at:…,chapter:"…",line:"…").
const SAVE_VERSION = Number((await readFile(new URL("../../crates/core/src/save.rs", import.meta.url), "utf8"))
  .match(/pub const SAVE_VERSION: u32 = (\d+);/)[1]);
function saveSummary(text) {
  const first = text.split("\n", 1)[0];
  const m = first.match(/^\(version:(\d+),saved_at:(\d+),chapter:("(?:[^"\\]|\\.)*"),line:("(?:[^"\\]|\\.)*")\)$/);
  return m && { version: Number(m[1]), savedAt: Number(m[2]), chapter: JSON.parse(m[3]), line: JSON.parse(m[4]) };
}

const server = await serve();
const url = `http://127.0.0.1:${server.address().port}${BASE}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  headless: true,
  args: CHROMIUM_FLAGS,
});
let errors = [];
try {
  await mkdir(shots, { recursive: true });

  if (process.env.TITLE_RUNS) {
    const alone = await compileAlone(browser);
    for (let run = 1; run <= Number(process.env.TITLE_RUNS); run++) {
      const runErrors = [];
      let seen;
      const page = await open(browser, runErrors, (text) => seen?.onConsole(text));
      const line = await throttle(page);
      seen = titleWatch(line);
      const reached = await toTitle(page, url + (process.env.QUERY ?? ""), line, runErrors, seen);
      const { lines } = split(reached.timing, alone);
      console.log(`run ${run}: the title in ${reached.seconds.toFixed(2)} s (page clock ${(reached.timing.marks.title / 1000).toFixed(2)} s), ` +
        `${mb(reached.bytes)} before it, over ${LINE_SAID}`);
      console.log(lines.join("\n"));
      if (reached.twice.length) console.log(`  fetched twice: ${reached.twice.join(", ")}`);
      await page.close();
      if (runErrors.length) console.log(`errors: ${runErrors.join("\n")}`);
    }
    process.exit(0);
  }

  // The first visit, in a browser profile that keeps what the service worker stores.
  const profile = await browser.newContext({ viewport: VIEWPORT });
  let seen;
  const page = await open(profile, errors, (text) => seen?.onConsole(text));
  const line = await throttle(page);
  seen = titleWatch(line);
  const beforeTitle = await toTitle(page, url, line, errors, seen, { watchProgress: !!LINE });
  const wasmEncoding = line.encodings.get(`${url}after_the_rain_bg.wasm`);
  // Everything the game can ever fetch, as the server sends it to this browser.
  let wholeGame = 0;
  for (const file of await files(dist)) wholeGame += (await body(file, browserAccepts ?? "")).bytes.length;
  console.log(`before the title: ${mb(beforeTitle.bytes)} in ${beforeTitle.requests} requests, ` +
    `${beforeTitle.seconds.toFixed(1)} s over ${LINE_SAID} (the wasm sent ${wasmEncoding}-encoded under ${BASE})`);
  console.log(`the whole game: ${mb(wholeGame)} as served (the browser accepts "${browserAccepts}")`);
  check(!LINE || beforeTitle.progressShown !== "", `the page showed download progress ("${beforeTitle.progressShown}")`);
  check(beforeTitle.bytes <= BYTES_BEFORE_TITLE,
    `bytes before the title ${mb(beforeTitle.bytes)} within the budget of ${mb(BYTES_BEFORE_TITLE)}`);
  check(wholeGame <= BYTES_WHOLE_GAME,
    `bytes for the whole game ${mb(wholeGame)} within the budget of ${mb(BYTES_WHOLE_GAME)}`);
  // What the page preloads is what the game fetches before its title: nothing for nothing.
  const unasked = await page.evaluate(() => [...document.querySelectorAll('link[rel="preload"][href^="assets/"]')]
    .map((link) => link.href).filter((href) => !window.__download.asked.includes(href)));
  check(unasked.length === 0, `the game fetches every file the page preloads${unasked.length ? "; not: " + unasked.join(", ") : ""}`);
  check(beforeTitle.twice.length === 0,
    `each file before the title is downloaded once (the page's preloads are what the game takes)` +
      (beforeTitle.twice.length ? `; twice: ${beforeTitle.twice.join(", ")}` : ""));
  check(await page.locator("#loading").count() === 0, "the loading indicator is gone once the game runs");
  // While it first loads the game draws nothing (src/web/mod.rs): the page's "Starting…"
  // shows instead, and no frame costs SwiftShader a draw and Chrome a read-back. The one
  // draw allowed is the window's first, empty frame (Bevy presents every window once).
  check(beforeTitle.timing.drawsBeforeTitle <= 1,
    `nothing is drawn before the title but the window's first frame (${beforeTitle.timing.drawsBeforeTitle} WebGL draw calls)`);
  await sleep(3000); // the title fades in under the rain
  const title = await page.screenshot();
  await writeFile(join(shots, "title.png"), title);
  check(look(title).colours > 200, "the title screen is drawn");
  const ariaTitle = await page.locator("#reader-buttons button").allTextContents();
  check(ariaTitle.includes("New Game"), `the screen readers' copy lists the title's buttons (${ariaTitle.join(", ")})`);

  // The gallery, from the title: on a first visit every tile is locked; Back returns.
  await page.locator("#reader-buttons button", { hasText: "Gallery" }).dispatchEvent("click", {}, { timeout: 10_000 });
  await sleep(1500);
  const gallery = await page.locator("#reader-buttons button").allTextContents();
  check(gallery.filter((text) => text === "Not found yet").length >= 6 && gallery.includes("Back"),
    `the gallery opens from the title with its tiles locked (${gallery.join(", ")})`);
  await writeFile(join(shots, "gallery.png"), await page.screenshot());
  await page.locator("#reader-buttons button", { hasText: "Back" }).dispatchEvent("click", {}, { timeout: 10_000 });
  // (Not a fixed wait: on a busy machine the next frame can be seconds away.)
  await page.locator("#reader-buttons button", { hasText: "New Game" }).waitFor({ state: "attached", timeout: 30_000 })
    .catch(() => {});
  const titleAgain = await page.locator("#reader-buttons button").allTextContents();
  check(titleAgain.includes("New Game"), `Back returns to the title (${titleAgain.join(", ")})`);

  // The first click wakes the sound; Enter picks "New Game".
  await page.mouse.click(20, 20);
  await sleep(300);
  const audio = await page.evaluate(() => (window.__audioContexts ?? []).map((c) => c.state));
  check(audio.length > 0 && audio.every((s) => s === "running"), `sound runs after the first click (${audio})`);
  await page.keyboard.press("Enter");
  await sleep(5000); // through black, the chapter card
  // The screen readers' copy follows the lines: each one the story's, in its words.
  const chapter1 = await readFile(join(dist, "assets", "story", "ch1", "rain.ron"), "utf8");
  const said = [];
  const region = () => page.locator("#reader-line").textContent();
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press("Space");
    await sleep(700);
    said.push(await region());
  }
  // A line long enough to see in the picture ("No." is not).
  for (let i = 0; i < 8 && (await region()).length < 40; i++) {
    await page.keyboard.press("Space");
    await sleep(900);
    said.push(await region());
  }
  await sleep(2500);
  const scene = await page.screenshot();
  await writeFile(join(shots, "scene.png"), scene);
  const seen1 = look(scene);
  check(seen1.colours > 200, "the scene is drawn");
  check(seen1.textShare > 0.002, "the dialogue box shows a line");
  const words = (text) => text.replace(/^[^:]{1,20}: /, "");
  const lines = [...new Set(said.filter(Boolean))];
  const strays = lines.filter((text) => !chapter1.includes(words(text).slice(0, 40)));
  check(lines.length >= 3 && strays.length === 0,
    `the screen readers' copy followed ${lines.length} of Chapter 1's lines (last: "${lines.at(-1)}")` +
      (strays.length ? `; not in the story: ${strays.join(" | ")}` : ""));
  check(lines.some((text) => /^(Rey|Kylo Ren): /.test(text)), "a spoken line carries its speaker's name");
  const afterFirstLines = afterTitle(await page.evaluate(() => JSON.parse(JSON.stringify(window.__timing))));

  // On to the first choice with the copy's own "Next line", then pick its second option
  // there: the story goes that way (the option's first line is said next).
  const firstChoice = chapter1.slice(chapter1.indexOf("Choice(["));
  const options = [...firstChoice.matchAll(/\(text: "((?:[^"\\]|\\.)*)"[^\n]*then: \[\s*(?:Show\([^\n]*\s*)*Say\("[^"]+", "([^"]+)"/g)];
  const [, , afterSecond] = options[1];
  let choices = [];
  for (let i = 0; i < 100 && choices.length === 0; i++) {
    const next = page.locator("#reader-buttons button", { hasText: "Next line" });
    if (await next.count()) await next.dispatchEvent("click");
    await sleep(350);
    choices = await page.locator("#reader-buttons button.choice").allTextContents();
  }
  check(choices.length === 2, `the copy offers the first choice's options (${choices.join(" / ")})`);
  await page.locator("#reader-buttons button.choice").nth(1).dispatchEvent("click", {}, { timeout: 10_000 });
  await sleep(1500);
  const next = await region();
  check(words(next).startsWith(afterSecond.slice(0, 30)) && await page.locator("#reader-buttons button.choice").count() === 0,
    `picking "${choices[1]}" in the copy takes that way ("${next}")`);
  // Saves in the reader's hands: a save made in the story, exported from the load
  // screen (one save, then all of them), each a download the desktop game can import.
  const shownWhenSaved = await region();
  await pick(page, /^Save$/);
  await pick(page, /^Slot 1 /);
  await noticed(page, /^Saved in page 1, slot 1\.$/);
  await pick(page, /^Back$/);
  await pick(page, /^Load$/);
  await pick(page, /^Export…$/);
  const exportedOne = page.waitForEvent("download", { timeout: 15_000 });
  await pick(page, /^Slot 1 .*Chapter 1/);
  const one = await exportedOne;
  const oneText = await readFile(await one.path(), "utf8");
  const oneSaid = await noticed(page, /^Exported the save in page 1, slot 1 to your downloads, as /);
  const summary = saveSummary(oneText);
  check(/^after-the-rain-page-1-slot-1-\d{4}-\d\d-\d\d-\d{4}\.ron$/.test(one.suggestedFilename()) &&
      oneSaid.includes(one.suggestedFilename()),
    `Export… then the slot downloads ${one.suggestedFilename()}, and the game says so ("${oneSaid}")`);
  check(summary?.version === SAVE_VERSION && summary.chapter.startsWith("Chapter 1") && shownWhenSaved.endsWith(summary.line),
    `the exported file is a save of this version (format ${summary?.version}, ${summary?.chapter}) at the line ` +
      `shown when it was made ("${summary?.line.slice(0, 40)}…")`);
  // Read as the desktop game's Import reads it: the story core's own check of a save
  // (`check ASSETS --save FILE`, built natively), against the story this build ships.
  const exportedFile = join(shots, one.suggestedFilename());
  await one.saveAs(exportedFile);
  const desktop = spawnSync("cargo", ["run", "-q", "-p", "after_the_rain_core", "--bin", "check", "--",
    join(dist, "assets"), "--save", exportedFile], { cwd: new URL("../..", import.meta.url).pathname, encoding: "utf8" });
  check(desktop.status === 0, `the desktop game's reading of saves takes it: ${(desktop.stdout || desktop.stderr || String(desktop.error)).trim()}`);
  const exportedAll = page.waitForEvent("download", { timeout: 15_000 });
  await pick(page, /^Export all$/);
  const all = await exportedAll;
  const allText = await readFile(await all.path(), "utf8");
  const allSaid = await noticed(page, /^Exported \d+ saves? in one file/);
  const bundled = [...allText.matchAll(/slot: "([^"]+)"/g)].map((m) => m[1]);
  check(/^\(\s*after_the_rain_saves: 1,/.test(allText) && bundled.includes("1-1.ron") &&
      allSaid.startsWith(`Exported ${bundled.length} saves in one file`) && allSaid.includes(all.suggestedFilename()),
    `Export all downloads ${all.suggestedFilename()}: format 1, ${bundled.length} saves (${bundled.join(", ")})`);
  await pick(page, /^Back$/);
  check(errors.length === 0, `no errors or panics in the console${errors.length ? ":\n" + errors.join("\n") : ""}`);
  console.log(`by the end of the first visit: ${mb(line.bytes)} in ${line.requests} requests`);

  // The service worker has kept the whole game, in this release's cache alone.
  const sw = await readFile(join(dist, "sw.js"), "utf8");
  const version = sw.match(/const VERSION = "([0-9a-f]+)"/)[1];
  const fileCount = (sw.match(/^ {2}\["/gm) ?? []).length;
  const kept = await page.evaluate(async () => {
    const late = new Promise((_, fail) => setTimeout(() => fail(new Error("the service worker was not ready in 3 minutes")), 180_000));
    await Promise.race([navigator.serviceWorker.ready, late]);
    const names = (await caches.keys()).filter((name) => name.startsWith("after-the-rain-"));
    return Promise.all(names.map(async (name) => [name, (await (await caches.open(name)).keys()).length]));
  });
  check(kept.length === 1 && kept[0][0] === `after-the-rain-${version}` && kept[0][1] === fileCount,
    `the service worker keeps all ${fileCount} files in after-the-rain-${version} (${JSON.stringify(kept)})`);
  const manifest = await page.evaluate(async () => {
    const link = document.querySelector('link[rel="manifest"]');
    const json = await (await fetch(link.href)).json();
    const icons = await Promise.all(json.icons.map(async (icon) => {
      const response = await fetch(new URL(icon.src, link.href));
      return `${icon.sizes} ${response.ok ? "ok" : response.status}`;
    }));
    return { name: json.name, display: json.display, icons };
  });
  check(manifest.display === "standalone" && manifest.icons.includes("192x192 ok") && manifest.icons.includes("512x512 ok"),
    `the web app manifest names "${manifest.name}", ${manifest.display}, icons ${manifest.icons.join(", ")}`);
  console.log(`storage kept for the saves (navigator.storage.persist): ${await page.evaluate(() => window.__persisted)}`);
  await page.close();

  // The second visit, with the line down: the page, the wasm and the title's files come
  // from the cache.
  serverDown = true;
  server.closeAllConnections();
  await profile.setOffline(true);
  const offlineErrors = [];
  let again;
  const second = await open(profile, offlineErrors, (text) => again?.onConsole(text));
  again = titleWatch(null);
  const offline = await toTitle(second, url, null, offlineErrors, again);
  const offlineAlone = split(offline.timing);
  console.log(`offline, the title in ${offline.seconds.toFixed(1)} s (from the cache: ${offline.timing.marks.fromCache === true}):`);
  console.log(offlineAlone.lines.join("\n"));
  await sleep(3000);
  const offlineTitle = await second.screenshot();
  await writeFile(join(shots, "title-offline.png"), offlineTitle);
  check(look(offlineTitle).colours > 200 && offline.timing.marks.fromCache === true,
    "a second visit with the network cut starts from the cache and shows the title");
  check(offlineErrors.length === 0, `no errors offline${offlineErrors.length ? ":\n" + offlineErrors.join("\n") : ""}`);
  await second.close();

  // Straight to Chapter 6 from the address, still offline (as a reader following a
  // link, or a save loaded from the title): its place is drawn and its ambience plays,
  // not a blank or silent stage. What it should play is read from the story itself.
  const story = (name) => readFile(join(dist, "assets", "story", name), "utf8");
  const place = (await story("ch6/one_of_us.ron")).match(/Place\("([^"]+)"/)[1];
  const storyManifest = await story("story.ron");
  const key = storyManifest.match(new RegExp(`"${place}":\\s*\\([^)]*ambience:\\s*"([^"]+)"`))[1];
  // The name in the manifest's ambience table (music may use the same name).
  const table = storyManifest.slice(storyManifest.indexOf("ambience: {"));
  const ambience = table.match(new RegExp(`"${key}":\\s*"([^"]+)"`))[1];
  const jumpErrors = [];
  const looping = [];
  let jumpLoaded = false;
  const jump = await open(profile, jumpErrors, (text) => {
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
  check(sixSeen.colours > 200 && sixSeen.textShare > 0.002,
    `offline, ?scene=one_of_us draws Chapter 6 (${place}) with its line, from the cache`);
  const jumpAudio = await jump.evaluate(() => (window.__audioContexts ?? []).map((c) => c.state));
  check(looping.includes(ambience) && jumpAudio.length > 0 && jumpAudio.every((s) => s === "running"),
    `Chapter 6's ambience ${ambience} plays (looping: ${looping})`);
  check(jumpErrors.length === 0, `no errors in Chapter 6${jumpErrors.length ? ":\n" + jumpErrors.join("\n") : ""}`);
  await jump.close();
  await profile.close();
  serverDown = false;

  // The exported save, imported through the browser's file picker into an empty
  // profile (another browser, another computer), shows in the load screen by itself
  // and loads at its line; a file that is not a save is refused and changes nothing.
  const fresh = await browser.newContext({ viewport: VIEWPORT });
  const importErrors = [];
  let importSeen;
  const other = await open(fresh, importErrors, (text) => importSeen?.onConsole(text));
  importSeen = titleWatch(null);
  await toTitle(other, url, null, importErrors, importSeen);
  await pick(other, /^New Game$/);
  await pick(other, /^Load$/, 30_000);
  const importFile = async (name, buffer) => {
    // (Generous: on a machine busy with builds the game's next frame can be seconds away.)
    const chooser = other.waitForEvent("filechooser", { timeout: 60_000 });
    chooser.catch(() => {}); // awaited below; a timeout is reported there
    // Enter on the copy's button: a real key press, as the browser wants before it
    // opens a file picker.
    await other.locator("#reader-buttons button").filter({ hasText: /^Import…$/ }).focus();
    await other.keyboard.press("Enter");
    await (await chooser).setFiles({ name, mimeType: "text/plain", buffer });
  };
  await importFile(one.suggestedFilename(), Buffer.from(oneText));
  // No mouse move, no key: the game wakes for the file.
  const importSaid = await noticed(other, new RegExp(`^Imported ${escape(one.suggestedFilename())} into `));
  const slots = () => other.locator("#reader-buttons button").allTextContents();
  await other.locator("#reader-buttons button").filter({ hasText: summary.line.slice(0, 30) }).first()
    .waitFor({ state: "attached", timeout: 15_000 });
  check(importSaid === `Imported ${one.suggestedFilename()} into page 1, slot 1.`,
    `the file picker's save is imported by itself: "${importSaid}", and its slot shows its line`);
  const before = await slots();
  await importFile("not-a-save.ron", Buffer.from("Dear diary, it rained.\n"));
  const refused = await noticed(other, /^not-a-save\.ron was not imported: /);
  check((await slots()).join("\n") === before.join("\n"), `a file that is not a save is refused ("${refused}") and no slot changes`);
  await importFile(all.suggestedFilename(), Buffer.from(allText));
  const bundleSaid = await noticed(other, new RegExp(escape(all.suggestedFilename())));
  check(/1 already here/.test(bundleSaid) && !/not imported/.test(bundleSaid),
    `the file of all saves is imported, the save already here not twice ("${bundleSaid}")`);
  await pick(other, /^\[?1\]?$/); // page 1 (the saves' own slots may be on the Auto page)
  await pick(other, new RegExp(`^Slot 1 .*${escape(summary.line.slice(0, 20))}`));
  await other.waitForFunction((line) => document.getElementById("reader-line").textContent.endsWith(line),
    summary.line, { timeout: 30_000 });
  check(true, `the imported save loads at its line ("${summary.line.slice(0, 40)}…")`);
  check(importErrors.length === 0, `no errors while importing${importErrors.length ? ":\n" + importErrors.join("\n") : ""}`);
  await fresh.close();

  // Where the first visit's seconds went; the wasm compiled alone for comparison.
  const alone = await compileAlone(browser);
  const first = split(beforeTitle.timing, alone);
  console.log(`where the ${beforeTitle.seconds.toFixed(2)} s before the title went (the page's clock says ` +
    `${first.figures.title.toFixed(2)} s), over ${LINE_SAID}:`);
  console.log(first.lines.join("\n"));
  console.log(`  after the title, to the eighth line: shader compiles ${afterFirstLines.shader.toFixed(2)} s ` +
    `(${afterFirstLines.programs} programs), draws ${afterFirstLines.draw.toFixed(2)} s`);
  // For make bench's table.
  await writeFile(join(shots, "metrics.json"), JSON.stringify({
    beforeTitle: {
      megabytes: +(beforeTitle.bytes / MB).toFixed(2), requests: beforeTitle.requests,
      seconds: +beforeTitle.seconds.toFixed(1), split: first.figures,
    },
    offlineTitle: { seconds: +offline.seconds.toFixed(1), split: offlineAlone.figures },
    wholeGameMegabytes: +(wholeGame / MB).toFixed(2),
    line: LINE ? `${LINE.downloadMbit} Mbit/s, ${LINE.latencyMs} ms` : "unthrottled",
  }, null, 2));

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
  const saidBroken = await broken.locator("#loading").textContent();
  check(/could not be downloaded/.test(saidBroken) && await broken.locator("#loading button").isVisible(),
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
