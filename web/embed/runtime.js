// What every <folio-viewer> on a page shares: the Emscripten factory (folio.js, imported once), the compiled
// WebAssembly module (fetched and compiled once; each viewer instantiates it with its own memory), and
// downloads: fonts are kept for the page's life, other requests (a bundle's feed) are shared while in flight.
// Every download a viewer asks for is checked against the page's bundle origins (origins.js) before and after
// redirects. Nothing here is fetched until the first viewer starts.
import { bundleRefusal } from './origins.js';

// Where folio.js, folio.wasm and fonts/ live: beside folio-embed.js, wherever the page loaded it from.
export const BASE = new URL('../', import.meta.url);
export const FONTS = new URL('fonts/', BASE).href;

let factory = null;
let wasm = null;
const fonts = new Map();    // url -> Promise<ArrayBuffer>, for the page's life
const inFlight = new Map(); // url -> Promise<ArrayBuffer>, until it settles

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
  wasm ??= (async () => {
    const response = await fetchOk(url);
    if (typeof WebAssembly.compileStreaming === 'function' &&
        (response.headers.get('Content-Type') ?? '').startsWith('application/wasm')) {
      return WebAssembly.compileStreaming(response);
    }
    return WebAssembly.compile(await response.arrayBuffer());
  })().catch((err) => {
    wasm = null;
    throw new Error(`folio.wasm could not be started: ${err?.message ?? err}`);
  });
  return wasm;
}

// A viewer's fetch (Module.folioFetch): the bytes, or an Error that says why in words a reader can act on.
export function sharedFetch(url) {
  const refused = bundleRefusal(url);
  if (refused) return Promise.reject(new Error(refused));
  const kept = url.startsWith(FONTS);
  const cache = kept ? fonts : inFlight;
  let p = cache.get(url);
  if (!p) {
    p = fetchBytes(url);
    cache.set(url, p);
    const forget = () => cache.delete(url);
    p.then(kept ? null : forget, forget); // a failed font is fetched again on retry
  }
  return p;
}

async function fetchOk(url) {
  let response;
  try {
    response = await fetch(url);
  } catch (err) {
    throw new Error(`could not be fetched (${err?.message ?? err}): the server is unreachable, ` +
                    'or it does not allow this page to read it (CORS)');
  }
  if (!response.ok) throw new Error(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
  return response;
}

// Bundle content: refused, unread, when a redirect took it to an origin the page does not allow.
async function fetchBytes(url) {
  const response = await fetchOk(url);
  const refused = bundleRefusal(response.url || url);
  if (refused) {
    response.body?.cancel().catch(() => {});
    throw new Error(`was redirected to ${response.url}: ${refused}`);
  }
  return response.arrayBuffer();
}
