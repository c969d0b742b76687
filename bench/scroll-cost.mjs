// Scroll-cost benchmark (web): does a frame cost more in a long article than in a short one?
// How: generates two one-article bundles under build/web/bench-fixtures/ (bench/fixtures.mjs: ~1,000 and
// ~100,000 words of the seed article's words, paragraphs of 80-150 words) and the same two in Arabic (the words of
// the sample's Arabic article, tagged "ar": right to left, shaped). For each, in a fresh headless
// Chromium (fresh profile, so no remembered reading position), opens ?bundle=…/feed.json&article=ID, waits
// for the article with its fonts and no frame pending, then scrolls: the mouse over the canvas, 200 wheel
// steps of deltaY 120 px 20 ms apart, then End, Home and End key presses 1.5 s apart, then waits for the
// frames to stop. The cost of a frame is (frameMs after - before) / (framesRendered after - before), where
// frameMs is the wall-clock time the viewer measures around each frame (emscripten_get_now). Three rounds;
// the median round counts. Extra: time to first article paint, navigation start -> #folio data-state
// "article" with the canvas showing (MutationObserver timestamp, performance.now() from timeOrigin), and
// the same per-frame cost less the time spent in WebGL getParameter calls (timed by the page probe in
// common.mjs): some are synchronous GPU-process round trips that wait for the drawing queued so far, so they
// measure the (software) GPU more than the viewer's own work.
// Goal: long/short ratio at most 1.2 (a frame's cost does not grow with the article's length), in English and in
// Arabic (the 100,000-word Arabic article against the 1,000-word one).
// Run: node bench/scroll-cost.mjs
import { assertWebBuild, openBrowser, startSite } from '../tests/browser/harness.mjs';
import { SCROLL_PAIRS, writeScrollBundles } from './fixtures.mjs';
import {
  fixed, fixturesDir, machine, median, pageProbe, probe, run, sleep, summary, table, viewerState, waitForArticle, waitQuiet,
} from './common.mjs';

const ROUNDS = 3;
const WHEEL_STEPS = 200, WHEEL_DELTA = 120, WHEEL_GAP_MS = 20, KEY_GAP_MS = 1_500;
const GOAL_RATIO = 1.2;

async function oneRun(site, fixtures, bundle) {
  const b = await openBrowser();
  try {
    await b.context.addInitScript(pageProbe);
    const url = `${site.url}?bundle=${fixtures.urlPath}/${bundle.name}/feed.json&article=${bundle.id}`;
    await b.page.goto(url);
    await waitForArticle(b.page, bundle.name);
    const s0 = await waitQuiet(b.page);
    const paint = (await probe(b.page)).readyAt;
    const box = await b.page.locator('#folio').boundingBox();
    if (!box) throw new Error(`${bundle.name}: #folio has no box`);
    await b.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);

    const p0 = await probe(b.page);
    const started = Date.now();
    for (let i = 0; i < WHEEL_STEPS; i++) {
      await b.page.mouse.wheel(0, WHEEL_DELTA);
      await sleep(WHEEL_GAP_MS);
    }
    const afterWheel = await viewerState(b.page);
    for (const key of ['End', 'Home', 'End']) {
      await b.page.keyboard.press(key);
      await sleep(KEY_GAP_MS);
    }
    const s1 = await waitQuiet(b.page);
    const p1 = await probe(b.page);
    const seconds = (Date.now() - started) / 1000;
    const frames = s1.framesRendered - s0.framesRendered;
    const ms = s1.frameMs - s0.frameMs;
    const glMs = p1.glQueryMs - p0.glQueryMs;
    return {
      paint, frames, ms, perFrame: frames > 0 ? ms / frames : NaN, seconds,
      glMs, glQueries: p1.glQueries - p0.glQueries, perFrameWork: frames > 0 ? (ms - glMs) / frames : NaN,
      wheelY: afterWheel.scrollY, endY: s1.scrollY, scrollMax: s1.scrollMax, pendingAtEnd: s1.framePending,
    };
  } finally {
    await b.close();
  }
}

