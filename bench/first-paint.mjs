// First-paint benchmark (web): how much later than a plain HTML page does the viewer show an article?
// How: 5 runs each, alternating, every run in a fresh headless Chromium with a fresh profile (cold HTTP cache,
// no cached wasm code), the same server (tests/browser/harness.mjs) and a 1280x800 viewport. Each browser
// first shows a one-line data: page until it has painted, so neither figure includes starting the browser's
// GPU process and compositor (which alone delays a first paint by up to a second here).
//   viewer:   opens the default page (the sample bundle's seed article). Its figure is the time from the start
//             of the navigation (performance.timeOrigin) to #folio's data-state becoming "article" while the
//             canvas shows (class folio--canvas-ready: the fonts are in), time-stamped with performance.now()
//             by a MutationObserver an init script installs before any page script. Also shown: when
//             data-state first said "article" (fonts or not), and when the next requestAnimationFrame
//             callback, the one that draws the article, returned.
//   snapshot: the bundle's plain HTML snapshot of the same article, build/web/bundle/articles/<id>.html. When
//             the bundle has none the output says "snapshot missing" and a minimal static HTML page of the
//             article (headline, standfirst, body as <p> and <blockquote>) is generated under
//             build/web/bench-fixtures/ instead. Its figure is first-contentful-paint (PerformanceObserver
//             'paint' entries, from timeOrigin); the load event's end is shown beside it.
// The median run counts. Goal: viewer / snapshot at most 3.
// Run: node bench/first-paint.mjs
import fs from 'node:fs';
import path from 'node:path';
import { assertWebBuild, openBrowser, startSite, WEB_ROOT } from '../tests/browser/harness.mjs';
import { fixed, fixturesDir, machine, median, pageProbe, probe, run, summary, table } from './common.mjs';

const RUNS = 5;
const GOAL_RATIO = 3;
const TIMEOUT_MS = 60_000;

const escape = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

// A minimal static page of the article: what a plain HTML snapshot would be at the least.
function minimalSnapshot(article) {
  const text = (b) => (typeof b.text === 'string' ? b.text
    : Array.isArray(b.text) ? b.text.map((r) => (typeof r === 'string' ? r : r.text ?? '')).join('') : '');
  const body = (article.body ?? []).map((b) => (b.type === 'quote'
    ? `<blockquote><p>${escape(text(b))}</p>${b.attribution ? `<footer>${escape(b.attribution)}</footer>` : ''}</blockquote>`
    : `<p>${escape(text(b))}</p>`)).join('\n');
  return `<!doctype html>
<html lang="${escape(article.inLanguage ?? 'en')}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(article.headline)}</title>
<style>body{max-width:38em;margin:2em auto;padding:0 1em;font:20px/1.6 serif}</style></head>
<body><article><h1>${escape(article.headline)}</h1><p><strong>${escape(article.description ?? '')}</strong></p>
${body}
</article></body></html>
`;
}

// A fresh browser whose first page has painted once, so neither figure pays for starting the browser's
// GPU process and compositor; the HTTP cache stays cold (nothing of the site was loaded).
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

async function viewerRun(site) {
  const b = await warmBrowser();
  try {
    await b.context.addInitScript(pageProbe);
    await b.page.goto(site.url);
    await b.page.waitForFunction(() => {
      const B = window.__folioBench, el = document.getElementById('folio');
      return (B && B.frameAfterReadyAt !== null) || el?.dataset.state === 'error';
    }, null, { timeout: TIMEOUT_MS, polling: 50 }).catch(() => {});
    const p = await probe(b.page);
    if (p.readyAt === null) {
      const el = await b.page.evaluate(() => ({ ...document.getElementById('folio')?.dataset }));
      throw new Error(`viewer: the article never showed within ${TIMEOUT_MS} ms: #folio ${JSON.stringify(el)}`);
    }
    return { paint: p.readyAt, articleAt: p.articleAt, frameAt: p.frameAfterReadyAt };
  } finally {
    await b.close();
  }
}

