// Articles at real addresses (a bundle built with --viewer, docs/hosting.md "Real article addresses"): an article's
// own page (articles/ID.html) paints its HTML first, scrolled by the window, and the viewer takes over in place once
// it can draw, with the block the reader was at where they had it, and not while they are selecting; the viewer's
// steps are the pages' real paths (History API), so Back, Forward and reload give the same article, and an old
// #/article/ route is redirected to the article's page. index.html's feed is prerendered the same way, its filters
// where the canvas draws its chips.
// The bundle is made here by build/native/folio-bundle into build/web/test-fixtures/pages/ (the viewer two folders
// up). Screenshots (a phone) of the HTML first paint and of the viewer after the take-over go to build/test-artifacts.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT, WEB_ROOT, openBrowser, saveScreenshot, startSite } from './harness.mjs';

const TIMEOUT = 120_000;
const TOOL = path.join(REPO_ROOT, 'build/native/folio-bundle');
const BUNDLE = 'test-fixtures/pages';
const OUT = path.join(WEB_ROOT, BUNDLE);
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, hasTouch: true, isMobile: true };
const haveBuild = fs.existsSync(path.join(WEB_ROOT, 'folio.wasm')) && fs.existsSync(TOOL);

const paragraph = (i) => `Paragraph ${i}: the harbour board met on Tuesday to weigh the new berths, and the ` +
  `engineers said the dredging of the channel would take most of the winter, weather allowing.`;

function makeBundle() {
  const src = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-pages-'));
  try {
    fs.writeFileSync(path.join(src, 'long.md'), `---
id: long
title: The harbour grows
description: A long report, forty paragraphs, to scroll through.
date: 2024-05-02T09:00:00Z
section: Local
language: en
---

${Array.from({ length: 40 }, (_, i) => paragraph(i + 1)).join('\n\n')}
`);
    fs.writeFileSync(path.join(src, 'short.md'), `---
id: short
title: A short note
description: Two paragraphs.
date: 2024-05-01T09:00:00Z
section: Local
language: en
---

The first of two paragraphs.

The second of two paragraphs.
`);
    fs.rmSync(OUT, { recursive: true, force: true });
    execFileSync(TOOL, ['build', src, '-o', OUT, '--viewer', '../..', '--today', '2024-06-01', '--quiet'],
      { stdio: ['ignore', 'ignore', 'pipe'] });
  } finally {
    fs.rmSync(src, { recursive: true, force: true });
  }
}

// Holds every request for folio.wasm until release() (the HTML first paint stays the page meanwhile).
async function holdWasm(page) {
  let release;
  const gate = new Promise((resolve) => { release = resolve; });
  await page.route('**/folio.wasm', async (route) => { await gate; await route.continue(); });
  return release;
}

// Waits until main.js has loaded the viewer (it does once the page has painted) and the element is upgraded.
const upgraded = (page) => page.waitForFunction(() => customElements.get('folio-viewer') && document.getElementById('folio')?.folio !== undefined,
  null, { timeout: 30_000 });
const viewer = (page) => page.evaluate(() => {
  const el = document.getElementById('folio');
  return { prerendered: 'prerendered' in el.dataset, ready: el.classList.contains('folio--canvas-ready'),
           state: el.folio ? el.state() : null, scrollY: window.scrollY, path: location.pathname + location.search + location.hash };
});
const takenOver = (page) => page.waitForFunction(() => {
  const el = document.getElementById('folio');
  return el && !('prerendered' in el.dataset) && el.classList.contains('folio--canvas-ready');
}, null, { timeout: 60_000, polling: 50 });

