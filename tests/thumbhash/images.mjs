// The test images of the ThumbHash conformance test, made from integers only so that tests/model/thumbhash_test.cpp
// (TestImage) makes the same bytes: each pattern at any size, RGBA row by row.
export const PATTERNS = ['solid', 'gradient', 'alpha', 'noise', 'noise-alpha', 'transparent', 'checker', 'half'];

export function testImage(pattern, w, h) {
  const rgba = new Uint8Array(w * h * 4);
  const dw = Math.max(w - 1, 1), dh = Math.max(h - 1, 1), dd = Math.max(w + h - 2, 1);
  let s = (w * 131 + h * 7919 + PATTERNS.indexOf(pattern) * 104729 + 1) >>> 0; // xorshift32's state
  const next = () => {
    s = (s ^ (s << 13)) >>> 0;
    s = (s ^ (s >>> 17)) >>> 0;
    s = (s ^ (s << 5)) >>> 0;
    return s & 255;
  };
  for (let y = 0, i = 0; y < h; y++) {
    for (let x = 0; x < w; x++, i += 4) {
      let px;
      switch (pattern) {
        case 'solid': px = [200, 30, 90, 255]; break;
        case 'gradient': px = [Math.floor(x * 255 / dw), Math.floor(y * 255 / dh), Math.floor((x + y) * 255 / dd), 255]; break;
        case 'alpha': px = [255 - Math.floor(x * 255 / dw), 128, Math.floor(y * 255 / dh), Math.floor(x * 255 / dw)]; break;
        case 'noise': px = [next(), next(), next(), 255]; break;
        case 'noise-alpha': px = [next(), next(), next(), next()]; break;
        case 'transparent': px = [0, 0, 0, 0]; break;
        case 'checker': { const v = ((x >> 3) + (y >> 3)) & 1 ? 255 : 0; px = [v, v, v, 255]; break; }
        case 'half': px = 2 * x < w ? [220, 20, 20, 255] : [20, 20, 220, 0]; break;
        default: throw new Error(`unknown pattern ${pattern}`);
      }
      rgba.set(px, i);
    }
  }
  return rgba;
}
