// Photo-scroll benchmark (web, issue 12): what do photos cost while scrolling, and does texture memory stay in
// its budget?
// Fixtures: 200 distinct photographs made at bench time from the sample's (bench/photo_build.py --make-photos:
// widths 1,200 to 2,048 px), built by folio-bundle into one bundle of three articles: "photos-100" (100 paragraphs
// of the seed's words, bench/fixtures.mjs, each followed by a photo), "text-100" (the same paragraphs, no photos)
// and "photos-200a" and "photos-200b" (100 photos each, each after a short paragraph: 200 photos read one article
// after the other in one viewer; one article of 200 photos is refused by folio-bundle, whose limits bound its HTML
// snapshot for the longest --base-url it accepts). The bundle is kept in build/web/bench-cache/
// and reused while the folio-bundle binary and these settings are unchanged (making it takes minutes).
// Measures, each in a fresh headless Chromium at 1280x800, DPR 1:
//   - frame time while scrolling: the article opened, the fonts in, no frame pending; then wheel steps of
//     WHEEL_DELTA px every WHEEL_GAP_MS ms until the end (or MAX_STEPS); cost per frame = frameMs delta /
//     framesRendered delta (the viewer's own clock around each frame, as bench/scroll-cost.mjs). Three rounds,
//     the median counts. Goal: photos-100 / text-100 at most 1.5.
//   - texture memory through 200 photos: photos-200a then (opened in the same viewer) photos-200b scrolled the same
//     way to their ends, the viewer's state()
//     polled every POLL_MS for images.textureBytes; the figure is the larger of the state's
//     images.peakTextureBytes and the largest textureBytes polled. Goal: within images.budget.
//   - frames drawn while idle afterwards: once no frame is pending (at most 10 s), framesRendered over IDLE_MS.
//     Goal: 0.
// Needs the viewer to load photos and report "images": {textureBytes, peakTextureBytes, budget} in its state;
// without them it prints what it measured and fails with "could not measure".
// Run: node bench/photo-scroll.mjs      (needs scripts/build --web; about 5 minutes the first time)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { assertWebBuild, openBrowser, REPO_ROOT, startSite, WEB_ROOT } from '../tests/browser/harness.mjs';
import { makeBody } from './fixtures.mjs';
import {
  fixed, machine, median, run, sleep, summary, table, viewerState, waitForArticle, waitQuiet,
} from './common.mjs';

const PHOTOS = 200, MAX_WIDTH = 2048, PARAGRAPHS = 100;
const ROUNDS = 3;
const WHEEL_DELTA = 480, WHEEL_GAP_MS = 20, MAX_STEPS = 2_000, POLL_MS = 100;
const IDLE_MS = 5_000;
const GOAL_RATIO = 1.5;
const TOOL = path.join(REPO_ROOT, 'build/native/folio-bundle');
const CACHE = path.join(WEB_ROOT, 'bench-cache/photo-scroll');

// The Markdown of the three articles, from the same paragraphs.
function sources(dir) {
  const paragraphs = makeBody(PARAGRAPHS * 120).blocks.slice(0, PARAGRAPHS).map((b) => b.text);
  const front = (id, title) => `---\nid: ${id}\ntitle: ${title}\ndate: 2024-01-01T00:00:00Z\nsection: Benchmarks\n---\n\n`;
  const photo = (i) => `![Generated photo ${i}](photos/p${String(i).padStart(5, '0')}.jpg "Photo ${i} | Bench")`;
  fs.writeFileSync(path.join(dir, 'photos-100.md'), front('photos-100', 'One hundred paragraphs, one hundred photos') +
    paragraphs.map((p, i) => `${p}\n\n${photo(i)}`).join('\n\n') + '\n');
  fs.writeFileSync(path.join(dir, 'text-100.md'), front('text-100', 'One hundred paragraphs, no photos') +
    paragraphs.join('\n\n') + '\n');
  for (const [part, from] of [['a', 0], ['b', PHOTOS / 2]])
    fs.writeFileSync(path.join(dir, `photos-200${part}.md`), front(`photos-200${part}`, `Two hundred photos, part ${part}`) +
      Array.from({ length: PHOTOS / 2 }, (_, k) => `${paragraphs[k % PARAGRAPHS].split('. ')[0]}.\n\n${photo(from + k)}`).join('\n\n') + '\n');
}

