// Conformance of the bundles folio-bundle writes, checked with ajv (JSON Schema 2020-12) against
// docs/schemas/ and against the outside specifications' own rules: JSON Feed 1.1 (version, title, items with id
// and content_html or content_text), schema.org NewsArticle JSON-LD in each snapshot, oEmbed 1.0 rich responses.
// Bundles: the sample the build made (build/native/bundle) and one built here with a base URL, pagination (stable
// pages: archive pages numbered from the oldest, the index one past them) and a photo (its variants). Each
// bundle's folio-manifest.json conforms to its schema and lists exactly the files the build wrote (the search
// index's aside, which its own state lists); each bundle's search index (root and result cards) conforms to
// search-index.schema.json.
// The schemas must also refuse the committed bad inputs that the viewer's parser refuses.
// Run: node --test tests/bundle-format/
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import zlib from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const TOOL = path.join(REPO, 'build/native/folio-bundle');
const SAMPLE = path.join(REPO, 'build/native/bundle');
const BAD = path.join(REPO, 'tests/bad-inputs');
const SCHEMAS = path.join(REPO, 'docs/schemas');

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
// The refusal tests stop at the first error: listing all of a 200,000-entry array's would take minutes.
const ajvFirst = new Ajv2020({ allErrors: false, strict: true });
addFormats(ajvFirst);
const load = (name) => JSON.parse(fs.readFileSync(path.join(SCHEMAS, name), 'utf8'));
const schema = (name) => ajv.compile(load(name));
const feedPage = schema('feed-page.schema.json');
const articleFile = schema('article.schema.json');
const feedPageFirst = ajvFirst.compile(load('feed-page.schema.json'));
const articleFileFirst = ajvFirst.compile(load('article.schema.json'));
const oembed = schema('oembed.schema.json');
const jsonLd = schema('newsarticle-jsonld.schema.json');
const manifest = schema('manifest.schema.json');
const searchRoot = schema('search-index.schema.json');
const searchCards = ajv.getSchema('https://folio.invalid/schemas/search-index.schema.json#/$defs/metaShard');

function assertValid(validate, value, what) {
  assert.ok(validate(value), `${what}: ${ajv.errorsText(validate.errors, { separator: '\n  ' })}`);
}
const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));
const isRfc3339 = (s) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i.test(s) && !Number.isNaN(Date.parse(s));

// Every page of a bundle, following next_url from feed.json (relative to the page, or under the base URL).
function pages(dir) {
  const out = [];
  let name = 'feed.json', base = null;
  const seen = new Set();
  while (name) {
    assert.ok(!seen.has(name), `pagination loops at ${name}`);
    seen.add(name);
    const page = readJson(path.join(dir, name));
    out.push({ name, page });
    if (page.feed_url && !base) base = page.feed_url.replace(/feed\.json$/, '');
    if (!page.next_url) break;
    const next = new URL(page.next_url, base ? new URL(name, base) : new URL(name, 'file:///bundle/'));
    name = base ? next.href.slice(base.length) : next.pathname.slice('/bundle/'.length);
  }
  return out;
}

// The JSON Feed 1.1 specification's own requirements, beyond any schema.
function assertJsonFeed11(page, where) {
  assert.equal(page.version, 'https://jsonfeed.org/version/1.1', `${where}: version`);
  assert.equal(typeof page.title, 'string', `${where}: title is required`);
  assert.ok(Array.isArray(page.items), `${where}: items is required`);
  for (const [i, item] of page.items.entries()) {
    assert.ok(typeof item.id === 'string' && item.id.length > 0, `${where} items[${i}]: id is a non-empty string`);
    assert.ok(typeof item.content_html === 'string' || typeof item.content_text === 'string',
      `${where} items[${i}]: content_html or content_text is required`);
    for (const key of ['date_published', 'date_modified'])
      if (key in item) assert.ok(isRfc3339(item[key]), `${where} items[${i}].${key}: RFC 3339`);
    for (const key of Object.keys(item))
      assert.ok(/^[a-z_]+$/.test(key), `${where} items[${i}]: "${key}" is neither a JSON Feed field nor an extension`);
  }
  for (const key of ['home_page_url', 'feed_url']) if (key in page) assert.doesNotThrow(() => new URL(page[key]), `${where}: ${key}`);
}

