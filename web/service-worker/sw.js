// Folio's service worker (the source of the web build's sw.js; scripts/make-sw.mjs puts the shell's precache
// manifest, made by workbox-build, in place of the one placeholder below). It owns what a reader can open offline:
// - the shell (the pages, their scripts, folio.js, folio.wasm, the first view's fonts) is precached at install in a
//   cache named by the manifest's revisions, so one deployment's shell is one cache. A page is served from one shell
//   for its whole life: each page's shell version is remembered (by client id), a new worker activates at once but
//   keeps serving a page opened before it from that page's shell, and drops a shell once no open page uses it. So a
//   new deployment is used from the load after the one that found it, and never mixed with the old one.
// - bundle files the reader opened: the newest feed page (feed.json) and articles (their files, and their own pages
//   when a bundle is built --viewer: one opened offline without a copy is the viewer alone at its address) network-first (the cached copy
//   after FEED_TIMEOUT_MS, or when the network fails); archive pages (feed-N.json), media and search segments
//   cache-first, as their names never change meaning.
// - what is neither cached nor reachable is answered 503 with X-Folio-Offline: 1, which the viewer shows as an
//   offline note (web/embed/runtime.js), not as a broken page.
'use strict';

const SHELL = self.__WB_MANIFEST; // [{ url, revision, integrity }], url relative to this file, integrity its SHA-256
const SHELL_PREFIX = 'folio-shell-';
const VERSION = versionOf(SHELL);
const CLIENTS_CACHE = 'folio-clients';     // client id -> the shell version its page was served from
const OPENED_CACHE = 'folio-opened';       // feed.json, articles, search roots: revalidated
const IMMUTABLE_CACHE = 'folio-immutable'; // feed-N.json, media, search segments
const FEED_TIMEOUT_MS = 3000;
const SCOPE = new URL(self.registration.scope);
const SHELL_KEYS = new Set(SHELL.map((entry) => new URL(entry.url, SCOPE).href));
const INTEGRITY = new Map(SHELL.map((entry) => [new URL(entry.url, SCOPE).href, entry.integrity]));
// The viewer's files fetched later than the first view (script faces, fallback slices, the text and search
// modules): kept in the page's shell cache on first use, so they too come from one deployment once cached.
const LAZY_VIEWER_FILE = /^(fonts\/[^/]+|folio-(text|search)\.(js|wasm))$/;

// FNV-1a over the manifest: the shell's version, the same for the same files.
function versionOf(entries) {
  let h = 0x811c9dc5;
  for (const { url, revision } of entries) {
    for (const ch of `${url}\n${revision}\n`) h = Math.imul(h ^ ch.codePointAt(0), 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    // A fresh cache: a half-done earlier install of the same version never counts. Each file must have the bytes
    // the manifest hashed (a deployment half copied fails the install, which the browser tries again later).
    await caches.delete(SHELL_PREFIX + VERSION + '-installing');
    const staging = await caches.open(SHELL_PREFIX + VERSION + '-installing');
    await Promise.all([...SHELL_KEYS].map(async (key) => {
      const response = await fetch(new Request(key, { cache: 'reload', integrity: INTEGRITY.get(key) }));
      if (!response.ok) throw new Error(`${key}: HTTP ${response.status}`);
      await staging.put(key, response);
    }));
    const shell = await caches.open(SHELL_PREFIX + VERSION);
    for (const request of await staging.keys()) await shell.put(request, await staging.match(request));
    await caches.delete(SHELL_PREFIX + VERSION + '-installing');
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    // Pages open now that no worker served (a first visit's, loaded from the network) came with this deployment.
    for (const client of await self.clients.matchAll({ includeUncontrolled: true, type: 'all' })) {
      if (!(await versionOfClient(client.id))) await remember(client.id, VERSION);
    }
    await self.clients.claim();
    await dropUnusedShells();
  })());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || request.headers.has('range')) return;
  const url = new URL(request.url);
  if (request.mode === 'navigate') {
    const page = pageKey(url);
    if (page) event.respondWith(navigate(event, page));
    else if (/\/articles\/[^/]+\.html$/.test(url.pathname)) event.respondWith(networkFirst(event, OPENED_CACHE, articleShell));
    return;
  }
  const key = url.origin + url.pathname;
  if (url.origin === SCOPE.origin && key.startsWith(SCOPE.href)) {
    const relative = key.slice(SCOPE.href.length);
    if (SHELL_KEYS.has(key) || LAZY_VIEWER_FILE.test(relative)) {
      event.respondWith(shellFile(event, key, !SHELL_KEYS.has(key)));
      return;
    }
  }
  const kind = bundleKind(url.pathname);
  if (kind === 'immutable') event.respondWith(cacheFirst(request, IMMUTABLE_CACHE));
  else if (kind === 'opened') event.respondWith(networkFirst(event, OPENED_CACHE));
});

