// Photo-bytes benchmark (web, issue 12): does the viewer download more image data for the photo essay's first
// screen than a browser does for the HTML snapshot of the same article?
// How: for each case (viewport and devicePixelRatio), two fresh headless Chromiums (fresh profiles, cold caches)
// on the same server (tests/browser/harness.mjs):
//   viewer:   opens ?article=photo-essay (the sample bundle's photo essay, lead photo first), waits for the article
//             with its fonts, then until no media/ response has arrived for QUIET_MS, no frame is pending and
//             no photo is loading (state().images.loading; at most SETTLE_MS): the photos near the first screen
//             (the viewer loads about 1.5 screens ahead) have loaded;
//   snapshot: opens bundle/articles/photo-essay.html, the bundle's HTML snapshot (<picture> with WebP and JPEG
//             srcsets, loading="lazy"), waits for the load event and the same quiet.
// Each side's figure is the bytes of every media/ response's body (page.on('response'): the files as served; the
// variants are compressed images, so no gzip). Chromium loads lazy images some distance below the viewport
// (about 1,250 px and more on a slow connection), so the snapshot's figure is what a browser really fetches for its
// first screen. Goal: viewer / snapshot at most 1.0 at DPR 1 and at DPR 3. A viewer that fetched no photo makes
// the benchmark fail with "could not measure" (a build without web image loading).
// Run: node bench/photo-bytes.mjs           (needs scripts/build --web)
import fs from 'node:fs';
import path from 'node:path';
import { assertWebBuild, openBrowser, startSite, WEB_ROOT } from '../tests/browser/harness.mjs';
import { fixed, machine, run, sleep, summary, table, waitForArticle } from './common.mjs';

const ARTICLE = 'photo-essay';
const CASES = [
  { name: 'desktop DPR 1', viewport: { width: 1280, height: 800 }, dpr: 1, goal: true },
  { name: 'desktop DPR 3', viewport: { width: 1280, height: 800 }, dpr: 3, goal: true },
  { name: 'phone DPR 3', viewport: { width: 390, height: 844 }, dpr: 3, goal: false },
];
const GOAL_RATIO = 1.0;
const QUIET_MS = 2_000, SETTLE_MS = 30_000;

// Adds up every media/ response the page gets from now on: media() resolves to { files, bytes, list }.
function weighMedia(page) {
  const pending = [];
  let last = Date.now();
  page.on('response', (res) => {
    const { pathname } = new URL(res.url());
    if (!pathname.includes('/media/')) return;
    last = Date.now();
    pending.push(res.body().then((body) => ({ file: path.basename(pathname), status: res.status(), bytes: body.length }),
      () => ({ file: path.basename(pathname), status: res.status(), bytes: 0 })));
  });
  return {
    lastAt: () => last,
    async media() {
      const rows = (await Promise.all(pending)).filter((r) => r.status === 200);
      return { files: rows.length, bytes: rows.reduce((s, r) => s + r.bytes, 0), list: rows.map((r) => `${r.file} ${r.bytes}`) };
    },
  };
}

// Waits until no media/ response has come for QUIET_MS and `idle()` holds, at most SETTLE_MS.
async function settle(weigh, idle) {
  const until = Date.now() + SETTLE_MS;
  while (Date.now() < until) {
    if (Date.now() - weigh.lastAt() >= QUIET_MS && await idle()) return true;
    await sleep(200);
  }
  return false;
}

async function viewerSide(site, c) {
  const b = await openBrowser({ viewport: c.viewport, deviceScaleFactor: c.dpr });
  try {
    const weigh = weighMedia(b.page);
    await b.page.goto(`${site.url}?article=${ARTICLE}`);
    const s = await waitForArticle(b.page, `viewer, ${c.name}`);
    if (s.articleId !== ARTICLE) throw new Error(`viewer, ${c.name}: opened "${s.articleId}", not ${ARTICLE}`);
    const settled = await settle(weigh, () => b.page.evaluate(() => {
      const st = document.getElementById('folio').folio.state();
      return !st.framePending && !(st.images?.loading > 0);
    }));
    return { ...(await weigh.media()), settled };
  } finally {
    await b.close();
  }
}

async function snapshotSide(site, c) {
  const b = await openBrowser({ viewport: c.viewport, deviceScaleFactor: c.dpr });
  try {
    const weigh = weighMedia(b.page);
    await b.page.goto(`${site.url}bundle/articles/${ARTICLE}.html`, { waitUntil: 'load' });
    const settled = await settle(weigh, async () => true);
    return { ...(await weigh.media()), settled };
  } finally {
    await b.close();
  }
}

async function main() {
  assertWebBuild();
  const snapshot = path.join(WEB_ROOT, 'bundle/articles', `${ARTICLE}.html`);
  if (!fs.existsSync(snapshot)) throw new Error(`${snapshot} is missing: the sample bundle has no photo essay`);
  const site = await startSite();
  try {
    console.log(`photo-bytes: the ${ARTICLE} article's first screen, viewer vs HTML snapshot; ${machine()}`);
    const rows = [];
    for (const c of CASES) {
      const snap = await snapshotSide(site, c);
      const view = await viewerSide(site, c);
      console.log(`${c.name} (${c.viewport.width}x${c.viewport.height}): snapshot ${snap.files} files ${snap.bytes} bytes` +
        `${snap.settled ? '' : ' (still loading at the cap)'} [${snap.list.join(', ')}]; viewer ${view.files} files ` +
        `${view.bytes} bytes${view.settled ? '' : ' (still loading at the cap)'} [${view.list.join(', ')}]`);
      if (view.files === 0) {
        throw new Error(`the viewer fetched no photo for ${ARTICLE} (${c.name}): this build does not load photos on the web`);
      }
      rows.push({ c, snap, view, ratio: view.bytes / snap.bytes });
    }
    console.log('\n' + table(['case', 'snapshot media bytes (files)', 'viewer media bytes (files)', 'viewer / snapshot', 'goal'],
      rows.map((r) => [`${r.c.name}, ${r.c.viewport.width}x${r.c.viewport.height}`, `${r.snap.bytes} (${r.snap.files})`,
        `${r.view.bytes} (${r.view.files})`, fixed(r.ratio, 2), r.c.goal ? `<= ${GOAL_RATIO}` : '(info)'])));
    for (const r of rows) {
      console.log(`photo bytes ${r.c.name}: viewer/snapshot ${fixed(r.ratio, 2)}` +
        (r.c.goal ? ` (goal at most ${GOAL_RATIO})` : ' (extra info, no goal)'));
      summary('photo-bytes (web)', `first screen image bytes viewer/snapshot, ${r.c.name}`, fixed(r.ratio, 2),
        r.c.goal ? `<= ${GOAL_RATIO}` : '(info)');
    }
  } finally {
    await site.close();
  }
}

run('photo-bytes', main);
