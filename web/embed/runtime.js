// What every <folio-viewer> on a page shares: the Emscripten factory (folio.js, imported once), the compiled
// WebAssembly module (fetched and compiled once; each viewer instantiates it with its own memory), and
// downloads: fonts are kept for the page's life, other requests (a bundle's feed) are shared while in flight,
// counted by the viewers waiting for them, and aborted when the last of them stops waiting. Every download a
// viewer asks for is checked against the page's bundle origins (origins.js) before and after redirects.
// The text module (folio-text.js + .wasm: bidi, line breaking and shaping) is one instance for the page, loaded
// when a viewer first needs it; the search module (folio-search.js + .wasm) likewise, on a viewer's first search. Nothing here is fetched until the first viewer starts.
import { bundleRefusal } from './origins.js';

// Where folio.js, folio.wasm and fonts/ live: beside folio-embed.js, wherever the page loaded it from.
export const BASE = new URL('../', import.meta.url);
export const FONTS = new URL('fonts/', BASE).href;

let factory = null;
let wasm = null;
let textModule = null;
let searchModule = null;
const fonts = new Map();    // url -> Promise<ArrayBuffer>: fonts that arrived, for the page's life
const inFlight = new Map(); // url -> { promise, controller, users }: downloads under way, until they settle

// The createFolioModule factory.
export function loadFactory() {
  factory ??= import(new URL('folio.js', BASE).href).then((m) => m.default, (err) => {
    factory = null;
    throw new Error(`folio.js could not be loaded (${err?.message ?? err})`);
  });
  return factory;
}

// The compiled folio.wasm, streamed when the server labels it application/wasm.
export function compiledWasm() {
  const url = new URL('folio.wasm', BASE).href;
  wasm ??= fetchOk(url).then(compile).catch((err) => {
    wasm = null;
    throw new Error(`folio.wasm could not be started: ${err?.message ?? err}`);
  });
  return wasm;
}

// A response's WebAssembly compiled, streamed when the server labels it application/wasm.
function compile(response) {
  if (typeof WebAssembly.compileStreaming === 'function' &&
      (response.headers.get('Content-Type') ?? '').startsWith('application/wasm')) {
    return WebAssembly.compileStreaming(response);
  }
  return response.arrayBuffer().then((bytes) => WebAssembly.compile(bytes));
}

// One of Folio's lazily loaded modules (name.js + name.wasm beside folio.js: folio-text, folio-search), made with
// `options` among its Module properties; resolves to the instance. A failure to instantiate rejects.
async function startModule(name, options = {}) {
  const [create, compiled] = await Promise.all([
    import(new URL(`${name}.js`, BASE).href).then((m) => m.default),
    fetchOk(new URL(`${name}.wasm`, BASE).href).then(compile),
  ]);
  let failed;
  const failure = new Promise((resolve, reject) => { failed = reject; });
  return Promise.race([failure, create({
    ...options,
    locateFile: (file) => new URL(file, BASE).href,
    instantiateWasm(imports, done) {
      WebAssembly.instantiate(compiled, imports).then((made) => done(made, compiled), failed);
      return {};
    },
  })]);
}

// The text module (Module.folioLoadText of every viewer, src/platform/web/web_text.h): text-module.js's wrapper of
// its one instance, each viewer making its own context in it. A failure is not kept, so a later need tries again.
export function loadTextModule() {
  textModule ??= Promise.all([import('./text-module.js'), startModule('folio-text')])
    .then(([m, instance]) => new m.TextModule(instance)).catch((err) => {
    textModule = null;
    throw new Error(`folio-text.js could not be started (${err?.message ?? err})`);
  });
  return textModule;
}

// The search module (Module.folioLoadSearch of every viewer, src/platform/web/web_search.h): search-module.js's
// wrapper of its one instance, each viewer making its own context in it. Loaded on a viewer's first search only.
export function loadSearchModule() {
  searchModule ??= import('./search-module.js')
    .then((m) => startModule('folio-search', { folioFold: m.searchFold }).then((instance) => new m.SearchModule(instance))).catch((err) => {
    searchModule = null;
    throw new Error(`folio-search.js could not be started (${err?.message ?? err})`);
  });
  return searchModule;
}

