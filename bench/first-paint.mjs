// First-paint benchmark (web): how much later than a plain HTML page does a reader see text, and when does the
// viewer take over?
// How: 7 runs each, alternating, every run in a fresh headless Chromium with a fresh profile (cold HTTP cache,
// no cached wasm code), the same server (tests/browser/harness.mjs) and a 1280x800 viewport. Each browser
// first shows a one-line data: page until it has painted, so no figure includes starting the browser's GPU
// process and compositor (which alone delays a first paint by up to a second here).
//   article page: the sample bundle's newest article at its own address, build/web/bundle/articles/<id>.html (a
//             bundle built with --viewer: its HTML inside <folio-viewer fullpage>, with the viewer's scripts and
//             preloads). Figures: first-contentful-paint (PerformanceObserver 'paint' entries, from
//             performance.timeOrigin), and when the viewer took over (#folio without data-prerendered and with
//             class folio--canvas-ready: the canvas shows, interactive), time-stamped by a MutationObserver an
//             init script installs before any page script.
//   plain copy: the same page with its scripts, preloads and the <folio-viewer> element (not its content)
//             removed, written beside it as <id>.plain.html for the run (so every relative address is the same).
//   feed page: index.html (the feed's first page prerendered into it at build time) and its plain copy
//             (index.plain.html), the same way.
// The median run counts. Goals: article page FCP / plain copy FCP at most 1.1, and the feed page's likewise;
// the take-over is reported (and, against issue 14's goal for the viewer's first view, take-over / plain FCP at most 3).
// Run: node bench/first-paint.mjs
import fs from 'node:fs';
import path from 'node:path';
import { assertWebBuild, openBrowser, startSite, WEB_ROOT } from '../tests/browser/harness.mjs';
import { fixed, machine, median, run, summary, table } from './common.mjs';

const RUNS = 7;
const GOAL_PAINT = 1.1;
const GOAL_VIEWER = 3;
const TIMEOUT_MS = 60_000;

// The page without what only the viewer needs: scripts with a src (JSON-LD stays), preloads and modulepreloads,
// and the <folio-viewer> element's tags (its content stays, as the page's own).
function plainCopy(html) {
  return html.replace(/<script\b[^>]*\bsrc=[^>]*><\/script>\n?/g, '')
    .replace(/<link\b[^>]*\brel="(?:modulepreload|preload)"[^>]*>\n?/g, '')
    .replace(/<folio-viewer\b[^>]*>/, '').replace(/<\/folio-viewer>/, '');
}

// Runs in the page before its scripts: window.__folioTakeover is performance.now() when the viewer took over.
function takeoverProbe() {
  window.__folioTakeover = null;
  const look = () => {
    const el = document.getElementById('folio');
    if (window.__folioTakeover === null && el && !('prerendered' in el.dataset) && el.classList.contains('folio--canvas-ready')) {
      window.__folioTakeover = performance.now();
    }
  };
  new MutationObserver(look).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-prerendered', 'class'] });
}

// A fresh browser whose first page has painted once, so no figure pays for starting the browser's GPU process
// and compositor; the HTTP cache stays cold (nothing of the site was loaded).
async function warmBrowser() {
  const b = await openBrowser();
  try {
    await b.page.goto('data:text/html,<!doctype html><title>warm-up</title><p>warm-up</p>');
    await b.page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0,
      null, { timeout: 10_000, polling: 50 }).catch(() => {});
  } catch (err) {
    await b.close();
    throw err;
  }
  return b;
}

// One cold load of url: { paint: FCP ms, takeover: ms or NaN (when viewer is false, or it never took over) }.
async function pageRun(url, viewer) {
  const b = await warmBrowser();
  try {
    await b.context.addInitScript(takeoverProbe);
    await b.page.goto(url, { waitUntil: 'load' });
    const paint = await b.page.evaluate(() => new Promise((resolve) => {
      const seen = performance.getEntriesByName('first-contentful-paint')[0];
      if (seen) return resolve(seen.startTime);
      new PerformanceObserver((list) => {
        const e = list.getEntries().find((x) => x.name === 'first-contentful-paint');
        if (e) resolve(e.startTime);
      }).observe({ type: 'paint', buffered: true });
      setTimeout(() => resolve(NaN), 10_000);
    }));
    let takeover = NaN;
    if (viewer) {
      await b.page.waitForFunction(() => window.__folioTakeover !== null, null, { timeout: TIMEOUT_MS, polling: 50 }).catch(() => {});
      takeover = await b.page.evaluate(() => window.__folioTakeover ?? NaN);
      if (!Number.isFinite(takeover)) {
        const el = await b.page.evaluate(() => ({ ...document.getElementById('folio')?.dataset }));
        throw new Error(`${url}: the viewer never took over within ${TIMEOUT_MS} ms: #folio ${JSON.stringify(el)}`);
      }
    }
    return { paint, takeover };
  } finally {
    await b.close();
  }
}

