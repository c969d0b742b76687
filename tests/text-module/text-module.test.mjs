// The web's text module (build/web/folio-text.js + .wasm) under node, through the C API WebTextServices calls
// (src/platform/web/text_module/text_module.cpp): the same wasm a browser loads, so what is checked here is what
// the page gets. Bidi against Unicode's BidiCharacterTest.txt (every case, levels after L1 and the visual order;
// Debian's unicode-data), line breaks of a Thai run against Intl.Segmenter's words (the module asks it for them),
// shaping against `hb-shape` (Debian's libharfbuzz-bin) with fonts-noto-core's fonts for eight scripts (glyph ids,
// clusters, advances and offsets at the font's own units per em), and arguments out of range answered as values.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const WEB_ROOT = process.env.FOLIO_WEB_ROOT ?? path.join(REPO_ROOT, 'build/web');
const UNICODE = '/usr/share/unicode';
const NOTO = '/usr/share/fonts/truetype/noto';

let t; // the module instance
let ctx; // a context in it, as one viewer makes

before(async () => {
  const js = path.join(WEB_ROOT, 'folio-text.js');
  assert.ok(fs.existsSync(js), `${js} is missing: build the web viewer first (scripts/build --web)`);
  const { default: create } = await import(pathToFileURL(js).href);
  const compiled = await WebAssembly.compile(fs.readFileSync(path.join(WEB_ROOT, 'folio-text.wasm')));
  t = await create({
    instantiateWasm(imports, done) {
      WebAssembly.instantiate(compiled, imports).then((instance) => done(instance, compiled));
      return {};
    },
  });
  ctx = t._folio_text_new();
  assert.ok(ctx, 'folio_text_new made a context');
});

// Copies bytes into the context's scratch buffer at offset `at` and returns their address.
function scratch(size) {
  const p = t._folio_text_scratch(ctx, size);
  assert.ok(p, `scratch of ${size} bytes`);
  return p;
}
const heap = () => t.HEAPU8;
const u32 = (p, n) => new Uint32Array(heap().buffer, p, n);

function bidi(cps, base) {
  const n = cps.length;
  const p = scratch(4 * n + 4 * n + n + n);
  const pCps = p, pVisual = p + 4 * n, pLevels = p + 8 * n, pLine = p + 9 * n;
  u32(pCps, n).set(cps);
  const level = t._folio_text_bidi_levels(ctx, pCps, n, base, pLevels);
  if (level < 0) return { level };
  const r = t._folio_text_bidi_reorder(ctx, pCps, pLevels, n, 0, n, level, pLine, pVisual);
  assert.equal(r, 0, 'folio_text_bidi_reorder answered');
  return { level, lineLevels: [...heap().subarray(pLine, pLine + n)], visual: [...u32(pVisual, n)] };
}

test('BidiCharacterTest.txt: every case passes through the wasm module', () => {
  const file = path.join(UNICODE, 'BidiCharacterTest.txt');
  assert.ok(fs.existsSync(file), `${file} is missing: install Debian's unicode-data`);
  let cases = 0, passed = 0;
  const failures = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [cpsField, dirField, levelField, levelsField, orderField] = line.split(';');
    const cps = cpsField.trim().split(/\s+/).map((h) => parseInt(h, 16));
    const base = [1, 2, 0][Number(dirField)]; // the file's 0 LTR, 1 RTL, 2 auto; the module's 1 LTR, 2 RTL, 0 auto
    const want = levelsField.trim().split(/\s+/);
    const order = orderField.trim() ? orderField.trim().split(/\s+/).map(Number) : [];
    cases++;
    const got = bidi(cps, base);
    // Characters the algorithm removes (X9: 'x') have no level and no place in the visual order.
    const levelsOk = got.level === Number(levelField) &&
      want.every((w, i) => w === 'x' || Number(w) === got.lineLevels[i]);
    const visual = (got.visual ?? []).filter((i) => want[i] !== 'x');
    const orderOk = visual.length === order.length && visual.every((v, i) => v === order[i]);
    if (levelsOk && orderOk) passed++;
    else if (failures.length < 5) failures.push(`${line} -> level ${got.level}, levels ${got.lineLevels}, order ${visual}`);
  }
  console.log(`BidiCharacterTest (wasm text module): ${passed} of ${cases} cases pass`);
  assert.ok(cases > 90000, `the whole file was read (${cases} cases)`);
  assert.deepEqual(failures, []);
  assert.equal(passed, cases);
});

test('mirroring (UAX #9 L4) through the module', () => {
  assert.equal(t._folio_text_mirror(ctx, 0x28), 0x29);
  assert.equal(t._folio_text_mirror(ctx, 0x2264), 0x2265); // ≤ → ≥
  assert.equal(t._folio_text_mirror(ctx, 0x41), 0x41);
});

