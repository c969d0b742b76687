// Shared browser harness for tests/browser and bench: serves the web build with scripts/serve.mjs
// and drives the system Chromium through playwright-core (never downloads a browser).
// FOLIO_WEB_ROOT overrides the served folder (default build/web).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const WEB_ROOT = path.resolve(REPO_ROOT, process.env.FOLIO_WEB_ROOT ?? 'build/web');
export const ARTIFACTS_DIR = path.join(REPO_ROOT, 'build/test-artifacts');
export const CHROMIUM = '/usr/bin/chromium';
export const SEED_HEADLINE = 'Peace treaty talks with Tokyo impossible amid sanctions — Russian ambassador';

const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--no-first-run', '--disable-quic', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
];

// Throws the agreed message when there is no web build to test.
export function assertWebBuild() {
  if (!fs.existsSync(path.join(WEB_ROOT, 'index.html'))) {
    throw new Error('build/web is missing: run scripts/build --web first');
  }
}

// Serves WEB_ROOT on an ephemeral port: { url, port, close() }.
// { cors: true }: responses say any origin may read them (a bundle host for other sites).
export function startSite({ cors = false } = {}) {
  return startServer({ root: WEB_ROOT, port: 0, host: '127.0.0.1', cors });
}

// One Chromium per set of launch options (headless, args, env), shared by the tests of a file: launching costs
// seconds, a context a fraction of one. It closes itself half a second after its last context closes, so a test file's
// process can end; one that crashed or was closed is launched anew.
const browsers = new Map(); // key -> { browser: Promise<Browser>, open: count of contexts, timer }
function sharedBrowser(headless, args, env) {
  const key = JSON.stringify([headless, args, env ?? null]);
  let entry = browsers.get(key);
  if (!entry) {
    entry = { open: 0, timer: null };
    entry.browser = chromium.launch({ executablePath: CHROMIUM, headless, env, args: [...CHROMIUM_ARGS, ...args] });
    entry.browser.then((b) => b.on('disconnected', () => { if (browsers.get(key) === entry) browsers.delete(key); }),
      () => browsers.delete(key));
    browsers.set(key, entry);
  }
  clearTimeout(entry.timer);
  entry.open++;
  const release = () => {
    if (--entry.open > 0) return;
    entry.timer = setTimeout(() => {
      if (browsers.get(key) === entry) browsers.delete(key);
      entry.browser.then((b) => b.close()).catch(() => {});
    }, 500);
  };
  return { browser: entry.browser, release };
}

// A fresh browser context (its own storage, cache, cookies and service workers) in a shared Chromium, and its
// page: { context, page, close() }.
// args: more Chromium switches (e.g. --disable-webgl, --js-flags=--expose-gc). headless: false and env (its
// DISPLAY) for a windowed browser; viewport: null there lets the page fill the window.
// serviceWorkers: 'block' (the default) keeps index.html's service worker from installing, so a test's page.route()
// sees every request and each test starts with the network as its only source; the offline tests pass 'allow'.
export async function openBrowser({
  viewport = { width: 1280, height: 800 }, deviceScaleFactor = viewport ? 1 : undefined, hasTouch = false, isMobile = false,
  args = [], headless = true, env = undefined, serviceWorkers = 'block',
} = {}) {
  const shared = sharedBrowser(headless, args, env);
  let context;
  try {
    const browser = await shared.browser;
    context = await browser.newContext({ viewport, deviceScaleFactor, hasTouch, isMobile, serviceWorkers });
  } catch (err) {
    shared.release();
    throw err;
  }
  const page = await context.newPage();
  let closed = false;
  return {
    context, page,
    async close() {
      if (closed) return;
      closed = true;
      await context.close().catch(() => {});
      shared.release();
    },
  };
}

// Empties the clipboard: it belongs to the browser, which the tests of a file share, so what an earlier test
// copied would otherwise pass for what this one did. Needs the clipboard permissions granted to the page's origin.
export async function emptyClipboard(page) { await page.evaluate(() => navigator.clipboard.writeText('')); }

// Collects uncaught page errors and console errors (favicon 404s ignored) into the returned array.
export function collectErrors(page) {
  const errors = [];
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const where = msg.location()?.url ?? '';
    if (/favicon/i.test(where) || /favicon/i.test(msg.text())) return;
    errors.push(`console.error: ${msg.text()}${where ? ` (${where})` : ''}`);
  });
  return errors;
}

// Runs body(page, context) in a fresh browser (openBrowser's options) and closes it; then fails if the page had
// uncaught exceptions or console errors, other than those `expected` matches (errors a test provokes on purpose).
export async function withBrowser(options, body, expected = null) {
  const b = await openBrowser(options);
  const errors = collectErrors(b.page);
  try { await body(b.page, b.context); } finally { await b.close(); }
  assert.deepEqual(errors.filter((e) => !expected?.test(e)), [], 'console errors or uncaught exceptions');
}

