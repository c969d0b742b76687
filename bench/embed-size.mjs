// Embedding weight benchmark: what a host page downloads to show one <folio-viewer>, and three; and the first
// view of the iframe page (embed.html). Loads each page cold in headless Chromium until every viewer shows its
// article and the network is idle, gzips (level 9) every response body, and prints the bytes by kind.
// Goal: the second and third viewers add no wasm and no font bytes (they share the first's); the table also
// shows what they do add (their bundle's JSON).
// Run: node bench/embed-size.mjs
import fs from 'node:fs';
import path from 'node:path';
import { assertWebBuild, openBrowser, startSite } from '../tests/browser/harness.mjs';
import { KINDS, fixturesDir, run, summary, table, weighResponses } from './common.mjs';
import { SEED_ID } from './fixtures.mjs';

const ARTICLE = SEED_ID;

// Loads url; waits until `viewers` viewers (in the page or its frames) show an article; returns gzip bytes by kind.
async function measure(site, url, viewers) {
  const b = await openBrowser({ viewport: { width: 1280, height: 900 * viewers } });
  const weighed = weighResponses(b.page);
  try {
    await b.page.goto(new URL(url, site.url).href);
    const deadline = Date.now() + 60_000;
    for (;;) {
      let shown = 0;
      for (const frame of b.page.frames()) {
        shown += await frame.evaluate(() => [...document.querySelectorAll('folio-viewer')]
          .filter((el) => el.folio && el.state().state === 'article' && el.state().fontsReady).length).catch(() => 0);
      }
      if (shown >= viewers) break;
      if (Date.now() > deadline) throw new Error(`${url}: ${shown} of ${viewers} viewers showed their article`);
      await new Promise((r) => setTimeout(r, 100));
    }
    await b.page.waitForLoadState('networkidle');
    const rows = (await weighed.rows()).filter((r) => !r.file.endsWith('favicon.svg'));
    const by = Object.fromEntries(KINDS.map((k) => [k, rows.filter((r) => r.kind === k).reduce((s, r) => s + r.gzip, 0)]));
    by.total = rows.reduce((s, r) => s + r.gzip, 0);
    by.files = rows.length;
    return by;
  } finally {
    await b.close();
  }
}

async function main() {
  assertWebBuild();
  const fixtures = fixturesDir('embed-size');
  const page = (n) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${n} viewers</title>
<script type="module" src="../../folio-embed.js"></script></head><body>
${Array.from({ length: n }, () => `<folio-viewer bundle="../../bundle/feed.json" article="${ARTICLE}" height="800px"></folio-viewer>`).join('\n')}
</body></html>`;
  fs.writeFileSync(path.join(fixtures.dir, 'one.html'), page(1));
  fs.writeFileSync(path.join(fixtures.dir, 'three.html'), page(3));
  const site = await startSite();
  try {
    const one = await measure(site, `${fixtures.urlPath}/one.html`, 1);
    const three = await measure(site, `${fixtures.urlPath}/three.html`, 3);
    const frame = await measure(site, `embed.html?bundle=bundle%2Ffeed.json&article=${ARTICLE}`, 1);
    const cols = [...KINDS, 'total'];
    console.log('gzip bytes a cold page downloads, by kind\n');
    console.log(table(['page', ...cols, 'files'], [
      ['one viewer', ...cols.map((k) => one[k]), one.files],
      ['three viewers', ...cols.map((k) => three[k]), three.files],
      ['embed.html (iframe page, first view)', ...cols.map((k) => frame[k]), frame.files],
    ]));
    const added = { wasm: three.wasm - one.wasm, font: three.font - one.font, total: three.total - one.total };
    console.log(`\nsecond and third viewers add: ${added.wasm} wasm bytes, ${added.font} font bytes (goal 0 and 0); ` +
      `${added.total} bytes in all`);
    console.log(`embed page first view: ${frame.total} gzip bytes`);
    summary('embed-size (web)', 'gzip bytes, page with one viewer', one.total, '');
    summary('embed-size (web)', 'gzip bytes, page with three viewers', three.total, '');
    summary('embed-size (web)', 'wasm + font bytes the 2nd and 3rd viewers add', added.wasm + added.font, '0');
    summary('embed-size (web)', 'gzip bytes, embed.html first view', frame.total, '');
  } finally {
    await site.close();
    fixtures.remove();
  }
}

run('embed-size', main);