function breaks(text, lang) {
  const cps = [...text].map((c) => c.codePointAt(0));
  const n = cps.length;
  const langBytes = new TextEncoder().encode(lang);
  const p = scratch(5 * n + langBytes.length + 1);
  u32(p, n).set(cps);
  heap().set(langBytes, p + 5 * n);
  heap()[p + 5 * n + langBytes.length] = 0;
  assert.equal(t._folio_text_breaks(ctx, p, n, p + 5 * n, p + 4 * n), 0);
  return [...heap().subarray(p + 4 * n, p + 5 * n)];
}

test('a Thai run breaks between the words Intl.Segmenter finds, and nowhere else', () => {
  const thai = 'ประเทศไทยมีประชากรประมาณหกสิบหกล้านคน'; // no spaces: UAX #14 class SA throughout
  const got = breaks(thai, 'th');
  const cpIndex = new Map();
  let units = 0;
  [...thai].forEach((c, i) => { cpIndex.set(units, i); units += c.length; });
  const words = [...new Intl.Segmenter('th', { granularity: 'word' }).segment(thai)].map((s) => cpIndex.get(s.index));
  assert.ok(words.length >= 5, `Intl.Segmenter found Thai words (${words.length}): node's ICU has the Thai dictionary`);
  const want = new Array(got.length).fill(0);
  for (const start of words) if (start > 0) want[start - 1] = 1; // a break after the code point before each word
  want[got.length - 1] = 2;
  assert.deepEqual(got, want);
});

test('Latin and Arabic text breaks after spaces (UAX #14) through the module', () => {
  assert.deepEqual(breaks('ab cd', 'en'), [0, 0, 1, 0, 2]);
  assert.deepEqual(breaks('مرحبا بكم', 'ar'), [0, 0, 0, 0, 0, 1, 0, 0, 2]);
});

// A font's units per em (the 'head' table), so shaping at that many pixels gives font units as hb-shape does.
function unitsPerEm(bytes) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tables = view.getUint16(4);
  for (let i = 0; i < tables; i++) {
    const at = 12 + 16 * i;
    if (String.fromCharCode(...bytes.subarray(at, at + 4)) === 'head') return view.getUint16(view.getUint32(at + 8) + 18);
  }
  throw new Error('no head table');
}

const CORPUS = [
  ['NotoNaskhArabic-Regular.ttf', 'ar', true, 'قالت وزارة الصحة إن عدد الإصابات ارتفع إلى ١٢٣ حالة.'],
  ['NotoNaskhArabic-Regular.ttf', 'ur', true, 'پاکستان میں بارش سے کئی شہروں میں سیلاب آ گیا۔'],
  ['NotoSansHebrew-Regular.ttf', 'he', true, 'רֹאשׁ הַמֶּמְשָׁלָה נִפְגַּשׁ הַיּוֹם עִם שַׂר הַחוּץ'],
  ['NotoSansDevanagari-Regular.ttf', 'hi', false, 'प्रधानमंत्री ने संसद में नई शिक्षा नीति की घोषणा की।'],
  ['NotoSansBengali-Regular.ttf', 'bn', false, 'রাজধানীতে বৃষ্টির কারণে যানজট সৃষ্টি হয়েছে।'],
  ['NotoSansTamil-Regular.ttf', 'ta', false, 'சென்னையில் கனமழை பெய்து வருகிறது.'],
  ['NotoSansThai-Regular.ttf', 'th', false, 'รัฐบาลประกาศมาตรการใหม่เพื่อช่วยเหลือเกษตรกร'],
  ['NotoSansKhmer-Regular.ttf', 'km', false, 'រដ្ឋាភិបាលបានប្រកាសវិធានការថ្មី'],
  ['NotoSansMyanmar-Regular.ttf', 'my', false, 'မြန်မာနိုင်ငံတွင် မိုးသည်းထန်စွာ ရွာသွန်းခဲ့သည်'],
];

