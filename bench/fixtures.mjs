// Generated bundles for the benchmarks: one-article bundles of a chosen length in the format the viewer reads
// (a JSON Feed 1.1 feed.json plus articles/<id>.json), written with JSON.stringify and never committed.
// The words cycle through the seed article of the sample bundle (the build's bundle/, which folio-bundle makes
// from assets/sources), in paragraphs of 80-150 words
// with the odd quote, so line breaking sees ordinary English text. The Arabic pair takes its words the same way from
// the sample bundle's first article in Arabic (inLanguage "ar", written for Folio in assets/sources), and is
// tagged "ar", so the viewer sets it right to left, shaped.
// Library: writeBundle(dir, { id, words, title, language }) and writeScrollBundles(dir).
// CLI:     node bench/fixtures.mjs OUT_DIR   writes OUT_DIR/short (~1,000 words), OUT_DIR/long (~100,000),
//          OUT_DIR/ar-short and OUT_DIR/ar-long (the same in Arabic).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SAMPLE_BUNDLE = path.resolve(REPO_ROOT, process.env.FOLIO_WEB_ROOT ?? 'build/web', 'bundle');
export const SEED_ID = '801a1fae005ec4bc'; // the sample bundle's seed article

// The lengths the scroll-cost benchmarks compare, in English and in Arabic: each long one against its short one.
export const SCROLL_BUNDLES = [
  { name: 'short', id: 'bench-short', words: 1_000, language: 'en' },
  { name: 'long', id: 'bench-long', words: 100_000, language: 'en' },
  { name: 'ar-short', id: 'bench-ar-short', words: 1_000, language: 'ar' },
  { name: 'ar-long', id: 'bench-ar-long', words: 100_000, language: 'ar' },
];
// The pairs compared: [short, long] by name.
export const SCROLL_PAIRS = [['short', 'long'], ['ar-short', 'ar-long']];

// The words of the seed article (language 'en') or of the sample bundle's first article in another language, in
// reading order.
export function seedWords(language = 'en') {
  const feedFile = path.join(SAMPLE_BUNDLE, 'feed.json');
  if (!fs.existsSync(feedFile)) throw new Error(`${feedFile} is missing: run scripts/build --web first`);
  let items = [];
  for (let page = feedFile; page; ) { // the index page, then the archive pages it links to
    const feed = JSON.parse(fs.readFileSync(page, 'utf8'));
    items = items.concat(feed.items);
    page = feed.next_url ? path.join(path.dirname(page), feed.next_url) : null;
  }
  const item = language === 'en'
    ? items.find((i) => i.id === SEED_ID) ?? items[0]
    : items.find((i) => i.language === language);
  if (!item) throw new Error(`${SAMPLE_BUNDLE}: no article in language "${language}" (assets/sources has one)`);
  const article = JSON.parse(fs.readFileSync(path.join(SAMPLE_BUNDLE, item._folio.article), 'utf8'));
  const texts = [article.headline, article.description];
  for (const block of article.body ?? []) if (typeof block.text === 'string') texts.push(block.text);
  const words = texts.join(' ').split(/\s+/).map((w) => w.replace(/^["“”'‘’(]+|["“”'‘’),.;:!?]+$/g, '')).filter(Boolean);
  if (words.length < 50) throw new Error(`${SAMPLE_BUNDLE}: the seed article has too few words (${words.length})`);
  return words;
}

// A small deterministic generator, so every run lays out the same text.
function lcg(seed) {
  let s = seed >>> 0;
  return () => { s = (Math.imul(s, 1664525) + 1013904223) >>> 0; return s / 2 ** 32; };
}

// Body blocks totalling about `total` words: paragraphs of 80-150 words in sentences of 8-24 words,
// every ninth block a quote.
export function makeBody(total, words = seedWords()) {
  const upper = (w) => w[0].toUpperCase() + w.slice(1); // no case in Arabic: its words stay as they are
  const rand = lcg(total);
  const blocks = [];
  let at = 0, written = 0;
  while (written < total) {
    const n = Math.min(80 + Math.floor(rand() * 71), Math.max(total - written, 20));
    const sentences = [];
    let sentence = [];
    let sentenceLength = 8 + Math.floor(rand() * 17);
    for (let i = 0; i < n; i++) {
      let w = words[at++ % words.length];
      if (sentence.length === 0) w = upper(w);
      sentence.push(w);
      if (sentence.length >= sentenceLength || i === n - 1) {
        sentences.push(sentence.join(' ') + '.');
        sentence = [];
        sentenceLength = 8 + Math.floor(rand() * 17);
      } else if (rand() < 0.06 && /[\p{L}\d]$/u.test(w)) {
        sentence[sentence.length - 1] += ',';
      }
    }
    at += Math.floor(rand() * 7); // drift, so paragraphs do not repeat in step
    const text = sentences.join(' ');
    blocks.push(blocks.length % 9 === 8
      ? { type: 'quote', text, attribution: 'Mikhail Galuzin' }
      : { type: 'paragraph', text });
    written += n;
  }
  return { blocks, words: written };
}

// Writes a one-article bundle into dir; returns { dir, id, words, paragraphs, bytes }.
export function writeBundle(dir, { id, words: total, title, language = 'en' }) {
  const { blocks, words } = makeBody(total, seedWords(language));
  const headline = title ?? `Benchmark article of ${words.toLocaleString('en')} words`;
  const summary = blocks[0].text.split('. ').slice(0, 2).join('. ') + '.';
  const date = '2024-01-01T00:00:00Z';
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Folio benchmark bundle',
    language,
    items: [{
      id, title: headline, language, summary, content_text: summary, date_published: date, tags: ['Benchmarks'],
      _folio: { article: `articles/${id}.json`, section: 'Benchmarks' },
    }],
  };
  const article = {
    id, headline, description: summary, articleSection: 'Benchmarks', datePublished: date, inLanguage: language,
    body: blocks,
  };
  fs.mkdirSync(path.join(dir, 'articles'), { recursive: true });
  const articleJson = JSON.stringify(article);
  fs.writeFileSync(path.join(dir, 'feed.json'), JSON.stringify(feed, null, 1));
  fs.writeFileSync(path.join(dir, 'articles', `${id}.json`), articleJson);
  return { dir, id, words, paragraphs: blocks.length, bytes: Buffer.byteLength(articleJson) };
}

// Writes SCROLL_BUNDLES into root/<name>; returns their descriptions.
export function writeScrollBundles(root) {
  return SCROLL_BUNDLES.map((b) => ({ name: b.name, ...writeBundle(path.join(root, b.name), b) }));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = process.argv[2];
  if (!out) { console.error('usage: node bench/fixtures.mjs OUT_DIR'); process.exit(2); }
  for (const b of writeScrollBundles(path.resolve(out))) {
    console.log(`${b.name}\t${b.dir}\t${b.id}\t${b.words} words\t${b.paragraphs} blocks\t${b.bytes} bytes`);
  }
}
