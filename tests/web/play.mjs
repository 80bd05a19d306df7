// Plays the web build (dist/web) in headless Chromium the way a reader would: waits for
// the title screen, starts a new game, reads a few lines, and checks that the canvas
// shows something, the sound is allowed to play, and the console has no errors.
//
//   node play.mjs [DIST_DIR] [SCREENSHOT_DIR]
import { createServer } from "node:http";
import { readFile, mkdir, writeFile } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { chromium } from "playwright-core";
import { PNG } from "pngjs";

const dist = resolve(process.argv[2] ?? "../../dist/web");
const shots = resolve(process.argv[3] ?? "../../dist/web-test");
const types = {
  ".html": "text/html", ".js": "text/javascript", ".wasm": "application/wasm",
  ".png": "image/png", ".ogg": "audio/ogg", ".ttf": "font/ttf", ".ron": "text/plain",
};

// Chromium without a GPU: WebGL through SwiftShader; no network beyond localhost.
const CHROMIUM_FLAGS = [
  "--no-sandbox", "--disable-gpu", "--use-angle=swiftshader", "--enable-unsafe-swiftshader",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
  "--disable-quic", "--no-first-run", "--autoplay-policy=user-gesture-required",
];

function serve() {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, "http://x").pathname));
    const file = join(dist, path.endsWith("/") ? path + "index.html" : path);
    try {
      const body = await readFile(file);
      response.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" });
      response.end(body);
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

const server = await serve();
const url = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  headless: true,
  args: CHROMIUM_FLAGS,
});
const errors = [];
let loaded = false;
try {
  await mkdir(shots, { recursive: true });
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  page.on("pageerror", (error) => errors.push(`page error: ${error.message}`));
  page.on("response", (r) => r.status() >= 400 && errors.push(`HTTP ${r.status()}: ${r.url()}`));
  page.on("console", (message) => {
    const text = message.text();
    if (process.env.VERBOSE) console.log(`[${message.type()}] ${text}`);
    if (text.includes("Loading state") && text.includes("is done")) loaded = true;
    if (message.type() === "error" || /panicked/.test(text)) errors.push(`console: ${text}`);
  });
  await page.goto(url);
  for (let waited = 0; !loaded; waited += 250) {
    if (waited > 180_000) throw new Error("the game did not finish loading in 3 minutes");
    if (errors.length) throw new Error(errors.join("\n"));
    await sleep(250);
  }
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
  console.log("1 passed, 0 failed");
} catch (error) {
  console.error(error.message);
  console.log("0 passed, 1 failed");
  process.exitCode = 1;
} finally {
  await browser.close();
  server.close();
}