test('shaping through the module equals hb-shape for sentences in nine scripts', () => {
  let same = 0;
  const differ = [];
  CORPUS.forEach(([file, lang, rtl, text], face) => {
    const fontPath = path.join(NOTO, file);
    assert.ok(fs.existsSync(fontPath), `${fontPath} is missing: install Debian's fonts-noto-core`);
    const font = fs.readFileSync(fontPath);
    const pFont = t._malloc(font.length);
    heap().set(font, pFont);
    assert.equal(t._folio_text_add_face(ctx, face, pFont, font.length), 0, `${file} added`);
    t._free(pFont);
    assert.equal(t._folio_text_has_face(ctx, face), 1);
    const upem = unitsPerEm(font);
    const utf8 = new TextEncoder().encode(text);
    const langBytes = new TextEncoder().encode(lang);
    const p = scratch(utf8.length + langBytes.length + 2);
    heap().set(utf8, p); heap()[p + utf8.length] = 0;
    heap().set(langBytes, p + utf8.length + 1); heap()[p + utf8.length + 1 + langBytes.length] = 0;
    const count = t._folio_text_shape(ctx, face, upem, p, utf8.length, 0, utf8.length, rtl ? 1 : 0, p + utf8.length + 1);
    assert.ok(count > 0, `${lang}: shaped (${count})`);
    const g = t._folio_text_glyphs(ctx);
    const words = new Uint32Array(heap().buffer, g, 5 * count);
    const floats = new Float32Array(heap().buffer, g, 5 * count);
    const ours = [];
    for (let i = 0; i < count; i++) {
      ours.push({ g: words[5 * i], cl: words[5 * i + 1], ax: Math.round(floats[5 * i + 2]), dx: Math.round(floats[5 * i + 3]),
                  dy: Math.round(floats[5 * i + 4]) });
    }
    const theirs = JSON.parse(execFileSync('hb-shape', ['--output-format=json', '--no-glyph-names', '--utf8-clusters',
      `--direction=${rtl ? 'rtl' : 'ltr'}`, `--language=${lang}`, fontPath, text], { encoding: 'utf8' }))
      .map(({ g, cl, ax, dx, dy }) => ({ g, cl, ax, dx, dy }));
    if (JSON.stringify(ours) === JSON.stringify(theirs)) same++;
    else differ.push(`${lang}: ours ${JSON.stringify(ours)}\n  hb-shape ${JSON.stringify(theirs)}`);
  });
  console.log(`shaping (wasm text module vs hb-shape): ${same} of ${CORPUS.length} sentences identical`);
  assert.deepEqual(differ, []);
});

test('arguments out of range are refused as values', () => {
  const p = scratch(64);
  assert.equal(t._folio_text_bidi_levels(ctx, p, 0, 0, p), -1);
  assert.equal(t._folio_text_bidi_levels(ctx, p, 4, 7, p), -1);
  assert.equal(t._folio_text_bidi_levels(0, p, 4, 0, p), -1);
  assert.equal(t._folio_text_bidi_reorder(ctx, p, p, 4, 3, 2, 0, p, p), -1);
  assert.equal(t._folio_text_bidi_reorder(ctx, p, p, 4, 0, 5, 0, p, p), -1);
  assert.equal(t._folio_text_breaks(ctx, p, -1, 0, p), -1);
  assert.equal(t._folio_text_shape(ctx, 200, 16, p, 4, 0, 4, 0, 0), -1, 'a face never added');
  assert.equal(t._folio_text_shape(ctx, 0, 16, p, 4, 3, 5, 0, 0), -1, 'a run past the text');
  assert.equal(t._folio_text_shape(ctx, 0, -1, p, 4, 0, 4, 0, 0), -1, 'a negative size');
  assert.equal(t._folio_text_add_face(ctx, 201, p, 64), -1, 'bytes that are no font');
  assert.equal(t._folio_text_has_face(ctx, 201), 0);
  assert.equal(t._folio_text_scratch(ctx, 1 << 30), 0, 'a scratch past the bound');
});

test('a module that traps is stopped: that call and every later one answer as failures, never a throw', async () => {
  const { TextModule } = await import(pathToFileURL(path.join(REPO_ROOT, 'web/embed/text-module.js')).href);
  let calls = 0;
  const trapping = new Proxy(t, {
    get(target, key) {
      if (typeof key === 'string' && key.startsWith('_folio_text_')) calls++;
      if (key === '_folio_text_bidi_levels') return () => { throw new WebAssembly.RuntimeError('unreachable'); };
      const value = target[key];
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  const m = new TextModule(trapping);
  const c = m.newContext();
  assert.ok(c > 0, 'a context before the trap');
  const heap = new Uint8Array(64);
  assert.equal(m.bidiLevels(heap, c, 0, 2, 0, 8), -1, 'the trap answered as a failure');
  assert.match(m.stopped, /unreachable/);
  const before = calls;
  assert.equal(m.breaks(heap, c, 0, 2, 16, 0, 8), -1);
  assert.equal(m.shape(heap, c, 0, 16, 0, 4, 0, 4, 0, 16, 0, 24, 4), -1);
  assert.equal(m.mirror(c, 0x28), 0x28, 'mirroring gives the character itself');
  assert.equal(m.hasFace(c, 0), 0);
  assert.equal(m.newContext(), 0);
  assert.equal(calls, before, 'a stopped module is not called again');
});
