// Text entry in the browser: Find's field is typed into through the text agent (web/embed/text-agent.js, a hidden
// <input> in the shadow root), so keys typed right after "/" or Ctrl+F are the query's and never shortcuts, a phone
// focuses a real input (its on-screen keyboard, IME composition, inserted text), and the Find bar never covers the
// document's text. Also the phone screenshots build/test-artifacts/phone-{feed,article,settings,find}.png.
// The test bundle is generated here (JSON.stringify) into build/web/test-fixtures/text-entry/.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { WEB_ROOT, inScratchPage, saveScreenshot, startSite, withBrowser } from './harness.mjs';
import { poll } from './embed-fixtures.mjs';

const TIMEOUT = 120_000;
const DIR = path.join(WEB_ROOT, 'test-fixtures/text-entry');
const FEED = 'test-fixtures/text-entry/feed.json';
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, hasTouch: true, isMobile: true };
const SEED = '801a1fae005ec4bc'; // the sample bundle's newest article

const ARTICLES = [
  { id: 'b', date: '2024-03-02T09:00:00Z', headline: 'Talks resume after a long pause',
    paras: ['Negotiators met again on Sunday. The treaty draft was discussed for six hours, and the sun had set when they left.',
            'A second round of treaty talks is planned for next month, officials said on Saturday.'] },
  { id: 'c', date: '2024-03-03T09:00:00Z',
    headline: 'Ports reopen across the northern coast as the nine-day strike by dock workers finally ends with a deal on pay',
    paras: Array.from({ length: 40 }, (_, i) => `Paragraph ${i + 1}: dock workers returned to the ports on Sunday after a strike that lasted nine days, and shipping lines said the backlog would take weeks to clear.`) },
];