// A page loaded before this worker ran names the files it fetched ({ folio: "keep-opened", urls }): those of a
// bundle are kept as if opened through the worker (read again from the network or the HTTP cache), and the page is
// claimed if no worker controls it.
// { folio: "version" } with a MessagePort is answered with this worker's shell version (for tests and diagnostics).
self.addEventListener('message', (event) => {
  const data = event.data;
  if (data && data.folio === 'version' && event.ports[0]) event.ports[0].postMessage({ folio: 'version', version: VERSION });
  if (!data || data.folio !== 'keep-opened' || !Array.isArray(data.urls)) return;
  // A page that loaded while this worker was activating was not there to be claimed then, and no worker would
  // control it: it is claimed now (served from this deployment, as it came with it).
  const source = event.source && event.source.type === 'window' ? event.source.id : '';
  if (source) {
    event.waitUntil((async () => {
      if (!(await versionOfClient(source))) await remember(source, VERSION);
      await self.clients.claim();
    })());
  }
  const urls = data.urls.filter((u) => typeof u === 'string').slice(0, 500);
  event.waitUntil(Promise.all(urls.map(async (u) => {
    let url;
    try { url = new URL(u); } catch (err) { return; }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return;
    const kind = bundleKind(url.pathname);
    if (!kind || await caches.match(url.href)) return;
    try {
      const response = await fetch(url.href, { mode: url.origin === SCOPE.origin ? 'same-origin' : 'cors' });
      if (response.ok) await (await caches.open(kind === 'immutable' ? IMMUTABLE_CACHE : OPENED_CACHE)).put(url.href, response);
    } catch (err) { /* unreachable now: it is kept the next time it is opened */ }
  })));
});

// The shell page a navigation opens (index.html for the scope itself), or null for any other page.
function pageKey(url) {
  if (url.origin !== SCOPE.origin) return null;
  const key = url.origin + (url.pathname.endsWith('/') ? url.pathname + 'index.html' : url.pathname);
  return SHELL_KEYS.has(key) ? key : null;
}

// Which caching a bundle file gets, by its name (docs/bundle-format.md), or null for none.
function bundleKind(path) {
  if (/\/feed-\d+\.json$/.test(path) || /\/media\/[^/]+$/.test(path) || /\/search\/s-[^/]+\/[^/]+$/.test(path)) {
    return 'immutable';
  }
  if (/\/feed\.json$/.test(path) || /\/articles\/[^/]+\.(json|html)$/.test(path) || /\/search\/index\.json$/.test(path)) {
    return 'opened';
  }
  return null;
}

async function navigate(event, key) {
  const shell = await caches.open(SHELL_PREFIX + VERSION);
  const cached = await shell.match(key);
  if (!cached) return fetch(event.request);
  if (event.resultingClientId) event.waitUntil(remember(event.resultingClientId, VERSION).then(dropUnusedShells));
  return cached;
}

// A shell file for a page: from the shell its page was served from (or this worker's); lazy viewer files are
// fetched once and kept there, but only in this worker's own shell (an older one is never topped up with newer files).
async function shellFile(event, key, lazy) {
  const version = (await versionOfClient(event.clientId)) ?? VERSION;
  const name = SHELL_PREFIX + version;
  if (await caches.has(name)) {
    const hit = await (await caches.open(name)).match(key);
    if (hit) return hit;
  }
  let response;
  try {
    response = await fetch(event.request);
  } catch (err) {
    return offlineResponse(key);
  }
  if (lazy && response.ok && version === VERSION) {
    const copy = response.clone();
    event.waitUntil(caches.open(name).then((cache) => cache.put(key, copy)));
  }
  return response;
}

