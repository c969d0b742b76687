// Which bundles the web pages open (web/embed/origins.js): index.html?bundle= and embed.html?bundle= refuse data:
// URLs and other origins, naming what was refused, so nobody can make the site's own address show their headline;
// a page that lists an origin in <meta name="folio-bundles"> opens bundles from it, though never one a redirect
// takes elsewhere; and a viewer that stops aborts the download it alone was waiting for.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { WEB_ROOT, startSite, withBrowser } from './harness.mjs';
import { poll } from './embed-fixtures.mjs';

const TIMEOUT = 120_000;
const DIR = path.join(WEB_ROOT, 'test-fixtures/origins');
const FOREIGN = 'test-fixtures/origins/feed.json'; // from the site's root
const HEADLINE = 'A planted headline on your domain';
const FEED_TITLE = 'Planted desk';

const FEED = {
  version: 'https://jsonfeed.org/version/1.1', title: FEED_TITLE,
  items: [{ id: 'planted', title: HEADLINE, date_published: '2024-03-01T09:00:00Z', _folio: { article: 'articles/planted.json' } }],
};
const ARTICLE = {
  id: 'planted', headline: HEADLINE, datePublished: '2024-03-01T09:00:00Z',
  body: [{ type: 'paragraph', text: 'Read more at a site that is not this one.' }],
};

function writeFixtures() {
  fs.mkdirSync(path.join(DIR, 'articles'), { recursive: true });
  fs.writeFileSync(path.join(DIR, 'feed.json'), JSON.stringify(FEED));
  fs.writeFileSync(path.join(DIR, 'articles/planted.json'), JSON.stringify(ARTICLE));
}

// A page in DIR like index.html (main.js hands it ?bundle=) whose <head> lists origins in folio-bundles.
function writeAllowPage(name, origins) {
  fs.writeFileSync(path.join(DIR, name), `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Folio</title>
<meta name="folio-bundles" content="${origins.join(' ')}">
<script src="../../main.js" defer></script>
<script type="module" src="../../folio-embed.js"></script></head>
<body><folio-viewer id="folio" fullpage loading="eager"></folio-viewer></body></html>`);
  return `test-fixtures/origins/${name}`;
}

// Another origin, with CORS: /held/feed.json is answered only when the test releases it (and records whether the
// browser gave up on it first), /held/articles/* are the fixture's articles, and /redirect/feed.json sends the
// browser to `redirectTo`.
function startOtherServer() {
  const held = [];
  const sent = { bytes: 0 };
  let redirectTo = '';
  const server = http.createServer((req, res) => {
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Cache-Control', 'no-store');
    const where = new URL(req.url, 'http://x').pathname;
    if (where === '/held/feed.json') {
      const request = { aborted: false, release: () => res.end(JSON.stringify(FEED)) };
      res.on('close', () => { if (!res.writableFinished) request.aborted = true; });
      held.push(request);
      return;
    }
    if (where === '/redirect/feed.json') { res.writeHead(302, { Location: redirectTo }); res.end(); return; }
    // Endless: a feed page that never stops coming (no Content-Length); `sent` counts what left.
    if (where === '/endless/feed.json') {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      const chunk = Buffer.alloc(1 << 20, 0x20);
      const more = () => { while (!res.destroyed && res.write(chunk)) sent.bytes += chunk.length; };
      res.on('drain', more);
      res.write('{"items":[');
      more();
      return;
    }
    // Announced: a Content-Length over the limit, refused before any byte of the body is read.
    if (where === '/announced/feed.json') {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': String(200 << 20) });
      res.write('{');
      return;
    }
    if (where === '/held/articles/planted.json') {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(ARTICLE));
      return;
    }
    res.writeHead(404);
    res.end();
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({
    url: `http://127.0.0.1:${server.address().port}/`,
    held,
    sent,
    set redirectTo(v) { redirectTo = v; },
    close: () => new Promise((r) => { server.closeAllConnections(); server.close(() => r()); }),
  })));
}

