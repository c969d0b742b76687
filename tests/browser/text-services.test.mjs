// The web's text services (src/platform/web/web_text.*) in Chromium, through the viewer's Host::Text() as the layout
// calls them (the test hooks folio_test_text_*, src/platform/web/text_probe.h): nothing of the text module is fetched
// until a viewer needs it; then folio-text.js and .wasm once for the page, however many viewers; bidi levels and
// visual order equal BidiCharacterTest.txt's for a sample of its cases (every 250th), a Thai run breaks where the
// browser's Intl.Segmenter finds words, an Arabic sentence shapes as `hb-shape` shapes it with the same font; a
// viewer stopped leaves the other's context working.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { WEB_ROOT, assertWebBuild, startSite, withBrowser } from './harness.mjs';

const TIMEOUT = 120_000;
const DIR = path.join(WEB_ROOT, 'test-fixtures/text');
const FONT = '/usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf';
const BIDI_TEST = '/usr/share/unicode/BidiCharacterTest.txt';
const ARABIC = 'قالت وزارة الصحة إن عدد الإصابات ارتفع إلى ١٢٣ حالة.';
const THAI = 'รัฐบาลประกาศมาตรการใหม่เพื่อช่วยเหลือเกษตรกร';
let site;

function writePage() {
  fs.rmSync(DIR, { recursive: true, force: true });
  fs.mkdirSync(DIR, { recursive: true });
  fs.copyFileSync(FONT, path.join(DIR, 'arabic.ttf'));
  fs.writeFileSync(path.join(DIR, 'page.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>text</title>
<script type="module">
import { startInstance } from '../../embed/instance.js';
window.viewers = {};
window.startViewer = async (id) => {
  const canvas = document.createElement('canvas');
  canvas.id = id;
  canvas.style.cssText = 'display: block; width: 360px; height: 240px';
  document.body.append(canvas);
  const hooks = { state() {}, title() {}, scroll() {}, linkTo: () => '' };
  window.viewers[id] = await startInstance({ canvas, options: { bundle: '../../bundle/feed.json', fonts: new URL('../../fonts/', location).href }, page: false, hooks });
  return true;
};
</script></head><body></body></html>`);
  return 'test-fixtures/text/page.html';
}

// A font's units per em ('head'), so shaping at that many pixels gives font units as hb-shape reports them.
function unitsPerEm(bytes) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i < view.getUint16(4); i++) {
    const at = 12 + 16 * i;
    if (bytes.toString('latin1', at, at + 4) === 'head') return view.getUint16(view.getUint32(at + 8) + 18);
  }
  throw new Error('no head table');
}

// Every 250th case of BidiCharacterTest.txt: { text, base (the module's 0 auto, 1 LTR, 2 RTL), level, levels, order }.
function bidiCases() {
  const cases = [];
  let k = 0;
  for (const line of fs.readFileSync(BIDI_TEST, 'utf8').split('\n')) {
    if (!line || line.startsWith('#') || k++ % 250) continue;
    const [cps, dir, level, levels, order] = line.split(';');
    cases.push({
      line,
      text: String.fromCodePoint(...cps.trim().split(/\s+/).map((h) => parseInt(h, 16))),
      base: [1, 2, 0][Number(dir)], level: Number(level), levels: levels.trim().split(/\s+/),
      order: order.trim() ? order.trim().split(/\s+/).map(Number) : [],
    });
  }
  return cases;
}

const probe = (page, id, text, opts) => page.evaluate(([v, t, o]) => window.viewers[v].testText(t, o), [id, text, opts]);
async function ready(page, id) {
  for (let i = 0; i < 400; i++) {
    const got = await probe(page, id, '', {});
    if (got.ready) return got;
    assert.equal(got.error, '', `${id}: the text module failed to load`);
    await page.waitForTimeout(50);
  }
  throw new Error(`${id}: the text module did not arrive`);
}

describe('text services on the web', { timeout: 3 * TIMEOUT }, () => {
  let pageUrl;
  before(async () => {
    assertWebBuild();
    pageUrl = writePage();
    site = await startSite();
  });
  after(async () => { await site?.close(); fs.rmSync(DIR, { recursive: true, force: true }); });

  test('loaded on need, once per page; bidi, breaks and shaping through the bridge', { timeout: TIMEOUT }, () => withBrowser({}, async (page) => {
    const fetched = [];
    page.on('request', (r) => { if (r.url().includes('folio-text.')) fetched.push(new URL(r.url()).pathname); });
    await page.goto(new URL(pageUrl, site.url).href);
    await page.evaluate(() => window.startViewer('one'));
    await page.evaluate(() => window.startViewer('two'));
    await page.waitForTimeout(500);
    const before = await probe(page, 'one', 'abc', {});
    assert.deepEqual([before.ready, before.loading, before.generation, fetched], [false, false, 0, []],
      'nothing of the text module before a viewer needs it');

    await page.evaluate(() => window.viewers.one.testTextNeed());
    assert.equal((await ready(page, 'one')).generation, 1, 'the generation changed when the module arrived');
    await page.evaluate(() => window.viewers.two.testTextNeed());
    await ready(page, 'two');
    assert.deepEqual(fetched.sort(), ['/folio-text.js', '/folio-text.wasm'], 'fetched once for both viewers');

    const cases = bidiCases();
    let passed = 0;
    const failures = [];
    for (const c of cases) {
      const got = await probe(page, 'one', c.text, { base: c.base });
      const visual = got.visual.filter((i) => c.levels[i] !== 'x');
      const ok = got.paragraph === c.level && c.levels.every((w, i) => w === 'x' || Number(w) === got.lineLevels[i]) &&
        JSON.stringify(visual) === JSON.stringify(c.order);
      if (ok) passed++;
      else if (failures.length < 3) failures.push(`${c.line} -> ${JSON.stringify(got)}`);
    }
    console.log(`BidiCharacterTest through the viewer's bridge (every 250th case): ${passed} of ${cases.length} pass`);
    assert.ok(cases.length > 300, `cases read: ${cases.length}`);
    assert.deepEqual(failures, []);
    assert.equal((await probe(page, 'two', 'x', {})).mirror, ')'.codePointAt(0));

    const thai = await probe(page, 'two', THAI, { lang: 'th' });
    const want = await page.evaluate((text) => {
      const cpAt = new Map();
      let units = 0;
      [...text].forEach((c, i) => { cpAt.set(units, i); units += c.length; });
      const b = new Array([...text].length).fill(0);
      for (const s of new Intl.Segmenter('th', { granularity: 'word' }).segment(text)) if (s.index > 0) b[cpAt.get(s.index) - 1] = 1;
      b[b.length - 1] = 2;
      return b;
    }, THAI);
    assert.ok(want.filter((b) => b === 1).length >= 4, `Chromium's Intl.Segmenter found Thai words: ${want}`);
    assert.deepEqual(thai.breaks, want, 'a Thai run breaks between the words Intl.Segmenter finds');

    const font = fs.readFileSync(FONT);
    const added = await page.evaluate(async (url) => {
      const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
      return window.viewers.one.testTextAddFace(7, bytes);
    }, new URL('test-fixtures/text/arabic.ttf', site.url).href);
    assert.equal(added, true, 'the Arabic face was added through the bridge');
    const upem = unitsPerEm(font);
    const shaped = await probe(page, 'one', ARABIC, { lang: 'ar', face: 7, em: upem, rtl: true });
    const theirs = JSON.parse(execFileSync('hb-shape', ['--output-format=json', '--no-glyph-names', '--utf8-clusters', '--direction=rtl',
      '--language=ar', FONT, ARABIC], { encoding: 'utf8' })).map(({ g, cl, ax, dx, dy }) => ({ g, cl, ax, dx, dy }));
    assert.ok(theirs.length > 20, `hb-shape shaped the sentence (${theirs.length} glyphs)`);
    assert.deepEqual(shaped.glyphs, theirs, 'the bridge gives hb-shape\'s glyphs, clusters, advances and offsets');
    assert.equal((await probe(page, 'two', ARABIC, { face: 7, em: upem, rtl: true })).glyphs, undefined,
      'faces are per viewer: the other viewer has no face 7');

    await page.evaluate(() => window.viewers.one.stop());
    const after = await probe(page, 'two', 'abc אבג', { base: 0 });
    assert.deepEqual([after.ready, after.paragraph, after.visual], [true, 0, [0, 1, 2, 3, 6, 5, 4]], 'the other viewer still works');
  }));
});