// A viewer's fetch (Module.folioFetch(url, { signal })): the bytes, or an Error that says why in words a reader can
// act on. Aborted when the signal of every viewer waiting for the same URL has aborted.
export function sharedFetch(url, { signal } = {}) {
  const refused = bundleRefusal(url);
  if (refused) return Promise.reject(new Error(refused));
  const kept = fonts.get(url);
  if (kept) return kept;
  let entry = inFlight.get(url);
  if (!entry) {
    const controller = new AbortController();
    entry = { promise: fetchBytes(url, controller.signal), controller, users: 0 };
    inFlight.set(url, entry);
    const forget = () => { if (inFlight.get(url) === entry) inFlight.delete(url); };
    entry.promise.then(() => {
      forget();
      if (url.startsWith(FONTS)) fonts.set(url, entry.promise); // a failed font is fetched again on retry
    }, forget);
  }
  return wait(url, entry, signal);
}

// One viewer's wait for a shared download: when its signal aborts it stops waiting (rejected with an AbortError),
// and the download is aborted if nobody else waits for it.
function wait(url, entry, signal) {
  entry.users++;
  return new Promise((resolve, reject) => {
    let waiting = true;
    const leave = () => { // true the first time
      if (!waiting) return false;
      waiting = false;
      entry.users--;
      signal?.removeEventListener('abort', stop);
      return true;
    };
    const stop = () => {
      if (!leave()) return;
      if (entry.users === 0 && inFlight.get(url) === entry) {
        inFlight.delete(url);
        entry.controller.abort();
      }
      reject(new DOMException('the viewer no longer waits for it', 'AbortError'));
    };
    if (signal?.aborted) { stop(); return; }
    signal?.addEventListener('abort', stop);
    entry.promise.then((bytes) => { leave(); resolve(bytes); }, (err) => { leave(); reject(err); });
  });
}

// An error that says the device is offline and keeps no copy of url: the viewer shows an offline note for it.
function offlineError(url) {
  const err = new Error(`offline, and ${url} is not saved on this device`);
  err.offline = true;
  return err;
}

async function fetchOk(url, signal) {
  let response;
  try {
    response = await fetch(url, { signal });
  } catch (err) {
    if (signal?.aborted) throw err;
    if (navigator.onLine === false) throw offlineError(url);
    throw new Error(`could not be fetched (${err?.message ?? err}): the server is unreachable, ` +
                    'or it does not allow this page to read it (CORS)');
  }
  // The service worker's answer for what it neither has nor can reach (web/service-worker/sw.js).
  if (response.status === 503 && response.headers.get('X-Folio-Offline') === '1') throw offlineError(url);
  if (!response.ok) throw new Error(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
  return response;
}

// The most a viewer reads of one response, as the desktop viewer (src/platform/native/http_fetch.h kMaxBytes): no
// bundle file may be larger than 16 MiB anyway, and a server that sends more is stopped, not buffered whole.
const MAX_RESPONSE_BYTES = 64 * 1024 * 1024;

// Bundle content: refused, unread, when a redirect took it to an origin the page does not allow; read up to
// MAX_RESPONSE_BYTES, counted while it arrives (a Content-Length may be absent or wrong).
async function fetchBytes(url, signal) {
  const response = await fetchOk(url, signal);
  const refused = bundleRefusal(response.url || url);
  if (refused) {
    response.body?.cancel().catch(() => {});
    throw new Error(`was redirected to ${response.url}: ${refused}`);
  }
  const tooLarge = () => new Error(`larger than the limit of ${MAX_RESPONSE_BYTES >> 20} MB, refused`);
  if (Number(response.headers.get('Content-Length')) > MAX_RESPONSE_BYTES) {
    response.body?.cancel().catch(() => {});
    throw tooLarge();
  }
  if (!response.body) return response.arrayBuffer();
  const reader = response.body.getReader();
  const chunks = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_RESPONSE_BYTES) {
      reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) { bytes.set(chunk, at); at += chunk.byteLength; }
  return bytes.buffer;
}
