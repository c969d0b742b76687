// Browser tests of the reader view as a phone and a long feed show it: a long press selects whole words, and a
// feed read down to its end never loses the reader's place while its pages arrive.
// The bundle is generated here (JSON.stringify) into build/web/test-fixtures/reader-view/.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { WEB_ROOT, emptyClipboard, startSite, withBrowser } from './harness.mjs';

const TIMEOUT = 180_000;
const DIR = path.join(WEB_ROOT, 'test-fixtures/reader-view');
const FEED = 'test-fixtures/reader-view/feed.json';
const PAGES = 6, PER_PAGE = 50;
const PARAGRAPH = (i) => `Paragraph ${i + 1}: dock workers returned to the ports on Sunday after a strike that lasted nine days, ` +
  'and shipping lines said the backlog would take weeks to clear.';
const PHONE = { hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 }, deviceScaleFactor: 3 };

// PAGES feed pages of PER_PAGE items, newest first, chained by next_url; one article (the first item) with a body.
function writeBundle() {
  fs.mkdirSync(path.join(DIR, 'articles'), { recursive: true });
  for (let p = 0; p < PAGES; ++p) {
    const items = Array.from({ length: PER_PAGE }, (_, k) => {
      const n = p * PER_PAGE + k;
      const date = new Date(Date.UTC(2024, 0, 1) - n * 3600_000).toISOString().replace('.000', '');
      return { id: `s${n}`, title: `Story ${n}`, summary: `What happened in story ${n}.`, content_text: `Story ${n}.`,
               date_published: date, _folio: { article: `articles/s${n}.json`, section: 'World' } };
    });
    const page = { version: 'https://jsonfeed.org/version/1.1', title: 'Long desk', items };
    if (p + 1 < PAGES) page.next_url = `feed-${p + 2}.json`;
    fs.writeFileSync(path.join(DIR, p === 0 ? 'feed.json' : `feed-${p + 1}.json`), JSON.stringify(page));
  }
  fs.writeFileSync(path.join(DIR, 'articles/s0.json'), JSON.stringify({
    id: 's0', headline: 'Ports reopen as the strike ends', description: 'About the ports.', articleSection: 'World',
    datePublished: '2024-01-01T00:00:00Z', inLanguage: 'en',
    body: Array.from({ length: 30 }, (_, i) => ({ type: 'paragraph', text: PARAGRAPH(i) })),
  }));
}

let site;
const url = (rest = '') => `${site.url}?bundle=${FEED}${rest}`;
const state = (page) => page.evaluate(() => document.getElementById('folio').folio.state());
async function ready(page, want) {
  await page.waitForFunction((w) => {
    const el = document.getElementById('folio');
    return el.folio && el.dataset.state === w;
  }, want, { timeout: 60_000, polling: 50 });
}
async function until(page, fn, arg, timeout = 20_000) {
  await page.waitForFunction(([src, a]) => {
    const el = document.getElementById('folio');
    return el.folio && new Function('s', 'a', `return (${src})(s, a)`)(el.folio.state(), a);
  }, [fn.toString(), arg], { timeout, polling: 50 });
  return state(page);
}

describe('reader view', { timeout: TIMEOUT }, () => {
  before(async () => { writeBundle(); site = await startSite(); });
  after(async () => { await site?.close(); fs.rmSync(DIR, { recursive: true, force: true }); });

  test('on a phone a long press selects the whole word under the finger, wherever on the word it rests', () =>
    withBrowser(PHONE, async (page, context) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
      await page.goto(url('#/article/s0'));
      await ready(page, 'article');
      await until(page, (s) => !s.framePending);
      // Every word of the body, as WordAt cuts them (letters and digits); a press past a line's end takes the
      // punctuation or the space there alone.
      const words = new Set(['.', ',', ':', ' ']);
      for (let i = 0; i < 30; ++i) for (const w of PARAGRAPH(i).match(/[A-Za-z0-9]+/g)) words.add(w);
      const cdp = await context.newCDPSession(page);
      const touch = (type, x, y) => cdp.send('Input.dispatchTouchEvent',
        { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
      const picked = [];
      // Points along two full lines of the second paragraph (at 390 px: "Paragraph 2: dock workers returned to"
      // and "the ports on Sunday after a strike that"): most rest inside a word, away from its end.
      for (const [x, y] of [487, 540].flatMap((y) => [40, 84, 128, 172, 216, 260, 304, 348].map((x) => [x, y]))) {
        await emptyClipboard(page);
        await touch('touchStart', x, y); // a tap clears the last selection
        await touch('touchEnd', x, y);
        await until(page, (s) => s.selectionLength === 0 && !s.framePending);
        await touch('touchStart', x, y);
        await until(page, (s) => s.selectionLength > 0);
        await page.waitForTimeout(300); // the finger rests on: frames go on being drawn
        await touch('touchEnd', x, y);
        await until(page, (s) => !s.framePending);
        await page.keyboard.press('Control+c');
        let text = '';
        for (let i = 0; i < 50 && !text; ++i) { text = await page.evaluate(() => navigator.clipboard.readText()); if (!text) await page.waitForTimeout(100); }
        picked.push(text);
      }
      const partial = picked.filter((w) => !words.has(w));
      assert.deepEqual(partial, [], `long presses selected ${JSON.stringify(picked)}`);
      assert.ok(new Set(picked.filter((w) => w.length > 1)).size >= 8, `the presses landed on words: ${JSON.stringify(picked)}`);
    }));

  test('reading a long feed to its end, the view never moves back while pages arrive', () =>
    withBrowser({ viewport: { width: 1000, height: 800 } }, async (page) => {
      await page.goto(url('#/'));
      await ready(page, 'feed');
      await until(page, (s) => !s.framePending);
      await page.mouse.move(500, 500);
      await page.evaluate(() => {
        window.__ys = [];
        const el = document.getElementById('folio');
        window.__poll = setInterval(() => { const s = el.folio.state(); window.__ys.push([s.scrollY, s.feedItems]); }, 5);
      });
      for (let i = 0; i < 400; ++i) {
        const s = await state(page);
        if (s.feedComplete && s.scrollY >= s.scrollMax - 1) break;
        await page.mouse.wheel(0, 1500);
        await page.waitForTimeout(60);
      }
      const ys = await page.evaluate(() => { clearInterval(window.__poll); return window.__ys; });
      const s = await state(page);
      assert.equal(s.feedItems, PAGES * PER_PAGE);
      assert.ok(s.feedComplete);
      const back = [];
      for (let k = 1; k < ys.length; ++k) if (ys[k][0] < ys[k - 1][0]) back.push(`${ys[k - 1][0]} -> ${ys[k][0]} at ${ys[k][1]} items`);
      assert.deepEqual(back, [], 'the scroll position went back');
      const grew = new Set(ys.map(([, n]) => n));
      assert.ok(grew.size >= PAGES, `pages arrived while the reader scrolled (${[...grew]})`);
    }));
});
