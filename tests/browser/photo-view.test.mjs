// Photos drawn by the viewer on a phone (390x844, DPR 3, touch), through the real path: the App's ImageStore asks the
// web platform for the variant that fits the column at DPR 3, the photo is drawn where the layout reserved its
// space (its quadrants' colours on the canvas), a tap opens it full screen, a two-finger pinch zooms it (App::Pinch
// from the touch events), a tap closes it; the viewer then idles. A bundle built by folio-bundle from a Markdown
// article with a PNG of four quadrants made here.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, WEB_ROOT, inScratchPage, openBrowser, saveScreenshot, startSite, waitForSettled } from './harness.mjs';
import { quadrantsPng } from './pictures.mjs';

const TIMEOUT = 120_000;
const DIR = path.join(WEB_ROOT, 'test-fixtures/photo-view');
const TOOL = path.join(REPO_ROOT, 'build/native/folio-bundle');
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, hasTouch: true, isMobile: true };
const haveBuild = fs.existsSync(path.join(WEB_ROOT, 'index.html')) && fs.existsSync(TOOL);

const state = (page) => page.evaluate(() => document.getElementById('folio').folio.state());
async function until(page, pred, what) {
  for (let i = 0; i < 200; i++) {
    const s = await state(page);
    if (pred(s)) return s;
    await page.waitForTimeout(50);
  }
  throw new Error(`${what}: ${JSON.stringify(await state(page))}`);
}

describe('photos on a phone, drawn by the viewer', { skip: !haveBuild && 'no build', timeout: 3 * TIMEOUT }, () => {
  let site;
  before(async () => {
    fs.rmSync(DIR, { recursive: true, force: true });
    const src = path.join(DIR, 'src');
    fs.mkdirSync(src, { recursive: true });
    fs.writeFileSync(path.join(src, 'quadrants.png'), quadrantsPng(1800, 1200));
    fs.writeFileSync(path.join(src, 'photo.md'), '---\ntitle: Four quadrants\ndate: 2024-05-01\n---\n' +
      'A photo follows.\n\n![Four coloured quadrants](quadrants.png "Quadrants, a test card.")\n\nAnd text after it.\n');
    execFileSync(TOOL, ['build', src, '-o', path.join(DIR, 'bundle'), '--quiet']);
    site = await startSite();
  });
  after(async () => { await site?.close(); fs.rmSync(DIR, { recursive: true, force: true }); });

  test('the photo is drawn in its frame at DPR 3; a tap opens it, a pinch zooms, a tap closes; then no frames', { timeout: TIMEOUT }, async () => {
    const b = await openBrowser(PHONE);
    try {
      const { page } = b;
      // Each image request the page makes: the viewer must ask for the 1280 rung (354 CSS px x 3 = 1062 device px).
      const media = [];
      page.on('request', (r) => { if (r.url().includes('/media/')) media.push(r.url()); });
      await page.goto(new URL('/?bundle=test-fixtures/photo-view/bundle/feed.json#/article/photo', site.url).href);
      assert.equal((await waitForSettled(page)).state, 'article');
      const s = await until(page, (st) => st.images.textureBytes > 0 && st.images.loading === 0, 'the photo loaded');
      assert.ok(s.images.textureBytes <= s.images.budget, 'within the budget');
      assert.equal(s.images.budget, 32 * 1024 * 1024, "a phone's budget");
      // The best type Chromium decodes that the tool wrote: AVIF where its libvips encodes AV1, else WebP.
      const dir = path.join(DIR, 'bundle/articles');
      const body = JSON.parse(fs.readFileSync(path.join(dir, fs.readdirSync(dir).find((f) => f.endsWith('.json'))), 'utf8')).body;
      const best = body.find((b) => b.type === 'photo').variants.some((v) => v.type === 'image/avif') ? '.avif' : '.webp';
      assert.deepEqual(media.map((u) => u.slice(-5)), [best], `one ${best} fetched: ${media}`);
      assert.ok(media.length === 1);
      await page.waitForTimeout(400); // the fade
      // The quadrants' boxes on the screenshot (in CSS pixels): red left of green, blue under red, side by side.
      const boxes = (png) => inScratchPage(b.context, async ([b64, want]) => {
        const ctx = await window.decodePng(b64);
        const { width, height } = ctx.canvas;
        const d = ctx.getImageData(0, 0, width, height).data;
        return want.map((c) => {
          let x0 = width, y0 = height, x1 = -1, y1 = -1, n = 0;
          for (let y = 0; y < height; y += 3) for (let x = 0; x < width; x += 3) {
            const i = 4 * (y * width + x);
            if (Math.abs(d[i] - c[0]) + Math.abs(d[i + 1] - c[1]) + Math.abs(d[i + 2] - c[2]) > 40) continue;
            n++; x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y);
          }
          return n < 50 ? null : { x0: x0 / 3, y0: y0 / 3, x1: x1 / 3, y1: y1 / 3 };
        });
      }, [png.toString('base64'), [[220, 30, 30], [30, 200, 30], [30, 30, 220]]]);
      const [red, green, blue] = await boxes(await saveScreenshot(page, 'phone-photo.png'));
      assert.ok(red && green && blue, `the photo's quadrants are drawn: ${JSON.stringify({ red, green, blue })}`);
      assert.ok(Math.abs(red.y0 - green.y0) <= 2 && red.x1 < green.x0 && blue.y0 > red.y1, 'in their places');
      const width = green.x1 - red.x0, height = blue.y1 - red.y0;
      assert.ok(width > 340 && width <= 360, `the column's width: ${width}`);
      if (blue.y1 < 840) assert.ok(Math.abs(height / width - 2 / 3) < 0.02, `at the photo's shape: ${width} x ${height}`);

      // A tap on it: full screen, fitted.
      const cx = (red.x0 + green.x1) / 2, cy = (red.y0 + Math.min(blue.y1, 800)) / 2;
      await page.touchscreen.tap(cx, cy);
      await until(page, (st) => st.photoOpen && st.photoZoom === 1, 'the tap opened the photo');
      // Two fingers moving apart: it zooms in.
      const cdp = await b.context.newCDPSession(page);
      const touch = (type, d) => cdp.send('Input.dispatchTouchEvent', {
        type, touchPoints: type === 'touchEnd' ? [] : [{ x: 195 - d, y: 422, id: 1 }, { x: 195 + d, y: 422, id: 2 }] });
      await touch('touchStart', 40);
      for (const d of [60, 80, 100, 120]) await touch('touchMove', d);
      await touch('touchEnd', 0);
      const zoomed = await until(page, (st) => st.photoZoom > 2, 'the pinch zoomed in');
      assert.ok(zoomed.photoZoom <= 8);
      await saveScreenshot(page, 'phone-photo-zoomed.png');
      // A tap closes it; then the viewer draws nothing while idle.
      await page.touchscreen.tap(195, 600);
      await until(page, (st) => !st.photoOpen, 'the tap closed the photo');
      await page.waitForTimeout(1000);
      const before = (await state(page)).frames;
      await page.waitForTimeout(1000);
      assert.equal((await state(page)).frames, before, 'no frames while idle');
    } finally {
      await b.close();
    }
  });
});
