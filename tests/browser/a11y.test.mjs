// Accessibility: axe-core finds no violations on the full page, the iframe's page and the page without WebGL; the
// viewer's semantic DOM mirror holds the article (article, h1, p, blockquote/cite, links) and the feed (a list of
// links) where screen readers and the page's Find reach it; keyboard focus stays in step between the canvas and the
// mirror, both ways; the page's Find in the mirror scrolls the canvas to the match; without WebGL the mirror is the
// visible reader.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { REPO_ROOT, saveScreenshot, startSite, withBrowser } from './harness.mjs';
import { ARTICLES, FEED, poll, removeFixtures, settled, viewerState, writeBundle } from './embed-fixtures.mjs';

const TIMEOUT = 120_000;
const AXE = path.join(REPO_ROOT, 'node_modules/axe-core/axe.min.js');
const NO_WEBGL = ['--disable-webgl', '--disable-3d-apis'];
let site;
const full = (route = '') => `${site.url}?bundle=${FEED}${route}`;
const byId = (id) => ARTICLES.find((a) => a.id === id);

// axe-core's violations on the page (or frame), as "rule: targets" lines.
async function axeViolations(where) {
  await where.addScriptTag({ path: AXE });
  return where.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' > ')).join(', ')}`);
  });
}

// The mirror's content, read in the page: role structure and texts.
const mirror = (page) => page.evaluate(() => {
  const m = document.getElementById('folio').shadowRoot.querySelector('.mirror');
  const texts = (sel) => [...m.querySelectorAll(sel)].map((n) => n.textContent.trim());
  return {
    h1: texts('h1'), paragraphs: texts('article > p:not(.section):not(.meta):not(.standfirst)'),
    quotes: texts('blockquote'), cites: texts('cite'), links: [...m.querySelectorAll('a')].map((a) => a.getAttribute('href')),
    feedLinks: [...m.querySelectorAll('ul.feed > li h2 a')].map((a) => a.getAttribute('href')),
    article: !!m.querySelector('article'), lang: m.querySelector('article')?.lang ?? '', dir: m.querySelector('article')?.dir ?? '',
    box: (() => { const r = m.getBoundingClientRect(); return { width: r.width, height: r.height }; })(),
  };
});

// What has keyboard focus inside the viewer: "<tag> <href or text>", or '' when nothing there has it.
const focused = (page) => page.evaluate(() => {
  const a = document.getElementById('folio').shadowRoot.activeElement;
  return a ? `${a.localName} ${a.getAttribute('href') ?? a.textContent}`.trim() : '';
});

describe('accessibility', { timeout: 10 * TIMEOUT }, () => {
  before(async () => { writeBundle(); site = await startSite(); });
  after(async () => { await site?.close(); removeFixtures(); });

  test('axe finds no violations on the full page (article and feed) and on the embed page', { timeout: TIMEOUT }, () =>
    withBrowser({}, async (page) => {
      await page.goto(full('#/article/a'));
      await settled(page, (s) => s.articleId === 'a', '#folio');
      assert.deepEqual(await axeViolations(page), [], 'full page, article');
      await page.goto(full('#/'));
      await settled(page, (s) => s.state === 'feed', '#folio');
      assert.deepEqual(await axeViolations(page), [], 'full page, feed');
      await page.goto(`${site.url}embed.html?bundle=${encodeURIComponent(FEED)}&article=a`);
      await settled(page, (s) => s.articleId === 'a', '#folio');
      assert.deepEqual(await axeViolations(page), [], 'embed page');
    }));

  test('the mirror holds the article and the feed with their roles, and the page\'s Find reaches it', { timeout: TIMEOUT }, () =>
    withBrowser({}, async (page) => {
      await page.goto(full('#/article/a'));
      await settled(page, (s) => s.articleId === 'a', '#folio');
      const a = byId('a');
      let m = await mirror(page);
      assert.ok(m.article);
      assert.equal(m.lang, 'en');
      assert.equal(m.dir, 'ltr'); // the article's direction from its language
      assert.deepEqual(m.h1, [a.headline]);
      assert.deepEqual(m.paragraphs, [a.body[0].text, a.body[2].text]);
      assert.deepEqual(m.quotes, [a.body[1].text]);
      assert.deepEqual(m.cites, [a.body[1].attribution]);
      assert.ok(m.links.includes('#/section/Science'), m.links.join());
      assert.ok(m.box.width <= 1 && m.box.height <= 1, `the mirror is visually hidden: ${JSON.stringify(m.box)}`);
      assert.equal(await page.evaluate(() => window.find('waited eleven years')), true);
      // What the page's Find selected in the mirror is selected on the canvas too.
      await settled(page, (s) => s.selectionLength === 'waited eleven years'.length, '#folio');
      // The live region says what is loading, then nothing.
      assert.equal(await page.evaluate(() => document.getElementById('folio').shadowRoot.querySelector('[aria-live=polite]').textContent), '');

      await page.keyboard.press('Escape'); // clears the selection
      await settled(page, (s) => s.selectionLength === 0, '#folio');
      await page.keyboard.press('Escape');
      await settled(page, (s) => s.state === 'feed', '#folio');
      m = await poll(page, async () => { const x = await mirror(page); return x.feedLinks.length ? x : null; }, { what: 'the feed mirror' });
      assert.deepEqual(m.h1, ['Embed desk']);
      assert.deepEqual(m.feedLinks.slice(0, 3), ['#/article/c', '#/article/b', '#/article/a']);
      assert.equal(m.feedLinks.length, ARTICLES.length);
    }));

  test('keyboard focus on the mirror\'s links moves the canvas with it, and Enter follows them', { timeout: TIMEOUT }, () =>
    withBrowser({}, async (page) => {
      await page.goto(full('#/'));
      await settled(page, (s) => s.state === 'feed', '#folio');
      // Tab from the canvas reaches the mirror's first link: the first item's section, selected on the canvas.
      await page.keyboard.press('Tab');
      assert.equal(await focused(page), 'a #/section/World');
      let s = await settled(page, (s) => s.selectionLength > 0, '#folio');
      assert.equal(s.selectionLength, 'WORLD'.length);
      // The last item's link: the canvas scrolls down to it and selects its title.
      await page.evaluate(() => [...document.getElementById('folio').shadowRoot.querySelectorAll('.mirror h2 a')].at(-1).focus());
      const last = [...ARTICLES].sort((x, y) => x.date.localeCompare(y.date))[0]; // the feed lists newest first
      s = await settled(page, (s) => s.selectionLength === Buffer.byteLength(last.headline) && s.scrollY > 0, '#folio');
      assert.ok(s.scrollY > 500, `scrollY ${s.scrollY}`);
      await saveScreenshot(page, 'a11y-focus.png');
      await page.keyboard.press('Enter');
      await settled(page, (s) => s.articleId === last.id, '#folio');
      assert.equal(await page.evaluate(() => location.hash), `#/article/${last.id}`);
      await poll(page, async () => (await focused(page)) === `h1 ${last.headline}`, { what: 'focus on the new article\'s heading' });
    }));

  test('the canvas\'s keyboard cursor moves focus in the mirror, and keys reach the viewer from there', { timeout: TIMEOUT }, () =>
    withBrowser({}, async (page) => {
      await page.goto(full('#/'));
      await settled(page, (s) => s.state === 'feed', '#folio');
      // The view's heading has focus (a screen reader starts there); keys reach the canvas from it.
      await poll(page, async () => (await focused(page)) === 'h1 Embed desk', { what: 'focus on the feed\'s heading' });
      const order = await page.evaluate(() =>
        [...document.getElementById('folio').shadowRoot.querySelectorAll('.mirror h2 a')].map((a) => a.getAttribute('href')));
      // j on the canvas: the cursor is on the first article, and so is focus, on its link in the mirror.
      await page.keyboard.press('j');
      await poll(page, async () => (await focused(page)) === `a ${order[0]}`, { what: 'focus on the first article\'s link' });
      // The cursor is a focus ring on the canvas, not a selection.
      await settled(page, (s) => s.cursor.target === order[0] && s.selectionLength === 0, '#folio');
      assert.ok(await page.evaluate(() => document.getElementById('folio').classList.contains('folio--mirror-focus')),
        'the viewer marks that its mirror has keyboard focus (an embed outlines its canvas then)');
      // The next j comes from the mirror's link and moves both on.
      await page.keyboard.press('j');
      await poll(page, async () => (await focused(page)) === `a ${order[1]}`, { what: 'focus on the second article\'s link' });
      await settled(page, (s) => s.cursor.target === order[1], '#folio');
      // Focus moved in the mirror (a screen reader's Tab) puts the cursor there: j goes on from it.
      await page.evaluate((href) => document.getElementById('folio').shadowRoot.querySelector(`.mirror h2 a[href="${href}"]`).focus(), order[10]);
      await settled(page, (s) => s.scrollY > 0, '#folio');
      await page.keyboard.press('j');
      await poll(page, async () => (await focused(page)) === `a ${order[11]}`, { what: 'focus on the article after the one focused' });
      // Enter follows the focused link once: the article opens, with focus on its heading.
      const id = order[11].slice('#/article/'.length);
      const feedY = (await settled(page, (s) => s.cursor.target === order[11], '#folio')).scrollY;
      const entries = await page.evaluate(() => history.length);
      await page.keyboard.press('Enter');
      let s = await settled(page, (s) => s.articleId === id, '#folio');
      await poll(page, async () => (await focused(page)) === `h1 ${byId(id).headline}`, { what: 'focus on the article\'s heading' });
      assert.equal(await page.evaluate(() => history.length), entries + 1, 'one history entry for one Enter');
      // Keys typed with focus in the mirror reach the viewer: Escape goes back to the feed, where the reader left
      // it, with the cursor and focus on the article they come from.
      await page.keyboard.press('Escape');
      s = await settled(page, (s) => s.state === 'feed' && s.cursor.target === order[11], '#folio');
      await poll(page, async () => (await focused(page)) === `a ${order[11]}`, { what: 'focus on the article the reader left' });
      assert.ok(Math.abs(s.scrollY - feedY) < 2, `the feed is where it was: ${s.scrollY}, was ${feedY}`);
      await page.keyboard.press('j');
      await poll(page, async () => (await focused(page)) === `a ${order[12]}`, { what: 'focus on the next article' });
      await page.keyboard.press('End');
      s = await settled(page, (s) => s.scrollMax > 0 && s.scrollY === s.scrollMax, '#folio');
      await saveScreenshot(page, 'a11y-cursor.png');
      // With focus on a link of the mirror, the viewer's own Find takes the typing, and Enter steps through the
      // matches rather than following the link.
      await page.evaluate(() => document.getElementById('folio').open('c'));
      await settled(page, (s) => s.articleId === 'c', '#folio');
      await page.keyboard.press('Shift+Tab'); // from the heading to the section's link
      assert.equal(await focused(page), 'a #/section/World');
      await page.keyboard.press('Control+f');
      await page.keyboard.type('dock workers');
      s = await settled(page, (s) => s.find.open && s.find.count === 40, '#folio');
      const first = s.find.current;
      await page.keyboard.press('Enter');
      s = await settled(page, (s) => s.find.current === first + 1, '#folio');
      assert.equal(s.articleId, 'c', 'Enter stayed in Find');
    }));

  test('the page\'s Find in the mirror scrolls the canvas to the match and selects it', { timeout: TIMEOUT }, () =>
    withBrowser({}, async (page) => {
      await page.goto(full('#/article/c'));
      let s = await settled(page, (s) => s.articleId === 'c', '#folio');
      assert.equal(s.scrollY, 0);
      // Firefox's Find and window.find() select the match in the mirror.
      const find = async (text) => {
        assert.equal(await page.evaluate((t) => window.find(t, false, false, true), text), true, text); // wrapping around
        return settled(page, (s) => s.selectionLength === Buffer.byteLength(text) && s.scrollY > 0, '#folio');
      };
      const at30 = (await find('Paragraph 30:')).scrollY;
      await saveScreenshot(page, 'a11y-find.png');
      const at10 = (await find('Paragraph 10:')).scrollY;
      assert.ok(at10 > 0 && at10 < at30 && at30 <= s.scrollMax, `Paragraph 10 at ${at10}, 30 at ${at30}, max ${s.scrollMax}`);
      // Chromium's find bar scrolls the mirror's box until the match is at its visible point, selecting nothing.
      await page.evaluate(() => {
        getSelection().removeAllRanges();
        const m = document.getElementById('folio').shadowRoot.querySelector('.mirror');
        const p = [...m.querySelectorAll('p')].find((el) => el.textContent.startsWith('Paragraph 20:'));
        const r = document.createRange();
        r.setStart(p.firstChild, 0);
        r.setEnd(p.firstChild, 'Paragraph 20:'.length);
        const match = r.getBoundingClientRect(), box = m.getBoundingClientRect();
        m.scrollTop += match.top + match.height / 2 - (box.top + box.height / 2);
        m.scrollLeft += match.left + 2 - (box.left + box.width / 2);
      });
      s = await settled(page, (s) => s.scrollY > at10 && s.scrollY < at30, '#folio');
      assert.ok(Math.abs(s.scrollY - (at10 + at30) / 2) < (at30 - at10) / 8, `Paragraph 20 at ${s.scrollY}, halfway between ${at10} and ${at30}`);
    }));

  test('without WebGL the mirror is the visible reader, and its links navigate', { timeout: TIMEOUT }, () =>
    withBrowser({ args: NO_WEBGL }, async (page) => {
      await page.goto(full('#/article/a'));
      const s = await poll(page, async () => { const s = await viewerState(page, '#folio'); return s?.state === 'article' ? s : null; }, { what: 'the article' });
      assert.equal(s.fontsReady, false);
      assert.equal(await page.evaluate(() => document.getElementById('folio').dataset.renderer), 'none');
      const m = await mirror(page);
      assert.deepEqual(m.h1, [byId('a').headline]);
      assert.ok(m.box.width > 300 && m.box.height > 300, `the mirror is shown: ${JSON.stringify(m.box)}`);
      const visible = await page.evaluate(() => document.getElementById('folio').shadowRoot.querySelector('.mirror').innerText);
      assert.ok(visible.includes(byId('a').body[0].text), 'the article text is on screen');
      await saveScreenshot(page, 'a11y-no-webgl.png');
      assert.deepEqual(await axeViolations(page), [], 'page without WebGL');
      await page.evaluate(() => document.getElementById('folio').shadowRoot.querySelector('a[href="#/section/Science"]').click());
      await poll(page, async () => (await viewerState(page, '#folio'))?.state === 'feed', { what: 'the section feed' });
      await poll(page, async () => (await mirror(page)).feedLinks.includes('#/article/a'), { what: 'the feed in the mirror' });
    }));
});
