// Conformance of the model's ThumbHash (src/model/thumbhash.cpp, through build/cmake-native/thumbhash_vectors) with
// the reference, the npm package `thumbhash` (scripts/setup installs it from package-lock.json).
// Images: every pattern of images.mjs at sizes 1 to 100 a side (a grid of sizes, then random ones), and random valid
// hashes for the decoder.
// The reference calls Math.cos, whose last bit is the engine's own (V8's differs from glibc's for about 3% of the
// angles ThumbHash uses). A DCT term that is zero in exact arithmetic (a solid colour, a symmetric pattern, a side
// of one pixel) sits on a rounding boundary, so its nibble follows that last bit. Hence two comparisons:
//   - the reference run with this build's cos (Math.cos answered by the C++ tool's libm): hashes byte-identical,
//     placeholders pixel-identical, ratio and average colour equal, for every image and hash;
//   - the reference with V8's own Math.cos: placeholders within 1 per channel; hashes identical for images with no
//     such zero term (the noise patterns), and the count of the others that differ is reported.
// tests/thumbhash/vectors.json (which tests/model/thumbhash_test.cpp checks) must be what the reference makes, and
// the same with either cos.
// Run: node --test tests/thumbhash/ (after building thumbhash_vectors: scripts/build, or its target).
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rgbaToThumbHash, thumbHashToRGBA, thumbHashToApproximateAspectRatio, thumbHashToAverageRGBA } from 'thumbhash';
import { PATTERNS, testImage } from './images.mjs';
import { VECTOR_FILE, makeVectors } from './make_vectors.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const TOOL = path.join(REPO, 'build/cmake-native/thumbhash_vectors');
const b64 = (bytes) => Buffer.from(bytes).toString('base64');
const bytes = (text) => new Uint8Array(Buffer.from(text, 'base64'));

// Answers from the C++ tool, one per request line.
function ask(requests) {
  const out = execFileSync(TOOL, { input: requests.join('\n') + '\n', maxBuffer: 1 << 30 }).toString();
  const lines = out.split('\n');
  assert.equal(lines.length, requests.length + 1, 'one answer a request');
  return lines.slice(0, -1);
}

// xorshift32, for random sizes and hashes that are the same on every run.
let seed = 2463534242;
const random = (n) => {
  seed = (seed ^ (seed << 13)) >>> 0;
  seed = (seed ^ (seed >>> 17)) >>> 0;
  seed = (seed ^ (seed << 5)) >>> 0;
  return seed % n;
};

const SIDES = [1, 2, 3, 4, 5, 7, 8, 15, 16, 17, 31, 32, 33, 50, 63, 64, 99, 100];
const images = [];
for (const pattern of PATTERNS)
  for (const w of SIDES)
    for (const h of SIDES) images.push({ pattern, w, h });
for (let i = 0; i < 300; i++) images.push({ pattern: PATTERNS[random(PATTERNS.length)], w: 1 + random(100), h: 1 + random(100) });
for (const image of images) image.rgba = testImage(image.pattern, image.w, image.h);

// A random hash the reference's decoder reads fully: any header with a non-zero aspect ratio, as many bytes as it says.
function randomHash() {
  for (;;) {
    const head = [random(256), random(256), random(256), random(256), random(256), random(256)];
    const hasAlpha = head[2] >> 7, isLandscape = head[4] >> 7, stored = head[3] & 7;
    if (stored === 0) continue;
    const lx = Math.max(3, isLandscape ? (hasAlpha ? 5 : 7) : stored);
    const ly = Math.max(3, isLandscape ? stored : (hasAlpha ? 5 : 7));
    const terms = (nx, ny) => {
      let n = 0;
      for (let cy = 0; cy < ny; cy++) for (let cx = cy ? 0 : 1; cx * ny < nx * (ny - cy); cx++) n++;
      return n;
    };
    const start = hasAlpha ? 6 : 5;
    const size = start + Math.ceil((terms(lx, ly) + 2 * terms(3, 3) + (hasAlpha ? terms(5, 5) : 0)) / 2);
    const hash = head.slice(0, start);
    while (hash.length < size) hash.push(random(256));
    return new Uint8Array(hash);
  }
}

// Runs fn with Math.cos answered from the C++ tool's libm (every angle the reference asks for is looked up).
const v8Cos = Math.cos;
let libmCos = null;
function withLibmCos(fn) {
  Math.cos = (a) => {
    const c = libmCos.get(a);
    if (c === undefined) throw new Error(`no libm cos for ${a}`);
    return c;
  };
  try { return fn(); } finally { Math.cos = v8Cos; }
}

