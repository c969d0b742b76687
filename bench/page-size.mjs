// Page-weight benchmark: loads the web build in Chromium until the article is drawn, gzips (level 9)
// every response body the page received, and prints a markdown table against the 400 KB goal. The article is
// the sample bundle's seed story, which has no photo: so this is also issue 12's "first view of a text-only
// article stays <= 400 KB gzip, with no image decoder in the wasm". For the latter it counts the media/ files
// the page fetched (none expected) and searches folio.wasm for the strings an image decoder compiled in
// carries (libjpeg's messages, PNG's chunk names, WebP's chunk tags, stb_image's prefix, GIF's and AVIF's magic).
// Then the same for the sample's newest Arabic article (a feed item in language "ar"; without one, a short Arabic
// article built here into a bundle of its own), which loads the text module
// (folio-text.js + .wasm) and the Arabic fonts besides: its bytes beyond the Latin first view, against the 300 KB goal.
// The Latin first view is also held to issue 14's budget: at most 10 KB over issue 12's 397.3 KB.
// Run: node bench/page-size.mjs
import fs from 'node:fs';
import path from 'node:path';
import { assertWebBuild, openBrowser, REPO_ROOT, startSite, waitForSettled, WEB_ROOT } from '../tests/browser/harness.mjs';
import { execFileSync } from 'node:child_process';
import { KINDS, fixturesDir, summary, weighResponses } from './common.mjs';

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
const SEED_ID = '801a1fae005ec4bc'; // the seed story (../shared/seeds/000_801a1fae005ec4bc.txt)
const BEFORE_TEXT_PIPELINE = 397.3 * 1024; // issue 12's first view of the seed story, before issue 14
const PIPELINE_GOAL = 10 * 1024;           // what issue 14's always-present parts may add to it
const ARABIC_EXTRA_GOAL = 300 * 1024;      // an Arabic article's bytes beyond the Latin first view, fonts included

// The sample bundle's newest article in Arabic, or null when its first feed page has none.
function arabicArticleId() {
  const feed = JSON.parse(fs.readFileSync(path.join(WEB_ROOT, 'bundle/feed.json'), 'utf8'));
  return feed.items.find((item) => String(item.language ?? '').split('-')[0] === 'ar')?.id ?? null;
}

async function measure(route = '') {
  assertWebBuild();
  const site = await startSite();
  const b = await openBrowser();
  const weighed = weighResponses(b.page);
  try {
    await b.page.goto(site.url + route);
    const settled = await waitForSettled(b.page);
    if (settled.state !== 'article') throw new Error(`page ended in state ${settled.state}: ${settled.error}`);
    await b.page.waitForLoadState('networkidle');
    return { rows: await weighed.rows(), skipped: weighed.skipped };
  } finally {
    await b.close();
    await site.close();
  }
}

const kb = (n) => (n / 1024).toFixed(1);

// The rows as a markdown table with subtotals per kind; returns the total gzip bytes.
function table(rows) {
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
  return gzip;
}

function report({ rows, skipped }) {
  const gzip = table(rows);
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
  const added = gzip - BEFORE_TEXT_PIPELINE;
  const text = rows.filter((r) => r.file.includes('folio-text.'));
  console.log(`goal: the text pipeline adds <= ${kb(PIPELINE_GOAL)} KB gzip to a Latin first view (${kb(BEFORE_TEXT_PIPELINE)} KB before): ` +
    `${added >= 0 ? '+' : ''}${kb(added)} KB; text module files fetched: ${text.length}`);
  summary('page-size (web)', 'Latin first view over 397.3 KB (KB gzip)', kb(added), `<= ${kb(PIPELINE_GOAL)}`);
  return gzip;
}

// The Arabic article's first view: its table, and its bytes beyond the Latin first view's.
function reportArabic(latinGzip, id, { rows, skipped }) {
  console.log(`\nArabic article ${id}:\n`);
  const gzip = table(rows);
  if (skipped.length) console.log(`\nnot counted: ${skipped.join(', ')}`);
  const text = rows.filter((r) => r.file.includes('folio-text.'));
  const extra = gzip - latinGzip;
  console.log(`\ntext module: ${text.map((r) => `${r.file} ${kb(r.gzip)} KB gzip`).join(', ') || 'not fetched'}`);
  console.log(`goal: an Arabic article's first view <= ${kb(ARABIC_EXTRA_GOAL)} KB gzip beyond the Latin one, fonts included: ` +
    `${extra >= 0 ? '+' : ''}${kb(extra)} KB (${kb(gzip)} KB in all), ratio ${(extra / ARABIC_EXTRA_GOAL).toFixed(2)}`);
  summary('page-size (web)', 'Arabic first view beyond the Latin one (KB gzip)', kb(extra), `<= ${kb(ARABIC_EXTRA_GOAL)}`);
}

// A short Arabic news article built into a bundle of its own by build/native/folio-bundle, for when the sample
// bundle has none: { route (index.html's ?bundle=&article=), id, remove() }.
function arabicFixture() {
  const fixtures = fixturesDir('page-size-ar');
  const src = path.join(fixtures.dir, 'src');
  fs.mkdirSync(src, { recursive: true });
  fs.writeFileSync(path.join(src, 'ar.md'), '---\ntitle: الأمطار الغزيرة تغلق الطرق في المدينة\ndate: 2024-05-02\nlanguage: ar\n---\n' +
    'أغلقت السلطات المحلية عدة طرق رئيسية صباح اليوم بعد أمطار غزيرة استمرت طوال الليل. ' +
    'وقال متحدث باسم البلدية إن فرق الطوارئ تعمل على فتح الطرق قبل المساء.\n');
  execFileSync(path.join(REPO_ROOT, 'build/native/folio-bundle'), ['build', src, '-o', path.join(fixtures.dir, 'bundle'), '--quiet']);
  const id = JSON.parse(fs.readFileSync(path.join(fixtures.dir, 'bundle/feed.json'), 'utf8')).items[0].id;
  return { id, route: `?bundle=${fixtures.urlPath}/bundle/feed.json&article=${id}`, remove: fixtures.remove };
}

async function main() {
  const latin = report(await measure(`bundle/articles/${SEED_ID}.html`)); // the seed article at its own address
  const id = arabicArticleId();
  if (id) {
    reportArabic(latin, id, await measure(`bundle/articles/${id}.html`));
    return;
  }
  console.log('\nno Arabic article in the sample bundle\'s first feed page: one built for this run');
  const fixture = arabicFixture();
  try {
    reportArabic(latin, fixture.id, await measure(fixture.route));
  } finally {
    fixture.remove();
  }
}

main().catch((err) => { console.error(`page-size: ${err.message}`); process.exitCode = 1; });