// Builds the fixture bundle into CACHE unless it is there for this folio-bundle and these settings.
function fixtureBundle() {
  if (!fs.existsSync(TOOL)) throw new Error(`${TOOL} is missing: run scripts/build --native`);
  const st = fs.statSync(TOOL);
  const stamp = JSON.stringify({ tool: [st.size, st.mtimeMs], PHOTOS, MAX_WIDTH, PARAGRAPHS, v: 2 });
  const stampFile = path.join(CACHE, 'stamp.json');
  if (fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === stamp) return 'reused';
  fs.rmSync(CACHE, { recursive: true, force: true });
  const src = path.join(CACHE, 'src');
  fs.mkdirSync(src, { recursive: true });
  const started = Date.now();
  execFileSync('/usr/bin/python3', [path.join(REPO_ROOT, 'bench/photo_build.py'), '--make-photos', path.join(src, 'photos'),
    '--photos', String(PHOTOS), '--max-width', String(MAX_WIDTH)], { stdio: 'inherit' });
  sources(src);
  execFileSync(TOOL, ['build', src, '-o', path.join(CACHE, 'bundle'), '--quiet', '--title', 'Folio photo benchmark'],
    { stdio: 'inherit' });
  fs.rmSync(src, { recursive: true, force: true });
  fs.writeFileSync(stampFile, stamp);
  return `made in ${fixed((Date.now() - started) / 1000, 0)} s`;
}

// Opens one article and scrolls it to the end; returns the frame and texture figures.
// Scrolls the article id (or each of a list, opened one after the other in the same viewer) to its end.
async function scrollRun(site, ids, { idle = false } = {}) {
  const list = [ids].flat(), id = list[0];
  const b = await openBrowser();
  let mediaFiles = 0;
  b.page.on('response', (res) => { if (new URL(res.url()).pathname.includes('/media/')) mediaFiles++; });
  try {
    await b.page.goto(`${site.url}?bundle=bench-cache/photo-scroll/bundle/feed.json&article=${id}`);
    await waitForArticle(b.page, id);
    const s0 = await waitQuiet(b.page);
    const box = await b.page.locator('#folio').boundingBox();
    if (!box) throw new Error(`${id}: #folio has no box`);
    await b.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    let peakPolled = s0.images?.textureBytes ?? null, lastPoll = Date.now(), steps = 0, s = s0;
    const started = Date.now();
    for (let next = 1; ; next++) {
      while (steps < MAX_STEPS && s.scrollY < s.scrollMax) {
        await b.page.mouse.wheel(0, WHEEL_DELTA);
        await sleep(WHEEL_GAP_MS);
        steps++;
        if (Date.now() - lastPoll >= POLL_MS || steps % 10 === 0) {
          s = await viewerState(b.page);
          lastPoll = Date.now();
          if (typeof s.images?.textureBytes === 'number') peakPolled = Math.max(peakPolled ?? 0, s.images.textureBytes);
        }
      }
      if (next >= list.length) break;
      await b.page.evaluate((a) => document.getElementById('folio').folio.open(a), list[next]);
      await b.page.waitForFunction((a) => document.getElementById('folio').folio.state().articleId === a, list[next],
                                   { timeout: 60_000, polling: 50 });
      await waitForArticle(b.page, list[next]);
      s = await viewerState(b.page);
    }
    const s1 = await waitQuiet(b.page, 10_000);
    if (typeof s1.images?.textureBytes === 'number') peakPolled = Math.max(peakPolled ?? 0, s1.images.textureBytes);
    const frames = s1.framesRendered - s0.framesRendered, ms = s1.frameMs - s0.frameMs;
    const r = {
      frames, ms, perFrame: frames > 0 ? ms / frames : NaN, steps, seconds: (Date.now() - started) / 1000,
      endY: s1.scrollY, scrollMax: s1.scrollMax, mediaFiles,
      reportsTextures: typeof s1.images?.textureBytes === 'number' && typeof s1.images?.peakTextureBytes === 'number',
      textureBytes: s1.images?.textureBytes ?? NaN, peakTexture: NaN,
      budget: s1.images?.budget ?? null, pendingAtEnd: s1.framePending,
    };
    if (r.reportsTextures) r.peakTexture = Math.max(s1.images.peakTextureBytes, peakPolled ?? 0);
    if (idle) {
      const i0 = await viewerState(b.page);
      await sleep(IDLE_MS);
      const i1 = await viewerState(b.page);
      r.idleFrames = i1.framesRendered - i0.framesRendered;
    }
    return r;
  } finally {
    await b.close();
  }
}