const decodeJs = (hash) => {
  const { w, h, rgba } = thumbHashToRGBA(hash);
  const avg = thumbHashToAverageRGBA(hash);
  return { w, h, rgba, ratio: thumbHashToApproximateAspectRatio(hash), avg: [avg.r, avg.g, avg.b, avg.a] };
};
const decodeCpp = (answer) => {
  assert.doesNotMatch(answer, /^error/);
  const [w, h, rgba, ratio, r, g, b, a] = answer.split(' ');
  return { w: +w, h: +h, rgba: bytes(rgba), ratio: +ratio, avg: [+r, +g, +b, +a] };
};

const hashes = [];
for (let i = 0; i < 2000; i++) hashes.push(randomHash());

let cppHashes, cppDecodes;
before(() => {
  assert.ok(fs.existsSync(TOOL), `${TOOL} is missing: build it (scripts/build, or cmake --build build/cmake-native --target thumbhash_vectors)`);
  // Every angle the reference's cos is asked, recorded on a first run with V8's cos, then answered by libm.
  const angles = new Set();
  Math.cos = (a) => { angles.add(a); return v8Cos(a); };
  try {
    for (const { w, h, rgba } of images) thumbHashToRGBA(rgbaToThumbHash(w, h, rgba));
    for (const hash of hashes) thumbHashToRGBA(hash);
    makeVectors();
  } finally { Math.cos = v8Cos; }
  const list = [...angles];
  const answers = ask(list.map((a) => `C ${a}`));
  libmCos = new Map(list.map((a, i) => [a, Number(answers[i])]));

  cppHashes = ask(images.map(({ w, h, rgba }) => `E ${w} ${h} ${b64(rgba)}`));
  cppDecodes = ask([...cppHashes, ...hashes.map(b64)].map((h) => `D ${h}`)).map(decodeCpp);
});

describe('thumbhash: the model against the reference', () => {
  test('vectors.json is what the reference makes, with V8\'s cos and with libm\'s', () => {
    // Compared as one line a vector, so a difference names the vector without printing kilobytes of pixels.
    const lines = (vectors) => vectors.map((v) => `${v.pattern} ${v.width}x${v.height} ${v.hash} ${v.decodedWidth}x${v.decodedHeight} ` +
      (v.decodedRgba ? createHash('sha256').update(v.decodedRgba).digest('hex') : ''));
    const file = lines(JSON.parse(fs.readFileSync(VECTOR_FILE, 'utf8')).vectors);
    assert.deepEqual(lines(makeVectors()), file, 'vectors.json is stale: node tests/thumbhash/make_vectors.mjs');
    assert.deepEqual(lines(withLibmCos(makeVectors)), file, 'a vector depends on the last bit of cos');
  });

  test(`hashes: byte-identical to the reference with the same cos (${images.length} images, 1 to 100 a side)`, () => {
    const js = withLibmCos(() => images.map(({ w, h, rgba }) => b64(rgbaToThumbHash(w, h, rgba))));
    const differ = images.filter((image, i) => js[i] !== cppHashes[i]).map(({ pattern, w, h }) => `${pattern} ${w}x${h}`);
    assert.deepEqual(differ, []);
  });

  test(`decodes: pixel-identical, same ratio and average, with the same cos (${images.length} image hashes, ${hashes.length} random hashes)`, () => {
    const all = [...cppHashes.map(bytes), ...hashes];
    const js = withLibmCos(() => all.map(decodeJs));
    for (let i = 0; i < all.length; i++) assert.deepEqual(cppDecodes[i], js[i], `hash ${b64(all[i])}`);
  });

  test('with V8\'s own cos: placeholders within 1 per channel; hashes of images with no zero DCT term identical', (t) => {
    let maxDiff = 0;
    [...cppHashes.map(bytes), ...hashes].forEach((hash, i) => {
      const js = decodeJs(hash), cpp = cppDecodes[i];
      assert.equal(cpp.w, js.w);
      assert.equal(cpp.h, js.h);
      for (let k = 0; k < js.rgba.length; k++) maxDiff = Math.max(maxDiff, Math.abs(js.rgba[k] - cpp.rgba[k]));
    });
    assert.ok(maxDiff <= 1, `a channel differs by ${maxDiff}`);
    const differ = images.filter((image, i) => b64(rgbaToThumbHash(image.w, image.h, image.rgba)) !== cppHashes[i]);
    const noisy = differ.filter(({ pattern, w, h }) => pattern.startsWith('noise') && w > 1 && h > 1);
    assert.deepEqual(noisy.map(({ pattern, w, h }) => `${pattern} ${w}x${h}`), []);
    const byPattern = {};
    for (const { pattern } of differ) byPattern[pattern] = (byPattern[pattern] || 0) + 1;
    t.diagnostic(`placeholders differ by at most ${maxDiff}; hashes differing in a zero term's nibble: ${differ.length} of ${images.length} ${JSON.stringify(byPattern)}`);
  });
});
