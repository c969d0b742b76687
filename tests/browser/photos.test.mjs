// The web platform's pictures (src/platform/web/web_images.*), through ui::Host as the UI asks for them (the test
// hooks folio_test_*): a bundle built by folio-bundle from a Markdown article with a photo made here (a PNG of four
// coloured quadrants, which the tool turns into JPEG and WebP variants); LoadImage scales to the box asked for (never
// up, aspect kept) into a texture the right way up; a 404 and a file that is no image are error values; CancelImage
// aborts the download; CreateTexture and DestroyTexture; what Images() reports on a desktop and on a phone; two
// viewers keep their own textures, and a stopped viewer deletes its textures and aborts its loads; the mirror's
// figures, axe-core on them (the same picture is the article's lead photo too). WebGL calls are watched through the
// prototype (an init script), the textures read back through a framebuffer.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, WEB_ROOT, startSite, withBrowser } from './harness.mjs';
import { QUADRANTS, quadrantsPng } from './pictures.mjs';

const TIMEOUT = 120_000;
const DIR = path.join(WEB_ROOT, 'test-fixtures/photos');
const TOOL = path.join(REPO_ROOT, 'build/native/folio-bundle');
let site;
let variants; // the photo's variants from the article file: [{ url (from the site's root), type, width }]

function buildBundle() {
  fs.rmSync(DIR, { recursive: true, force: true });
  const src = path.join(DIR, 'src');
  fs.mkdirSync(src, { recursive: true });
  fs.writeFileSync(path.join(src, 'quadrants.png'), quadrantsPng(1200, 800));
  fs.writeFileSync(path.join(src, 'photo.md'), '---\ntitle: Four quadrants\ndate: 2024-05-01\n---\n' +
    'A photo follows.\n\n![Four coloured quadrants](quadrants.png)\n\nAnd text after it.\n');
  execFileSync(TOOL, ['build', src, '-o', path.join(DIR, 'bundle'), '--quiet']);
  // The test page's viewers show a text-only article, so that the App loads no picture of its own beside the hooks'.
  const text = path.join(DIR, 'text-src');
  fs.mkdirSync(text, { recursive: true });
  fs.writeFileSync(path.join(text, 'text.md'), '---\ntitle: No photo\ndate: 2024-05-01\n---\nOnly text here.\n');
  execFileSync(TOOL, ['build', text, '-o', path.join(DIR, 'text-bundle'), '--quiet']);
  const dir = path.join(DIR, 'bundle/articles');
  const article = JSON.parse(fs.readFileSync(path.join(dir, fs.readdirSync(dir).find((f) => f.endsWith('.json'))), 'utf8'));
  const photo = article.body.find((b) => b.type === 'photo');
  return photo.variants.map((v) => ({ ...v, url: `test-fixtures/photos/bundle/${path.posix.normalize(`articles/${v.url}`)}` }));
}

