// Browser test of a code block on a phone (390x844, touch): a sideways drag on a block wider than the column scrolls
// the block, not the page (the page never scrolls sideways, and does not move down); a drag down it scrolls the
// page; a copy of the whole article keeps the code's line breaks.
// The bundle is generated here (JSON.stringify) into build/web/test-fixtures/code-block/.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { WEB_ROOT, emptyClipboard, startSite, withBrowser } from './harness.mjs';

const TIMEOUT = 180_000;
const DIR = path.join(WEB_ROOT, 'test-fixtures/code-block');
const FEED = 'test-fixtures/code-block/feed.json';
const PHONE = { hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 }, deviceScaleFactor: 3 };
// 30 lines, each far wider than a phone: the block reaches from under the header past the screen's foot.
const LINES = Array.from({ length: 30 }, (_, i) =>
  `step ${String(i + 1).padStart(2, '0')}: folio-bundle build assets/sources -o build/web/bundle --title "Sample" --force`);
const CODE = LINES.join('\n');

function writeBundle() {
  fs.mkdirSync(path.join(DIR, 'articles'), { recursive: true });
  fs.writeFileSync(path.join(DIR, 'feed.json'), JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1', title: 'Code desk',
    items: [{ id: 'c', title: 'Code', content_text: 'Code.', date_published: '2024-01-01T00:00:00Z',
              _folio: { article: 'articles/c.json' } }],
  }));
  fs.writeFileSync(path.join(DIR, 'articles/c.json'), JSON.stringify({
    id: 'c', headline: 'Code', datePublished: '2024-01-01T00:00:00Z', inLanguage: 'en',
    body: [{ type: 'code', language: 'sh', text: CODE }, { type: 'paragraph', text: 'After the code.' }],
  }));
}

let site;
const state = (page) => page.evaluate(() => document.getElementById('folio').folio.state());
async function until(page, fn, arg, timeout = 20_000) {
  await page.waitForFunction(([src, a]) => {
    const el = document.getElementById('folio');
    return el.folio && new Function('s', 'a', `return (${src})(s, a)`)(el.folio.state(), a);
  }, [fn.toString(), arg], { timeout, polling: 50 });
  return state(page);
}

describe('code block', { timeout: TIMEOUT }, () => {
  before(async () => { writeBundle(); site = await startSite(); });
  after(async () => { await site?.close(); fs.rmSync(DIR, { recursive: true, force: true }); });

  test('on a phone a sideways drag scrolls a wide code block, never the page; a copy keeps its lines', () =>
    withBrowser(PHONE, async (page, context) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
      await page.goto(`${site.url}?bundle=${FEED}#/article/c`);
      await page.waitForFunction(() => document.getElementById('folio')?.dataset.state === 'article', null, { timeout: 60_000 });
      await until(page, (s) => s.fontsReady && !s.framePending);
      await page.waitForTimeout(500); // the monospace face arrives after the first view
      await until(page, (s) => !s.framePending);
      const band = { x: 0, y: 560, width: 390, height: 80 }, header = { x: 0, y: 60, width: 390, height: 80 };
      const before = { band: await page.screenshot({ clip: band }), header: await page.screenshot({ clip: header }) };

      const cdp = await context.newCDPSession(page);
      const touch = (type, x, y) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
      await touch('touchStart', 330, 600);
      for (let x = 320; x >= 60; x -= 20) await touch('touchMove', x, 602);
      await touch('touchEnd', 60, 602);
      let s = await until(page, (st) => !st.framePending);
      assert.equal(s.scrollY, 0, 'the page did not move down');
      const page_ = await page.evaluate(() => ({ x: window.scrollX, width: document.scrollingElement.scrollWidth, inner: innerWidth }));
      assert.equal(page_.x, 0, 'the page did not scroll sideways');
      assert.ok(page_.width <= page_.inner, `the page is no wider than the phone (${page_.width} > ${page_.inner})`);
      const after = { band: await page.screenshot({ clip: band }), header: await page.screenshot({ clip: header }) };
      assert.ok(!after.band.equals(before.band), 'the code block scrolled sideways under the finger');
      assert.ok(after.header.equals(before.header), 'nothing above the block moved');

      // A drag down the block scrolls the page.
      await touch('touchStart', 200, 700);
      for (let y = 680; y >= 400; y -= 20) await touch('touchMove', 202, y);
      await touch('touchEnd', 202, 400);
      s = await until(page, (st) => !st.framePending && st.scrollY > 0);
      assert.ok(s.scrollY >= 100, `the page scrolled down with the finger (${s.scrollY})`);

      // Select all and copy: the code comes out with its line breaks.
      await emptyClipboard(page);
      await page.keyboard.press('Control+a');
      await page.keyboard.press('Control+c');
      let text = '';
      for (let i = 0; i < 50 && !text; ++i) { text = await page.evaluate(() => navigator.clipboard.readText()); if (!text) await page.waitForTimeout(100); }
      assert.ok(text.includes(CODE), `the copy holds the code as written: ${JSON.stringify(text.slice(0, 200))}`);
    }));
});