// The oEmbed 1.0 specification's rules for a rich response (section 2.3.4).
function assertOEmbedRich(o, where) {
  assert.equal(o.version, '1.0', `${where}: version must be 1.0`);
  assert.equal(o.type, 'rich', `${where}: type`);
  assert.ok(typeof o.html === 'string' && o.html.length > 0, `${where}: html is required for rich`);
  for (const key of ['width', 'height']) assert.ok(Number.isInteger(o[key]) && o[key] > 0, `${where}: ${key} is required for rich`);
  const thumbs = ['thumbnail_url', 'thumbnail_width', 'thumbnail_height'].filter((k) => k in o).length;
  assert.ok(thumbs === 0 || thumbs === 3, `${where}: thumbnail fields come together`);
  assert.ok(!/<script/i.test(o.html), `${where}: the card runs no script`);
}

function jsonLdOf(html, where) {
  const m = html.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/);
  assert.ok(m, `${where}: no JSON-LD script`);
  return JSON.parse(m[1]);
}

// Every file under dir, as bundle paths.
function filesUnder(dir, prefix = '') {
  return fs.readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(dir, path.posix.join(prefix, e.name)) : [path.posix.join(prefix, e.name)]);
}

// The paths a format-2 manifest stands for: each article id's three files and each feed page, with their .gz and
// .br copies, and the other files as listed.
function manifestFiles(m) {
  const withCopies = (f) => [f, `${f}.gz`, `${f}.br`];
  const out = [...m.files];
  for (const id of m.articles) out.push(...[`articles/${id}.json`, `articles/${id}.html`, `oembed/${id}.json`].flatMap(withCopies));
  for (let n = 1; n <= m.feedPages; ++n) out.push(...withCopies(n === m.feedPages ? 'feed.json' : `feed-${n}.json`));
  return out.sort();
}

function checkManifest(dir) {
  const m = readJson(path.join(dir, 'folio-manifest.json'));
  assertValid(manifest, m, 'folio-manifest.json');
  assert.equal(m.folioManifest, 2);
  const bytewise = (a, b) => (Buffer.from(a) < Buffer.from(b) ? -1 : 1);
  assert.deepEqual(m.articles, [...m.articles].sort(bytewise), 'the ids are sorted');
  assert.deepEqual(m.files, [...m.files].sort(), 'the other files are sorted');
  assert.deepEqual(manifestFiles(m),
    filesUnder(dir).filter((f) => f !== 'folio-manifest.json' && f !== 'folio-media.json' && !f.startsWith('search/')).sort(),
    'the manifest lists exactly the files of the bundle (besides itself, the media cache and the search index)');
}

// The search index: its root and every segment's result cards conform to search-index.schema.json, the segments
// follow one another and hold every file the root names, and the index counts the bundle's articles.
function checkSearchIndex(dir, articles) {
  const root = readJson(path.join(dir, 'search/index.json'));
  assertValid(searchRoot, root, 'search/index.json');
  assert.equal(root.docs, articles, 'the index holds every article');
  let next = 0, cards = 0;
  for (const seg of root.segments) {
    assert.equal(seg.firstDoc, next, `${seg.path}: follows the segment before`);
    next += seg.docs;
    assert.equal(seg.shards[0], '', `${seg.path}: the first shard starts at ""`);
    const bytewise = (a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b));
    assert.deepEqual(seg.shards, [...seg.shards].sort(bytewise), `${seg.path}: shards ascending`);
    const base = path.join(dir, 'search', seg.path);
    assert.ok(fs.existsSync(path.join(base, 'days.bin')), `${seg.path}/days.bin`);
    for (let i = 0; i < seg.shards.length; ++i) {
      const t = fs.readFileSync(path.join(base, `t${i}.bin`));
      assert.equal(t.subarray(0, 4).toString('latin1'), 'FSt1', `${seg.path}/t${i}.bin`);
    }
    for (let j = 0; j * seg.metaPerShard < seg.docs; ++j) {
      const shard = readJson(path.join(base, `m${j}.json`));
      assertValid(searchCards, shard, `${seg.path}/m${j}.json`);
      assert.equal(shard.docs.length, Math.min(seg.metaPerShard, seg.docs - j * seg.metaPerShard));
      for (const card of shard.docs) assert.ok(fs.existsSync(path.join(dir, 'articles', `${card.id}.json`)), `card ${card.id}`);
      cards += shard.docs.length;
    }
  }
  assert.equal(next, root.docs + root.deleted.length);
  assert.equal(cards, next);
  return root;
}

