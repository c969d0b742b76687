// Save for offline (web/embed/offline-store.js through src/platform/web/web_offline.cpp): the seed article saved
// from the toolbar's "Saved for offline" panel (its button, or "O", then "Save this article for offline", pressed
// where the state says it is drawn) is kept whole in the Cache Storage cache `folio-saved` with its page; the service worker's own copies of it
// are then dropped, so what reads offline is the saved copy: offline, with the server gone, a reload opens the article
// and the panel lists it with its size; "Remove" takes it and its files away. The latest of a section saved from its
// feed view keep their photos (each width in the browser's best type): offline, the photo essay draws them from the
// saved copy. Two viewers on one page list the same: what one saves or removes, the other shows at once. A save
// whose file cannot be fetched says why and keeps nothing.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { OFFLINE_NOISE, SEED, openSite } from './site-copy.mjs';
import { SEED_HEADLINE, WEB_ROOT, collectErrors, openBrowser, saveScreenshot, startSite, waitForSettled } from './harness.mjs';

const TIMEOUT = 180_000;
const haveBuild = fs.existsSync(path.join(WEB_ROOT, 'sw.js'));
const ESSAY = 'photo-essay'; // the sample's article of seven photos

const state = (page) => page.evaluate(() => document.getElementById('folio').state());

// Polls the viewer's state until ok(state) holds; returns that state.
async function until(page, ok, what, timeout = 60_000) {
  const end = Date.now() + timeout;
  for (;;) {
    const s = await state(page);
    if (ok(s)) return s;
    if (Date.now() > end) throw new Error(`timed out waiting: ${what} (${JSON.stringify(s.savedOffline ?? s.state)})`);
    await page.waitForTimeout(150);
  }
}

const click = (page, box) => page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);

// Which caches hold url (relative to the site's root).
const cachesHolding = (page, file) => page.evaluate(async (name) => {
  const url = new URL(name, `${location.origin}/`).href;
  const out = [];
  for (const key of await caches.keys()) if (await (await caches.open(key)).match(url)) out.push(key);
  return out;
}, file);

