// Accessibility: axe-core finds no violations on the full page, the iframe's page and the page without WebGL; the
// viewer's semantic DOM mirror holds the article (article, h1, p, blockquote/cite, links) and the feed (a list of
// links) where screen readers and the page's Find reach it; keyboard focus on the mirror's links moves the canvas
// with it; without WebGL the mirror is the visible reader.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { REPO_ROOT, collectErrors, openBrowser, saveScreenshot, startSite } from './harness.mjs';
import { ARTICLES, FEED, poll, removeFixtures, settled, viewerState, writeBundle } from './embed-fixtures.mjs';

const TIMEOUT = 120_000;
const AXE = path.join(REPO_ROOT, 'node_modules/axe-core/axe.min.js');
const NO_WEBGL = ['--disable-webgl', '--disable-3d-apis'];
let site;
const full = (route = '') => `${site.url}?bundle=${FEED}${route}`;
const byId = (id) => ARTICLES.find((a) => a.id === id);

async function withPage(options, body) {
  const b = await openBrowser(options);
  const errors = collectErrors(b.page);
  try { await body(b.page, b.context); } finally { await b.close(); }
  assert.deepEqual(errors, [], 'console errors or uncaught exceptions');
}

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
    article: !!m.querySelector('article'), lang: m.querySelector('article')?.lang ?? '',
    box: (() => { const r = m.getBoundingClientRect(); return { width: r.width, height: r.height }; })(),
  };
});

describe('accessibility', { timeout: 10 * TIMEOUT }, () => {
  before(async () => { writeBundle(); site = await startSite(); });
  after(async () => { await site?.close(); removeFixtures(); });

  test('axe finds no violations on the full page (article and feed) and on the embed page', { timeout: TIMEOUT }, () =>
    withPage({}, async (page) => {
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
    withPage({}, async (page) => {
      await page.goto(full('#/article/a'));
      await settled(page, (s) => s.articleId === 'a', '#folio');
      const a = byId('a');
      let m = await mirror(page);
      assert.ok(m.article);
      assert.equal(m.lang, 'en');
      assert.deepEqual(m.h1, [a.headline]);
      assert.deepEqual(m.paragraphs, [a.body[0].text, a.body[2].text]);
      assert.deepEqual(m.quotes, [a.body[1].text]);
      assert.deepEqual(m.cites, [a.body[1].attribution]);
      assert.ok(m.links.includes('#/section/Science'), m.links.join());
      assert.ok(m.box.width <= 1 && m.box.height <= 1, `the mirror is visually hidden: ${JSON.stringify(m.box)}`);
      assert.equal(await page.evaluate(() => window.find('waited eleven years')), true);
      // The live region says what is loading, then nothing.
      assert.equal(await page.evaluate(() => document.getElementById('folio').shadowRoot.querySelector('[aria-live=polite]').textContent), '');

      await page.keyboard.press('Escape');
      await settled(page, (s) => s.state === 'feed', '#folio');
      m = await poll(page, async () => { const x = await mirror(page); return x.feedLinks.length ? x : null; }, { what: 'the feed mirror' });
      assert.deepEqual(m.h1, ['Embed desk']);
      assert.deepEqual(m.feedLinks.slice(0, 3), ['#/article/c', '#/article/b', '#/article/a']);
      assert.equal(m.feedLinks.length, ARTICLES.length);
    }));

  test('keyboard focus on the mirror\'s links moves the canvas with it, and Enter follows them', { timeout: TIMEOUT }, () =>
    withPage({}, async (page) => {
      await page.goto(full('#/'));
      await settled(page, (s) => s.state === 'feed', '#folio');
      // Tab from the canvas reaches the mirror's first link: the first item's section, selected on the canvas.
      await page.keyboard.press('Tab');
      const focused = () => page.evaluate(() => {
        const a = document.getElementById('folio').shadowRoot.activeElement;
        return a ? `${a.localName} ${a.getAttribute('href') ?? a.textContent}` : '';
      });
      assert.equal(await focused(), 'a #/section/World');
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
      await poll(page, async () => (await focused()) === `h1 ${last.headline}`, { what: 'focus on the new article\'s heading' });
    }));

  test('without WebGL the mirror is the visible reader, and its links navigate', { timeout: TIMEOUT }, () =>
    withPage({ args: NO_WEBGL }, async (page) => {
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