// What the viewer #folio (in page or frame) shows: its state attributes, its status line, the mirror's text and
// the document's title.
const shown = (where, selector = '#folio') => where.evaluate((sel) => {
  const el = document.querySelector(sel);
  return {
    state: el.dataset.state, error: el.dataset.error ?? '', title: document.title,
    // Empty until the element is upgraded (a full page imports the viewer once its HTML has painted).
    status: el.shadowRoot?.querySelector('[role=status]')?.textContent ?? '',
    mirror: el.shadowRoot?.querySelector('.mirror')?.textContent ?? '',
  };
}, selector);

const settledView = (where, selector = '#folio') => poll(where, async () => {
  const s = await shown(where, selector);
  return ['error', 'article', 'feed'].includes(s.state) ? s : null;
}, { what: `${selector} to leave the loading state` });

function assertRefused(s, what) {
  assert.equal(s.state, 'error', `state: ${JSON.stringify(s)}`);
  assert.ok(s.error.includes(what), `data-error does not name ${what}: ${s.error}`);
  assert.ok(s.status.includes(what), `the status line does not name ${what}: ${s.status}`);
  assert.ok(!s.mirror.includes(HEADLINE) && !s.mirror.includes(FEED_TITLE), `the foreign headline is shown: ${s.mirror}`);
}

