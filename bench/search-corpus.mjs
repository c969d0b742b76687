#!/usr/bin/env node
// Generates the search benchmark's corpus: N news articles (seeded: the same N and seed give the same files on
// the same machine) as sources `folio-bundle build` takes: Markdown with front matter (80%) and wire stories in
// plain text (20% of the English, Russian, German, French and Spanish ones), in English (60%), Russian, German,
// French, Spanish (10, 8, 8, 8%), Japanese and Chinese (3% each); ten sections, bylines, tags, datelines, dates
// over ten years (2015 to 2024, in the order of the ids), bodies of 300 to 900 words (search-text.mjs), and the
// planted facts of search-facts.mjs. Writes into OUT (default bench/search-work/corpus-N):
//   src/NNN/ID.md|.txt   the sources, a thousand to a folder
//   extra/ID.md          one more article, newer than all, for the "one article added" measure
//   queries.json         the queries with the ids each must find, must not find, may find
//   articles.tsv         id, language, section, date, format of every article
//   manifest.json        N, seed, the vocabulary's fingerprint, counts
// and merges the queries' ground truth for this N into bench/search-queries.json.
// Run: node bench/search-corpus.mjs N [--seed S] [--out DIR] [--force]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FACTS, plantedWords, plantedCjk } from './search-facts.mjs';
import { LEXICON, SECTION_WEIGHTS, SECTION_COUNT, sectionOf } from './search-lexicon.mjs';
import { Language, between, capital, fold, pick, rngFrom } from './search-text.mjs';
import { loadVocab } from './search-vocab.mjs';

const BENCH = path.dirname(fileURLToPath(import.meta.url));
export const WORK = path.join(BENCH, 'search-work');
const VERSION = 1;
const LANG_WEIGHTS = [['en', 60], ['ru', 10], ['de', 8], ['fr', 8], ['es', 8], ['ja', 3], ['zh', 3]];
const WIRE_LANGS = new Set(['en', 'ru', 'de', 'fr', 'es']);
const TAIL = { en: 150000, ru: 40000, de: 40000, fr: 40000, es: 40000, ja: 20000, zh: 20000 };
const START = Date.UTC(2015, 0, 1), SPAN = Date.UTC(2025, 0, 1) - START;

function weighted(rng, pairs) {
  let x = rng() * pairs.reduce((s, [, wt]) => s + wt, 0);
  for (const [v, wt] of pairs) if ((x -= wt) < 0) return v;
  return pairs[pairs.length - 1][0];
}
const SECTIONS = SECTION_WEIGHTS.map((wt, i) => [i, wt]);

// The first draws of an article's generator: its language, format and section (the same in both passes).
function articleHead(seed, i) {
  const rng = rngFrom(`${seed}/article/${i}`);
  const lang = weighted(rng, LANG_WEIGHTS);
  const format = WIRE_LANGS.has(lang) && rng() < 0.2 ? 'txt' : 'md';
  return { rng, lang, format, section: weighted(rng, SECTIONS) };
}

const iso = (ms) => new Date(ms).toISOString().slice(0, 16) + ':00Z';

function makeArticle(langs, seed, i, n, forced) {
  const { rng, lang, format, section } = forced ?? articleHead(seed, i);
  const L = langs[lang], S = sectionOf(lang, section);
  const when = forced ? START + SPAN + 3600e3 : START + Math.floor((i + rng() * 0.9) * (SPAN / n));
  const date = iso(when);
  const id = `${S.slug}-${date.slice(0, 10).replace(/-/g, '')}-${String(i).padStart(6, '0')}`;
  const words = Math.round((between(rng, 300, 900) + between(rng, 300, 900)) / 2);
  const a = {
    i, id, lang, format, section: S.name, slug: S.slug, date, when,
    headline: L.headline(rng, S.slug), standfirst: L.standfirst(rng, S.slug),
    city: pick(rng, L.L.cities), authors: [L.person(rng)], tags: [],
    paras: L.body(rng, S.slug, words), quote: null, subheads: [],
  };
  if (rng() < 0.2) a.authors.push(L.person(rng));
  for (let k = between(rng, 2, 5); k > 0; k--) {
    const t = rng() < 0.6 ? pick(rng, L.L.topics[S.slug]) : rng() < 0.5 ? pick(rng, L.L.cities) : L.tailWords[L.tail(rng)];
    const tag = L.cjk ? t : capital(t.toLowerCase());
    if (!a.tags.includes(tag)) a.tags.push(tag);
  }
  if (rng() < 0.3) a.quote = { text: L.sentence(rng, S.slug), by: L.person(rng), at: between(rng, 1, a.paras.length) };
  if (rng() < 0.15 && a.paras.length > 4) a.subheads.push({ text: L.headline(rng, S.slug), at: between(rng, 2, a.paras.length - 1) });
  return { a, rng, L };
}

