// Shared pieces of the web benchmarks: the page probe (an init script counting the page's
// requestAnimationFrame callbacks and time-stamping #folio's state changes), the viewer's state() API, waiting
// for an article and for the frames to stop,
// the gzip bytes of every response a page receives, a per-run fixtures folder served under
// build/web/bench-fixtures/, medians, tables, and the summary rows bench/run-all.sh collects (appended as TSV to
// $FOLIO_BENCH_SUMMARY when it is set).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { WEB_ROOT } from '../tests/browser/harness.mjs';

// Runs in the page before any of its scripts. window.__folioBench holds:
//   rafRequests, rafCallbacks: every requestAnimationFrame call and callback of the page's main world;
//   articleAt:  performance.now() when #folio's data-state first became "article";
//   readyAt:    ... when it was "article" and the canvas showed (class folio--canvas-ready, i.e. fonts in);
//   frameAfterReadyAt: when the first rAF callback that began after readyAt returned (the article's frame);
//   glQueries, glQueryMs: WebGL getParameter calls and the time spent in them. Some (SCISSOR_BOX, the blend
//     factors) are synchronous round trips to the GPU process that wait for the queued drawing to finish, so
//     they show how much of a frame's wall-clock time is the renderer waiting rather than the viewer working.
// performance.now() counts from performance.timeOrigin, the start of the navigation.
export function pageProbe() {
  const B = window.__folioBench = {
    rafRequests: 0, rafCallbacks: 0, articleAt: null, readyAt: null, frameAfterReadyAt: null,
    glQueries: 0, glQueryMs: 0,
  };
  for (const C of [window.WebGL2RenderingContext, window.WebGLRenderingContext]) {
    if (!C) continue;
    const getParameter = C.prototype.getParameter;
    C.prototype.getParameter = function (pname) {
      const t = performance.now();
      try { return getParameter.call(this, pname); } finally { B.glQueries++; B.glQueryMs += performance.now() - t; }
    };
  }
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = function (callback) {
    B.rafRequests++;
    return raf(function (t) {
      B.rafCallbacks++;
      const afterReady = B.readyAt !== null;
      try { return callback(t); } finally {
        if (afterReady && B.frameAfterReadyAt === null) B.frameAfterReadyAt = performance.now();
      }
    });
  };
  const look = () => {
    const el = document.getElementById('folio');
    if (!el || el.dataset.state !== 'article') return;
    const now = performance.now();
    if (B.articleAt === null) B.articleAt = now;
    if (B.readyAt === null && el.classList.contains('folio--canvas-ready')) B.readyAt = now;
  };
  new MutationObserver(look).observe(document, {
    subtree: true, childList: true, attributes: true, attributeFilter: ['data-state', 'class'],
  });
}

export const probe = (page) => page.evaluate(() => ({ ...window.__folioBench }));

// Waits for the #folio API, then returns the viewer's state().
export async function viewerState(page) {
  await page.waitForFunction(() => !!document.getElementById('folio')?.folio, null, { timeout: 60_000 });
  return page.evaluate(() => document.getElementById('folio').folio.state());
}

// Waits for the article with its fonts; returns state(). Throws, saying what showed instead, when it never does.
export async function waitForArticle(page, label) {
  await page.waitForFunction(() => {
    const el = document.getElementById('folio');
    return (el?.dataset.state === 'article' || el?.dataset.state === 'error') && el.folio && el.folio.state().fontsReady;
  }, null, { timeout: 90_000, polling: 50 }).catch(() => {});
  const s = await viewerState(page).catch(() => null);
  if (!s || s.state !== 'article' || !s.fontsReady) {
    const el = await page.evaluate(() => ({ ...document.getElementById('folio')?.dataset })).catch(() => ({}));
    throw new Error(`${label}: the article never showed: #folio ${JSON.stringify(el)}, state ${JSON.stringify(s)}`);
  }
  return s;
}

// Waits up to `ms` for no frame pending; returns state().
export async function waitQuiet(page, ms = 5_000) {
  await page.waitForFunction(() => !document.getElementById('folio').folio.state().framePending, null,
    { timeout: ms, polling: 50 }).catch(() => {});
  return viewerState(page);
}

// The kinds of file the page-weight benchmarks add up, in table order, and a file's kind by its path.
export const KINDS = ['html', 'js', 'wasm', 'font', 'json', 'other'];
export function kindOf(pathname) {
  if (pathname.endsWith('/') || /\.html?$/.test(pathname)) return 'html';
  if (/\.m?js$/.test(pathname)) return 'js';
  if (pathname.endsWith('.wasm')) return 'wasm';
  if (/\.(ttf|otf|woff2?)$/.test(pathname)) return 'font';
  if (pathname.endsWith('.json')) return 'json';
  return 'other';
}

// Weighs every response the page receives from now on: rows() resolves to one { file, kind, raw, gzip } per
// successful response (gzip at level 9); skipped lists the others as "path (why)".
export function weighResponses(page) {
  const pending = [], skipped = [];
  page.on('response', (res) => {
    const { pathname } = new URL(res.url());
    if (!res.ok()) { skipped.push(`${pathname} (${res.status()})`); return; }
    pending.push(res.body().then(
      (body) => ({ file: pathname, kind: kindOf(pathname), raw: body.length, gzip: zlib.gzipSync(body, { level: 9 }).length }),
      (err) => { skipped.push(`${pathname} (${err.message.split('\n')[0]})`); return null; }));
  });
  return { skipped, rows: async () => (await Promise.all(pending)).filter(Boolean) };
}

// A fresh folder under build/web/bench-fixtures/ for this process; remove() deletes it (and bench-fixtures/
// when nothing else is left there). urlPath is its path relative to the site root.
export function fixturesDir(name) {
  const base = path.join(WEB_ROOT, 'bench-fixtures');
  const dir = path.join(base, `${name}-${process.pid}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  return {
    dir,
    urlPath: `bench-fixtures/${name}-${process.pid}`,
    remove() {
      fs.rmSync(dir, { recursive: true, force: true });
      try { fs.rmdirSync(base); } catch { /* not empty, or gone */ }
    },
  };
}

// "machine: N CPUs, load average a b c": timings on a busy machine are noisy, so every benchmark says so.
export const machine = () => `machine: ${os.cpus().length} CPUs, load average ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`;

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export function median(values) {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return NaN;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

export const fixed = (x, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : 'n/a');

// A markdown table from a header row and data rows.
export function table(header, rows) {
  const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`];
  for (const r of rows) lines.push(`| ${r.join(' | ')} |`);
  return lines.join('\n');
}

// One row of run-all's summary: benchmark, metric, figure, goal.
export function summary(bench, metric, figure, goal) {
  const file = process.env.FOLIO_BENCH_SUMMARY;
  if (!file) return;
  const clean = (s) => String(s).replace(/[\t\n]/g, ' ');
  fs.appendFileSync(file, [bench, metric, figure, goal].map(clean).join('\t') + '\n');
}

// Runs main(); prints "<name>: could not measure: <reason>" and exits 1 when it throws.
export function run(name, main) {
  main().catch((err) => {
    console.error(`${name}: could not measure: ${err?.message ?? err}`);
    process.exitCode = 1;
  });
}