function writeBundle() {
  fs.mkdirSync(path.join(DIR, 'articles'), { recursive: true });
  const items = ARTICLES.map((a) => ({
    id: a.id, title: a.headline, summary: a.paras[0], date_published: a.date, _folio: { article: `articles/${a.id}.json`, section: 'World' },
  }));
  fs.writeFileSync(path.join(DIR, 'feed.json'), JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Test desk', items }));
  for (const a of ARTICLES) {
    fs.writeFileSync(path.join(DIR, 'articles', `${a.id}.json`), JSON.stringify({
      id: a.id, headline: a.headline, description: 'About it.', articleSection: 'World', datePublished: a.date, inLanguage: 'en',
      body: a.paras.map((text) => ({ type: 'paragraph', text })),
    }));
  }
}

let site;
const url = (route, bundle = FEED) => `${site.url}${bundle ? `?bundle=${bundle}` : ''}${route}`;
const state = (page) => page.evaluate(() => { const el = document.getElementById('folio'); return el.folio ? el.state() : null; });
// Waits until the viewer is idle (fonts in, no frame pending) and its state satisfies want; returns the state.
const until = (page, want, what = 'the viewer to settle') =>
  poll(page, async () => { const s = await state(page); return s && s.fontsReady && !s.framePending && want(s) ? s : null; }, { what });
// Where focus is: the shadow root's active element's class (the text agent's is "text-agent").
const focused = (page) => page.evaluate(() => {
  const el = document.getElementById('folio');
  return document.activeElement === el ? el.shadowRoot.activeElement?.className ?? '' : `outside: ${document.activeElement?.localName}`;
});
// How often a word occurs in the article (case folded), as Find counts it.
const occurrences = (a, word) => [a.headline, 'About it.', ...a.paras].join(' ').toLowerCase().split(word).length - 1;

// Rows (0..height-1, CSS px) where two screenshots of the page's viewport differ, decoded in a scratch page.
function differingRows(context, a, b, scale) {
  return inScratchPage(context, async ([pa, pb, k]) => {
    const pixels = async (b64) => { const ctx = await decodePng(b64); return ctx.getImageData(0, 0, ctx.canvas.width, ctx.canvas.height); };
    const [da, db] = [await pixels(pa), await pixels(pb)];
    const rows = new Set();
    for (let y = 0; y < da.height; ++y)
      for (let x = 0; x < da.width; ++x) {
        const i = (y * da.width + x) * 4;
        if (Math.abs(da.data[i] - db.data[i]) + Math.abs(da.data[i + 1] - db.data[i + 1]) + Math.abs(da.data[i + 2] - db.data[i + 2]) > 24) {
          rows.add(Math.floor(y / k));
          break;
        }
      }
    return [...rows].sort((p, q) => p - q);
  }, [a.toString('base64'), b.toString('base64'), scale]);
}

// The first row (CSS px, from the top) of the toolbar's rule, the hairline under it once the document is scrolled:
// the row whose pixels at both ends of the window are one colour unlike the background. The document shows below it.
function ruleRow(context, png) {
  return inScratchPage(context, async (b64) => {
    const ctx = await decodePng(b64);
    const px = (x, y) => Array.from(ctx.getImageData(x, y, 1, 1).data.slice(0, 3)).join(',');
    const bg = px(3, 2);
    for (let y = 20; y < 200; ++y)
      if (px(3, y) !== bg && px(3, y) === px(ctx.canvas.width - 20, y)) return y;
    return -1;
  }, png.toString('base64'));
}

describe('text entry', { timeout: 6 * TIMEOUT }, () => {
  before(async () => { writeBundle(); site = await startSite(); });
  after(async () => { await site?.close(); fs.rmSync(DIR, { recursive: true, force: true }); });

  test('keys typed right after "/" or Ctrl+F are the query\'s, never shortcuts', { timeout: TIMEOUT }, () =>
    withBrowser({}, async (page) => {
      await page.goto(url('#/article/b'));
      await until(page, (s) => s.state === 'article');
      // "/" moves to the search field (Find is closed), and the keys right after it are the search's query.
      await page.keyboard.type('/sun'); // "s" alone would open the settings
      let s = await until(page, (s) => s.search.query.length >= 3 || s.settingsOpen, 'the search query');
      assert.equal(s.search.query, 'sun');
      assert.equal(s.textEntry.field, 'search');
      assert.equal(s.settingsOpen, false, 'the settings stayed closed');
      assert.equal(s.find.open, false, '"/" opened no Find');
      s = await until(page, (s) => s.search.status === 'failed', 'the search to say the bundle has no index');
      assert.match(s.search.error, /no search index \(search\/index\.json: HTTP 404/);
      await page.keyboard.press('Escape');
      s = await until(page, (s) => s.textEntry.field === '');
      assert.equal(await focused(page), 'canvas', 'the keys went back to the reader');
      await page.evaluate(() => document.getElementById('folio').open('b'));
      await until(page, (s) => s.state === 'article' && s.articleId === 'b');
      await page.keyboard.press('Control+f');
      await page.keyboard.type('sat');
      s = await until(page, (s) => s.find.query.length >= 3 || s.settingsOpen, 'the query');
      assert.equal(s.find.query, 'sat');
      assert.equal(s.settingsOpen, false, 'the settings stayed closed');
      assert.equal(s.find.count, occurrences(ARTICLES[0], 'sat'));
    }, /\/search\/index\.json/)); // this bundle has no search index: its root's 404 is the one error expected

  test('the Find bar covers none of the document\'s text at 1280 px', { timeout: TIMEOUT }, () =>
    withBrowser({ viewport: { width: 1280, height: 800 } }, async (page, context) => {
      await page.goto(url('#/article/c'));
      await until(page, (s) => s.state === 'article');
      await page.mouse.move(640, 500);
      await page.mouse.wheel(0, 240); // text now runs under the toolbar, so the top lines' ends are where a bar could be
      let s = await until(page, (s) => s.scrollY > 100);
      const closed = await page.screenshot();
      const rule = await ruleRow(context, closed);
      assert.ok(rule > 0, 'the toolbar\'s rule shows');
      await page.keyboard.press('Control+f');
      const scrolled = s.scrollY;
      s = await until(page, (s) => s.find.open);
      assert.equal(s.scrollY, scrolled, 'opening Find scrolled nothing');
      const open = await page.screenshot();
      await saveScreenshot(page, 'find-bar-1280.png');
      const rows = await differingRows(context, closed, open, 1);
      assert.ok(rows.length > 0, 'the bar was drawn');
      assert.ok(rows.every((y) => y < rule), `the bar changed rows ${rows[0]}..${rows.at(-1)}, the document shows from row ${rule}`);
    }));

  test('on a phone, tapping Find focuses a real input that typing, inserted text and IME composition reach', { timeout: TIMEOUT }, () =>
    withBrowser(PHONE, async (page, context) => {
      await page.goto(url('#/article/b'));
      await until(page, (s) => s.state === 'article');
      await page.touchscreen.tap(390 - 2 * 44 - 14 + 22, 26); // the toolbar's Find button
      let s = await until(page, (s) => s.find.open);
      assert.equal(await poll(page, async () => (await focused(page)) === 'text-agent' && 'text-agent', { what: 'the text agent to take the focus' }), 'text-agent');
      await page.keyboard.type('trea');
      s = await until(page, (s) => s.find.query === 'trea', 'the typed query');
      await page.keyboard.insertText('ty');
      s = await until(page, (s) => s.find.query === 'treaty', 'the inserted text');
      assert.equal(s.find.count, occurrences(ARTICLES[0], 'treaty'));
      await page.keyboard.press('Enter');
      s = await until(page, (s) => s.find.current === 2, 'Enter to step to the next match');
      // Cleared, then composed with an IME: the composition shows as it grows, and its commit is the query.
      await page.keyboard.press('Control+a');
      await page.keyboard.press('Backspace');
      s = await until(page, (s) => s.find.query === '', 'the cleared query');
      const cdp = await context.newCDPSession(page);
      await cdp.send('Input.imeSetComposition', { text: 'sa', selectionStart: 2, selectionEnd: 2 });
      s = await until(page, (s) => s.find.query === 'sa', 'the composition');
      await cdp.send('Input.imeSetComposition', { text: 'satur', selectionStart: 5, selectionEnd: 5 });
      s = await until(page, (s) => s.find.query === 'satur', 'the composition growing');
      await cdp.send('Input.insertText', { text: 'saturday' });
      s = await until(page, (s) => s.find.query === 'saturday', 'the committed composition');
      assert.equal(s.find.count, occurrences(ARTICLES[0], 'saturday'));
      assert.equal(s.settingsOpen, false);
      assert.equal(await focused(page), 'text-agent', 'the agent kept the focus');
    }));

  // A screen reader finds the agent ("Find in page", a text box) only while Find is open, once, and Tab never
  // lands on it: closed, it would be a field that does nothing.
  test('the text agent is in the accessibility tree only while Find is open, and never in the Tab order', { timeout: TIMEOUT }, () =>
    withBrowser({}, async (page) => {
      await page.goto(url('#/article/b'));
      await until(page, (s) => s.state === 'article');
      const boxes = () => page.getByRole('textbox', { name: 'Find in page' }).count();
      assert.equal(await boxes(), 0, 'Find is closed: no text box');
      await page.keyboard.press('Control+f');
      await until(page, (s) => s.find.open);
      await poll(page, async () => (await focused(page)) === 'text-agent', { what: 'the text agent to take the focus' });
      assert.equal(await boxes(), 1, 'Find is open: its text box, once');
      await page.keyboard.press('Escape');
      await until(page, (s) => !s.find.open);
      assert.equal(await focused(page), 'canvas');
      assert.equal(await boxes(), 0, 'Find closed again: no text box');
      for (let i = 0; i < 6; ++i) {
        await page.keyboard.press('Tab');
        assert.notEqual(await focused(page), 'text-agent', `Tab ${i + 1} reached the text agent`);
      }
    }));

  // The on-screen keyboard covers half a phone's screen: a tap on the text gives the keys back to the reader (the
  // agent lets the focus go, so the keyboard closes) and Find stays open with its matches; a swipe keeps the keys
  // (the reader scrolls to the matches and can go on typing); a tap on the field takes them again.
  test('on a phone a tap on the document while Find has the keys gives them back; a tap on the field takes them again', { timeout: TIMEOUT }, () =>
    withBrowser(PHONE, async (page, context) => {
      await page.goto(url('#/article/c'));
      await until(page, (s) => s.state === 'article');
      await page.touchscreen.tap(390 - 2 * 44 - 14 + 22, 26); // the toolbar's Find button
      await until(page, (s) => s.find.open);
      await poll(page, async () => (await focused(page)) === 'text-agent', { what: 'the text agent to take the focus' });
      await page.keyboard.type('dock');
      let s = await until(page, (s) => s.find.query === 'dock' && s.find.count > 0, 'the query');
      const count = s.find.count;
      // A swipe up the text scrolls it and leaves the keys with the field.
      const cdp = await context.newCDPSession(page);
      const touch = (type, y) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x: 200, y }] });
      await touch('touchStart', 700);
      for (let y = 680; y >= 500; y -= 20) await touch('touchMove', y);
      await touch('touchEnd', 500);
      s = await until(page, (s) => s.scrollY > 0, 'the swipe to scroll');
      assert.equal(s.textEntry.field, 'find', 'a swipe left the keys with the field');
      assert.equal(await focused(page), 'text-agent');
      // A tap on the text: the keys go back to the reader, Find stays open with its query and matches.
      await page.touchscreen.tap(200, 600);
      s = await until(page, (s) => s.textEntry.field === '', 'the field to give the keys back');
      assert.equal(await poll(page, async () => { const f = await focused(page); return f !== 'text-agent' && f; },
        { what: 'the text agent to let the focus go' }), 'canvas');
      assert.ok(s.find.open, 'Find stayed open');
      assert.equal(s.find.query, 'dock');
      assert.equal(s.find.count, count);
      // A tap on the field: the agent has the keys again, with the query in it, and typing goes on from its end.
      await page.touchscreen.tap(80, 26);
      s = await until(page, (s) => s.textEntry.field === 'find', 'the field to take the keys');
      await poll(page, async () => (await focused(page)) === 'text-agent', { what: 'the text agent to take the focus again' });
      await page.keyboard.type(' workers');
      s = await until(page, (s) => s.find.query === 'dock workers', 'the query typed on');
      assert.ok(s.find.count > 0);
    }));

  test('phone screenshots: the feed, an article, the settings panel and Find with a query', { timeout: TIMEOUT }, () =>
    withBrowser(PHONE, async (page) => {
      await page.goto(url('#/', ''));
      await until(page, (s) => s.state === 'feed');
      await saveScreenshot(page, 'phone-feed.png');
      await page.goto(url(`#/article/${SEED}`, ''));
      await until(page, (s) => s.state === 'article' && s.articleId === SEED);
      await saveScreenshot(page, 'phone-article.png');
      await page.touchscreen.tap(390 - 44 - 10 + 22, 26); // the toolbar's "Aa"
      await until(page, (s) => s.settingsOpen);
      await saveScreenshot(page, 'phone-settings.png');
      await page.touchscreen.tap(390 - 44 - 10 + 22, 26);
      await until(page, (s) => !s.settingsOpen);
      await page.touchscreen.tap(390 - 2 * 44 - 14 + 22, 26);
      await until(page, (s) => s.find.open);
      await poll(page, async () => (await focused(page)) === 'text-agent', { what: 'the text agent to take the focus' });
      await page.keyboard.type('sanctions');
      const s = await until(page, (s) => s.find.query === 'sanctions' && s.find.count > 0, 'the query');
      assert.ok(s.find.count > 0);
      await saveScreenshot(page, 'phone-find.png');
    }));
});