function checkBundle(dir) {
  checkManifest(dir);
  const all = pages(dir);
  for (const { name, page } of all) {
    assertValid(feedPage, page, name);
    assertJsonFeed11(page, name);
    for (const item of page.items) {
      const base = page.feed_url ? page.feed_url.replace(/[^/]*$/, '') : null;
      const rel = base && item._folio.article.startsWith(base) ? item._folio.article.slice(base.length) : item._folio.article;
      const article = readJson(path.join(dir, path.dirname(name), rel));
      assertValid(articleFile, article, rel);
      assert.equal(article.id, item.id);
      const o = readJson(path.join(dir, 'oembed', `${item.id}.json`));
      assertValid(oembed, o, `oembed/${item.id}.json`);
      assertOEmbedRich(o, `oembed/${item.id}.json`);
      const html = fs.readFileSync(path.join(dir, 'articles', `${item.id}.html`), 'utf8');
      const ld = jsonLdOf(html, `articles/${item.id}.html`);
      assertValid(jsonLd, ld, `articles/${item.id}.html JSON-LD`);
      assert.equal(ld.headline, article.headline);
      const link = html.match(/<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/);
      assert.ok(link, `articles/${item.id}.html: oEmbed discovery link`);
      const target = base ? link[1].slice(base.length) : path.join('articles', link[1]);
      assert.ok(fs.existsSync(path.join(dir, target)), `the discovery link ${link[1]} leads to a file`);
      assert.ok(!/<script(?! type="application\/ld\+json")/.test(html), 'the snapshot needs no JavaScript');
      assert.match(html, /<article>[\s\S]*<h1[ >]/); // dir="auto" on the headline of an article without a language
    }
  }
  return all;
}

describe('the sample bundle', () => {
  test('exists (scripts/build makes it)', () => assert.ok(fs.existsSync(path.join(SAMPLE, 'feed.json')), `${SAMPLE}/feed.json`));
  test('every page, article, oEmbed file and snapshot conforms', () => {
    const all = checkBundle(SAMPLE);
    assert.equal(all.length, 1);
    assert.equal(all[0].page.items[0].id, '801a1fae005ec4bc', 'the seed is the newest, so the viewer opens it first');
  });
  test('its search index conforms: the root and every result card', () => {
    const items = pages(SAMPLE).reduce((n, { page }) => n + page.items.length, 0);
    const root = checkSearchIndex(SAMPLE, items);
    assert.ok(root.languages.includes('ar') && root.languages.includes('th'), 'the articles\' languages');
  });
  test('the schema refuses a root that is not one', () => {
    const root = readJson(path.join(SAMPLE, 'search/index.json'));
    for (const bad of [{ ...root, format: 'folio-search 2' }, { ...root, docs: -1 }, { ...root, b: 2 },
      { ...root, segments: [{ ...root.segments[0], path: '../x' }] }, { ...root, facets: [[0]] }]) assert.equal(searchRoot(bad), false);
    const { deleted, ...without } = root;
    assert.equal(searchRoot(without), false);
    assert.equal(searchCards({ docs: [{ id: '../x', title: 't' }] }), false);
    assert.equal(searchCards({ docs: [{ id: 'a', title: 't', excerpt: 'x'.repeat(321) }] }), false);
  });
});

// A w x h PNG (8-bit RGB, a gradient), for a photo the build can decode; no image files are committed.
function png(w, h) {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf) => { let c = 0xffffffff; for (const b of buf) c = crcTable[(c ^ b) & 255] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
  const chunk = (type, data) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), body.length + 4);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.alloc(h * (1 + 3 * w));
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) rows.set([x & 255, y & 255, 128], y * (1 + 3 * w) + 1 + 3 * x);
  return Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0))]);
}