const mb = (n) => (Number.isFinite(n) ? `${fixed(n / 2 ** 20, 1)} MB` : 'not reported');

async function main() {
  assertWebBuild();
  const made = fixtureBundle();
  const site = await startSite();
  try {
    console.log(`photo-scroll: fixture bundle (${PHOTOS} photos) ${made}; ${machine()}`);
    const results = { 'photos-100': [], 'text-100': [] };
    for (let round = 1; round <= ROUNDS; round++) {
      for (const id of Object.keys(results)) {
        const r = await scrollRun(site, id);
        results[id].push(r);
        console.log(`round ${round} ${id}: ${r.frames} frames, ${fixed(r.ms, 1)} ms in frames, ${fixed(r.perFrame, 3)} ms/frame; ` +
          `${r.steps} wheel steps to scrollY ${r.endY} of ${r.scrollMax} in ${fixed(r.seconds, 1)} s; ${r.mediaFiles} media files; ` +
          `peak texture ${mb(r.peakTexture)}${r.pendingAtEnd ? '; FRAME STILL PENDING' : ''}`);
      }
    }
    const t = await scrollRun(site, ['photos-200a', 'photos-200b'], { idle: true });
    console.log(`photos-200a and photos-200b: ${t.steps} wheel steps to scrollY ${t.endY} of ${t.scrollMax}; ${t.mediaFiles} media files; ` +
      `textureBytes at the end ${mb(t.textureBytes)}, peak ${mb(t.peakTexture)}, budget ${mb(t.budget)}; ` +
      `${t.idleFrames} frames in ${IDLE_MS / 1000} s idle afterwards`);
    console.log(`(${machine()})`);

    const per = (id) => median(results[id].map((r) => r.perFrame));
    const ratio = per('photos-100') / per('text-100');
    const within = t.reportsTextures && Number.isFinite(t.budget) ? t.peakTexture <= t.budget : null;
    console.log('\n' + table(['metric', 'figure', 'goal'], [
      ['ms/frame scrolling, 100 paragraphs, no photos (median)', fixed(per('text-100'), 3), ''],
      ['ms/frame scrolling, 100 paragraphs, 100 photos (median)', fixed(per('photos-100'), 3), ''],
      ['ratio photos / no photos', fixed(ratio, 2), `<= ${GOAL_RATIO}`],
      ['peak texture memory through 200 photos', mb(t.peakTexture), `<= budget (${mb(t.budget)})`],
      ['frames drawn idle afterwards', t.idleFrames, 0],
    ]));
    console.log(`\nphoto scroll cost: ratio ${fixed(ratio, 2)} (goal at most ${GOAL_RATIO}); peak texture ${mb(t.peakTexture)} ` +
      `(budget ${mb(t.budget)}${within === null ? '' : within ? ', within' : ', OVER'}); idle frames ${t.idleFrames} (goal 0)`);
    summary('photo-scroll (web)', 'ms/frame scrolling 100 photos / without photos', fixed(ratio, 2), `<= ${GOAL_RATIO}`);
    summary('photo-scroll (web)', 'peak texture MB through 200 photos (budget)', `${mb(t.peakTexture)} (${mb(t.budget)})`, '<= budget');
    summary('photo-scroll (web)', `frames drawn in ${IDLE_MS / 1000} s idle after scrolling`, t.idleFrames, '0');
    const loaded = results['photos-100'].every((r) => r.mediaFiles > 0) && t.mediaFiles > 0;
    if (!loaded) throw new Error('the viewer fetched no photo: this build does not load photos on the web, so the figures above are not photos\' cost');
    if (!t.reportsTextures) throw new Error('the viewer\'s state has no images.textureBytes/peakTextureBytes: texture memory is not reported');
  } finally {
    await site.close();
  }
}

run('photo-scroll', main);
