// Offline reading through the service worker (web/service-worker/sw.js, made into sw.js by scripts/make-sw.mjs):
// after a first visit, with the browser offline and the server gone, a reload shows what was opened (the article and
// the feed), and an article never opened shows the offline note, not an error; and an update: two builds served one
// after the other on the same origin, the page loaded while the second arrives keeps the first's shell, the next
// load has the second's whole shell. Screenshots (desktop and phone) of the offline note go to build/test-artifacts.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { startServer } from '../../scripts/serve.mjs';
import { OFFLINE_NOISE, SEED, buildCopy, openSite } from './site-copy.mjs';
import { SEED_HEADLINE, WEB_ROOT, collectErrors, openBrowser, saveScreenshot, waitForSettled } from './harness.mjs';

const TIMEOUT = 180_000;
const UNOPENED = 'getting-started'; // an article of the sample bundle the tests never open online
const haveBuild = fs.existsSync(path.join(WEB_ROOT, 'sw.js'));

// Runs the async fn(arg) in the page until it answers true (page.waitForFunction takes a promise as an answer).
async function pollPage(page, fn, arg, what, timeout = 60_000) {
  const end = Date.now() + timeout;
  while (!(await page.evaluate(fn, arg))) {
    if (Date.now() > end) {
      const reg = await page.evaluate(async (names) => { // what the registration and the caches hold, for the report
        const r = await navigator.serviceWorker.getRegistration();
        const missing = [];
        for (const name of Array.isArray(names) ? names : []) {
          if (!(await caches.match(new URL(name, `${location.origin}/`).href))) missing.push(name);
        }
        return JSON.stringify({ installing: r?.installing?.state, waiting: r?.waiting?.state, active: r?.active?.state,
          controlled: !!navigator.serviceWorker.controller, caches: await caches.keys(), missing,
          updateAsked: !!window.folioUpdated, page: location.pathname });
      }, arg).catch((e) => String(e));
      throw new Error(`timed out waiting: ${what} (${reg})`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

// Waits until a service worker controls the page and has kept the files named (relative to the site's root).
async function waitForKept(page, files) {
  await pollPage(page, async (names) => {
    if (!navigator.serviceWorker.controller || !(await caches.keys()).some((n) => /^folio-shell-[0-9a-f]+$/.test(n))) return false;
    for (const name of names) if (!(await caches.match(new URL(name, `${location.origin}/`).href))) return false;
    return true;
  }, files, `the worker keeps ${files}`);
}

// Waits for the viewer to show what index.html opens (the feed, or the article a one-article bundle opens at).
async function settledShown(page) {
  const shown = await waitForSettled(page);
  assert.ok(shown.state === 'feed' || shown.state === 'article', `the viewer shows nothing: ${JSON.stringify(shown)}`);
}

const shellNames = (page) => page.evaluate(async () => (await caches.keys()).filter((n) => /^folio-shell-[0-9a-f]+$/.test(n)));
const buildMark = (page) => page.evaluate(() => document.querySelector('meta[name="folio-build"]')?.content ?? '');
const mainJsMark = (page) => page.evaluate(async () => /folio-build (\w+)/.exec(await (await fetch('main.js')).text())?.[1] ?? '');

describe('offline reading', { timeout: TIMEOUT, skip: haveBuild ? false : 'no web build with sw.js' }, () => {
  const dirs = [];
  after(() => { for (const d of dirs) fs.rmSync(d, { recursive: true, force: true }); });

  test('after a first visit, offline: the article and the feed reload; an unopened article shows the offline note', async () => {
    const site = await openSite({ mark: 'A' });
    const { page, server, errors } = site;
    try {
      // An old #route: the article's own page (the sample bundle is built --viewer), its HTML kept like its file.
      await page.goto(new URL(`index.html#/article/${SEED}`, server.url).href);
      await page.waitForURL(new URL(`bundle/articles/${SEED}.html`, server.url).href, { timeout: 30_000 });
      assert.equal((await waitForSettled(page)).state, 'article');
      await waitForKept(page, ['index.html', 'folio.wasm', `bundle/articles/${SEED}.json`, `bundle/articles/${SEED}.html`, 'bundle/feed.json']);

      await site.browser.context.setOffline(true);
      await server.close(); // nothing answers, whatever the browser's offline mode covers
      await page.reload();
      const shown = await waitForSettled(page);
      assert.equal(shown.state, 'article', `offline reload: ${JSON.stringify(shown)}`);
      assert.match(shown.title, new RegExp(SEED_HEADLINE.slice(0, 20)));
      await saveScreenshot(page, 'offline-article.png');

      await page.goto(new URL('index.html', server.url).href);
      await page.waitForFunction(() => document.querySelector('#folio').dataset.state === 'feed', null, { timeout: 30_000 });

      // An article never opened, at its own address: the viewer alone there, with its offline note.
      await page.goto(new URL(`bundle/articles/${UNOPENED}.html`, server.url).href);
      const note = await waitForSettled(page);
      assert.equal(note.state, 'error');
      const offline = await page.evaluate(() => 'offline' in document.querySelector('#folio').dataset);
      assert.ok(offline, `an unsaved article offline is the offline note, not an error: ${note.error}`);
      assert.match(note.error, /not saved on this device/);
      await saveScreenshot(page, 'offline-note.png');
      await page.setViewportSize({ width: 390, height: 844 });
      await page.waitForTimeout(500);
      await saveScreenshot(page, 'offline-note-phone.png');
    } finally {
      await site.close();
    }
    assert.deepEqual(errors.filter((e) => !OFFLINE_NOISE.test(e)), [], 'console errors or uncaught exceptions');
  });

  test('a new deployment: the page open keeps its shell, the next load has the new one, never a mix', async () => {
    const [a, bDir] = [await buildCopy('A'), await buildCopy('B')];
    dirs.push(a, bDir);
    let server = await startServer({ root: a, port: 0, host: '127.0.0.1' });
    const port = server.port;
    const b = await openBrowser({ serviceWorkers: 'allow' });
    const errors = collectErrors(b.page);
    try {
      const page = b.page;
      await page.goto(new URL('index.html', server.url).href);
      await settledShown(page);
      await waitForKept(page, ['index.html', 'main.js']);
      const first = await shellNames(page);
      assert.equal(first.length, 1, `one shell after the first visit: ${await page.evaluate(() => caches.keys())}`);

      await server.close();
      server = await startServer({ root: bDir, port, host: '127.0.0.1' }); // the second build, same origin

      await page.reload(); // served by the first build's worker; the browser finds the new sw.js meanwhile
      await settledShown(page);
      assert.equal(await buildMark(page), 'A');
      await pollPage(page, async (old) => { // the second build's worker is the active one
        const reg = await navigator.serviceWorker.getRegistration();
        // The browser looks for the new sw.js as the reload navigates; an install that failed then is tried again
        // at its next check. After 15 s with nothing installing, the test makes that check itself (once, and says so).
        window.folioPollStart ??= Date.now();
        if (reg && !reg.installing && !reg.waiting && !window.folioUpdated && Date.now() - window.folioPollStart > 15_000) {
          window.folioUpdated = true;
          console.log('offline test: no new worker 15 s after the reload; asking the registration to update');
          reg.update().catch(() => {});
        }
        const worker = reg?.active;
        if (!worker || worker.state !== 'activated') return false;
        const channel = new MessageChannel();
        const answer = new Promise((resolve) => { channel.port1.onmessage = (e) => resolve(e.data.version); });
        worker.postMessage({ folio: 'version' }, [channel.port2]);
        const version = await Promise.race([answer, new Promise((r) => setTimeout(r, 1000))]);
        return !!version && `folio-shell-${version}` !== old;
      }, first[0], 'the second build\'s worker');
      assert.equal(await mainJsMark(page), 'A', 'the page loaded with the first shell still gets its files');

      await page.reload();
      await settledShown(page);
      assert.equal(await buildMark(page), 'B', `the next load has the new index.html (${await page.evaluate(async () =>
        JSON.stringify({ caches: await caches.keys(), controller: navigator.serviceWorker.controller?.state }))}, first ${first})`);
      assert.equal(await mainJsMark(page), 'B', 'and the new main.js');
      const scripts = await page.evaluate(() => performance.getEntriesByType('resource')
        .filter((e) => /folio\.(js|wasm)$/.test(e.name)).length);
      assert.ok(scripts >= 1, 'the viewer started from the new shell');
    } finally {
      await b.close();
      await server.close().catch(() => {});
    }
    assert.deepEqual(errors, [], 'console errors or uncaught exceptions');
  });
});