async function main() {
  assertWebBuild();
  const fixtures = fixturesDir('scroll-cost');
  const site = await startSite();
  try {
    const bundles = writeScrollBundles(fixtures.dir);
    console.log(`scroll-cost: ${bundles.map((bd) => `${bd.name} ${bd.words} words`).join(', ')}; ${machine()}`);
    const results = Object.fromEntries(bundles.map((bd) => [bd.name, []]));
    for (let round = 1; round <= ROUNDS; round++) {
      for (const bundle of bundles) {
        const r = await oneRun(site, fixtures, bundle);
        results[bundle.name].push(r);
        console.log(`round ${round} ${bundle.name.padEnd(5)}: ${r.frames} frames, ${fixed(r.ms, 1)} ms in frames, ` +
          `${fixed(r.perFrame, 3)} ms/frame over ${fixed(r.seconds, 1)} s (of which ${fixed(r.glMs, 0)} ms in ` +
          `${r.glQueries} WebGL getParameter calls: ${fixed(r.perFrameWork, 3)} ms/frame without them); wheel reached scrollY ${r.wheelY} ` +
          `of ${r.scrollMax}, ended at ${r.endY}${r.pendingAtEnd ? ', FRAME STILL PENDING' : ''}; ` +
          `first paint ${fixed(r.paint, 0)} ms`);
      }
    }
    console.log(`(${machine()})`);
    const per = (name) => median(results[name].map((r) => r.perFrame));
    const paint = (name) => median(results[name].map((r) => r.paint));
    const work = (name) => median(results[name].map((r) => r.perFrameWork));
    const glShare = (name) => median(results[name].map((r) => r.glMs / r.ms));
    const rows = bundles.map((bd) => [
      `${bd.name} (${bd.words.toLocaleString('en')} words, ${bd.paragraphs} blocks)`,
      fixed(per(bd.name), 3), `${fixed(work(bd.name), 3)} (${fixed(100 * glShare(bd.name), 0)}% of frame time was getParameter)`,
      median(results[bd.name].map((r) => r.frames)), fixed(paint(bd.name), 0),
    ]);
    console.log('\n' + table(['article', 'median ms/frame while scrolling', 'same without WebGL getParameter waits',
      'frames (median)', 'first article paint ms (median)'], rows));
    for (const [shortName, longName] of SCROLL_PAIRS) {
      const short = per(shortName), long = per(longName), ratio = long / short;
      const workRatio = work(longName) / work(shortName);
      const what = shortName === 'short' ? '' : ` (${shortName.split('-')[0]})`;
      console.log(`\nscroll cost${what}: ${shortName} ${fixed(short, 3)} ms/frame, ${longName} ${fixed(long, 3)} ms/frame, ` +
        `ratio long/short ${fixed(ratio, 2)} (goal at most ${GOAL_RATIO})`);
      console.log(`without WebGL getParameter waits: ${shortName} ${fixed(work(shortName), 3)} ms/frame, ${longName} ` +
        `${fixed(work(longName), 3)} ms/frame, ratio ${fixed(workRatio, 2)} (extra info)`);
      console.log(`first article paint: ${shortName} ${fixed(paint(shortName), 0)} ms, ${longName} ${fixed(paint(longName), 0)} ms ` +
        '(extra info, no goal)');
      summary('scroll-cost (web)', `ms/frame scrolling, 1,000 words${what}`, fixed(short, 3), '');
      summary('scroll-cost (web)', `ms/frame scrolling, 100,000 words${what}`, fixed(long, 3), '');
      summary('scroll-cost (web)', `ratio long/short${what}`, fixed(ratio, 2), `<= ${GOAL_RATIO}`);
      summary('scroll-cost (web)', `ratio long/short without WebGL getParameter waits${what}`, fixed(workRatio, 2), '(info)');
      summary('scroll-cost (web)', `share of frame time in WebGL getParameter, short / long${what}`,
        `${fixed(100 * glShare(shortName), 0)}% / ${fixed(100 * glShare(longName), 0)}%`, '(info)');
      summary('scroll-cost (web)', `first article paint, 1,000 / 100,000 words (ms)${what}`,
        `${fixed(paint(shortName), 0)} / ${fixed(paint(longName), 0)}`, '(info)');
    }
  } finally {
    await site.close();
    fixtures.remove();
  }
}

run('scroll-cost', main);
