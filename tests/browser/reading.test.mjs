// Browser tests of the reading experience, through the state a host can read (#folio's folio.state(), the title,
// the URL hash, localStorage and the clipboard): keyboard navigation, deep links and Back, settings that survive
// a reload, Find, copy, themes, the feed and its filters, and no frames while idle.
// The test bundle is generated here (JSON.stringify) into build/web/test-fixtures/reading/.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { WEB_ROOT, emptyClipboard, saveScreenshot, startSite, withBrowser } from './harness.mjs';

const TIMEOUT = 120_000;
const DIR = path.join(WEB_ROOT, 'test-fixtures/reading');
const FEED = 'test-fixtures/reading/feed.json';

// Three articles, newest first: c (World), b (World), a (Science).
const ARTICLES = [
  { id: 'a', section: 'Science', date: '2024-03-01T09:00:00Z', tags: ['space'], headline: 'Probe reaches the outer moons',
    paras: ['The probe sent its first pictures of the outer moons on Friday, the agency said.',
            'Engineers said the treaty between the partner agencies made the mission possible.'] },
  { id: 'b', section: 'World', date: '2024-03-02T09:00:00Z', tags: ['diplomacy'], headline: 'Talks resume after a long pause',
    paras: ['Negotiators met again on Saturday. The treaty draft was discussed for six hours.',
            'A second round of treaty talks is planned for next month, officials said.',
            'Observers called the Treaty a first step.'] },
  { id: 'c', section: 'World', date: '2024-03-03T09:00:00Z', tags: ['trade'], headline: 'Ports reopen as the strike ends',
    paras: Array.from({ length: 40 }, (_, i) => `Paragraph ${i + 1}: dock workers returned to the ports on Sunday after a strike that lasted nine days, and shipping lines said the backlog would take weeks to clear.`) },
  { id: 'd', section: 'Culture', date: '2024-02-01T09:00:00Z', tags: ['language'], headline: 'A line in three scripts',
    paras: ['Tokyo is 東京 in Japanese, and Beijing is 北京 in Chinese.', 'Москва, Αθήνα and Kraków need no fallback face.'] },
];