// Words of a text, folded, for the check that no planted word appears by chance.
const wordsOf = (t) => fold(t).split(/[^\p{L}\p{N}]+/u);
const textOf = (a) => [a.headline, a.standfirst, ...a.authors, ...a.tags, ...a.paras.flat(), a.quote?.text ?? '',
  a.quote?.by ?? '', ...a.subheads.map((s) => s.text)].join('\n');

function plant(a, L, rng, op, ordinal) {
  const [kind, value] = Object.entries(op)[0];
  const form = Array.isArray(value) && kind !== 'apart' && kind !== 'story' ? value[ordinal % value.length] : value;
  const para = () => a.paras[between(rng, 0, a.paras.length - 1)];
  const sentence = (e) => pick(rng, L.L.plant).replace('{E}', e);
  const join = (x, y) => (L.cjk ? x + y : `${x} ${y}`);
  if (kind === 'body') { const p = para(); p.splice(between(rng, 0, p.length), 0, sentence(form)); }
  else if (kind === 'headline') a.headline = join(form, L.cjk ? a.headline : a.headline[0].toLowerCase() + a.headline.slice(1));
  else if (kind === 'standfirst') a.standfirst = a.standfirst.replace(/[.。]$/, '') + (L.cjk ? `，${form}。` : `, ${form}.`);
  else if (kind === 'author') a.authors = [form];
  else if (kind === 'tag') a.tags.push(form);
  else if (kind === 'apart') {
    a.paras[0].push(sentence(value[0]));
    a.paras[a.paras.length - 1].push(L.sentence(rng, a.slug, between(rng, 8, 16), [value[1]]));
  } else if (kind === 'story') {
    const [x, y] = value;
    a.headline = join(capital(x), join(y, L.cjk ? a.headline : a.headline[0].toLowerCase() + a.headline.slice(1)));
    a.standfirst = L.sentence(rng, a.slug, between(rng, 12, 20), [x, y]);
    for (let k = 0; k < 6; k++) para().push(L.sentence(rng, a.slug, between(rng, 8, 20), [x, y]));
  } else throw new Error(`unknown plant ${kind}`);
}

function markdown(a) {
  const q = JSON.stringify;
  const blocks = [];
  a.paras.forEach((p, k) => {
    for (const s of a.subheads) if (s.at === k) blocks.push(`## ${s.text}`);
    if (a.quote && a.quote.at === k) blocks.push(`> ${a.quote.text}\n> — ${a.quote.by}`);
    blocks.push(p.join(a.lang === 'ja' || a.lang === 'zh' ? '' : ' '));
  });
  return `---\nid: ${a.id}\ntitle: ${q(a.headline)}\ndescription: ${q(a.standfirst)}\ndate: ${a.date}\nsection: ${q(a.section)}\n` +
    `language: ${a.lang}\nauthor: ${q(a.authors)}\ntags: ${q(a.tags)}\ndateline: ${q(a.city)}\n---\n\n${blocks.join('\n\n')}\n`;
}
function wire(a) {
  const L = LEXICON[a.lang], d = new Date(a.when);
  const line = L.wire(a.city, d.getUTCDate(), d.getUTCMonth(), d.getUTCFullYear(), L);
  const paras = a.paras.map((p) => p.join(' '));
  paras[0] = `${line} ${paras[0]}`;
  return `${a.section}\n\n${a.headline}\n\n${a.standfirst}\n\n${paras.join('\n\n')}\n`;
}
const sourceOf = (a) => (a.format === 'md' ? markdown(a) : wire(a));

