// A long feed in the browser: a bundle of 2,000 generated articles (Markdown sources written here, built by
// build/native/folio-bundle into build/web/test-fixtures/long-feed/, 50 items a feed page) scrolled with the wheel
// to its end. The reader's place never moves back while pages arrive, and every item is reachable: all 2,000 are
// in the state and the mirror, the oldest last, and the feed says it has reached its end. Without WebGL (the mirror
// is the reader), its "More" buttons reach every item too, and the search's results past the first page.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT, WEB_ROOT, saveScreenshot, startSite, withBrowser } from './harness.mjs';
import { poll } from './embed-fixtures.mjs';

const TIMEOUT = 600_000;
const COUNT = 2000;
const TOOL = path.join(REPO_ROOT, 'build/native/folio-bundle');
const OUT = path.join(WEB_ROOT, 'test-fixtures/long-feed');
const FEED = 'test-fixtures/long-feed/feed.json';
const id = (i) => `story-${String(i).padStart(5, '0')}`; // story i was published i minutes into 2024: 1 is the oldest

// COUNT Markdown articles in a fresh folder, built into OUT.
function buildBundle() {
  const src = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-long-feed-'));
  try {
    for (let i = 1; i <= COUNT; ++i) {
      const date = new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString().replace('.000Z', 'Z');
      fs.writeFileSync(path.join(src, `${id(i)}.md`), `---
id: ${id(i)}
title: Generated story number ${i}
description: The standfirst of generated story number ${i}, one line long.
date: ${date}
section: ${['World', 'Science', 'Culture'][i % 3]}
---

The body of story ${i}: a paragraph of ordinary text, long enough to be a paragraph.
`);
    }
    fs.rmSync(OUT, { recursive: true, force: true });
    execFileSync(TOOL, ['build', src, '-o', OUT, '--today', '2024-06-01'], { stdio: ['ignore', 'ignore', 'pipe'] });
  } finally {
    fs.rmSync(src, { recursive: true, force: true });
  }
}

let site;
const state = (page) => page.evaluate(() => { const el = document.getElementById('folio'); return el.folio ? el.state() : null; });
const settled = (page, want = () => true) =>
  poll(page, async () => { const s = await state(page); return s && s.fontsReady && !s.framePending && want(s) ? s : null; }, { what: 'the viewer to settle' });
// The mirror's feed: its article links (routes) and its last paragraph's text.
const mirror = (page) => page.evaluate(() => {
  const root = document.getElementById('folio').shadowRoot;
  if (!root) return { routes: [], end: '' }; // not yet upgraded
  const routes = [...root.querySelectorAll('.mirror ul.feed h2 a')].map((a) => a.dataset.route);
  const paragraphs = root.querySelectorAll('.mirror section > p.meta');
  return { routes, end: paragraphs.length ? paragraphs[paragraphs.length - 1].textContent : '' };
});

describe('a long feed', { timeout: TIMEOUT }, () => {
  before(async () => { buildBundle(); site = await startSite(); });
  after(async () => { await site?.close(); fs.rmSync(OUT, { recursive: true, force: true }); });

  test(`scrolled with the wheel to its end, ${COUNT} articles: the place never moves back and every item is reachable`, { timeout: TIMEOUT }, () =>
    withBrowser({ viewport: { width: 1280, height: 800 } }, async (page) => {
      await page.emulateMedia({ reducedMotion: 'reduce' }); // the wheel jumps: each step is one position
      await page.goto(`${site.url}?bundle=${FEED}#/`);
      let s = await settled(page, (s) => s.state === 'feed');
      await page.mouse.move(640, 500);
      const positions = [s.scrollY];
      let pages = s.feedItems;
      for (let step = 0; step < 5000; ++step) {
        await page.mouse.wheel(0, 2400);
        s = await settled(page);
        if (s.feedItems !== pages) pages = s.feedItems; // a page arrived during this step
        assert.ok(s.scrollY >= positions.at(-1),
          `step ${step}: the view went back from ${positions.at(-1)} to ${s.scrollY} with ${s.feedItems} items loaded`);
        positions.push(s.scrollY);
        if (s.feedComplete && s.scrollY >= s.scrollMax) break;
      }
      assert.ok(s.feedComplete && s.scrollY >= s.scrollMax, `the end was reached: ${JSON.stringify({ y: s.scrollY, max: s.scrollMax, items: s.feedItems })}`);
      assert.equal(s.feedItems, COUNT);
      const m = await poll(page, async () => { const m = await mirror(page); return m.routes.length === COUNT ? m : null; }, { what: 'the mirror' });
      assert.equal(m.routes[0], `#/article/${id(COUNT)}`, 'the newest first');
      assert.equal(m.routes.at(-1), `#/article/${id(1)}`, 'the oldest last');
      assert.equal(new Set(m.routes).size, COUNT, 'each article once');
      assert.equal(m.end, 'You have reached the end.');
      await saveScreenshot(page, 'long-feed-end.png');
    }));

  test(`without WebGL, "More" buttons page through all ${COUNT} and the search's results, focus on the first new one`, { timeout: TIMEOUT }, () =>
    withBrowser({ viewport: { width: 1280, height: 800 }, args: ['--disable-webgl', '--disable-3d-apis'] }, async (page) => {
      const seen = () => page.evaluate(() => {
        const root = document.getElementById('folio').shadowRoot; // null until the viewer is imported, after the first paint
        if (!root) return { cards: 0, more: '', focused: -1, end: '' };
        const cards = [...root.querySelectorAll('.mirror ul.feed > li h2 a')];
        return { cards: cards.length, more: root.querySelector('.mirror button[data-more]')?.textContent ?? '',
          focused: cards.indexOf(root.activeElement), end: root.querySelector('.mirror .end')?.textContent ?? '' };
      });
      await page.goto(`${site.url}?bundle=${FEED}#/`);
      let m = await poll(page, async () => { const m = await seen(); return m.more ? m : null; }, { what: 'the first page and its More button' });
      assert.equal(m.cards, 50);
      assert.equal(m.more, 'More articles');
      for (let pages = 1; m.more; ++pages) {
        const before = m.cards;
        await page.locator('#folio button[data-more]').click();
        m = await poll(page, async () => { const m = await seen(); return m.cards > before ? m : null; }, { what: `page ${pages + 1}` });
        assert.equal(m.focused, before, `page ${pages + 1}: the focus is on its first card`);
        assert.ok(pages < COUNT / 50, 'no more pages than the feed has');
      }
      assert.equal(m.cards, COUNT);
      assert.equal(m.end, 'You have reached the end.');
      // The search's results, a page at a time.
      const field = page.locator('#folio form[role=search] input');
      await field.fill('generated story');
      await field.press('Enter');
      m = await poll(page, async () => { const m = await seen(); return m.more === 'More results' ? m : null; }, { what: 'the first results' });
      const first = m.cards;
      assert.ok(first > 0 && first < COUNT, `a first page of results: ${first}`);
      await page.locator('#folio button[data-more]').click();
      m = await poll(page, async () => { const m = await seen(); return m.cards > first ? m : null; }, { what: 'more results' });
      assert.equal(m.focused, first, 'the focus is on the first new result');
      await saveScreenshot(page, 'long-feed-no-webgl.png');
    }));
});