describe('bundle origins', { timeout: 10 * TIMEOUT }, () => {
  let site, corsSite, other;
  const at = (p) => new URL(p, site.url).href;
  const origin = (s) => new URL(s.url).origin;

  before(async () => {
    writeFixtures();
    [site, corsSite, other] = await Promise.all([startSite(), startSite({ cors: true }), startOtherServer()]);
  });
  after(async () => {
    await Promise.all([site?.close(), corsSite?.close(), other?.close()]);
    fs.rmSync(DIR, { recursive: true, force: true });
  });

  test('index.html?bundle=data:… is refused, and the title stays Folio', { timeout: TIMEOUT }, () =>
    withBrowser({}, async (page) => {
      const data = `data:application/json,${encodeURIComponent(JSON.stringify(FEED))}`;
      await page.goto(at(`index.html?bundle=${encodeURIComponent(data)}#/`));
      const s = await settledView(page);
      assertRefused(s, 'data:');
      assert.equal(s.title, 'Folio');
    }));

  test('index.html?bundle= on another origin, with CORS, is refused naming that origin', { timeout: TIMEOUT }, () =>
    withBrowser({}, async (page) => {
      const asked = [];
      page.on('request', (r) => asked.push(r.url()));
      assert.notEqual(origin(corsSite), origin(site));
      await page.goto(at(`index.html?bundle=${encodeURIComponent(corsSite.url + FOREIGN)}`));
      const s = await settledView(page);
      assertRefused(s, origin(corsSite));
      assert.equal(s.title, 'Folio');
      assert.deepEqual(asked.filter((u) => u.startsWith(origin(corsSite))), [], 'nothing is fetched from the refused origin');
    }));

  test('a page listing the origin in <meta name="folio-bundles"> opens the same bundle', { timeout: TIMEOUT }, () =>
    withBrowser({}, async (page) => {
      const allow = writeAllowPage('allow.html', [origin(corsSite)]);
      await page.goto(at(`${allow}?bundle=${encodeURIComponent(corsSite.url + FOREIGN)}`));
      const s = await settledView(page);
      assert.equal(s.state, 'article', s.error);
      assert.ok(s.mirror.includes(HEADLINE), s.mirror);
      await poll(page, async () => (await page.title()) === HEADLINE, { what: 'the title' });
    }));

  test('a redirect to an origin the page does not list is refused', { timeout: TIMEOUT }, () =>
    withBrowser({}, async (page) => {
      other.redirectTo = corsSite.url + FOREIGN;
      const allow = writeAllowPage('allow-other.html', [origin(other)]);
      await page.goto(at(`${allow}?bundle=${encodeURIComponent(`${other.url}redirect/feed.json`)}`));
      const s = await settledView(page);
      assertRefused(s, origin(corsSite));
      assert.match(s.error, /redirected/);
      assert.equal(s.title, 'Folio \u2014 not loaded');
    }));

  test('embed.html follows the rule, whatever its parent page allows', { timeout: TIMEOUT }, () =>
    withBrowser({}, async (page) => {
      const src = `../../embed.html?bundle=${encodeURIComponent(corsSite.url + FOREIGN)}`;
      fs.writeFileSync(path.join(DIR, 'frame.html'), `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Host</title>
<meta name="folio-bundles" content="${origin(corsSite)}"></head>
<body><iframe id="embed" class="folio-embed" src="${src}" width="100%" height="600" title="Embed"></iframe></body></html>`);
      await page.goto(at('test-fixtures/origins/frame.html'));
      const frame = await poll(page, async () => page.frames().find((f) => f.url().includes('embed.html')), { what: 'the iframe' });
      assertRefused(await settledView(frame), origin(corsSite));
      // Opened on its own, too.
      await page.goto(at(`embed.html?bundle=${encodeURIComponent(corsSite.url + FOREIGN)}`));
      assertRefused(await settledView(page), origin(corsSite));
    }));

  test('a response larger than 64 MB is stopped while it arrives, with a message saying why', { timeout: TIMEOUT }, () =>
    withBrowser({}, async (page) => {
      const allow = writeAllowPage('allow-endless.html', [origin(other)]);
      for (const kind of ['endless', 'announced']) {
        other.sent.bytes = 0;
        await page.goto(at(`${allow}?bundle=${encodeURIComponent(`${other.url}${kind}/feed.json`)}`));
        const s = await settledView(page);
        assert.equal(s.state, 'error', JSON.stringify(s));
        assert.match(s.error, /larger than the limit of 64 MB, refused/);
        // The server was not read to its end: at most the limit and what was in flight.
        assert.ok(other.sent.bytes < 96 << 20, `${kind}: ${other.sent.bytes} bytes were sent`);
      }
    }));

  test('a viewer that stops aborts its download, unless another viewer waits for it', { timeout: TIMEOUT }, () =>
    withBrowser({}, async (page) => {
      const bundle = `${other.url}held/feed.json`;
      fs.writeFileSync(path.join(DIR, 'two.html'), `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Two</title>
<meta name="folio-bundles" content="${origin(other)}">
<script type="module" src="../../folio-embed.js"></script></head>
<body><folio-viewer id="one" bundle="${bundle}" loading="eager" height="300px"></folio-viewer>
<folio-viewer id="two" bundle="${bundle}" loading="eager" height="300px"></folio-viewer></body></html>`);
      other.held.length = 0;
      await page.goto(at('test-fixtures/origins/two.html'));
      await poll(page, () => page.evaluate(() => ['one', 'two'].every((id) =>
        document.getElementById(id).dataset.state === 'loading' && document.getElementById(id).folio)), { what: 'both viewers to run' });
      await poll(page, async () => other.held.length === 1, { what: 'the one shared request for the feed' });
      // #one goes; #two still waits for the download, which then arrives.
      await page.evaluate(() => document.getElementById('one').remove());
      other.held[0].release();
      const s = await settledView(page, '#two');
      assert.equal(s.state, 'article', s.error);
      assert.equal(other.held.length, 1);
      assert.equal(other.held[0].aborted, false);
      // A viewer alone with its download: removing it aborts the download.
      await page.evaluate((b) => {
        const v = document.createElement('folio-viewer');
        Object.assign(v, { id: 'three', bundle: b, loading: 'eager' });
        document.body.append(v);
      }, bundle);
      await poll(page, async () => other.held.length === 2, { what: 'the third viewer\'s request' });
      await page.evaluate(() => document.getElementById('three').remove());
      await poll(page, async () => other.held[1].aborted, { what: 'the download to be aborted' });
    }));
});
