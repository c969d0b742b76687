// Articles saved for offline reading (Module.folioOffline of every viewer, src/platform/web/web_offline.h): each
// saved article's files (its JSON, its page, its photos) kept in the Cache Storage cache `folio-saved`, where the
// service worker's caches.match finds them offline, and an index of what is saved (id, headline, the JSON's
// address, bytes, date, its files) as a JSON entry in the same cache. One store for the page: its operations run
// one after another, so two viewers never write the index at once. A save is all or nothing: every file is
// fetched (through runtime.js sharedFetch, with the page's origin rules) before any is stored, and a failure
// removes what it stored. The first save asks for persistent storage (navigator.storage.persist()). Every viewer
// watching is told the new list after a change, whichever viewer made it.
import { bundleRefusal } from './origins.js';
import { sharedFetch } from './runtime.js';

const CACHE = 'folio-saved';
const INDEX = '/.folio-saved/index.json'; // on the page's origin; no file of a bundle is named so

const TYPES = { json: 'application/json', html: 'text/html; charset=utf-8', jpg: 'image/jpeg', jpeg: 'image/jpeg',
  webp: 'image/webp', avif: 'image/avif', png: 'image/png', txt: 'text/plain; charset=utf-8' };

let queue = Promise.resolve();
let persistAsked = false;
const watchers = new Set(); // each viewer's: told the list whenever a save or removal changed it

// Calls fn(list) each time a save or removal, by any viewer of the page, changed what is saved (so every viewer's
// list is the same); returns the function that stops it.
export function watch(fn) {
  watchers.add(fn);
  return () => { watchers.delete(fn); };
}

function changed(list) {
  for (const fn of [...watchers]) {
    try { fn(list); } catch (err) { console.warn('Folio: a saved-list watcher failed:', err); }
  }
  return list;
}

// Cache Storage is there only in a secure context (https, or localhost): elsewhere nothing is offered.
export function available() {
  return globalThis.isSecureContext !== false && typeof globalThis.caches?.open === 'function';
}

const absolute = (url) => new URL(url, document.baseURI).href;
const indexUrl = () => new URL(INDEX, document.baseURI).href;

function typeOf(url) {
  const ext = new URL(url).pathname.split('.').pop().toLowerCase();
  return TYPES[ext] ?? 'application/octet-stream';
}

// Runs op after every operation asked before it; a failure does not stop those asked after.
function serial(op) {
  const run = queue.then(op, op);
  queue = run.catch(() => {});
  return run;
}

async function readIndex(cache) {
  const response = await cache.match(indexUrl());
  if (!response) return [];
  try {
    const list = await response.json();
    return Array.isArray(list) ? list.filter((e) => e && typeof e.id === 'string' && Array.isArray(e.files)) : [];
  } catch {
    return []; // a damaged index: nothing listed (its files are dropped by the next removeAll)
  }
}

function writeIndex(cache, list) {
  return cache.put(indexUrl(), new Response(JSON.stringify(list), { headers: { 'Content-Type': 'application/json' } }));
}

// What a viewer lists: newest first, without the files.
const shown = (list) => list.map(({ id, headline, article, bytes, date }) => ({ id, headline, article, bytes, date }));

export function list() {
  if (!available()) return Promise.resolve([]);
  // Nothing saved yet: no cache is made for looking.
  return serial(async () => (await caches.has(CACHE) ? shown(await readIndex(await caches.open(CACHE))) : []));
}

// Files only other entries still name are kept.
async function dropFiles(cache, files, others) {
  const kept = new Set(others.flatMap((e) => e.files));
  await Promise.all(files.filter((f) => !kept.has(f)).map((f) => cache.delete(f)));
}

// request: { id, headline, article, page, photos: [url] } (URLs as the viewer fetches them). Resolves with the list;
// rejects with an Error whose message is for the reader, leaving the list as it was.
export function save(request) {
  if (!available()) return Promise.reject(new Error('this page cannot keep articles offline (it is not served over https)'));
  if (!persistAsked) {
    persistAsked = true;
    navigator.storage?.persist?.().catch(() => {});
  }
  return serial(async () => {
    const name = request.headline ? `\u201C${request.headline}\u201D` : 'The article';
    const wanted = [{ url: request.article, required: true }];
    if (request.page) wanted.push({ url: request.page, required: false });
    // A photo this page may not read is one the viewer never draws either: it is left out, not a failure.
    for (const url of request.photos ?? []) if (!bundleRefusal(url)) wanted.push({ url, required: true });
    const fetched = await Promise.all(wanted.map(async ({ url, required }) => {
      try {
        return { url: absolute(url), bytes: await sharedFetch(url) };
      } catch (err) {
        if (!required) return null;
        const why = err?.offline ? 'the device is offline' : (err?.message ?? String(err));
        throw new Error(`${name} was not saved: ${url} could not be fetched (${why}).`);
      }
    }));
    const files = fetched.filter(Boolean);
    const cache = await caches.open(CACHE);
    const entries = await readIndex(cache);
    const others = entries.filter((e) => e.id !== request.id);
    const stored = [];
    try {
      for (const f of files) {
        await cache.put(f.url, new Response(f.bytes, { headers: { 'Content-Type': typeOf(f.url) } }));
        stored.push(f.url);
      }
      const entry = {
        id: request.id, headline: request.headline ?? '', article: request.article,
        bytes: files.reduce((n, f) => n + f.bytes.byteLength, 0),
        date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'), files: files.map((f) => f.url),
      };
      const old = entries.find((e) => e.id === request.id);
      if (old) await dropFiles(cache, old.files.filter((f) => !entry.files.includes(f)), others);
      const next = [entry, ...others];
      await writeIndex(cache, next);
      return shown(next);
    } catch (err) {
      await dropFiles(cache, stored, entries).catch(() => {});
      const why = err?.name === 'QuotaExceededError' ? 'there is no room left on this device' : (err?.message ?? String(err));
      throw new Error(`${name} was not saved: ${why}.`);
    }
  }).then(changed);
}

export function remove(id) {
  if (!available()) return Promise.resolve([]);
  return serial(async () => {
    if (!(await caches.has(CACHE))) return [];
    const cache = await caches.open(CACHE);
    const entries = await readIndex(cache);
    const gone = entries.find((e) => e.id === id);
    const next = entries.filter((e) => e.id !== id);
    if (gone) {
      await writeIndex(cache, next);
      await dropFiles(cache, gone.files, next);
    }
    return shown(next);
  }).then(changed);
}

export function removeAll() {
  if (!available()) return Promise.resolve([]);
  return serial(async () => {
    await caches.delete(CACHE);
    return [];
  }).then(changed);
}

// What instance.js hands each viewer as Module.folioOffline.
export const offlineStore = { available, list, save, remove, removeAll, watch };