async function cacheFirst(request, cacheName) {
  const hit = await caches.match(request.url);
  if (hit) return hit;
  let response;
  try {
    response = await fetch(request);
  } catch (err) {
    return offlineResponse(request.url);
  }
  if (response.ok && response.type !== 'opaque') await (await caches.open(cacheName)).put(request.url, response.clone());
  return response;
}

// The network's answer, stored; the cached copy when the network fails or is slower than FEED_TIMEOUT_MS.
async function networkFirst(event, cacheName, offline = offlineResponse) {
  const request = event.request;
  const network = fetch(request).then(async (response) => {
    if (response.ok && response.type !== 'opaque') await (await caches.open(cacheName)).put(request.url, response.clone());
    return response;
  });
  event.waitUntil(network.catch(() => {}));
  let timer;
  const late = new Promise((resolve) => { timer = setTimeout(resolve, FEED_TIMEOUT_MS); });
  try {
    const first = await Promise.race([network, late]);
    if (first) return first;
    const hit = await caches.match(request.url);
    return hit ?? await network;
  } catch (err) {
    const hit = await caches.match(request.url);
    return hit ?? offline(request.url);
  } finally {
    clearTimeout(timer);
  }
}

// An article's page (articles/ID.html, of a bundle built --viewer) with no copy here, asked for offline: the viewer
// alone, at that address, which opens the article from its file if that is kept (the reader read it in the viewer,
// at this address, without loading its page) or else shows its offline note. The viewer is this worker's shell.
function articleShell() {
  const at = (file) => new URL(file, SCOPE).href;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Folio</title>
<link rel="stylesheet" href="${at('style.css')}">
<script src="${at('main.js')}" async></script></head>
<body class="folio-page"><folio-viewer id="folio" fullpage addresses="pages" loading="eager" bundle="../feed.json">
</folio-viewer></body></html>`;
  return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' } });
}

function offlineResponse(url) {
  return new Response(`${url}: offline, and not saved on this device`, {
    status: 503, statusText: 'Offline',
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Folio-Offline': '1', 'Cache-Control': 'no-store' },
  });
}

function clientKey(id) { return new URL(`__folio-client/${encodeURIComponent(id)}`, SCOPE).href; }

// A page's shell version, with when it was noted (a page being opened is not among the clients yet: its note is
// kept RECENT_MS even so).
const RECENT_MS = 5 * 60 * 1000;
async function remember(clientId, version) {
  const note = new Response(version, { headers: { 'X-Folio-Noted': String(Date.now()) } });
  await (await caches.open(CLIENTS_CACHE)).put(clientKey(clientId), note);
}

async function versionOfClient(clientId) {
  if (!clientId) return null;
  const hit = await (await caches.open(CLIENTS_CACHE)).match(clientKey(clientId));
  return hit ? hit.text() : null;
}

// Deletes the shells no open page was served from (this worker's own is always kept), and forgets closed pages.
// Only the active worker does it, with no newer one installing: an older worker still answering must not delete the
// shell a newer one is installing or has installed.
async function dropUnusedShells() {
  const reg = self.registration;
  if (reg.installing || reg.waiting || (self.serviceWorker && reg.active !== self.serviceWorker)) return;
  const open = new Set((await self.clients.matchAll({ includeUncontrolled: true, type: 'all' })).map((c) => clientKey(c.id)));
  const used = new Set([VERSION]);
  const remembered = await caches.open(CLIENTS_CACHE);
  for (const request of await remembered.keys()) {
    const note = await remembered.match(request);
    if (!note) continue;
    if (open.has(request.url) || Date.now() - Number(note.headers.get('X-Folio-Noted')) < RECENT_MS) used.add(await note.text());
    else await remembered.delete(request);
  }
  for (const name of await caches.keys()) {
    if (name.startsWith(SHELL_PREFIX) && !name.endsWith('-installing') && !used.has(name.slice(SHELL_PREFIX.length))) {
      await caches.delete(name);
    }
  }
}