// Which articles get which plants: per language, the Markdown articles in a seeded order, taken in turn.
function assignPlants(heads, seed) {
  const pools = {};
  heads.forEach((h, i) => { if (h.format === 'md') (pools[h.lang] ??= []).push(i); });
  const rng = rngFrom(`${seed}/plants`);
  for (const pool of Object.values(pools)) {
    for (let k = pool.length - 1; k > 0; k--) { const j = Math.floor(rng() * (k + 1)); [pool[k], pool[j]] = [pool[j], pool[k]]; }
  }
  const ops = new Map(), groups = {};
  for (const f of FACTS) {
    for (const [name, g] of Object.entries(f.groups)) {
      const pool = pools[f.lang] ?? [];
      if (pool.length < g.n) throw new Error(`too few ${f.lang} articles for the planted facts: make N larger`);
      const targets = pool.splice(0, g.n).sort((x, y) => x - y);
      groups[`${f.key}/${name}`] = targets;
      targets.forEach((i, ordinal) => {
        for (const op of g.ops) (ops.get(i) ?? ops.set(i, []).get(i)).push({ op, ordinal });
      });
    }
  }
  return { ops, groups };
}

export function corpusDir(n) { return path.join(WORK, `corpus-${n}`); }

export function generate(n, { seed = 'folio-search-1', out = corpusDir(n), force = false, log = console.log } = {}) {
  const manifestFile = path.join(out, 'manifest.json');
  if (!force && fs.existsSync(manifestFile)) {
    const m = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
    if (m.version === VERSION && m.n === n && m.seed === seed) { log(`corpus of ${n} articles already in ${out}`); return m; }
  }
  const started = Date.now();
  const vocab = loadVocab(path.join(WORK, 'vocab.json'), log);
  const lexiconWords = new Set(Object.values(LEXICON).flatMap((L) => [L.sections, L.news, L.cities, L.first, L.last, ...Object.values(L.topics)].flat()).map(fold));
  const planted = plantedWords().filter((wd) => !lexiconWords.has(fold(wd)));
  const reserved = new Set(planted.map((wd) => fold(wd).slice(0, 5)));
  for (const lw of lexiconWords) if (reserved.has(lw.slice(0, 5))) throw new Error(`lexicon word "${lw}" starts like a planted word`);
  const langs = {};
  for (const [lang] of LANG_WEIGHTS) langs[lang] = new Language(lang, vocab.langs[lang].words, { seed, tailSize: TAIL[lang], reserved });
  const cjkPlants = plantedCjk();
  const cjkQueries = FACTS.filter((f) => f.lang === 'ja' || f.lang === 'zh').flatMap((f) => f.queries.map((q) => q.q));

  const heads = Array.from({ length: n }, (_, i) => { const { lang, format, section } = articleHead(seed, i); return { lang, format, section }; });
  const { ops, groups } = assignPlants(heads, seed);
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(path.join(out, 'extra'), { recursive: true });
  const ids = new Array(n), rows = [], accidents = {};
  const counts = { md: 0, txt: 0, words: 0, bytes: 0, langs: {} };
  for (let i = 0; i < n; i++) {
    const { a, rng, L } = makeArticle(langs, seed, i, n);
    const text = textOf(a);
    if (L.cjk) {
      for (const s of [...cjkPlants, ...cjkQueries]) if (text.includes(s)) (accidents[s] ??= []).push(i);
    } else {
      for (const wd of wordsOf(text)) if (reserved.has(wd.slice(0, 5))) throw new Error(`article ${i} has "${wd}" by chance, like a planted word`);
    }
    for (const { op, ordinal } of ops.get(i) ?? []) plant(a, L, rng, op, ordinal);
    const src = sourceOf(a);
    const dir = path.join(out, 'src', String(Math.floor(i / 1000)).padStart(3, '0'));
    if (i % 1000 === 0) fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, `${a.id}.${a.format}`), src);
    ids[i] = a.id;
    rows.push(`${a.id}\t${a.lang}\t${a.slug}\t${a.date}\t${a.format}`);
    counts[a.format]++; counts.bytes += Buffer.byteLength(src);
    counts.words += a.paras.flat().join(' ').split(/\s+/).length;
    counts.langs[a.lang] = (counts.langs[a.lang] ?? 0) + 1;
    if ((i + 1) % 10000 === 0) log(`  ${i + 1} articles`);
  }
  const extra = makeArticle(langs, seed, n, n, { rng: rngFrom(`${seed}/extra/${n}`), lang: 'en', format: 'md', section: 0 }).a;
  fs.writeFileSync(path.join(out, 'extra', `${extra.id}.md`), markdown(extra));

  const queries = [];
  for (const f of FACTS) for (const q of f.queries) {
    const idsOf = (names) => [...new Set((names ?? []).flatMap((g) => groups[`${f.key}/${g}`]))].sort((x, y) => x - y).map((i) => ids[i]);
    const expect = idsOf(q.expect);
    for (const i of accidents[q.q] ?? []) if (!expect.includes(ids[i])) expect.push(ids[i]);
    queries.push({ id: `q${String(queries.length + 1).padStart(2, '0')}`, q: q.q, lang: f.lang, kind: q.kind, prefix: !!q.prefix,
      expect, mustNot: idsOf(q.mustNot), decoys: idsOf(q.decoys) });
  }
  const accidental = Object.entries(accidents).map(([s, is]) => `${s}: ${is.length}`);
  if (accidental.length) log(`CJK strings found by chance (added to the ground truth): ${accidental.join(', ')}`);
  fs.writeFileSync(path.join(out, 'queries.json'), JSON.stringify({ n, seed, queries }, null, 1) + '\n');
  fs.writeFileSync(path.join(out, 'articles.tsv'), 'id\tlang\tsection\tdate\tformat\n' + rows.join('\n') + '\n');
  mergeQueryFile(n, seed, queries);
  const manifest = { version: VERSION, n, seed, vocabulary: vocab.fingerprint, extra: extra.id, counts,
    seconds: (Date.now() - started) / 1000 };
  fs.writeFileSync(manifestFile, JSON.stringify(manifest, null, 1) + '\n');
  log(`corpus of ${n} articles in ${out}: ${counts.md} Markdown, ${counts.txt} wire text, ` +
    `${(counts.bytes / 1e6).toFixed(1)} MB, ${Math.round(counts.words / n)} words each on average, ${manifest.seconds.toFixed(1)} s`);
  return manifest;
}

