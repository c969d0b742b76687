// The toolbar and its settings panel in the browser: the back button and the mirror's link name the feed; Tab is the page's again however the panel closes (its
// button, S, Esc, a click outside); on a phone (390x844, DPR 3, touch) a tap on "Aa" draws the panel at once, a tap
// outside closes it, and no tooltip is left behind; the feed's filter chips wrap inside the text column at a
// phone's, a 900 px and a 1280 px width, each one on screen and tappable. Screenshots of the phone's settings panel
// and feed go to build/test-artifacts/. The test bundle is generated here into build/web/test-fixtures/panels/.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ARTIFACTS_DIR, WEB_ROOT, inScratchPage, saveScreenshot, startSite, withBrowser } from './harness.mjs';
import { poll, settled } from './embed-fixtures.mjs';

const TIMEOUT = 120_000;
const DIR = path.join(WEB_ROOT, 'test-fixtures/panels');
const FEED = 'test-fixtures/panels/feed.json';
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, hasTouch: true, isMobile: true };

// Eight articles whose sections and tags make eleven chips besides "All" (the App shows at most twelve), one of
// them a section called "All news", as the sample's wire story has.
const SECTIONS = ['World', 'Science', 'All news', 'Culture', 'Business', 'World', 'Science', 'Culture'];
const TAGS = [['diplomacy'], ['space exploration'], ['trade'], ['language'], ['markets and finance'], ['climate'], [], []];
const CHIPS = 1 + new Set([...SECTIONS, ...TAGS.flat()]).size;

