// Writes tests/thumbhash/vectors.json from the reference ThumbHash (the npm package `thumbhash`, which scripts/setup
// installs): hashes of test images (images.mjs) and a few decoded placeholders, which tests/model/thumbhash_test.cpp
// checks the model's ThumbHash against. conformance.test.mjs checks the file is still what the reference makes.
//   node tests/thumbhash/make_vectors.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rgbaToThumbHash, thumbHashToRGBA } from 'thumbhash';
import { testImage } from './images.mjs';

export const VECTOR_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'vectors.json');
const b64 = (bytes) => Buffer.from(bytes).toString('base64');

export function makeVectors() {
  const cases = [
    ['solid', 1, 1], ['noise', 100, 100], ['gradient', 100, 75], ['gradient', 33, 100], ['gradient', 2, 97],
    ['alpha', 64, 64], ['alpha', 100, 3], ['noise', 57, 41], ['noise-alpha', 100, 100], ['transparent', 10, 20],
    ['checker', 77, 45], ['half', 99, 100], ['noise-alpha', 5, 100],
  ];
  const decoded = new Set(['gradient 100x75', 'alpha 64x64', 'noise-alpha 100x100', 'noise-alpha 5x100']);
  return cases.map(([pattern, w, h]) => {
    const hash = rgbaToThumbHash(w, h, testImage(pattern, w, h));
    const v = { pattern, width: w, height: h, hash: b64(hash) };
    if (decoded.has(`${pattern} ${w}x${h}`)) {
      const image = thumbHashToRGBA(hash);
      Object.assign(v, { decodedWidth: image.w, decodedHeight: image.h, decodedRgba: b64(image.rgba) });
    }
    return v;
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url))
  fs.writeFileSync(VECTOR_FILE, JSON.stringify({ reference: 'thumbhash 0.1.1', vectors: makeVectors() }, null, 1) + '\n');