// bench/search-queries.json: every query once, with its ground truth for each N generated so far.
function mergeQueryFile(n, seed, queries) {
  const file = path.join(BENCH, 'search-queries.json');
  let old = null;
  try { old = JSON.parse(fs.readFileSync(file, 'utf8')); } catch { /* a new one */ }
  const same = old && old.seed === seed && old.queries?.length === queries.length && old.queries.every((q, k) => q.q === queries[k].q);
  const merged = {
    about: 'The search benchmark\'s queries (bench/search.mjs), written by bench/search-corpus.mjs: for each corpus size N, ' +
      'the ids of the articles a query must find (expect), must not find (mustNot) and may find (decoys). lang: the ' +
      'language of the articles it looks for; prefix: the last word is still being typed.',
    seed,
    queries: queries.map((q, k) => {
      const prev = same ? old.queries[k] : {};
      const per = (field) => ({ ...(prev[field] ?? {}), [n]: q[field] });
      return { id: q.id, q: q.q, lang: q.lang, kind: q.kind, prefix: q.prefix, expect: per('expect'), mustNot: per('mustNot'), decoys: per('decoys') };
    }),
  };
  fs.writeFileSync(file, JSON.stringify(merged, null, 1) + '\n');
}

if (process.argv[1] && fs.realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const opt = (name) => { const k = args.indexOf(name); return k >= 0 ? args.splice(k, 2)[1] : undefined; };
  const seed = opt('--seed') ?? 'folio-search-1', out = opt('--out');
  const force = args.includes('--force');
  const n = Number(args.find((x) => /^\d+$/.test(x)));
  if (!Number.isInteger(n) || n < 1000) {
    console.error('usage: node bench/search-corpus.mjs N [--seed S] [--out DIR] [--force]   (N at least 1000, e.g. 10000 or 100000)');
    process.exit(2);
  }
  generate(n, { seed, out: out && path.resolve(out), force });
}