function writeBundle() {
  fs.mkdirSync(path.join(DIR, 'articles'), { recursive: true });
  const items = SECTIONS.map((section, i) => ({
    id: `a${i}`, title: `Story number ${i + 1} from the ${section} desk`, summary: `The summary of story ${i + 1}.`,
    date_published: `2024-03-${String(20 - i).padStart(2, '0')}T09:00:00Z`, tags: TAGS[i],
    _folio: { article: `articles/a${i}.json`, section },
  }));
  fs.writeFileSync(path.join(DIR, 'feed.json'), JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Test desk', items }));
  // The same stories under another title: the back button must read differently.
  fs.writeFileSync(path.join(DIR, 'other.json'), JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Night desk', items }));
  for (const item of items) {
    fs.writeFileSync(path.join(DIR, 'articles', `${item.id}.json`), JSON.stringify({
      id: item.id, headline: item.title, description: item.summary, articleSection: item._folio.section,
      datePublished: item.date_published, inLanguage: 'en',
      body: Array.from({ length: 12 }, (_, k) => ({ type: 'paragraph', text: `Paragraph ${k + 1} of ${item.title}.` })),
    }));
  }
}

let site;
const url = (route = '', feed = FEED) => `${site.url}?bundle=${feed}${route}`;
const quiet = (page, test) => settled(page, test, '#folio');
const state = (page) => page.evaluate(() => document.getElementById('folio').folio.state());

// What has keyboard focus in the viewer's shadow root: 'canvas', the focused element's tag, or ''.
const focused = (page) => page.evaluate(() => {
  const a = document.getElementById('folio').shadowRoot.activeElement;
  return !a ? '' : a.classList.contains('canvas') ? 'canvas' : a.localName;
});
const focusCanvas = (page) => page.evaluate(() => document.getElementById('folio').shadowRoot.querySelector('.canvas').focus());

// Fraction of the pixels in region {x, y, width, height} (CSS px) that differ between two screenshots of the same
// page, decoded in a scratch page. scale: screenshot pixels per CSS pixel.
function changed(context, a, b, region, scale) {
  return inScratchPage(context, async ([pa, pb, r, k]) => {
    const read = async (b64) => (await decodePng(b64))
      .getImageData(Math.round(r.x * k), Math.round(r.y * k), Math.round(r.width * k), Math.round(r.height * k)).data;
    const [da, db] = [await read(pa), await read(pb)];
    let n = 0;
    for (let i = 0; i < da.length; i += 4) if (da[i] !== db[i] || da[i + 1] !== db[i + 1] || da[i + 2] !== db[i + 2]) ++n;
    return n / (da.length / 4);
  }, [a.toString('base64'), b.toString('base64'), region, scale]);
}

describe('toolbar and settings panel', { timeout: 8 * TIMEOUT }, () => {
  before(async () => { writeBundle(); site = await startSite(); });
  after(async () => { await site?.close(); fs.rmSync(DIR, { recursive: true, force: true }); });

  test('Tab leaves the canvas again however the settings panel was closed: its button, S, Esc, a click outside', { timeout: TIMEOUT }, () =>
    withBrowser({}, async (page) => {
      await page.goto(url('#/'));
      await quiet(page, (s) => s.state === 'feed');
      const ways = {
        'the toolbar button': () => page.mouse.click(1280 - 32, 26),
        S: () => page.keyboard.press('s'),
        Esc: () => page.keyboard.press('Escape'),
        'a click outside': () => page.mouse.click(20, 700), // the margin beside the list
      };
      for (const [way, close] of Object.entries(ways)) {
        await focusCanvas(page);
        await page.keyboard.press('s');
        await quiet(page, (s) => s.settingsOpen);
        await page.keyboard.press('Tab'); // the panel's: it moves between its controls
        assert.equal(await focused(page), 'canvas', `Tab is the panel's while it is open (${way})`);
        await close();
        await quiet(page, (s) => !s.settingsOpen);
        await page.keyboard.press('Tab');
        assert.notEqual(await focused(page), 'canvas', `after closing by ${way}, Tab moves focus out of the canvas`);
        assert.equal((await state(page)).state, 'feed');
      }
    }));

  test('on a phone a tap on "Aa" draws the panel at once, a tap outside closes it, and no tooltip stays', { timeout: TIMEOUT }, () =>
    withBrowser(PHONE, async (page, context) => {
      await page.goto(url('#/'));
      await quiet(page, (s) => s.state === 'feed');
      const before = await page.screenshot();
      const panel = { x: 12, y: 58, width: 366, height: 200 }; // under the toolbar's right end
      const open = async () => {
        await page.touchscreen.tap(390 - 32, 26);
        const s = await quiet(page, (s) => s.settingsOpen);
        const shot = await page.screenshot();
        assert.ok(await changed(context, before, shot, panel, 3) > 0.3, 'the panel is drawn once the tap\'s frames are done');
        assert.equal(s.tooltip, '', 'no tooltip after a tap (a phone has no hover, and no S key)');
        return shot;
      };
      const shot = await open();
      fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
      fs.writeFileSync(path.join(ARTIFACTS_DIR, 'phone-settings-panel.png'), shot);
      // A tap outside (the toolbar between "Folio" and Search) closes it: the screen is as it was, no panel and no
      // tooltip on it.
      await page.touchscreen.tap(120, 26);
      let s = await quiet(page, (s) => !s.settingsOpen);
      assert.equal(s.tooltip, '');
      assert.equal(await changed(context, before, await page.screenshot(), { x: 0, y: 0, width: 390, height: 844 }, 3), 0,
        'after a tap outside, nothing of the panel or a tooltip is left');
      // "Aa" again closes it as it opened it.
      await open();
      await page.touchscreen.tap(390 - 32, 26);
      s = await quiet(page, (s) => !s.settingsOpen);
      assert.equal(s.tooltip, '');
      assert.equal(await changed(context, before, await page.screenshot(), { x: 0, y: 0, width: 390, height: 844 }, 3), 0,
        'after closing by "Aa", nothing of the panel or a tooltip is left');
    }));

  test('on a phone a tap on a story outside the open panel only closes the panel; the chips scroll away with the feed', { timeout: TIMEOUT }, () =>
    withBrowser(PHONE, async (page, context) => {
      await page.goto(url('#/'));
      let s = await quiet(page, (s) => s.state === 'feed' && s.chips.length > 0);
      await page.touchscreen.tap(390 - 32, 26);
      await quiet(page, (s) => s.settingsOpen);
      // The third story's headline, below the panel: the tap closes the panel and opens nothing.
      await page.touchscreen.tap(120, 714);
      s = await quiet(page, (s) => !s.settingsOpen);
      assert.equal(s.state, 'feed', 'the tap that closed the panel did not open a story');
      await page.touchscreen.tap(120, 714);
      s = await quiet(page, (s) => s.state === 'article');
      await page.goBack();
      s = await quiet(page, (s) => s.state === 'feed' && s.chips.length > 0);
      // Scrolled down, the chips go up under the toolbar with the list instead of staying over it.
      const top = s.chips[0].y;
      // A finger drags the list up 320 px (slowly, so it does not fling).
      const cdp = await context.newCDPSession(page);
      const touch = (type, y) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x: 200, y }] });
      await touch('touchStart', 700);
      for (let y = 680; y >= 380; y -= 20) { await touch('touchMove', y); await page.waitForTimeout(30); }
      await page.waitForTimeout(300);
      await touch('touchEnd', 0);
      s = await quiet(page, (s) => s.scrollY > 250);
      assert.ok(s.chips.every((c) => c.y + c.height <= 52), `every chip is scrolled away under the toolbar: ${JSON.stringify(s.chips.map((c) => c.y))}`);
      assert.ok(s.chips[0].y <= top - s.scrollY + 0.5, `the chips moved up with the list: ${top} to ${s.chips[0].y} at ${s.scrollY}`);
    }));

  test('a mouse gets the tooltip, but never over the open panel', { timeout: TIMEOUT }, () =>
    withBrowser({}, async (page) => {
      await page.goto(url('#/'));
      await quiet(page, (s) => s.state === 'feed');
      await page.mouse.move(1280 - 32, 26);
      assert.equal((await quiet(page, (s) => s.tooltip !== '')).tooltip, 'Reader settings (S)');
      await page.mouse.click(1280 - 32, 26);
      const s = await quiet(page, (s) => s.settingsOpen);
      assert.equal(s.tooltip, '', 'the panel is open under the button: no tooltip over it');
    }));

  test('the way back to the feed names it by its title, not "All news" (a section of that name is in the feed)', { timeout: TIMEOUT }, () =>
    withBrowser({}, async (page, context) => {
      const back = () => page.evaluate(() =>
        document.getElementById('folio').shadowRoot.querySelector('.mirror nav[aria-label="Folio"] a')?.textContent);
      const toolbar = { x: 0, y: 0, width: 400, height: 52 };
      await page.goto(url('#/article/a2'));
      await quiet(page, (s) => s.articleId === 'a2');
      await poll(page, back, { what: 'the mirror\'s link back' });
      assert.equal(await back(), '‹ Test desk');
      const shot = await page.screenshot();
      await page.goto(url('#/article/a2', 'test-fixtures/panels/other.json'));
      await quiet(page, (s) => s.articleId === 'a2');
      await poll(page, back, { what: 'the mirror\'s link back' });
      assert.equal(await back(), '‹ Night desk');
      assert.ok(await changed(context, shot, await page.screenshot(), toolbar, 1) > 0.005, 'the back button reads the feed\'s title');
    }));

  for (const [name, options] of [['a phone', PHONE], ['900 px', { viewport: { width: 900, height: 700 } }],
    ['1280 px', { viewport: { width: 1280, height: 800 } }]]) {
    test(`at ${name} every filter chip is on screen inside the text column, and a tap or click on it filters`, { timeout: TIMEOUT }, () =>
      withBrowser(options, async (page) => {
        await page.goto(url('#/'));
        let s = await quiet(page, (s) => s.state === 'feed' && s.chips.length > 0);
        const { width, height } = options.viewport;
        assert.equal(s.chips.length, CHIPS, 'a place for every chip');
        const col = s.chipColumn;
        assert.ok(col.x >= 0 && col.x + col.width <= width, `the column ${JSON.stringify(col)} is inside ${width} px`);
        for (const c of s.chips) {
          assert.ok(c.x >= col.x - 0.5 && c.x + c.width <= col.x + col.width + 0.5, `${c.route} within the column: ${JSON.stringify(c)}`);
          assert.ok(c.y >= 52 && c.y + c.height <= height / 2, `${c.route} under the toolbar, on screen: ${JSON.stringify(c)}`);
        }
        for (let i = 1; i < s.chips.length; ++i) { // no two overlap
          const [a, b] = [s.chips[i - 1], s.chips[i]];
          assert.ok(b.y > a.y || b.x >= a.x + a.width, `${a.route} and ${b.route} overlap`);
        }
        if (name === 'a phone') await saveScreenshot(page, 'phone-feed-chips.png');
        // The last chip is really there: tapping (clicking) it filters the feed by it.
        const last = s.chips.at(-1);
        const [x, y] = [last.x + last.width / 2, last.y + last.height / 2];
        if (options.hasTouch) await page.touchscreen.tap(x, y); else await page.mouse.click(x, y);
        s = await quiet(page, (s) => s.state === 'feed' && s.filter !== '');
        assert.equal(s.chips.at(-1).route, last.route);
        if (name === 'a phone') await saveScreenshot(page, 'phone-feed-filtered.png'); // the back button names the feed
      }));
  }
});