// The test page: viewers started with instance.js (window.startViewer(id) -> its Instance, as window.viewers[id]).
function writePage() {
  fs.writeFileSync(path.join(DIR, 'page.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>photos</title>
<script type="module">
import { startInstance } from '../../embed/instance.js';
window.viewers = {};
window.startViewer = async (id) => {
  const canvas = document.createElement('canvas');
  canvas.id = id;
  canvas.style.cssText = 'display: block; width: 400px; height: 300px';
  document.body.append(canvas);
  const hooks = { state() {}, title() {}, scroll() {}, linkTo: () => '' };
  window.viewers[id] = await startInstance({ canvas, options: { bundle: 'text-bundle/feed.json', fonts: new URL('../../fonts/', location).href }, page: false, hooks });
  return true;
};
</script></head><body></body></html>`);
  return 'test-fixtures/photos/page.html';
}

// WebGL watched: every texture a viewer's context makes, what was uploaded into it, and whether it was deleted.
const watchWebGL = (page) => page.addInitScript(() => {
  window.__tex = [];
  const P = WebGL2RenderingContext.prototype;
  const create = P.createTexture, del = P.deleteTexture, upload = P.texImage2D, bind = P.bindTexture;
  P.createTexture = function () { const t = create.call(this); window.__tex.push({ t, gl: this, deleted: false }); return t; };
  P.deleteTexture = function (t) { const e = window.__tex.find((x) => x.t === t); if (e) e.deleted = true; return del.call(this, t); };
  P.bindTexture = function (target, t) { this.__bound = t; return bind.call(this, target, t); };
  P.texImage2D = function (...args) {
    const e = window.__tex.find((x) => x.t === this.__bound);
    if (e) {
      const src = args.length === 6 ? args[5] : args[8];
      e.kind = src instanceof ImageBitmap ? 'bitmap' : 'pixels';
      e.width = args.length === 6 ? src.width : args[3];
      e.height = args.length === 6 ? src.height : args[4];
      e.canvas = this.canvas.id;
    }
    return upload.apply(this, args);
  };
  // The colour at (fx, fy) (fractions of the size, from the top left) of the nth texture uploaded from a bitmap or
  // from pixels (on that canvas, that wide), read through a framebuffer of its own context.
  window.__texel = (kind, nth, fx, fy, canvas = null, width = 0) => {
    const e = window.__tex.filter((x) => x.kind === kind && (!canvas || x.canvas === canvas) && (!width || x.width === width))[nth];
    const gl = e.gl;
    const fb = gl.createFramebuffer();
    gl.bindFramebuffer(gl.FRAMEBUFFER, fb);
    gl.framebufferTexture2D(gl.FRAMEBUFFER, gl.COLOR_ATTACHMENT0, gl.TEXTURE_2D, e.t, 0);
    const px = new Uint8Array(4);
    gl.readPixels(Math.floor(fx * e.width), Math.floor(fy * e.height), 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, px);
    gl.bindFramebuffer(gl.FRAMEBUFFER, null);
    gl.deleteFramebuffer(fb);
    return [...px];
  };
});

const images = (page, id) => page.evaluate((v) => window.viewers[v].testImages(), id);
const textures = (page, id) => page.evaluate((v) => window.viewers[v].state().textures, id);
async function answers(page, id, n) {
  for (let i = 0; i < 600; i++) {
    const got = (await images(page, id)).answers;
    if (got.length >= n) return got;
    await page.waitForTimeout(50);
  }
  throw new Error(`${id}: fewer than ${n} answers: ${JSON.stringify((await images(page, id)).answers)}`);
}
const near = (got, want, what) =>
  assert.ok(got.slice(0, 3).every((c, i) => Math.abs(c - want[i]) <= 24) && got[3] === 255, `${what}: ${got} is not ${want}`);

describe('photos on the web', { timeout: 6 * TIMEOUT }, () => {
  let pageUrl;
  before(async () => {
    variants = buildBundle();
    pageUrl = writePage();
    site = await startSite();
  });
  after(async () => { await site?.close(); fs.rmSync(DIR, { recursive: true, force: true }); });

  test('LoadImage scales into a texture the right way up; errors are values; CancelImage aborts; textures are made and freed',
    { timeout: TIMEOUT }, () => withBrowser({}, async (page) => {
      await watchWebGL(page);
      await page.addInitScript(() => {
        const f = window.fetch;
        window.__signals = [];
        window.fetch = function (url, init) { window.__signals.push({ url: String(url), signal: init?.signal }); return f.apply(this, arguments); };
      });
      await page.goto(new URL(pageUrl, site.url).href);
      await page.evaluate(() => window.startViewer('one'));

      const jpegs = variants.filter((v) => v.type === 'image/jpeg').sort((a, b) => b.width - a.width);
      const webp = variants.find((v) => v.type === 'image/webp' && v.width === jpegs[0].width);
      const widest = jpegs[0];
      assert.ok(widest.width >= 960, `the tool wrote a wide JPEG: ${JSON.stringify(variants)}`);
      const at = (v) => new URL(v.url, site.url).href;

      // The check of the types decoded settles shortly after the start.
      await page.waitForFunction(() => window.viewers.one.testImages().support.webp, null, { timeout: 10_000 }).catch(() => {});
      const s = (await images(page, 'one')).support;
      assert.equal(s.webp, true, 'Chromium decodes WebP');
      assert.equal(s.avif, true, 'Chromium decodes AVIF');
      const mts = await page.evaluate(() => document.createElement('canvas').getContext('webgl2').getParameter(WebGL2RenderingContext.MAX_TEXTURE_SIZE));
      assert.equal(s.maxTextureSize, mts);
      assert.equal(s.textureBudget, 64 * 1024 * 1024, 'a desktop browser: 64 MB');
      assert.equal(s.pixelRatio, 1);

      // Scaled to fit the box (width binds, then height binds), never up, WebP as JPEG.
      const h = (w) => Math.round(w * 2 / 3);
      await page.evaluate(([id, url]) => window.viewers[id].testLoadImage(url, 480, 480), ['one', at(widest)]);
      await page.evaluate(([id, url]) => window.viewers[id].testLoadImage(url, 4000, 120), ['one', at(widest)]);
      await page.evaluate(([id, url]) => window.viewers[id].testLoadImage(url, 5000, 5000), ['one', at(widest)]);
      await page.evaluate(([id, url]) => window.viewers[id].testLoadImage(url, 0, 0), ['one', at(webp)]);
      const got = await answers(page, 'one', 4);
      const sizes = got.map((a) => [a.ok, a.width, a.height, a.error]);
      assert.deepEqual(sizes.sort(), [[true, 180, 120, ''], [true, 480, 320, ''], [true, widest.width, h(widest.width), ''],
                                      [true, widest.width, h(widest.width), '']].sort());
      assert.equal(new Set(got.map((a) => a.texture)).size, 4, 'four textures');
      const uploads = await page.evaluate(() => window.__tex.filter((x) => x.kind === 'bitmap').map((x) => [x.width, x.height]));
      assert.deepEqual(uploads.sort(), sizes.map((x) => [x[1], x[2]]).sort(), 'the bitmaps uploaded are the sizes answered');
      for (let i = 0; i < 4; i++) { // the picture the right way up, its colours as drawn
        near(await page.evaluate((n) => window.__texel('bitmap', n, 0.25, 0.25), i), QUADRANTS[0], `texture ${i} top left`);
        near(await page.evaluate((n) => window.__texel('bitmap', n, 0.75, 0.25), i), QUADRANTS[1], `texture ${i} top right`);
        near(await page.evaluate((n) => window.__texel('bitmap', n, 0.25, 0.75), i), QUADRANTS[2], `texture ${i} bottom left`);
      }
      let t = await textures(page, 'one');
      const bytes = sizes.reduce((sum, x) => sum + x[1] * x[2] * 4, 0);
      assert.deepEqual(t, { live: 4, bytes, peakBytes: bytes, loading: 0 });

      // Errors are values: a 404, a file that is no image.
      await page.evaluate((url) => window.viewers.one.testLoadImage(url, 100, 100), new URL('test-fixtures/photos/bundle/media/none.jpg', site.url).href);
      await page.evaluate((url) => window.viewers.one.testLoadImage(url, 100, 100), new URL('test-fixtures/photos/bundle/feed.json', site.url).href);
      const errs = (await answers(page, 'one', 6)).slice(4);
      assert.deepEqual(errs.map((a) => [a.ok, a.texture]), [[false, 0], [false, 0]]);
      assert.match(errs.find((a) => a.url.endsWith('none.jpg')).error, /^HTTP 404/);
      assert.equal(errs.find((a) => a.url.endsWith('feed.json')).error, 'not an image the browser decodes');

      // CancelImage: the download in flight is aborted, and no answer ever comes.
      const held = jpegs[jpegs.length - 1];
      let release;
      const released = new Promise((r) => { release = r; });
      await page.route(`**/${held.url}`, async (route) => { await released; await route.continue().catch(() => {}); });
      await page.evaluate((url) => window.viewers.one.testLoadImage(url, 100, 100), at(held));
      await page.waitForFunction((url) => window.__signals.some((f) => f.url === url), at(held));
      assert.equal((await textures(page, 'one')).loading, 1);
      await page.evaluate((url) => window.viewers.one.testCancelImage(url), at(held));
      assert.equal(await page.evaluate((url) => window.__signals.find((f) => f.url === url).signal.aborted, at(held)), true, 'the download was aborted');
      assert.equal((await textures(page, 'one')).loading, 0);
      release();
      await page.evaluate((url) => window.viewers.one.testLoadImage(url, 50, 50), at(widest)); // answered after the cancelled one would be
      const last = await answers(page, 'one', 7);
      assert.deepEqual(last.map((a) => a.url).filter((u) => u === at(held)), [], 'no answer for the cancelled load');

      // CreateTexture (a placeholder's pixels) and DestroyTexture.
      const made = await page.evaluate(() => window.viewers.one.testCreateTexture(64, 32));
      assert.ok(made > 0);
      near(await page.evaluate(() => window.__texel('pixels', 0, 0.02, 0.5, 'one', 64)), [255, 0, 0], 'the gradient starts red');
      near(await page.evaluate(() => window.__texel('pixels', 0, 0.98, 0.5, 'one', 64)), [0, 255, 0], 'and ends green');
      t = await textures(page, 'one');
      assert.equal(t.live, 6);
      assert.equal(t.bytes, bytes + 50 * 33 * 4 + 64 * 32 * 4);
      await page.evaluate((id) => window.viewers.one.testDestroyTexture(id), made);
      assert.equal(await page.evaluate(() => window.__tex.find((x) => x.kind === 'pixels' && x.width === 64).deleted), true);
      assert.equal((await textures(page, 'one')).live, 5);
    }, /404 \(Not Found\) \(.*none\.jpg\)/)); // the 404 asked for

  test('two viewers keep their own textures; a stopped viewer deletes its textures and aborts its loads', { timeout: TIMEOUT }, () =>
    withBrowser({}, async (page) => {
      await watchWebGL(page);
      await page.addInitScript(() => {
        const f = window.fetch;
        window.__signals = [];
        window.fetch = function (url, init) { window.__signals.push({ url: String(url), signal: init?.signal }); return f.apply(this, arguments); };
      });
      await page.goto(new URL(pageUrl, site.url).href);
      await page.evaluate(() => window.startViewer('one'));
      await page.evaluate(() => window.startViewer('two'));
      const jpegs = variants.filter((v) => v.type === 'image/jpeg').sort((a, b) => a.width - b.width);
      const at = (v) => new URL(v.url, site.url).href;
      await page.evaluate((url) => { window.viewers.one.testLoadImage(url, 200, 200); window.viewers.one.testLoadImage(url, 100, 100); }, at(jpegs[1]));
      await page.evaluate((url) => window.viewers.two.testLoadImage(url, 300, 300), at(jpegs[1]));
      await answers(page, 'one', 2);
      await answers(page, 'two', 1);
      assert.equal((await textures(page, 'one')).live, 2);
      assert.equal((await textures(page, 'two')).live, 1);
      const onCanvas = (id) => page.evaluate((c) => window.__tex.filter((x) => x.kind === 'bitmap' && x.canvas === c).map((x) => [x.width, x.height, x.deleted]), id);
      assert.deepEqual((await onCanvas('one')).sort(), [[100, 67, false], [200, 133, false]]);
      assert.deepEqual(await onCanvas('two'), [[300, 200, false]]);

      // One's load in flight when it stops: the download is aborted, its textures deleted; two's are untouched.
      const held = jpegs[0];
      await page.route(`**/${held.url}`, () => {}); // never answered
      await page.evaluate((url) => window.viewers.one.testLoadImage(url, 100, 100), at(held));
      await page.waitForFunction((url) => window.__signals.some((f) => f.url === url), at(held));
      await page.evaluate(() => window.viewers.one.stop());
      assert.equal(await page.evaluate((url) => window.__signals.find((f) => f.url === url).signal.aborted, at(held)), true, 'the download was aborted');
      assert.deepEqual((await onCanvas('one')).sort(), [[100, 67, true], [200, 133, true]]);
      assert.deepEqual(await onCanvas('two'), [[300, 200, false]]);
      near(await page.evaluate(() => window.__texel('bitmap', 0, 0.75, 0.25, 'two')), QUADRANTS[1], "two's texture still holds its picture");
      assert.equal((await textures(page, 'two')).live, 1);
    }));

  test('the mirror has the photos as figures with an img named by its alt text: the lead under the standfirst, the body photo between its paragraphs', { timeout: TIMEOUT }, () =>
    withBrowser({}, async (page) => {
      // A bundle of its own: the same picture is the article's lead photo too (front matter), with its own alt text,
      // caption and credit.
      const src = path.join(DIR, 'lead-src');
      fs.mkdirSync(src, { recursive: true });
      fs.copyFileSync(path.join(DIR, 'src/quadrants.png'), path.join(src, 'quadrants.png'));
      fs.writeFileSync(path.join(src, 'photo.md'), '---\ntitle: Four quadrants\ndescription: A test card.\ndate: 2024-05-01\n' +
        'image:\n  src: quadrants.png\n  alt: The lead test card\n  caption: Quadrants on top.\n  credit: Folio tests\n---\n' +
        'A photo follows.\n\n![Four coloured quadrants](quadrants.png)\n\nAnd text after it.\n');
      execFileSync(TOOL, ['build', src, '-o', path.join(DIR, 'lead-bundle'), '--quiet']);
      fs.writeFileSync(path.join(DIR, 'viewer.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>viewer</title>
<script type="module" src="../../folio-embed.js"></script></head>
<body><folio-viewer id="folio" bundle="lead-bundle/feed.json" loading="eager" height="400px"></folio-viewer></body></html>`);
      await page.goto(new URL('test-fixtures/photos/viewer.html', site.url).href);
      await page.waitForFunction(() => document.getElementById('folio').dataset.state === 'article', null, { timeout: 60_000 });
      const mirror = () => page.evaluate(() => {
        const a = document.getElementById('folio').shadowRoot.querySelector('.mirror article');
        return a ? [...a.children].map((n) => n.tagName + (n.querySelector('img') ? `>IMG[alt=${n.querySelector('img').alt}]` : '')) : [];
      });
      await page.waitForFunction(() => !!document.getElementById('folio').shadowRoot.querySelector('.mirror figure img'), null, { timeout: 10_000 });
      const kids = await mirror();
      const at = kids.indexOf('FIGURE>IMG[alt=Four coloured quadrants]');
      assert.ok(at > 0 && kids[at - 1] === 'P' && kids[at + 1] === 'P', `the figure between the paragraphs: ${kids}`);
      await assert.doesNotReject(page.getByRole('img', { name: 'Four coloured quadrants' }).waitFor({ state: 'attached', timeout: 5000 }));
      // The lead photo: a figure right under the standfirst (as the canvas draws it), its caption and credit the figcaption.
      const lead = kids.indexOf('FIGURE>IMG[alt=The lead test card]');
      assert.ok(lead > 0 && kids[lead - 1] === 'P' && lead < at, `the lead photo's figure under the standfirst: ${kids}`);
      assert.equal(await page.evaluate(() => document.getElementById('folio').shadowRoot.querySelector('.mirror article .standfirst + figure figcaption')?.textContent),
        'Quadrants on top.  Folio tests');
      await assert.doesNotReject(page.getByRole('img', { name: 'The lead test card' }).waitFor({ state: 'attached', timeout: 5000 }));
      // axe-core finds nothing wrong with the figures (an <img> with alt and no src, a figcaption); the rules about
      // the page's landmarks are off (this bare test page has none; a11y.test.mjs checks the real pages').
      await page.addScriptTag({ path: path.join(REPO_ROOT, 'node_modules/axe-core/axe.min.js') });
      const options = { resultTypes: ['violations'], rules: { 'landmark-one-main': { enabled: false }, region: { enabled: false } } };
      assert.deepEqual(await page.evaluate(async (o) => (await window.axe.run(document, o)).violations
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' > ')).join(', ')}`), options), [], 'axe on the photo article');
    }));

  test('a phone: 32 MB of textures, its pixel ratio', { timeout: TIMEOUT }, () =>
    withBrowser({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, hasTouch: true, isMobile: true }, async (page) => {
      await page.goto(new URL(pageUrl, site.url).href);
      await page.evaluate(() => window.startViewer('one'));
      const s = (await images(page, 'one')).support;
      assert.equal(s.textureBudget, 32 * 1024 * 1024);
      assert.equal(s.pixelRatio, 3);
      assert.ok(s.maxTextureSize >= 2048);
    }));
});
