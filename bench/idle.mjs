// Idle benchmark (web): does a reader who just sits on an article cost anything?
// How: opens the seed article (the default page) in headless Chromium, waits for data-state="article" with
// the fonts in, lets it settle for 1 s, then counts over 10 s
//   - every requestAnimationFrame callback the PAGE ran (an init script wraps window.requestAnimationFrame
//     before any page script, so the viewer's and anyone else's rAF loops count),
//   - the viewer's own framesRendered, wakeups and frameMs deltas from #folio.folio.state(),
// and reports whether a frame is still pending (framePending) at the end.
// Goal: 0 of each: an idle viewer requests no animation frames and draws nothing.
// Run: node bench/idle.mjs       (prints a table and "idle: N rAF callbacks, M frames in 10 s (goal 0)")
import { assertWebBuild, openBrowser, startSite } from '../tests/browser/harness.mjs';
import { fixed, machine, pageProbe, probe, run, sleep, summary, table, viewerState } from './common.mjs';

const SETTLE_MS = 1_000;
const WINDOW_MS = 10_000;

async function main() {
  assertWebBuild();
  const site = await startSite();
  const b = await openBrowser();
  try {
    await b.context.addInitScript(pageProbe);
    await b.page.goto(`${site.url}bundle/articles/801a1fae005ec4bc.html`); // the seed article at its own address
    await b.page.waitForFunction(() => {
      const el = document.getElementById('folio');
      return el?.dataset.state === 'article' && el.folio && el.folio.state().fontsReady;
    }, null, { timeout: 60_000, polling: 100 }).catch(async () => {
      const seen = await b.page.evaluate(() => ({
        dataState: document.getElementById('folio')?.dataset.state,
        error: document.getElementById('folio')?.dataset.error,
      }));
      throw new Error(`the seed article never showed: #folio ${JSON.stringify(seen)}`);
    });
    await sleep(SETTLE_MS);
    const s0 = await viewerState(b.page), p0 = await probe(b.page);
    await sleep(WINDOW_MS);
    const s1 = await viewerState(b.page), p1 = await probe(b.page);

    const d = {
      raf: p1.rafCallbacks - p0.rafCallbacks,
      rafRequests: p1.rafRequests - p0.rafRequests,
      frames: s1.framesRendered - s0.framesRendered,
      wakeups: s1.wakeups - s0.wakeups,
      frameMs: s1.frameMs - s0.frameMs,
    };
    const secs = WINDOW_MS / 1000;
    console.log(`idle: seed article "${s1.title}", ${SETTLE_MS} ms to settle, then ${secs} s measured; ${machine()}\n`);
    console.log(table(['metric', 'figure', 'goal'], [
      ['page rAF callbacks (all of the page\'s)', d.raf, 0],
      ['page rAF requests', d.rafRequests, 0],
      ['viewer framesRendered', d.frames, 0],
      ['viewer wakeups (rAF callbacks it received)', d.wakeups, 0],
      ['viewer frameMs (ms inside frames)', fixed(d.frameMs, 1), 0],
      ['framePending at the end', s1.framePending, false],
    ]));
    console.log(`\n(state at start: ${s0.state}, framesRendered ${s0.framesRendered}, wakeups ${s0.wakeups}, ` +
      `framePending ${s0.framePending}; page rAF callbacks since load ${p1.rafCallbacks})`);
    console.log(`idle: ${d.raf} rAF callbacks, ${d.frames} frames in ${secs} s (goal 0)` +
      `; framePending at the end: ${s1.framePending}`);
    summary('idle (web)', `page rAF callbacks in ${secs} s`, d.raf, '0');
    summary('idle (web)', `frames drawn in ${secs} s`, d.frames, '0');
    summary('idle (web)', 'framePending at the end', s1.framePending, 'false');
  } finally {
    await b.close();
    await site.close();
  }
}

run('idle', main);
