// Page-weight benchmark: loads the web build in Chromium until the article is drawn, gzips (level 9)
// every response body the page received, and prints a markdown table against the 400 KB goal. The article is
// the sample bundle's seed story, which has no photo: so this is also issue 12's "first view of a text-only
// article stays <= 400 KB gzip, with no image decoder in the wasm". For the latter it counts the media/ files
// the page fetched (none expected) and searches folio.wasm for the strings an image decoder compiled in
// carries (libjpeg's messages, PNG's chunk names, WebP's chunk tags, stb_image's prefix, GIF's and AVIF's magic).
// Run: node bench/page-size.mjs
import fs from 'node:fs';
import path from 'node:path';
import { assertWebBuild, openBrowser, startSite, waitForSettled, WEB_ROOT } from '../tests/browser/harness.mjs';
import { KINDS, summary, weighResponses } from './common.mjs';

// What each decoder leaves in a binary, and whose it is.
const DECODER_MARKS = [
  ['Not a JPEG file', 'libjpeg'], ['JFIF', 'a JPEG decoder'], ['IHDR', 'a PNG decoder'], ['IDAT', 'a PNG decoder'],
  ['VP8L', 'libwebp'], ['VP8X', 'libwebp'], ['stbi', 'stb_image'], ['GIF89a', 'a GIF decoder'], ['ftypavif', 'an AVIF decoder'],
];

// The decoder marks folio.wasm holds: [[mark, whose], ...], empty when none.
function decoderMarks() {
  const wasm = fs.readFileSync(path.join(WEB_ROOT, 'folio.wasm'));
  return DECODER_MARKS.filter(([mark]) => wasm.includes(Buffer.from(mark, 'latin1')));
}

const GOAL = 400 * 1024;

async function measure() {
  assertWebBuild();
  const site = await startSite();
  const b = await openBrowser();
  const weighed = weighResponses(b.page);
  try {
    await b.page.goto(site.url);
    const settled = await waitForSettled(b.page);
    if (settled.state !== 'article') throw new Error(`page ended in state ${settled.state}: ${settled.error}`);
    await b.page.waitForLoadState('networkidle');
    return { rows: await weighed.rows(), skipped: weighed.skipped };
  } finally {
    await b.close();
    await site.close();
  }
}

function report({ rows, skipped }) {
  const kb = (n) => (n / 1024).toFixed(1);
  rows.sort((a, b) => KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind) || a.file.localeCompare(b.file));
  const lines = ['| file | kind | raw bytes | gzip bytes |', '|---|---|---:|---:|'];
  for (const r of rows) lines.push(`| ${r.file} | ${r.kind} | ${r.raw} | ${r.gzip} |`);
  let raw = 0, gzip = 0;
  for (const kind of KINDS) {
    const of = rows.filter((r) => r.kind === kind);
    if (!of.length) continue;
    const sr = of.reduce((s, r) => s + r.raw, 0), sg = of.reduce((s, r) => s + r.gzip, 0);
    raw += sr; gzip += sg;
    lines.push(`| **subtotal ${kind}** (${of.length}) | ${kind} | ${sr} | ${sg} |`);
  }
  lines.push(`| **TOTAL** (${rows.length}) | | ${raw} | ${gzip} |`);
  console.log(lines.join('\n'));
  if (skipped.length) console.log(`\nnot counted: ${skipped.join(', ')}`);
  console.log(`\ngoal: total gzip <= 400 KB (${GOAL} bytes): ${kb(gzip)} KB, ratio ${(gzip / GOAL).toFixed(2)}`);
  const media = rows.filter((r) => r.file.includes('/media/'));
  const marks = decoderMarks();
  console.log(`text-only article (the seed, no photo): ${media.length} media/ files fetched; image decoder marks in folio.wasm: ` +
    `${marks.length ? marks.map(([m, who]) => `"${m}" (${who})`).join(', ') : 'none'} (searched for ${DECODER_MARKS.map(([m]) => `"${m}"`).join(', ')})`);
  console.log(`goal: first view of a text-only article <= 400 KB gzip with no image decoder in the wasm: ${kb(gzip)} KB, ` +
    `${marks.length ? 'a decoder' : 'no decoder'}`);
  summary('page-size (web)', 'text-only article: media/ files fetched', media.length, '0');
  summary('page-size (web)', 'image decoder marks in folio.wasm', marks.length ? marks.map(([m]) => m).join(' ') : 'none', 'none');
}

measure().then(report, (err) => { console.error(`page-size: ${err.message}`); process.exitCode = 1; });