// Collects every console message as "type: text", for failure reports.
export function collectConsole(page) {
  const lines = [];
  page.on('console', (msg) => lines.push(`${msg.type()}: ${msg.text()}`));
  page.on('pageerror', (err) => lines.push(`pageerror: ${err.message}`));
  return lines;
}

// Waits until #folio leaves the loading state (and a full page over its own HTML has taken over); returns
// { state, error, title }.
export async function waitForSettled(page, timeout = 60_000) {
  await page.waitForFunction(() => {
    const el = document.querySelector('#folio'), s = el?.dataset.state;
    return s === "error" || ((s === "article" || s === "feed") && !('prerendered' in el.dataset));
  }, null, { timeout, polling: 100 });
  return page.evaluate(() => {
    const el = document.querySelector('#folio');
    return { state: el.dataset.state, error: el.dataset.error ?? '', title: document.title };
  });
}

// Screenshots the viewport into build/test-artifacts/<name>; returns the PNG buffer.
export async function saveScreenshot(page, name) {
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
  return page.screenshot({ path: path.join(ARTIFACTS_DIR, name) });
}

// Runs in a page: decodes a PNG (base64) and measures a region of it, { width, height, distinctColours,
// nonBackgroundFraction }, where the background is the most common colour. sel: the region of that element of the
// page, null for the viewport, undefined for the whole image.
async function statsInPage([b64, sel]) {
  const img = new Image();
  img.src = `data:image/png;base64,${b64}`;
  await img.decode();
  let x = 0, y = 0, w = img.naturalWidth, h = img.naturalHeight;
  if (sel !== undefined) {
    const r = sel ? document.querySelector(sel).getBoundingClientRect()
                  : { left: 0, top: 0, width: window.innerWidth, height: window.innerHeight };
    const k = img.naturalWidth / window.innerWidth; // screenshot pixels per CSS pixel
    x = Math.max(0, Math.round(r.left * k)); y = Math.max(0, Math.round(r.top * k));
    w = Math.min(img.naturalWidth - x, Math.round(r.width * k));
    h = Math.min(img.naturalHeight - y, Math.round(r.height * k));
    if (w <= 0 || h <= 0) return { width: w, height: h, distinctColours: 0, nonBackgroundFraction: 0 };
  }
  const c = document.createElement('canvas');
  c.width = w; c.height = h;
  const ctx = c.getContext('2d', { willReadFrequently: true });
  ctx.drawImage(img, x, y, w, h, 0, 0, w, h);
  const d = ctx.getImageData(0, 0, w, h).data;
  const counts = new Map();
  for (let i = 0; i < d.length; i += 4) {
    const key = (d[i] << 16) | (d[i + 1] << 8) | d[i + 2];
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let bgCount = 0;
  for (const n of counts.values()) bgCount = Math.max(bgCount, n);
  const total = w * h;
  return { width: w, height: h, distinctColours: counts.size, nonBackgroundFraction: (total - bgCount) / total };
}

// Runs fn(args) in a scratch page of context, where decodePng(b64) resolves to a 2D canvas context holding a PNG
// (base64) drawn at its own size: for comparing or measuring screenshots without an image library.
export async function inScratchPage(context, fn, args) {
  const scratch = await context.newPage();
  try {
    await scratch.evaluate(() => {
      window.decodePng = async (b64) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const c = document.createElement('canvas');
        c.width = img.naturalWidth; c.height = img.naturalHeight;
        const ctx = c.getContext('2d', { willReadFrequently: true });
        ctx.drawImage(img, 0, 0);
        return ctx;
      };
    });
    return await scratch.evaluate(fn, args);
  } finally { await scratch.close(); }
}

// pixelStats of a whole PNG, decoded in a scratch page of the browser (for pages whose Content-Security-Policy
// forbids the data: image pixelStats makes).
export async function imageStats(context, png) {
  const scratch = await context.newPage();
  try {
    await scratch.setViewportSize({ width: 64, height: 64 });
    return await scratch.evaluate(statsInPage, [png.toString('base64'), undefined]);
  } finally { await scratch.close(); }
}

// Decodes a PNG screenshot inside the page and measures the region of `selector` in it (the whole
// screenshot when selector is null): { width, height, distinctColours, nonBackgroundFraction },
// where the background is the most common colour.
export function pixelStats(page, png, selector = '#folio') {
  return page.evaluate(statsInPage, [png.toString('base64'), selector]);
}

// Fails unless stats (from pixelStats or imageStats) show drawing: several colours, and at least minInk of the
// pixels unlike the most common (background) colour. what names the region in the message.
export function assertInk(stats, what, minInk = 0.02) {
  assert.ok(stats.distinctColours >= 4 && stats.nonBackgroundFraction >= minInk, `${what} looks blank: ${JSON.stringify(stats)}`);
}
