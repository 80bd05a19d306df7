// After the Rain's service worker: after the first visit it keeps the whole game (the
// page, the wasm, every picture, sound, font and story file) in one cache per release,
// so the next visit starts without the network and plays to the end offline.
//
// `make web` (tools/web-offline.sh) fills in VERSION, a hash of every file, and FILES,
// each file with the start of its SHA-256. A new release has a new VERSION: its worker
// fills a new cache beside the old one (carrying over the files that did not change),
// waits until no page of the old release is open (so a running game never gets files
// from another release), then takes over and deletes the old cache.
const VERSION = "__VERSION__";
const FILES = [];
const PREFIX = "after-the-rain-";
const CACHE = PREFIX + VERSION;
// A cached file carries its hash in this header, so the next release can reuse it.
const HASH = "x-after-the-rain-sha256";
// Downloads at once while filling the cache: gentle on the line the reader plays on.
const AT_ONCE = 2;

self.addEventListener("install", (event) => event.waitUntil(fill()));

self.addEventListener("activate", (event) => event.waitUntil((async () => {
  for (const key of await caches.keys()) {
    if (key.startsWith(PREFIX) && key !== CACHE) await caches.delete(key);
  }
  // The page that installed us (the first visit) reads later chapters from the cache too.
  await self.clients.claim();
})()));

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || !request.url.startsWith(self.registration.scope)) return;
  event.respondWith(answer(request));
});

/** The game's URL for a file: its query (`?scene=…`) is for the game, not the file. */
function key(url) {
  const { origin, pathname } = new URL(url);
  return origin + pathname + (pathname.endsWith("/") ? "index.html" : "");
}

async function answer(request) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(key(request.url), { ignoreVary: true });
  return hit ?? fetch(request);
}

const hex = (buffer) => [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, "0")).join("");

/** Every file into this release's cache: from an older cache when unchanged, else downloaded. */
async function fill() {
  const cache = await caches.open(CACHE);
  const older = [];
  for (const name of await caches.keys()) {
    if (name.startsWith(PREFIX) && name !== CACHE) older.push(await caches.open(name));
  }
  const queue = FILES.slice();
  const one = async ([path, hash]) => {
    const url = key(new URL(path, self.registration.scope).href);
    if (await cache.match(url)) return; // kept from an install that stopped half-way
    for (const old of older) {
      const kept = await old.match(url);
      if (kept?.headers.get(HASH) === hash) return cache.put(url, kept);
    }
    // Past the browser's HTTP cache, which may hold the old release's file.
    const response = await fetch(url, { cache: "no-cache" });
    if (!response.ok) throw new Error(`${path}: the server answered ${response.status}`);
    const body = await response.arrayBuffer();
    const sum = hex(await crypto.subtle.digest("SHA-256", body)).slice(0, hash.length);
    if (sum !== hash) throw new Error(`${path}: not this release's file (the host may still be updating)`);
    // The body arrives decompressed: keep only the headers that still describe it.
    const headers = new Headers({ [HASH]: hash });
    const type = response.headers.get("content-type");
    if (type) headers.set("content-type", type);
    headers.set("content-length", String(body.byteLength));
    await cache.put(url, new Response(body, { status: 200, headers }));
  };
  const worker = async () => {
    for (let file = queue.shift(); file; file = queue.shift()) await one(file);
  };
  await Promise.all(Array.from({ length: AT_ONCE }, worker));
}