async function snapshotRun(url) {
  const b = await warmBrowser();
  try {
    await b.page.goto(url, { waitUntil: 'load' });
    return await b.page.evaluate(() => new Promise((resolve) => {
      const nav = performance.getEntriesByType('navigation')[0];
      const done = (fcp) => resolve({ paint: fcp, load: nav ? nav.loadEventEnd : NaN });
      const seen = performance.getEntriesByName('first-contentful-paint')[0];
      if (seen) return done(seen.startTime);
      new PerformanceObserver((list) => {
        const e = list.getEntries().find((x) => x.name === 'first-contentful-paint');
        if (e) done(e.startTime);
      }).observe({ type: 'paint', buffered: true });
      setTimeout(() => done(NaN), 10_000);
    }));
  } finally {
    await b.close();
  }
}

async function main() {
  assertWebBuild();
  const feed = JSON.parse(fs.readFileSync(path.join(WEB_ROOT, 'bundle/feed.json'), 'utf8'));
  const item = feed.items[0];
  const snapshotFile = path.join(WEB_ROOT, 'bundle/articles', `${item.id}.html`);
  let fixtures = null, snapshotPath, snapshotNote;
  if (fs.existsSync(snapshotFile)) {
    snapshotPath = `bundle/articles/${item.id}.html`;
    snapshotNote = `the bundle's snapshot ${snapshotPath}`;
  } else {
    fixtures = fixturesDir('first-paint');
    const articleFile = path.join(WEB_ROOT, 'bundle', item._folio.article);
    const article = JSON.parse(fs.readFileSync(articleFile, 'utf8'));
    fs.writeFileSync(path.join(fixtures.dir, `${item.id}.html`), minimalSnapshot(article));
    snapshotPath = `${fixtures.urlPath}/${item.id}.html`;
    snapshotNote = `snapshot missing (no build/web/bundle/articles/${item.id}.html): using a generated ` +
      `minimal static HTML page of the article, ${snapshotPath}`;
  }
  console.log(`first-paint: article ${item.id}; ${snapshotNote}; ${machine()}\n`);
  const site = await startSite();
  try {
    const viewer = [], snapshot = [];
    for (let i = 1; i <= RUNS; i++) {
      const v = await viewerRun(site);
      const s = await snapshotRun(site.url + snapshotPath);
      viewer.push(v); snapshot.push(s);
      console.log(`run ${i}: viewer ${fixed(v.paint, 0)} ms (data-state article at ${fixed(v.articleAt, 0)} ms, ` +
        `its frame done at ${fixed(v.frameAt, 0)} ms); snapshot FCP ${fixed(s.paint, 0)} ms, load ${fixed(s.load, 0)} ms`);
    }
    const v = median(viewer.map((r) => r.paint)), s = median(snapshot.map((r) => r.paint));
    const ratio = v / s;
    console.log('\n' + table(['page', 'median ms from navigation', 'extra (median)'], [
      ['viewer: data-state "article", canvas showing', fixed(v, 0),
        `data-state "article" first: ${fixed(median(viewer.map((r) => r.articleAt)), 0)} ms; ` +
        `article frame drawn: ${fixed(median(viewer.map((r) => r.frameAt)), 0)} ms`],
      [`snapshot${fixtures ? ' (generated, snapshot missing)' : ''}: first-contentful-paint`, fixed(s, 0),
        `load event end: ${fixed(median(snapshot.map((r) => r.load)), 0)} ms`],
    ]));
    console.log(`\nfirst paint: viewer ${fixed(v, 0)} ms, snapshot ${fixed(s, 0)} ms` +
      `${fixtures ? ' (snapshot missing: generated page)' : ''}, ratio ${fixed(ratio, 2)} (goal at most ${GOAL_RATIO})`);
    summary('first-paint (web)', 'viewer: navigation -> article (ms)', fixed(v, 0), '');
    summary('first-paint (web)', `snapshot${fixtures ? ' (MISSING: generated page)' : ''}: FCP (ms)`, fixed(s, 0), '');
    summary('first-paint (web)', 'ratio viewer/snapshot', fixed(ratio, 2), `<= ${GOAL_RATIO}`);
  } finally {
    await site.close();
    fixtures?.remove();
  }
}

run('first-paint', main);