let site;
describe('real addresses', { skip: !haveBuild && 'no web build or no build/native/folio-bundle' }, () => {
  before(async () => {
    makeBundle();
    site = await startSite();
  });
  after(async () => {
    await site?.close();
    fs.rmSync(OUT, { recursive: true, force: true });
  });

  test('an article\'s page paints its HTML first; the viewer takes over at the block the reader was at', { timeout: TIMEOUT }, async () => {
    const b = await openBrowser(PHONE);
    try {
      const release = await holdWasm(b.page);
      await b.page.goto(`${site.url}${BUNDLE}/articles/long.html`);
      await b.page.waitForSelector('#folio h1', { state: 'visible' });
      await upgraded(b.page);
      let v = await viewer(b.page);
      assert.ok(v.prerendered && !v.ready, `the HTML is the page until the viewer draws: ${JSON.stringify(v)}`);
      // The HTML is the page's first paint: its headline is in view, in the page's own flow.
      const h1 = await b.page.evaluate(() => document.querySelector('#folio h1').getBoundingClientRect().toJSON());
      assert.ok(h1.top >= 0 && h1.bottom < 844 && h1.height > 20, `the headline shows: ${JSON.stringify(h1)}`);
      await saveScreenshot(b.page, 'first-paint-html-phone.png');
      // The reader scrolls to paragraph 20, its top 200 px down the window.
      const htmlFraction = await b.page.evaluate((text) => {
        const p = [...document.querySelectorAll('#folio p')].find((el) => el.textContent.startsWith(text));
        window.scrollBy(0, p.getBoundingClientRect().top - 200);
        return window.scrollY / (document.documentElement.scrollHeight - window.innerHeight);
      }, 'Paragraph 20:');
      await saveScreenshot(b.page, 'first-paint-html-scrolled-phone.png');
      release();
      await takenOver(b.page);
      v = await viewer(b.page);
      assert.equal(v.state.state, 'article');
      assert.equal(v.state.articleId, 'long');
      assert.equal(v.scrollY, 0, 'the window no longer scrolls: the viewer does');
      const canvasFraction = v.state.scrollY / (v.state.docHeight - 844);
      assert.ok(Math.abs(canvasFraction - htmlFraction) < 0.1,
        `the viewer opens where the reader was: ${canvasFraction.toFixed(3)} of the way down, the HTML ${htmlFraction.toFixed(3)}`);
      await saveScreenshot(b.page, 'first-paint-takeover-phone.png');
    } finally {
      await b.close();
    }
  });

  test('the reader\'s theme is on the page\'s HTML before the viewer\'s module has arrived', { timeout: TIMEOUT }, async (t) => {
    const b = await openBrowser(PHONE);
    try {
      const url = `${site.url}${BUNDLE}/articles/long.html`;
      await b.page.goto(url);
      await upgraded(b.page);
      // The reader's theme, as the full page keeps its settings; the viewer, loaded, keeps its palette for main.js.
      await b.page.evaluate(() => {
        const s = JSON.parse(localStorage.getItem('folio:settings') || '{}');
        s.theme = 'sepia';
        localStorage.setItem('folio:settings', JSON.stringify(s));
      });
      await b.page.reload();
      await b.page.waitForFunction(() => JSON.parse(localStorage.getItem('folio:page-palette') || '{}').theme === 'sepia',
        null, { timeout: 30_000 });
      // The next load with the viewer's module held back: only main.js has run, and the page is sepia.
      let release;
      const gate = new Promise((resolve) => { release = resolve; });
      await b.page.route('**/folio-embed.js', async (route) => { await gate; await route.continue(); });
      await b.page.reload({ waitUntil: 'domcontentloaded' });
      await b.page.waitForFunction(() => document.documentElement.style.getPropertyValue('--bg') !== '', null, { timeout: 10_000 });
      const seen = await b.page.evaluate(() => ({ defined: !!customElements.get('folio-viewer'), bg: getComputedStyle(document.body).backgroundColor }));
      assert.equal(seen.defined, false, 'the viewer has not arrived');
      assert.equal(seen.bg, 'rgb(244, 236, 216)', 'sepia');
      const when = await b.page.evaluate(() => ({ set: performance.getEntriesByName('folio:kept-palette')[0]?.startTime,
        painted: performance.getEntriesByName('first-contentful-paint')[0]?.startTime }));
      t.diagnostic(`the kept palette was set at ${when.set?.toFixed(0)} ms, the first contentful paint at ${when.painted?.toFixed(0)} ms`);
      await saveScreenshot(b.page, 'first-paint-sepia-phone.png');
      release();
      // Back to "auto": main.js leaves the page to the system's scheme.
      await b.page.evaluate(() => {
        const s = JSON.parse(localStorage.getItem('folio:settings') || '{}');
        s.theme = 'auto';
        localStorage.setItem('folio:settings', JSON.stringify(s));
      });
      await b.page.unroute('**/folio-embed.js');
      await b.page.route('**/folio-embed.js', () => {}); // never answered
      await b.page.reload({ waitUntil: 'domcontentloaded' });
      await b.page.waitForTimeout(300);
      assert.equal(await b.page.evaluate(() => document.documentElement.style.getPropertyValue('--bg')), '');
    } finally {
      await b.close();
    }
  });

  test('a selection under way holds the take-over until it is cleared', { timeout: TIMEOUT }, async () => {
    const b = await openBrowser();
    try {
      const release = await holdWasm(b.page);
      await b.page.goto(`${site.url}${BUNDLE}/articles/long.html`);
      await b.page.waitForSelector('#folio h1', { state: 'visible' });
      await b.page.evaluate(() => {
        const p = document.querySelectorAll('#folio p')[3];
        getSelection().selectAllChildren(p);
      });
      release();
      await b.page.waitForFunction(() => document.getElementById('folio').state?.().state === 'article', null, { timeout: 60_000 });
      await new Promise((r) => setTimeout(r, 1500));
      let v = await viewer(b.page);
      assert.ok(v.prerendered && !v.ready, `still the HTML while the reader selects: ${JSON.stringify(v)}`);
      assert.ok(await b.page.evaluate(() => !getSelection().isCollapsed), 'the selection is kept');
      await b.page.evaluate(() => getSelection().removeAllRanges());
      await takenOver(b.page);
      v = await viewer(b.page);
      assert.equal(v.state.articleId, 'long');
    } finally {
      await b.close();
    }
  });

  test('steps are real paths: Back, Forward and reload give the same article', { timeout: TIMEOUT }, async () => {
    const b = await openBrowser();
    try {
      await b.page.goto(`${site.url}${BUNDLE}/articles/long.html`);
      await takenOver(b.page);
      await b.page.evaluate(() => document.getElementById('folio').open('short'));
      await b.page.waitForFunction(() => location.pathname.endsWith('/articles/short.html'), null, { timeout: 30_000 });
      await b.page.waitForFunction(() => document.getElementById('folio').state().articleId === 'short', null, { timeout: 30_000 });
      // The feed: the viewer's own page with this bundle.
      await b.page.evaluate(() => document.getElementById('folio').back()); // history.back()
      await b.page.waitForFunction(() => location.pathname.endsWith('/articles/long.html'), null, { timeout: 30_000 });
      await b.page.waitForFunction(() => document.getElementById('folio').state().articleId === 'long', null, { timeout: 30_000 });
      await b.page.goForward();
      await b.page.waitForFunction(() => document.getElementById('folio').state().articleId === 'short', null, { timeout: 30_000 });
      assert.match((await viewer(b.page)).path, /\/articles\/short\.html$/);
      await b.page.reload();
      await takenOver(b.page);
      const v = await viewer(b.page);
      assert.equal(v.state.articleId, 'short');
      assert.match(v.path, /\/test-fixtures\/pages\/articles\/short\.html$/);
      assert.equal(await b.page.title(), 'A short note');
    } finally {
      await b.close();
    }
  });

  test('index.html: the feed\'s first page is prerendered; an article\'s #route is redirected to its page, a hostile one is not', { timeout: TIMEOUT }, async () => {
    const b = await openBrowser();
    try {
      const feed = JSON.parse(fs.readFileSync(path.join(WEB_ROOT, 'bundle/feed.json'), 'utf8'));
      const release = await holdWasm(b.page);
      await b.page.goto(site.url);
      const titles = await b.page.$$eval('#folio .feed h2 a', (links) => links.map((a) => [a.textContent, a.getAttribute('href')]));
      assert.deepEqual(titles.map((t) => t[0]), feed.items.map((item) => item.title), 'the feed page\'s titles, in order');
      assert.ok(titles.every(([, href]) => /^bundle\/articles\/[^/]+\.html$/.test(href)), JSON.stringify(titles));
      // The feed's filters as the canvas's chips, in its column, right under where its toolbar ends.
      const chips = await b.page.$$eval('#folio nav.chips a', (links) => links.map((a) => {
        const r = a.getBoundingClientRect();
        return { route: a.getAttribute('href'), x: r.x, y: r.y };
      }));
      assert.equal(chips[0].route, '#/');
      await upgraded(b.page);
      assert.ok((await viewer(b.page)).prerendered);
      release();
      await takenOver(b.page);
      const drawn = (await viewer(b.page)).state;
      assert.equal(drawn.state, 'feed');
      assert.deepEqual(chips.map((c) => c.route), drawn.chips.map((c) => c.route), 'the same filters, in order');
      // The first chip and the first of the last row where the canvas draws them (the rows wrap alike).
      const last = (list) => list.filter((c) => Math.abs(c.y - list[list.length - 1].y) < 1)[0];
      for (const [html, canvas] of [[chips[0], drawn.chips[0]], [last(chips), last(drawn.chips)]]) {
        assert.ok(html.route === canvas.route && Math.abs(html.x - canvas.x) <= 2 && Math.abs(html.y - canvas.y) <= 2,
          `the HTML's chip ${html.route} at (${html.x}, ${html.y}), the canvas's at (${canvas.x}, ${canvas.y})`);
      }
      // The canvas opens an article: its page's address.
      const id = feed.items[0].id;
      await b.page.evaluate((x) => document.getElementById('folio').open(x), id);
      await b.page.waitForFunction((x) => location.pathname.endsWith(`/bundle/articles/${x}.html`), id, { timeout: 30_000 });
      await b.page.goBack();
      await b.page.waitForFunction(() => document.getElementById('folio').state().state === 'feed', null, { timeout: 30_000 });
      assert.equal(new URL(b.page.url()).pathname, '/');
      // An old #route of an article: its own page.
      await b.page.goto(`${site.url}index.html#/article/${id}`);
      await b.page.waitForFunction((x) => location.pathname.endsWith(`/bundle/articles/${x}.html`), id, { timeout: 30_000 });
      await takenOver(b.page);
      assert.equal((await viewer(b.page)).state.articleId, id);
      // A #route naming no id a bundle can hold is not a page to go to: the viewer says so where it is.
      await b.page.goto(`${site.url}index.html#/article/..%2F..%2Fetc`);
      await upgraded(b.page);
      await b.page.waitForFunction(() => document.getElementById('folio').state().state === 'error', null, { timeout: 30_000 });
      const hostile = await viewer(b.page);
      assert.equal(hostile.path, '/index.html#/article/..%2F..%2Fetc', 'stayed on the viewer\'s page');
      assert.match(hostile.state.error, /no article with id "\.\.\/\.\.\/etc"/, JSON.stringify(hostile.state));
      // The viewer's page under another name (a publisher's news.html) is its own feed's address.
      const copy = path.join(WEB_ROOT, 'news-copy.html');
      fs.copyFileSync(path.join(WEB_ROOT, 'index.html'), copy);
      try {
        await b.page.goto(`${site.url}news-copy.html`);
        await takenOver(b.page);
        await b.page.waitForFunction(() => document.getElementById('folio').state().fontsReady, null, { timeout: 30_000 });
        const other = await viewer(b.page);
        assert.equal(other.state.state, 'feed', JSON.stringify(other.state));
        assert.equal(other.path, '/news-copy.html');
      } finally {
        fs.rmSync(copy, { force: true });
      }
    } finally {
      await b.close();
    }
  });
});
