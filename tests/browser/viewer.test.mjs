// Browser tests for the web viewer (build/web): the seed article renders (at DPR 1 and 2) without
// console errors, and bad bundles end in the error state. Run: node --test tests/browser/
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {
  ARTIFACTS_DIR, SEED_HEADLINE, WEB_ROOT, assertInk, assertWebBuild, pixelStats, collectConsole,
  collectErrors, openBrowser, saveScreenshot, startSite, waitForSettled,
} from './harness.mjs';

const TIMEOUT = 120_000;
const FIXTURE_DIR = path.join(WEB_ROOT, 'test-fixtures');
const BAD_FEED = 'test-fixtures/bad/feed.json';

let site;

// Opens `query` in a fresh browser, waits for the page to settle and hands the pieces to `check`.
async function withPage(query, options, check) {
  const b = await openBrowser(options);
  const errors = collectErrors(b.page);
  const log = collectConsole(b.page);
  try {
    await b.page.goto(new URL(query, site.url).href);
    const settled = await waitForSettled(b.page).catch(async (err) => {
      await saveScreenshot(b.page, 'browser-timeout.png').catch(() => {});
      throw new Error(`${err.message}\nconsole:\n  ${log.join('\n  ')}\nscreenshot: ${ARTIFACTS_DIR}/browser-timeout.png`);
    });
    await check({ page: b.page, settled, errors, log });
  } finally {
    await b.close();
  }
}

async function assertArticle(page, settled, log) {
  assert.equal(settled.state, 'article',
    `expected data-state=article, got ${settled.state}: ${settled.error}\nconsole:\n  ${log.join('\n  ')}`);
  await page.waitForFunction((t) => document.title === t, SEED_HEADLINE, { timeout: 5_000 }).catch(() => {});
  assert.equal(await page.title(), SEED_HEADLINE);
}

// The message must be on screen: as visible DOM text, or else drawn (canvas or DOM) somewhere.
async function assertErrorShown(page, settled, png) {
  const inDom = await page.evaluate((msg) => document.body.innerText.includes(msg), settled.error);
  if (!inDom) await assertDrawn(page, png, 0.002, null);
}

// The screenshot's canvas region (whole page when selector is null) must hold some drawing:
// several colours, and at least minInk of its pixels unlike the most common (background) colour.
async function assertDrawn(page, png, minInk = 0.02, selector = '#folio') {
  const stats = await pixelStats(page, png, selector);
  assert.ok(stats.width > 0 && stats.height > 0, `canvas region is empty: ${JSON.stringify(stats)}`);
  assertInk(stats, 'canvas', minInk);
}

// Without a web build, fail once with the reason instead of cancelling every test.
const haveBuild = fs.existsSync(path.join(WEB_ROOT, 'index.html'));
test('web build exists', () => assertWebBuild());

describe('viewer', { timeout: TIMEOUT, skip: haveBuild ? false : 'no web build' }, () => {
  before(async () => {
    fs.mkdirSync(path.join(WEB_ROOT, 'test-fixtures/bad'), { recursive: true });
    fs.writeFileSync(path.join(WEB_ROOT, BAD_FEED), '{"version": ');
    site = await startSite();
  });
  after(async () => {
    await site?.close();
    fs.rmSync(FIXTURE_DIR, { recursive: true, force: true });
  });

  test('shows the seed article without console errors', { timeout: TIMEOUT }, () =>
    withPage('/bundle/articles/801a1fae005ec4bc.html', {}, async ({ page, settled, errors, log }) => {
      await assertArticle(page, settled, log);
      const png = await saveScreenshot(page, 'browser-article.png');
      await assertDrawn(page, png);
      assert.deepEqual(errors, [], 'console errors or uncaught exceptions on the happy path');
    }));

  test('sizes the canvas backing store in device pixels (DPR 2)', { timeout: TIMEOUT }, () =>
    withPage('/bundle/articles/801a1fae005ec4bc.html', { deviceScaleFactor: 2 }, async ({ page, settled, errors, log }) => {
      await assertArticle(page, settled, log);
      const png = await saveScreenshot(page, 'browser-article-dpr2.png');
      const size = await page.evaluate(() => {
        const c = document.querySelector('#folio').shadowRoot.querySelector('canvas');
        return { width: c.width, height: c.height, clientWidth: c.clientWidth, clientHeight: c.clientHeight, dpr: devicePixelRatio };
      });
      assert.equal(size.dpr, 2);
      assert.ok(Math.abs(size.width - Math.round(size.clientWidth * 2)) <= 1, `width not in device pixels: ${JSON.stringify(size)}`);
      assert.ok(Math.abs(size.height - Math.round(size.clientHeight * 2)) <= 1, `height not in device pixels: ${JSON.stringify(size)}`);
      await assertDrawn(page, png);
      assert.deepEqual(errors, [], 'console errors or uncaught exceptions on the happy path');
    }));

  test('a missing bundle shows the error state', { timeout: TIMEOUT }, () =>
    withPage('/?bundle=missing/feed.json', {}, async ({ page, settled }) => {
      assert.equal(settled.state, 'error');
      assert.match(settled.error, /missing\/feed\.json/);
      assert.match(settled.error, /404|not found/i);
      await assertErrorShown(page, settled, await saveScreenshot(page, 'browser-error-missing.png'));
    }));

  test('a feed that is not JSON shows the error state', { timeout: TIMEOUT }, () =>
    withPage(`/?bundle=${BAD_FEED}`, {}, async ({ page, settled }) => {
      assert.equal(settled.state, 'error');
      assert.ok(settled.error.includes(BAD_FEED), `data-error does not name ${BAD_FEED}: ${settled.error}`);
      await assertErrorShown(page, settled, await saveScreenshot(page, 'browser-error-bad-json.png'));
    }));
});