describe('a paginated bundle with a base URL', () => {
  let dir, tmp;
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));
  before(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-conformance-'));
    // The sample's sources with their photographs, staged as the build stages them.
    execFileSync(path.join(REPO, 'scripts/stage-sample'), [path.join(tmp, 'src')]);
    for (let i = 1; i <= 12; i++)
      fs.writeFileSync(path.join(tmp, 'src', `gen-${i}.md`),
        `---\ntitle: Generated ${i}\ndate: 2021-01-${String(i).padStart(2, '0')}\nauthor: Ann Lee\n---\n![Photo ${i}](https://example.org/${i}.jpg "Caption | Credit")\n\nText *${i}*.\n`);
    fs.writeFileSync(path.join(tmp, 'src', 'local.png'), png(400, 300));
    fs.writeFileSync(path.join(tmp, 'src', 'with-photo.md'), '---\ntitle: With a photo\ndate: 2020-01-01\nimage:\n  src: local.png\n' +
      '  alt: A gradient\n  caption: The lead photo\n  credit: Folio tests\n---\n![A local photo](local.png)\n');
    dir = path.join(tmp, 'out');
    execFileSync(TOOL, ['build', path.join(tmp, 'src'), '-o', dir, '--base-url', 'https://news.example.org/folio/',
      '--page-size', '4', '--today', '2026-01-01', '--quiet']);
  });
  test('conforms page by page, with absolute references', () => {
    const all = checkBundle(dir);
    // The sample's articles and 13 more, 4 a page, cut from the oldest: K full archive pages feed-1.json to
    // feed-K.json, the index the newest 1 to 4.
    const articles = fs.readdirSync(path.join(dir, 'articles')).filter((f) => f.endsWith('.json')).length;
    const archive = Math.floor((articles - 1) / 4);
    assert.ok(archive >= 4, `${articles} articles make ${archive} archive pages`);
    assert.equal(all.length, archive + 1);
    assert.equal(all[0].page.feed_url, 'https://news.example.org/folio/feed.json');
    assert.equal(all[0].page.next_url, `https://news.example.org/folio/feed-${archive}.json`);
    assert.equal(all[0].page._folio.page, archive + 1, 'the index is numbered one past the newest archive page');
    assert.ok(!('newer_url' in all[0].page._folio), 'the index names no newer page');
    assert.equal(all[0].page.items.length, articles - 4 * archive);
    for (const [i, { name, page }] of all.slice(1).entries()) {
      const number = archive - i;
      assert.equal(name, `feed-${number}.json`);
      assert.equal(page._folio.page, number);
      assert.equal(page._folio.newer_url, `https://news.example.org/folio/feed-${number + 1}.json`);
      assert.equal(page.items.length, 4, `${name}: an archive page is full`);
    }
    assert.ok(!('next_url' in all[archive].page));
    checkSearchIndex(dir, articles);
  });
  test('a local photo becomes variants named by their bytes, addressed under the base URL', () => {
    const article = readJson(path.join(dir, 'articles', 'with-photo.json'));
    const photo = article.body.find((b) => b.type === 'photo');
    assert.equal(photo.width, 400);
    assert.equal(photo.height, 300);
    // rungs 320 and 400 (never upscaled), each as WebP, JPEG and (where libvips encodes it) AVIF; src is the widest JPEG
    const avif = photo.variants.some((v) => v.type === 'image/avif');
    const types = avif ? ['image/webp', 'image/jpeg', 'image/avif'] : ['image/webp', 'image/jpeg'];
    assert.deepEqual(photo.variants.map((v) => [v.width, v.type]),
      [320, 400].flatMap((w) => types.map((t) => [w, t])));
    assert.equal(photo.src, photo.variants[types.length + 1].url);
    for (const v of photo.variants) {
      assert.match(v.url, /^https:\/\/news\.example\.org\/folio\/media\/[0-9a-f]{32}\.(webp|jpg|avif)$/);
      const file = path.join(dir, v.url.slice('https://news.example.org/folio/'.length));
      assert.equal(fs.statSync(file).size, v.bytes);
    }
    assert.match(photo.placeholder, /^[A-Za-z0-9+/]+={0,2}$/);
  });
  test('a lead image is the article\'s ImageObject, the feed item\'s thumbnail and the JSON-LD\'s first image', () => {
    const article = readJson(path.join(dir, 'articles', 'with-photo.json'));
    assert.equal(article.image['@type'], 'ImageObject');
    assert.equal(article.image.src, article.body[0].src); // the same bytes: the same variants
    const item = pages(dir).flatMap((p) => p.page.items).find((i) => i.id === 'with-photo');
    assert.equal(item.image, item._folio.image.src);
    assert.ok(item._folio.image.variants.every((v) => v.width <= 640));
    assert.equal(item._folio.image.alt, 'A gradient');
    const ld = jsonLdOf(fs.readFileSync(path.join(dir, 'articles', 'with-photo.html'), 'utf8'), 'with-photo.html');
    assert.deepEqual(ld.image[0], { '@type': 'ImageObject', url: article.image.src, width: 400, height: 300,
      caption: 'The lead photo', creditText: 'Folio tests' });
  });
});

describe('the schemas refuse the bad inputs the parser refuses', () => {
  // Not JSON at all (the parser stops first), or refused by a rule a schema cannot state (nesting depth), or
  // accepted by both (a byte order mark, which validate reports on its own).
  const notForSchemas = new Set(['truncated.json', 'invalid-utf8.json', 'nul-bytes.json', 'empty.json',
    'deep-nesting.json', 'byte-order-mark.json', 'truncated-byte-order-mark.json', 'nul-after-value.json']);
  for (const [kind, validate] of [['articles', articleFileFirst], ['feeds', feedPageFirst]]) {
    for (const file of fs.readdirSync(path.join(BAD, kind)).filter((f) => !notForSchemas.has(f))) {
      test(`${kind}/${file}`, () => assert.equal(validate(readJson(path.join(BAD, kind, file))), false));
    }
  }
  test('a byte order mark aside, that article is valid', () =>
    assert.ok(articleFileFirst(JSON.parse(fs.readFileSync(path.join(BAD, 'articles/byte-order-mark.json'), 'utf8').slice(1)))));
});
