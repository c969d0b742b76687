// Test pictures made at test time (no image is committed): a PNG of four coloured quadrants, which the browser
// tests build into bundles with folio-bundle and look for on the canvas.
import zlib from 'node:zlib';

// Top left, top right, bottom left, bottom right.
export const QUADRANTS = [[220, 30, 30], [30, 200, 30], [30, 30, 220], [235, 235, 235]];

// A w x h RGB PNG of the four quadrants.
export function quadrantsPng(w, h) {
  const rows = Buffer.alloc(h * (1 + 3 * w));
  for (let y = 0; y < h; y++) {
    rows[y * (1 + 3 * w)] = 0;
    for (let x = 0; x < w; x++) {
      const c = QUADRANTS[(y < h / 2 ? 0 : 2) + (x < w / 2 ? 0 : 1)];
      rows.set(c, y * (1 + 3 * w) + 1 + 3 * x);
    }
  }
  const crcTable = Array.from({ length: 256 }, (_, n) => { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; return c >>> 0; });
  const crc = (buf) => { let c = 0xffffffff; for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
  const chunk = (type, data) => {
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    out.write(type, 4, 'latin1');
    data.copy(out, 8);
    out.writeUInt32BE(crc(out.subarray(4, 8 + data.length)), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0); ihdr.writeUInt32BE(h, 4); ihdr[8] = 8; ihdr[9] = 2;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr),
                        chunk('IDAT', zlib.deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}