function writeBundle() {
  fs.mkdirSync(path.join(DIR, 'articles'), { recursive: true });
  const items = ARTICLES.map((a) => ({
    id: a.id, title: a.headline, summary: a.paras[0], content_text: a.paras[0], date_published: a.date, tags: a.tags,
    _folio: { article: `articles/${a.id}.json`, section: a.section },
  }));
  fs.writeFileSync(path.join(DIR, 'feed.json'), JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Test desk', items }));
  for (const a of ARTICLES) {
    fs.writeFileSync(path.join(DIR, 'articles', `${a.id}.json`), JSON.stringify({
      id: a.id, headline: a.headline, description: `About ${a.headline.toLowerCase()}.`, articleSection: a.section,
      datePublished: a.date, inLanguage: 'en', body: a.paras.map((text) => ({ type: 'paragraph', text })),
    }));
  }
}

let site;
const url = (rest = '') => `${site.url}?bundle=${FEED}${rest}`;
const state = (page) => page.evaluate(() => document.getElementById('folio').folio.state());
async function ready(page, want = 'article') {
  await page.waitForFunction((w) => {
    const el = document.getElementById('folio');
    return el.folio && el.dataset.state === w;
  }, want, { timeout: 60_000, polling: 50 });
}
// Waits until the viewer's state satisfies fn (evaluated in the page with the state object).
async function until(page, fn, arg) {
  await page.waitForFunction(([src, a]) => {
    const el = document.getElementById('folio');
    return el.folio && new Function('s', 'a', `return (${src})(s, a)`)(el.folio.state(), a);
  }, [fn.toString(), arg], { timeout: 20_000, polling: 50 });
  return state(page);
}

// The clipboard's text once something is on it (10 s at most): clipboard writes finish asynchronously.
async function clipboardText(page) {
  for (let i = 0; i < 100; ++i) {
    const text = await page.evaluate(() => navigator.clipboard.readText());
    if (text) return text;
    await page.waitForTimeout(100);
  }
  return '';
}

describe('reading', { timeout: 15 * TIMEOUT }, () => { // 15 tests of about 8 s, each within its own TIMEOUT
  before(async () => { writeBundle(); site = await startSite(); });
  after(async () => { await site?.close(); fs.rmSync(DIR, { recursive: true, force: true }); });

  test('with no route the newest article opens; j and k move between articles in feed order', { timeout: TIMEOUT }, () =>
    withBrowser({}, async (page) => {
      await page.goto(url());
      await ready(page);
      let s = await state(page);
      assert.equal(s.articleId, 'c');
      assert.equal(await page.title(), 'Ports reopen as the strike ends');
      await page.keyboard.press('j');
      s = await until(page, (s) => s.articleId === 'b' && s.state === 'article');
      assert.equal(await page.title(), 'Talks resume after a long pause');
      assert.equal(await page.evaluate(() => location.hash), '#/article/b');
      await page.keyboard.press('j');
      await until(page, (s) => s.articleId === 'a' && s.state === 'article');
      await page.keyboard.press('k');
      await until(page, (s) => s.articleId === 'b' && s.state === 'article');
    }));

  test('a deep link opens its article; Escape goes to the feed; Back and Forward return', { timeout: TIMEOUT }, () =>
    withBrowser({}, async (page) => {
      await page.goto(url('#/article/a'));
      await ready(page);
      assert.equal((await state(page)).articleId, 'a');
      await page.keyboard.press('Escape');
      const feed = await until(page, (s) => s.state === 'feed');
      assert.equal(feed.feedItems, ARTICLES.length);
      assert.equal(await page.evaluate(() => location.hash), '#/');
      await page.goBack();
      await until(page, (s) => s.state === 'article' && s.articleId === 'a');
      await page.goForward();
      await until(page, (s) => s.state === 'feed');
    }));

  test('the feed filters by section through its route', { timeout: TIMEOUT }, () =>
    withBrowser({}, async (page) => {
      await page.goto(url('#/section/World'));
      const s = await until(page, (s) => s.state === 'feed');
      assert.equal(s.filter, 'World');
      assert.equal(await page.title(), 'World — Test desk');
      await saveScreenshot(page, 'browser-feed-world.png');
    }));

  test('keys and the wheel scroll the article', { timeout: TIMEOUT }, () =>
    withBrowser({}, async (page) => {
      await page.goto(url('#/article/c'));
      await ready(page);
      await until(page, (s) => s.scrollMax > 1000); // the long article scrolls, once its first frame is drawn
      await page.keyboard.press('End');
      await until(page, (s) => s.scrollY === s.scrollMax);
      await page.keyboard.press('Home');
      await until(page, (s) => s.scrollY === 0);
      await page.keyboard.press('PageDown');
      const paged = await until(page, (s) => s.scrollY > 300);
      await page.mouse.move(640, 400);
      await page.mouse.wheel(0, 600);
      await until(page, (s, y) => s.scrollY > y + 300, paged.scrollY);
    }));

  test('settings survive a reload; a corrupt stored value falls back to the defaults', { timeout: TIMEOUT }, () =>
    withBrowser({}, async (page) => {
      await page.goto(url('#/article/b'));
      await ready(page);
      assert.equal((await state(page)).settings.fontSize, 20);
      await page.keyboard.press('Control+Equal');
      await page.keyboard.press('Control+Equal');
      await until(page, (s) => s.settings.fontSize === 24);
      const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('folio:settings')));
      assert.equal(stored.fontSize, 24);
      await page.reload();
      await ready(page);
      assert.equal((await state(page)).settings.fontSize, 24);
      await page.evaluate(() => localStorage.setItem('folio:settings', '{"fontSize": "huge", "theme": 7, '));
      await page.reload();
      await ready(page);
      const s = await state(page);
      assert.equal(s.settings.fontSize, 20);
      assert.equal(s.settings.theme, 'auto');
    }));

  test('Find counts every match and Enter steps through them', { timeout: TIMEOUT }, () =>
    withBrowser({}, async (page) => {
      await page.goto(url('#/article/b'));
      await ready(page);
      await page.keyboard.press('Control+f');
      await page.keyboard.type('treaty');
      const b = ARTICLES[1];
      const expected = [b.headline, `About ${b.headline.toLowerCase()}.`, ...b.paras].join(' ').toLowerCase().split('treaty').length - 1;
      let s = await until(page, (s) => s.find.query === 'treaty');
      assert.equal(s.find.count, expected);
      assert.equal(s.find.current, 1);
      await page.keyboard.press('Enter');
      s = await until(page, (s) => s.find.current === 2);
      await page.keyboard.press('Shift+Enter');
      await until(page, (s) => s.find.current === 1);
      await saveScreenshot(page, 'browser-find.png');
      await page.keyboard.press('Escape');
      await until(page, (s) => !s.find.open && s.find.count === 0);
    }));

  test('select all and Ctrl+C put the article text on the clipboard', { timeout: TIMEOUT }, () =>
    withBrowser({}, async (page, context) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
      await page.goto(url('#/article/a'));
      await ready(page);
      await emptyClipboard(page);
      await page.keyboard.press('Control+a');
      await until(page, (s) => s.selectionLength > 100);
      await page.keyboard.press('Control+c');
      const a = ARTICLES[0];
      const text = await clipboardText(page);
      assert.ok(text.includes(a.headline), text);
      assert.ok(text.includes(`${a.paras[0]}\n\n${a.paras[1]}`), text);
    }));

  test('a drag selects from the top of the article across paragraphs, and copies that', { timeout: TIMEOUT }, () =>
    withBrowser({ viewport: { width: 1000, height: 900 } }, async (page, context) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
      await page.goto(url('#/article/b'));
      await ready(page);
      await emptyClipboard(page);
      // Press in the margin above the first line (that is the start of the text), drag to the lower right.
      await page.mouse.move(5, 70);
      await page.mouse.down();
      await page.mouse.move(500, 500, { steps: 8 });
      await page.mouse.move(990, 860, { steps: 8 });
      await page.mouse.up();
      await until(page, (s) => s.selectionLength > 0);
      await saveScreenshot(page, 'browser-selection.png');
      await page.keyboard.press('Control+c');
      const text = await clipboardText(page);
      const b = ARTICLES[1];
      assert.ok(text.startsWith(`WORLD\n\n${b.headline}\n\nAbout ${b.headline.toLowerCase()}.\n\n`), text);
      assert.ok(text.includes(`\n\n${b.paras[0]}\n\n`), text);
      assert.equal(Buffer.byteLength(text), (await state(page)).selectionLength); // the state counts UTF-8 bytes
    }));

  test('the context menu copies a link that reopens the article', { timeout: TIMEOUT }, () =>
    withBrowser({ viewport: { width: 1000, height: 700 } }, async (page, context) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
      await page.goto(url('#/article/b'));
      await ready(page);
      await emptyClipboard(page);
      // The menu opens at the pointer; its rows are 28 px apart, the third ("Copy link to this article") 80 px down.
      // Press and release as separate steps, each drawn before the next, as a person's click would be.
      const settle = () => until(page, (s) => !s.framePending);
      await page.mouse.move(500, 400);
      await page.mouse.down({ button: 'right' });
      await settle();
      await page.mouse.up({ button: 'right' });
      await settle();
      await saveScreenshot(page, 'browser-context-menu.png');
      await page.mouse.move(560, 480);
      await settle();
      await page.mouse.down();
      await settle();
      await page.mouse.up();
      const link = await clipboardText(page);
      assert.equal(link, url('#/article/b'));
      await page.goto(url('#/'));
      await ready(page, 'feed');
      await page.goto(link);
      await until(page, (s) => s.articleId === 'b');
    }));

  test('themes: a stored choice applies, and auto follows the system preference', { timeout: TIMEOUT }, () =>
    withBrowser({}, async (page) => {
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto(url('#/article/a'));
      await ready(page);
      assert.equal((await state(page)).theme, 'dark');
      await saveScreenshot(page, 'browser-dark.png');
      await page.evaluate(() => localStorage.setItem('folio:settings', JSON.stringify({ theme: 'sepia' })));
      await page.reload();
      await ready(page);
      assert.equal((await state(page)).theme, 'sepia');
      await saveScreenshot(page, 'browser-sepia.png');
    }));

  test('CJK fallback faces are fetched only for an article that needs them', { timeout: TIMEOUT }, () =>
    withBrowser({}, async (page) => {
      const fonts = [];
      page.on('request', (r) => { if (r.url().includes('/fonts/')) fonts.push(r.url().replace(/.*\/fonts\//, '')); });
      await page.goto(url('#/article/a'));
      await ready(page);
      await page.waitForTimeout(500);
      assert.deepEqual(fonts.filter((f) => f.startsWith('fallback')), [], 'a Latin article fetched fallback fonts');
      await page.evaluate(() => document.getElementById('folio').folio.open('d'));
      await until(page, (s) => s.articleId === 'd');
      await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => /fallback-cjk-\d/.test(e.name)), null, { timeout: 20_000 });
      await page.waitForTimeout(500);
      const fallback = fonts.filter((f) => f.startsWith('fallback'));
      assert.ok(fallback.includes('fallback.json'), fallback.join());
      assert.ok(fallback.length <= 4, `only the slices 東京 and 北京 fall in: ${fallback.join()}`);
      await saveScreenshot(page, 'browser-cjk.png');
    }));

  test('with reduced motion a wheel scroll jumps; without it, it glides', { timeout: TIMEOUT }, () =>
    withBrowser({}, async (page) => {
      // The distinct scroll positions the viewer passes through after one wheel step.
      const positions = async () => {
        await page.goto(url('#/article/c'));
        await ready(page);
        await until(page, (s) => !s.framePending);
        await page.mouse.move(640, 400);
        await page.evaluate(() => {
          window.__seen = new Set();
          const el = document.getElementById('folio');
          window.__poll = setInterval(() => window.__seen.add(el.folio.state().scrollY), 2);
        });
        await page.mouse.wheel(0, 800);
        await until(page, (s) => s.scrollY > 500 && !s.framePending);
        return page.evaluate(() => { clearInterval(window.__poll); return [...window.__seen].filter((y) => y > 0).length; });
      };
      await page.emulateMedia({ reducedMotion: 'reduce' });
      const still = await positions();
      await page.emulateMedia({ reducedMotion: 'no-preference' });
      const glide = await positions();
      assert.equal(still, 1, `with reduced motion the view passed through ${still} positions`);
      assert.ok(glide >= 3, `the glide passed through ${glide} positions`);
    }));

  // A finger at x 200 going up from y 700 by 40 px every 16 ms, timed by the events themselves (CDP's timestamp):
  // the flick's speed comes from those times, so it is the same however this machine's timers and frames fall.
  async function touchDrag(page, context, { restBeforeLift = 0 } = {}) {
    const cdp = await context.newCDPSession(page);
    const t0 = Date.now() / 1000;
    const touch = (type, y, t) => cdp.send('Input.dispatchTouchEvent',
      { type, timestamp: t, touchPoints: type === 'touchEnd' ? [] : [{ x: 200, y }] });
    await touch('touchStart', 700, t0);
    let t = t0;
    for (let y = 660; y >= 500; y -= 40) await touch('touchMove', y, (t += 0.016));
    // The view follows the finger while it is down (5 moves: 200 px).
    const held = await until(page, (s) => s.scrollY >= 150);
    for (let y = 460; y >= 300; y -= 40) await touch('touchMove', y, (t += 0.016));
    await touch('touchEnd', 0, t + 0.008 + restBeforeLift);
    return { held: held.scrollY, settled: await until(page, (s) => !s.framePending && s.scrollY >= 399) };
  }

  test('a touch flick scrolls and keeps going after the finger lifts', { timeout: TIMEOUT }, () =>
    withBrowser({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 }, async (page, context) => {
      await page.goto(url('#/article/c'));
      await ready(page);
      const { held, settled } = await touchDrag(page, context);
      assert.ok(held <= 200, `while the finger was down the view was at ${held}px, with it`);
      // The finger moved 400 px at 2500 px/s: the view coasts about 600 px past that (Scroller's friction).
      assert.ok(settled.scrollY > 400 + 300, `momentum carried it from 400 to ${settled.scrollY}`);
      await saveScreenshot(page, 'browser-phone.png');
    }));

  test('a finger that rests before lifting does not flick', { timeout: TIMEOUT }, () =>
    withBrowser({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 }, async (page, context) => {
      await page.goto(url('#/article/c'));
      await ready(page);
      const { settled } = await touchDrag(page, context, { restBeforeLift: 0.3 });
      assert.equal(settled.scrollY, 400, 'the view stays where the finger left it');
    }));

  test('an idle viewer renders no frames and requests no animation frames', { timeout: TIMEOUT }, () =>
    withBrowser({}, async (page, context) => {
      await context.addInitScript(() => {
        window.__rafCalls = 0;
        const raf = window.requestAnimationFrame.bind(window);
        window.requestAnimationFrame = (cb) => raf((t) => { window.__rafCalls++; cb(t); });
      });
      await page.goto(url('#/article/a'));
      await ready(page);
      await until(page, (s) => !s.framePending);
      await page.waitForTimeout(500);
      const before = await state(page);
      const calls = await page.evaluate(() => window.__rafCalls);
      await page.waitForTimeout(3000);
      const after = await state(page);
      assert.equal(after.framesRendered - before.framesRendered, 0, 'frames rendered while idle');
      assert.equal(await page.evaluate(() => window.__rafCalls) - calls, 0, 'animation frames while idle');
      assert.equal(after.framePending, false);
    }));
});