// Median figures of a page with the viewer and its plain copy, RUNS alternating runs each.
async function measure(site, label, pagePath, plainPath) {
  const page = [], plain = [];
  for (let i = 1; i <= RUNS; i++) {
    const v = await pageRun(site.url + pagePath, true);
    const p = await pageRun(site.url + plainPath, false);
    page.push(v); plain.push(p);
    console.log(`${label} run ${i}: FCP ${fixed(v.paint, 0)} ms, viewer took over at ${fixed(v.takeover, 0)} ms; ` +
      `plain copy FCP ${fixed(p.paint, 0)} ms`);
  }
  return { paint: median(page.map((r) => r.paint)), takeover: median(page.map((r) => r.takeover)), plain: median(plain.map((r) => r.paint)) };
}

async function main() {
  assertWebBuild();
  const feed = JSON.parse(fs.readFileSync(path.join(WEB_ROOT, 'bundle/feed.json'), 'utf8'));
  const item = feed.items[0];
  const articlePath = `bundle/articles/${item.id}.html`, indexPath = 'index.html';
  for (const [file, what] of [[articlePath, 'the article\'s page'], [indexPath, 'index.html']]) {
    const html = fs.readFileSync(path.join(WEB_ROOT, file), 'utf8');
    if (!html.includes('<folio-viewer')) {
      throw new Error(`${file}: ${what} holds no <folio-viewer> (a bundle built without --viewer?): nothing to compare`);
    }
  }
  const copies = [];
  const copy = (file) => {
    const out = file.replace(/\.html$/, '.plain.html');
    fs.writeFileSync(path.join(WEB_ROOT, out), plainCopy(fs.readFileSync(path.join(WEB_ROOT, file), 'utf8')));
    copies.push(path.join(WEB_ROOT, out));
    return out;
  };
  console.log(`first-paint: article ${item.id} (${articlePath}) and the feed (${indexPath}); ${machine()}\n`);
  const site = await startSite();
  try {
    const article = await measure(site, 'article', articlePath, copy(articlePath));
    const index = await measure(site, 'feed', indexPath, copy(indexPath));
    const rows = [['article page', article], ['feed page (index.html)', index]].map(([name, m]) => [
      name, fixed(m.paint, 0), fixed(m.plain, 0), fixed(m.paint / m.plain, 2), fixed(m.takeover, 0), fixed(m.takeover / m.plain, 2)]);
    console.log('\n' + table(['page', 'FCP ms', 'plain copy FCP ms', 'ratio', 'viewer took over ms', 'take-over / plain FCP'], rows));
    for (const [name, m] of [['article page', article], ['feed page', index]]) {
      console.log(`${name}: FCP ${fixed(m.paint, 0)} ms vs plain copy ${fixed(m.plain, 0)} ms, ratio ` +
        `${fixed(m.paint / m.plain, 2)} (goal at most ${GOAL_PAINT}); viewer interactive at ${fixed(m.takeover, 0)} ms`);
      summary('first-paint (web)', `${name}: FCP (ms)`, fixed(m.paint, 0), '');
      summary('first-paint (web)', `${name}: ratio FCP / plain copy FCP`, fixed(m.paint / m.plain, 2), `<= ${GOAL_PAINT}`);
      summary('first-paint (web)', `${name}: viewer took over (ms)`, fixed(m.takeover, 0), '');
      summary('first-paint (web)', `${name}: ratio take-over / plain copy FCP`, fixed(m.takeover / m.plain, 2), `<= ${GOAL_VIEWER}`);
    }
  } finally {
    await site.close();
    for (const file of copies) fs.rmSync(file, { force: true });
  }
}

run('first-paint', main);
