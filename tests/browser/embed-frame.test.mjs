// Embedding through an iframe (embed.html and the parent's folio-iframe.js), under a strict Content-Security-Policy
// (web/examples/csp.html), and with a bundle on another origin, with and without CORS.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertInk, imageStats, pixelStats, saveScreenshot, startSite, withBrowser } from './harness.mjs';
import { FEED, poll, removeFixtures, settled, viewerState, writeBoxPage, writeBundle, writePage } from './embed-fixtures.mjs';

const TIMEOUT = 120_000;
let site, corsSite, plainSite;
const at = (page) => new URL(page, site.url).href;

const frameHeight = (page, id) => page.evaluate((i) => document.getElementById(i).clientHeight, id);

describe('embedding elsewhere', { timeout: 10 * TIMEOUT }, () => {
  before(async () => {
    writeBundle();
    [site, corsSite, plainSite] = await Promise.all([startSite(), startSite({ cors: true }), startSite()]);
  });
  after(async () => {
    await Promise.all([site?.close(), corsSite?.close(), plainSite?.close()]);
    removeFixtures();
  });

  test('an iframe embed is as tall as its article, follows it, and hears only its own origin', { timeout: TIMEOUT }, () =>
    withBrowser({ viewport: { width: 1000, height: 700 } }, async (page) => {
      const src = (article) => `../../embed.html?bundle=${encodeURIComponent(FEED)}&amp;article=${article}`;
      const url = writePage('frame.html', `
        <p>The host's article.</p>
        <iframe id="mine" class="folio-embed" src="${src('b')}" width="100%" height="600" title="Embed"></iframe>
        <iframe id="other" class="folio-embed" src="${src('a')}" data-folio-origin="https://elsewhere.invalid"
          width="100%" height="600" title="Embed from an origin it does not claim"></iframe>
        <p>Below.</p>
        <script src="../../folio-iframe.js"></script>`);
      await page.goto(at(url));
      const mine = page.frames().find((f) => f.url().includes('article=b'));
      const other = page.frames().find((f) => f.url().includes('article=a'));
      let s = await settled(mine, (s) => s.articleId === 'b');
      await poll(page, async () => (await frameHeight(page, 'mine')) === s.docHeight, { what: `the iframe to be ${s.docHeight}px` });

      // Another article inside: the iframe follows its height.
      await mine.evaluate(() => document.querySelector('folio-viewer').open('c'));
      s = await settled(mine, (s) => s.articleId === 'c');
      assert.ok(s.docHeight > 2000, `docHeight ${s.docHeight}`);
      await poll(page, async () => (await frameHeight(page, 'mine')) === s.docHeight, { what: `the iframe to be ${s.docHeight}px` });
      // Inside, the viewer draws the part the parent's window shows (never more than that window).
      await page.evaluate(() => window.scrollTo(0, document.getElementById('mine').offsetTop + 900));
      s = await settled(mine, (s) => s.scrollY > 0);
      const { canvasHeight, scrollY, top } = await mine.evaluate(() => ({
        canvasHeight: document.querySelector('folio-viewer').shadowRoot.querySelector('canvas').getBoundingClientRect().height }))
        .then(async (inner) => ({ ...inner, ...(await page.evaluate(() => ({ scrollY, top: document.getElementById('mine').offsetTop }))) }));
      assert.ok(canvasHeight <= 700, `canvas ${canvasHeight}px`);
      assert.equal(s.scrollY, scrollY - top);
      const png = await saveScreenshot(page, 'embed-iframe.png');
      assertInk(await pixelStats(page, png, null), 'the page');

      // The embed whose origin the page names otherwise, and messages from anyone else, change nothing.
      await settled(other, (s) => s.articleId === 'a');
      await page.evaluate(() => window.postMessage({ folio: 'height', height: 77 }, '*'));
      await page.waitForTimeout(500);
      assert.equal(await frameHeight(page, 'other'), 600);
      assert.notEqual(await frameHeight(page, 'mine'), 77);
    }));

  test('an iframe embed inside a scrolling box draws what the box shows, and its keys scroll the box', { timeout: TIMEOUT }, () =>
    withBrowser({ viewport: { width: 1000, height: 700 } }, async (page) => {
      const url = writeBoxPage('frame-box.html', `
        <iframe id="mine" class="folio-embed" src="../../embed.html?bundle=${encodeURIComponent(FEED)}&amp;article=c"
          width="100%" height="600" title="Embed"></iframe>`, '<script src="../../folio-iframe.js"></script>');
      await page.goto(at(url));
      const frame = page.frames().find((f) => f.url().includes('article=c'));
      let s = await settled(frame, (s) => s.articleId === 'c');
      await poll(page, async () => (await frameHeight(page, 'mine')) === s.docHeight, { what: `the iframe to be ${s.docHeight}px` });
      const canvasHeight = () => frame.evaluate(() =>
        document.querySelector('folio-viewer').shadowRoot.querySelector('canvas').getBoundingClientRect().height);
      await poll(page, async () => (await canvasHeight()) <= 400, { what: 'the canvas to be no taller than the box' });
      // Keys inside the iframe scroll the box, not the window; the viewer draws what the box shows.
      const box = () => page.evaluate(() => {
        const div = document.getElementById('box'), f = document.getElementById('mine');
        const d = div.getBoundingClientRect(), r = f.getBoundingClientRect();
        return { boxTop: d.top + div.clientTop, boxBottom: d.top + div.clientTop + div.clientHeight, frameTop: r.top,
                 frameBottom: r.bottom, boxScroll: div.scrollTop, windowScroll: scrollY };
      });
      await page.click('#mine', { position: { x: 400, y: 150 } });
      await page.keyboard.press('PageDown');
      await poll(page, async () => (await box()).boxScroll > 100, { what: 'Page Down to scroll the box' });
      s = await settled(frame, (s) => s.scrollY > 0);
      let b = await box();
      assert.equal(b.windowScroll, 0, 'the window stays put');
      assert.ok(Math.abs(s.scrollY - (b.boxTop - b.frameTop)) <= 1, `the viewer draws from the box's top: ${s.scrollY}, ${JSON.stringify(b)}`);
      await frame.evaluate(() => document.querySelector('folio-viewer').shadowRoot.querySelector('canvas').focus());
      await page.keyboard.press('End');
      await poll(frame, async () => (await viewerState(frame)).scrollY === s.scrollMax, { what: 'End to reach the end' });
      b = await box();
      assert.equal(b.windowScroll, 0, 'the window stays put');
      assert.ok(Math.abs(b.frameBottom - b.boxBottom) <= 2, `the embed's end is at the box's bottom: ${JSON.stringify(b)}`);
      await saveScreenshot(page, 'embed-iframe-box.png');
    }));

  test('the strict-CSP example shows its article, takes a Find query, and raises no securitypolicyviolation', { timeout: TIMEOUT }, () =>
    withBrowser({}, async (page) => {
      await page.addInitScript(() => {
        window.__violations = [];
        document.addEventListener('securitypolicyviolation', (e) =>
          window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
      });
      await page.goto(at('examples/csp.html'));
      const policy = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]').content);
      assert.equal(policy, "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'");
      await settled(page, (s) => s.state === 'article', '#folio');
      await saveScreenshot(page, 'embed-csp.png');
      assertInk(await imageStats(page.context(), await page.screenshot({ clip: await page.locator('#folio').boundingBox() })), '#folio');
      // Find's text agent takes the focus and is typed into (it is placed through the CSSOM, not a style attribute).
      await page.locator('#folio').click();
      await page.keyboard.press('Control+f');
      await page.keyboard.type('the');
      const s = await settled(page, (s) => s.find.query === 'the', '#folio');
      assert.equal(s.textEntry.field, 'find');
      assert.equal(await page.evaluate(() => document.getElementById('folio').shadowRoot.activeElement?.className), 'text-agent');
      assert.deepEqual(await page.evaluate(() => window.__violations), []);
      // The listener does hear violations: an inline style is one.
      await page.evaluate(() => { const s = document.createElement('style'); s.textContent = 'p {}'; document.head.append(s); });
      await poll(page, () => page.evaluate(() => window.__violations.length === 1), { what: 'the provoked violation' });
    }, /Content Security Policy|style-src/));

  test('a bundle on another origin the page allows loads with CORS; without CORS the viewer says why', { timeout: TIMEOUT }, () =>
    withBrowser({}, async (page) => {
      const allow = `<meta name="folio-bundles" content="${new URL(corsSite.url).origin} ${new URL(plainSite.url).origin}">`;
      const url = writePage('cors.html', `
        <folio-viewer id="cors" bundle="${corsSite.url}${FEED}" article="b" height="300px"></folio-viewer>
        <folio-viewer id="plain" bundle="${plainSite.url}${FEED}" article="b" height="300px"></folio-viewer>`, { head: allow });
      await page.goto(at(url));
      assert.notEqual(new URL(corsSite.url).origin, new URL(site.url).origin);
      await settled(page, (s) => s.articleId === 'b', '#cors');
      const plain = await poll(page, async () => {
        const s = await viewerState(page, '#plain');
        return s?.state === 'error' ? s : null;
      }, { what: 'the CORS error' });
      assert.match(plain.error, /CORS/);
      assert.ok(plain.error.includes(`${plainSite.url}${FEED}`), plain.error);
      const shown = await page.evaluate(() => {
        const el = document.getElementById('plain');
        return el.dataset.error + ' | ' + el.shadowRoot.querySelector('[role=status]').textContent;
      });
      assert.match(shown, /CORS.*\|.*CORS/);
      await saveScreenshot(page, 'embed-cors.png');
    }, /CORS policy|Failed to load resource/));
});
