// Searching the sample bundle in the browser: "/" moves to the toolbar's search field (typed through the text
// agent), results arrive from the search module (folio-search.js + .wasm, fetched on the first search only) and
// the index files a query needs, the route #/search/<query> round-trips through a reload, the mirror lists the
// results as links inside a search landmark, and opening a result opens the article with Find pre-filled. Also on
// a phone (the toolbar's Search button), and without WebGL (the mirror's own search form). Screenshots:
// build/test-artifacts/search-{results,article,phone,no-webgl}.png.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { SEED_HEADLINE, saveScreenshot, startSite, withBrowser } from './harness.mjs';
import { poll } from './embed-fixtures.mjs';

const TIMEOUT = 120_000;
const SEED = '801a1fae005ec4bc';
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, hasTouch: true, isMobile: true };
let site;

const state = (page) => page.evaluate(() => { const el = document.getElementById('folio'); return el.folio ? el.state() : null; });
const until = (page, want, what = 'the viewer to settle') =>
  poll(page, async () => { const s = await state(page); return s && s.fontsReady && !s.framePending && want(s) ? s : null; }, { what });
// Every URL the page fetched, in order.
function requests(page) {
  const urls = [];
  page.on('request', (r) => urls.push(new URL(r.url()).pathname));
  return urls;
}
const searchFiles = (urls) => urls.filter((u) => /folio-search\.|\/search\//.test(u));

describe('search in the browser', { timeout: 4 * TIMEOUT }, () => {
  before(async () => { site = await startSite(); });
  after(async () => { await site?.close(); });

  test('"/" and typing search the bundle; a result opens with Find pre-filled; nothing of search is fetched before', { timeout: TIMEOUT }, () =>
    withBrowser({}, async (page) => {
      const urls = requests(page);
      await page.goto(`${site.url}#/article/${SEED}`);
      await until(page, (s) => s.state === 'article');
      assert.deepEqual(searchFiles(urls), [], 'a reader who has not searched fetched no search module or index file');
      await page.keyboard.type('/ambassador');
      let s = await until(page, (s) => s.state === 'search' && s.search.status === 'ready' && !s.search.typing && s.search.query === 'ambassador', 'the results');
      assert.ok(s.search.total >= 1, `"ambassador" found ${s.search.total}`);
      assert.equal(s.settingsOpen, false, 'the "s" of the query opened no settings');
      assert.match(await page.evaluate(() => location.hash), /^#\/search\/ambassador/);
      const fetched = searchFiles(urls);
      assert.ok(fetched.some((u) => u.endsWith('/folio-search.wasm')), 'the module was fetched on the first search');
      assert.ok(fetched.some((u) => u.endsWith('/search/index.json')), 'the index root was fetched');
      const shards = fetched.filter((u) => /\/t\d+\.bin$/.test(u));
      assert.ok(shards.length >= 1 && shards.length < 3, `only the query's term shards: ${shards}`);
      // The mirror: a search landmark, and the result as a link.
      const mirror = await page.evaluate(() => {
        const root = document.getElementById('folio').shadowRoot;
        return { landmark: !!root.querySelector('[role=search]'), links: [...root.querySelectorAll('a')].map((a) => a.textContent) };
      });
      assert.ok(mirror.landmark, 'the mirror has a search landmark');
      assert.ok(mirror.links.some((t) => t.includes(SEED_HEADLINE)), `the mirror links the result: ${mirror.links.slice(0, 8)}`);
      await saveScreenshot(page, 'search-results.png');
      // Open the first result from the keyboard: the article, with Find holding the query's word.
      await page.keyboard.press('Escape'); // the field lets the keys go, its text kept
      await until(page, (s) => s.textEntry.field === '' && s.search.query === 'ambassador', 'the field to let go');
      await page.keyboard.press('j');
      await page.keyboard.press('Enter');
      s = await until(page, (s) => s.state === 'article' && s.articleId === SEED && s.find.open, 'the result to open with Find');
      assert.equal(s.find.query.toLowerCase(), 'ambassador');
      assert.ok(s.find.count >= 1, `Find marks the word: ${s.find.count}`);
      await saveScreenshot(page, 'search-article.png');
    }));

  test('#/search/ with a phrase round-trips through a reload; an excluded word and no match say so', { timeout: TIMEOUT }, () =>
    withBrowser({}, async (page) => {
      await page.goto(`${site.url}#/search/${encodeURIComponent('"peace treaty"')}`);
      let s = await until(page, (s) => s.state === 'search' && s.search.status === 'ready', 'the phrase results');
      assert.equal(s.search.query, '"peace treaty"');
      assert.equal(s.search.total, 1);
      await page.reload();
      s = await until(page, (s) => s.state === 'search' && s.search.status === 'ready', 'the results after a reload');
      assert.equal(s.search.query, '"peace treaty"');
      assert.equal(s.search.total, 1);
      await page.goto(`${site.url}#/search/${encodeURIComponent('"peace treaty" -tokyo')}`);
      s = await until(page, (s) => s.search.status === 'ready' && s.search.query.includes('-tokyo'), 'the exclusion');
      assert.equal(s.search.total, 0);
      const summary = await page.evaluate(() => document.getElementById('folio').shadowRoot.querySelector('[role=status]')?.textContent ?? '');
      assert.match(summary, /no article|0 article|nothing/i);
    }));

  test('without WebGL the mirror is the reader: its search form finds, a result opens, the route says the search', { timeout: TIMEOUT }, () =>
    withBrowser({ args: ['--disable-webgl', '--disable-3d-apis'] }, async (page) => {
      await page.goto(`${site.url}#/article/${SEED}`);
      const shadow = (fn, arg) => page.evaluate(([f, a]) => new Function('root', 'arg', f)(document.getElementById('folio').shadowRoot, a), [fn, arg]);
      await poll(page, async () => (await state(page))?.state === 'article', { what: 'the article, drawn by nothing' });
      assert.equal(await page.evaluate(() => document.getElementById('folio').dataset.renderer), 'none');
      const field = page.locator('#folio form[role=search] input[type=search]');
      await field.waitFor({ timeout: 30_000 });
      assert.equal(await field.getAttribute('aria-label'), 'Search articles');
      await field.fill('ambassador');
      await field.press('Enter');
      const s = await poll(page, async () => { const s = await state(page); return s?.state === 'search' && s.search.status === 'ready' ? s : null; },
        { what: 'the results, with no frame drawn' });
      assert.equal(s.search.query, 'ambassador');
      assert.ok(s.search.total >= 1, `"ambassador" found ${s.search.total}`);
      assert.match(await page.evaluate(() => location.hash), /^#\/search\/ambassador/);
      const seen = await shadow(`return { summary: root.querySelector('.mirror [role=status]')?.textContent ?? '',
        value: root.querySelector('.mirror form[role=search] input').value,
        links: [...root.querySelectorAll('.mirror ul.feed h2 a')].map((a) => a.textContent) };`);
      assert.match(seen.summary, /ambassador/, 'the summary names the query');
      assert.equal(seen.value, 'ambassador', 'the field holds the search in force');
      assert.ok(seen.links.includes(SEED_HEADLINE), `the result is a link: ${seen.links}`);
      await saveScreenshot(page, 'search-no-webgl.png');
      await page.locator('#folio .mirror ul.feed h2 a').first().click();
      await poll(page, async () => { const s = await state(page); return s?.state === 'article' && s.articleId === SEED ? s : null; },
        { what: 'the result opened' });
    }));

  test('on a phone the Search button opens the field, and results in other scripts come back', { timeout: TIMEOUT }, () =>
    withBrowser(PHONE, async (page) => {
      await page.goto(site.url);
      let s = await until(page, (s) => s.search.button, 'the toolbar\'s Search button');
      const b = s.search.button;
      await page.touchscreen.tap(b.x + b.width / 2, b.y + b.height / 2);
      s = await until(page, (s) => s.textEntry.field === 'search', 'the search field');
      await page.keyboard.insertText('культура');
      s = await until(page, (s) => s.search.status === 'ready' && s.search.query === 'культура' && !s.search.typing, 'the Russian results');
      assert.ok(s.search.total >= 1, `"культура" found ${s.search.total}`);
      await saveScreenshot(page, 'search-phone.png');
    }));
});