describe('save for offline', { timeout: TIMEOUT, skip: haveBuild ? false : 'no web build with sw.js' }, () => {
  test('the seed saved, read offline from the saved copy, listed with its size, then removed', async () => {
    const site = await openSite();
    const { page, server, errors } = site;
    try {
      await page.goto(new URL(`bundle/articles/${SEED}.html`, server.url).href);
      assert.equal((await waitForSettled(page)).state, 'article');
      await page.waitForFunction(() => navigator.serviceWorker.controller, null, { timeout: 30_000 });
      let s = await until(page, (s) => s.fontsReady && s.savedOffline, 'the state says what is saved');
      assert.equal(s.savedOffline.available, true, 'Cache Storage is there on http://127.0.0.1 (a secure context)');
      assert.deepEqual(s.savedOffline.saved, []);

      // The toolbar's "Saved for offline" button opens its panel.
      s = await until(page, (s) => s.savedOffline.button, 'the toolbar draws the button');
      await click(page, s.savedOffline.button);
      s = await until(page, (s) => s.savedOffline.open && s.savedOffline.saveButton, 'the panel draws its save button');
      await click(page, s.savedOffline.saveButton);
      s = await until(page, (s) => s.savedOffline.saved.length === 1 && !s.savedOffline.busy, 'the seed is saved');
      const saved = s.savedOffline.saved[0];
      assert.equal(saved.id, SEED);
      assert.match(saved.headline, new RegExp(SEED_HEADLINE.slice(0, 20)));
      assert.ok(saved.bytes > 1000, `its files' size: ${saved.bytes}`);
      assert.match(saved.size, /^\d+(\.\d)? (KB|MB|bytes)$/);
      assert.equal(s.savedOffline.noticeError, false, s.savedOffline.notice);
      assert.ok((await cachesHolding(page, `bundle/articles/${SEED}.json`)).includes('folio-saved'));
      assert.ok((await cachesHolding(page, `bundle/articles/${SEED}.html`)).includes('folio-saved'));
      await saveScreenshot(page, 'save-offline-panel.png');

      // Only the saved copy is left: the worker's own copies of the article go.
      await page.evaluate(async (files) => {
        for (const key of await caches.keys()) {
          if (key === 'folio-saved') continue;
          const cache = await caches.open(key);
          for (const f of files) await cache.delete(new URL(f, `${location.origin}/`).href);
        }
      }, [`bundle/articles/${SEED}.json`, `bundle/articles/${SEED}.html`]);
      assert.deepEqual(await cachesHolding(page, `bundle/articles/${SEED}.json`), ['folio-saved']);

      await site.browser.context.setOffline(true);
      await server.close();
      await page.reload();
      const shown = await waitForSettled(page);
      assert.equal(shown.state, 'article', `offline reload of a saved article: ${JSON.stringify(shown)}`);
      assert.match(shown.title, new RegExp(SEED_HEADLINE.slice(0, 20)));
      s = await until(page, (s) => s.fontsReady && s.savedOffline.saved.length === 1, 'the list read offline');
      assert.equal(s.savedOffline.saved[0].id, SEED);
      assert.equal(s.savedOffline.saved[0].bytes, saved.bytes);

      await page.keyboard.press('o'); // its key
      s = await until(page, (s) => s.savedOffline.open && s.savedOffline.rows.length === 1, 'the panel lists it');
      await saveScreenshot(page, 'save-offline-list-offline.png');
      await click(page, s.savedOffline.rows[0].remove);
      s = await until(page, (s) => s.savedOffline.saved.length === 0, 'removed');
      assert.deepEqual(await cachesHolding(page, `bundle/articles/${SEED}.json`), []);
    } finally {
      await site.close();
    }
    assert.deepEqual(errors.filter((e) => !OFFLINE_NOISE.test(e)), [], 'console errors or uncaught exceptions');
  });

  test('the latest of a section saved from its feed view with their photos; offline, the photo essay opens with its photos', async () => {
    const site = await openSite();
    const { dir, page, server, errors } = site;
    try {
      const feed = JSON.parse(fs.readFileSync(path.join(dir, 'bundle/feed.json'), 'utf8'));
      const guide = feed.items.filter((i) => i._folio?.section === 'Folio guide').slice(0, 10).map((i) => i.id);
      assert.ok(guide.includes(ESSAY) && guide.length > 1, `the sample's Folio guide section: ${guide}`);
      await page.goto(new URL('index.html#/section/Folio%20guide', server.url).href);
      assert.equal((await waitForSettled(page)).state, 'feed');
      await page.waitForFunction(() => navigator.serviceWorker.controller, null, { timeout: 30_000 });
      let s = await until(page, (s) => s.fontsReady && s.savedOffline.button, 'the toolbar draws the button');
      await click(page, s.savedOffline.button);
      s = await until(page, (s) => s.savedOffline.open && s.savedOffline.saveButton, 'the panel offers the latest of the section');
      await click(page, s.savedOffline.saveButton);
      s = await until(page, (s) => s.savedOffline.saved.length === guide.length && !s.savedOffline.busy,
        `the ${guide.length} articles of the section saved`, 120_000);
      assert.deepEqual(s.savedOffline.saved.map((a) => a.id).sort(), [...guide].sort());
      assert.equal(s.savedOffline.noticeError, false, s.savedOffline.notice);
      assert.match(s.savedOffline.notice, new RegExp(`Saved ${guide.length} articles for offline`));
      await saveScreenshot(page, 'save-offline-section.png');

      // The essay's photos: each kept at some width, none in a type this browser would not draw twice over.
      const essay = JSON.parse(fs.readFileSync(path.join(dir, `bundle/articles/${ESSAY}.json`), 'utf8'));
      const photos = [essay.image, ...essay.body.filter((b) => b.type === 'photo')].filter(Boolean);
      const files = (p) => p.variants.map((v) => `bundle/articles/${v.url}`);
      const kept = await page.evaluate(async (lists) => {
        const cache = await caches.open('folio-saved');
        const out = [];
        for (const list of lists) {
          let n = 0;
          for (const f of list) if (await cache.match(new URL(f, `${location.origin}/`).href)) n++;
          out.push(n);
        }
        return out;
      }, photos.map(files));
      assert.ok(kept.every((n) => n > 0), `every photo of the essay is kept: ${kept}`);
      assert.ok(kept.every((n) => n < photos[0].variants.length), `not every variant of every type: ${kept}`);

      // Only the saved copies are left: the worker's own copies of the essay and of every photo go.
      await page.evaluate(async (names) => {
        for (const key of await caches.keys()) {
          if (key === 'folio-saved') continue;
          const cache = await caches.open(key);
          for (const f of names) await cache.delete(new URL(f, `${location.origin}/`).href);
        }
      }, [`bundle/articles/${ESSAY}.json`, `bundle/articles/${ESSAY}.html`, ...photos.flatMap(files)]);
      await site.browser.context.setOffline(true);
      await server.close();
      await page.goto(new URL(`bundle/articles/${ESSAY}.html`, server.url).href);
      const shown = await waitForSettled(page);
      assert.equal(shown.state, 'article', `offline, the saved essay: ${JSON.stringify(shown)}`);
      assert.equal((await state(page)).articleId, ESSAY);
      s = await until(page, (s) => s.images.textureBytes > 0 && s.images.loading === 0, 'the lead photo drawn from the saved copy');
      await saveScreenshot(page, 'save-offline-photos-offline.png');
    } finally {
      await site.close();
    }
    assert.deepEqual(errors.filter((e) => !OFFLINE_NOISE.test(e)), [], 'console errors or uncaught exceptions');
  });

  test('two viewers on one page: what one saves and removes, the other lists at once', async () => {
    const dir = path.join(WEB_ROOT, 'test-fixtures/save-offline');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'two.html'), `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Two viewers</title>
<script type="module" src="../../folio-embed.js"></script></head>
<body style="margin:0">
<folio-viewer id="a" bundle="../../bundle/feed.json" article="${SEED}" style="height:600px"></folio-viewer>
<folio-viewer id="b" bundle="../../bundle/feed.json" article="${ESSAY}" style="height:600px"></folio-viewer>
</body></html>`);
    const site = await startSite();
    const b = await openBrowser({});
    const errors = collectErrors(b.page);
    try {
      const page = b.page;
      await page.goto(`${site.url}test-fixtures/save-offline/two.html`);
      const viewer = (id) => page.evaluate((x) => { const el = document.getElementById(x); return el.folio ? el.state() : null; }, id);
      const untilIn = async (id, ok, what) => {
        const end = Date.now() + 60_000;
        for (;;) {
          const s = await viewer(id);
          if (s && ok(s)) return s;
          if (Date.now() > end) throw new Error(`timed out waiting: ${what} (${JSON.stringify(s?.savedOffline ?? s?.state)})`);
          await page.waitForTimeout(150);
        }
      };
      // A press at a box of viewer a's state (its canvas's CSS px).
      const press = async (box) => {
        const at = await page.evaluate(() => { const r = document.getElementById('a').getBoundingClientRect(); return { x: r.x, y: r.y }; });
        await page.mouse.click(at.x + box.x + box.width / 2, at.y + box.y + box.height / 2);
      };
      // Both drawn and idle (no frame pending) before a is pressed.
      await untilIn('b', (s) => s.state === 'article' && s.fontsReady && !s.framePending && s.savedOffline.available, 'viewer b offers saving');
      let s = await untilIn('a', (s) => s.state === 'article' && s.fontsReady && !s.framePending && s.savedOffline.button, 'viewer a offers saving');
      await press(s.savedOffline.button);
      s = await untilIn('a', (s) => s.savedOffline.open && s.savedOffline.saveButton, 'a\'s panel');
      await press(s.savedOffline.saveButton);
      await untilIn('a', (s) => s.savedOffline.saved.length === 1 && !s.savedOffline.busy, 'a saved the seed');
      const other = await untilIn('b', (s) => s.savedOffline.saved.length === 1, 'b lists what a saved');
      assert.equal(other.savedOffline.saved[0].id, SEED);
      await page.keyboard.press('Escape');
      s = await untilIn('a', (s) => !s.savedOffline.open, 'a\'s panel closed');
      // Removed in a: gone from b's list too.
      await press(s.savedOffline.button);
      s = await untilIn('a', (s) => s.savedOffline.open && s.savedOffline.rows.length === 1, 'a lists it');
      await press(s.savedOffline.rows[0].remove);
      await untilIn('b', (s) => s.savedOffline.saved.length === 0, 'b no longer lists it');
    } finally {
      await b.close();
      await site.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
    assert.deepEqual(errors, [], 'console errors or uncaught exceptions');
  });

  test('a file that cannot be fetched: the reader is told, and nothing of the article is kept', async () => {
    const site = await openSite({ serviceWorkers: 'block' }); // no service worker: every fetch reaches the server
    const { dir, page, server, errors } = site;
    try {
      await page.goto(new URL(`bundle/articles/${SEED}.html`, server.url).href);
      assert.equal((await waitForSettled(page)).state, 'article');
      await until(page, (s) => s.fontsReady && s.savedOffline?.available, 'saving is offered');
      fs.rmSync(path.join(dir, `bundle/articles/${SEED}.json`)); // gone between reading and saving
      let s = await until(page, (s) => s.savedOffline.button, 'the toolbar draws the button');
      await click(page, s.savedOffline.button);
      s = await until(page, (s) => s.savedOffline.open && s.savedOffline.saveButton, 'the panel draws its save button');
      await click(page, s.savedOffline.saveButton);
      s = await until(page, (s) => s.savedOffline.noticeError && !s.savedOffline.busy, 'the failure is reported');
      assert.match(s.savedOffline.notice, /was not saved: .*could not be fetched \(HTTP 404/);
      assert.deepEqual(s.savedOffline.saved, []);
      assert.deepEqual(await cachesHolding(page, `bundle/articles/${SEED}.html`), [], 'its page, fetched, was not kept');
      await saveScreenshot(page, 'save-offline-failed.png');
    } finally {
      await site.close();
    }
    assert.deepEqual(errors.filter((e) => !OFFLINE_NOISE.test(e) && !/404/.test(e)), [], 'console errors or uncaught exceptions');
  });
});
