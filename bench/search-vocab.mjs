// The search benchmark's word lists (bench/search-corpus.mjs): for each language of the generated corpus, the
// words of real text found on this machine ranked by frequency, so the corpus's terms follow a real distribution.
// Sources, read in sorted order so the lists are the same on the same machine: gettext catalogues
// (/usr/share/locale/LANG/LC_MESSAGES/*.mo: the translations, and English from their msgids), manual pages
// (/usr/share/man, troff markup dropped), licences and READMEs for English. Chinese and Japanese have no spaces:
// their "words" are runs of one script (Han runs cut into pieces of two or three characters, kana runs whole).
// Nothing here is committed: the lists are built on the machine and cached in the work folder; their fingerprint
// goes into the corpus's manifest.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export const LANGS = ['en', 'ru', 'de', 'fr', 'es', 'ja', 'zh'];
const LOCALE_DIR = { ru: 'ru', de: 'de', fr: 'fr', es: 'es', ja: 'ja', zh: 'zh_CN' };
const MAX_WORDS = 50000;       // per language, most frequent first
const MAX_SOURCE_BYTES = 24e6; // per language, of text read (the English manual pages alone are far more)

function listFiles(dir, test, out = []) {
  let entries;
  try { entries = fs.readdirSync(dir, { withFileTypes: true }); } catch { return out; }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) listFiles(p, test, out);
    else if (e.isFile() && test(p)) out.push(p);
  }
  return out;
}

function readMaybeGz(file) {
  try {
    const b = fs.readFileSync(file);
    return file.endsWith('.gz') ? zlib.gunzipSync(b) : b;
  } catch { return null; }
}

// A gettext .mo catalogue: { ids, strs } (plural forms split at NUL; the header entry left out).
export function readMo(buf) {
  if (!buf || buf.length < 28) return { ids: [], strs: [] };
  const magic = buf.readUInt32LE(0);
  const le = magic === 0x950412de;
  if (!le && magic !== 0xde120495) return { ids: [], strs: [] };
  const u32 = (o) => (le ? buf.readUInt32LE(o) : buf.readUInt32BE(o));
  const n = u32(8), origAt = u32(12), transAt = u32(16);
  const ids = [], strs = [];
  const str = (table, i) => {
    const len = u32(table + 8 * i), off = u32(table + 8 * i + 4);
    if (off + len > buf.length) return '';
    return buf.toString('utf8', off, off + len);
  };
  if (origAt + 8 * n > buf.length || transAt + 8 * n > buf.length) return { ids: [], strs: [] };
  for (let i = 0; i < n; i++) {
    const id = str(origAt, i);
    if (!id) continue;
    ids.push(...id.split('\0'));
    strs.push(...str(transAt, i).split('\0'));
  }
  return { ids, strs };
}

// Troff to plain words: requests and comments dropped, escapes blanked.
function troffText(s) {
  return s.split('\n').filter((l) => !/^[.']/.test(l))
    .join('\n').replace(/\\(\(..|\[[^\]]*\]|[fFn*]\(..|[fFn*]\[[^\]]*\]|[fFn*].|s[-+]?\d+|.)/g, ' ');
}
// printf-style and markup left in catalogue strings.
const catalogueText = (s) => s.replace(/%[-+ #0-9.*]*[a-zA-Z]|<[^>]*>|&[a-z]+;|_(?=\p{L})|\\n/gu, ' ');

function sourceTexts(lang) {
  const texts = [];
  let bytes = 0;
  const add = (t) => { if (bytes < MAX_SOURCE_BYTES && t) { texts.push(t); bytes += t.length; } };
  const mos = (loc) => listFiles(`/usr/share/locale/${loc}/LC_MESSAGES`, (p) => p.endsWith('.mo'));
  if (lang === 'en') {
    // English: msgids of one catalogue set, licences, READMEs, then the manual pages, thinned to fit the budget.
    for (const f of mos('de')) add(catalogueText(readMo(readMaybeGz(f)).ids.join('\n')));
    for (const f of listFiles('/usr/share/common-licenses', () => true)) add(readMaybeGz(f)?.toString('utf8'));
    for (const f of listFiles('/usr/share/doc', (p) => /\/README[^/]*$/i.test(p)).slice(0, 600)) add(readMaybeGz(f)?.toString('utf8'));
    // At most 3 pages of a family (gcloud_*, git-*): one tool's thousand pages would rank its jargon first.
    const family = new Map();
    const pages = ['man1', 'man5', 'man7', 'man8'].flatMap((d) => listFiles(`/usr/share/man/${d}`, (p) => p.endsWith('.gz')))
      .filter((p) => {
        const f = path.basename(p).split(/[-_.]/)[0];
        family.set(f, (family.get(f) ?? 0) + 1);
        return family.get(f) <= 3;
      });
    for (const p of pages) { if (bytes >= MAX_SOURCE_BYTES) break; add(troffText(readMaybeGz(p)?.toString('utf8') ?? '')); }
  } else {
    const loc = LOCALE_DIR[lang];
    for (const f of mos(loc)) add(catalogueText(readMo(readMaybeGz(f)).strs.join('\n')));
    for (const f of listFiles(`/usr/share/man/${loc}`, (p) => /\.\d\w*(\.gz)?$/.test(p))) add(troffText(readMaybeGz(f)?.toString('utf8') ?? ''));
  }
  return { texts, bytes };
}

const WORD_RE = {
  en: /\b[a-z]+\b/g,
  ru: /[а-яё]+/g,
  de: /[a-zäöüß]+/g,
  fr: /[a-zàâæçéèêëîïôœùûüÿ]+/g,
  es: /[a-záéíñóúü]+/g,
};
const VOWELS = /[aeiouyäöüàâæéèêëîïôœùûüÿáíóúаеёиоуыэюя]/;

// Space-separated languages: lower-cased words of 1 to 20 letters with a vowel (one-letter words only when
// they are common), ranked by count (ties by the word), counts of at least 2.
function countWords(lang, texts) {
  const counts = new Map();
  for (const t of texts) {
    for (const w of t.toLowerCase().normalize('NFC').match(WORD_RE[lang]) ?? []) {
      if (w.length > 20 || !VOWELS.test(w)) continue;
      counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  }
  return counts;
}

// Chinese and Japanese: runs of Han characters (cut into pieces of 2, or 3 for a run of 3 or 5), of katakana
// and of hiragana, each a "word".
function countCjkUnits(texts) {
  const counts = new Map();
  const bump = (u) => counts.set(u, (counts.get(u) ?? 0) + 1);
  const re = /\p{Script=Han}+|[\u30A0-\u30FF]+|[\u3041-\u309F]+/gu;
  for (const t of texts) {
    for (const run of t.match(re) ?? []) {
      if (/\p{Script=Han}/u.test(run[0])) {
        let i = 0;
        while (i < run.length) {
          const left = run.length - i;
          const take = left === 3 || left === 5 ? 3 : Math.min(2, left);
          bump(run.slice(i, i + take));
          i += take;
        }
      } else if (run.length <= 8) bump(run);
    }
  }
  return counts;
}

function ranked(counts, minCount) {
  return [...counts].filter(([, c]) => c >= minCount)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, MAX_WORDS).map(([w]) => w);
}

// { lang: { words: [...], sourceBytes } } for every language, and its fingerprint; cached in cacheFile.
export function loadVocab(cacheFile, log = () => {}) {
  try {
    const cached = JSON.parse(fs.readFileSync(cacheFile, 'utf8'));
    if (cached.version === 1 && LANGS.every((l) => cached.langs[l]?.words?.length)) return cached;
  } catch { /* build it */ }
  const langs = {};
  for (const lang of LANGS) {
    const { texts, bytes } = sourceTexts(lang);
    const counts = lang === 'ja' || lang === 'zh' ? countCjkUnits(texts) : countWords(lang, texts);
    const words = ranked(counts, 2);
    log(`vocabulary ${lang}: ${words.length} words from ${(bytes / 1e6).toFixed(1)} MB of text`);
    if (words.length < 2000) throw new Error(`too little ${lang} text on this machine for a vocabulary (${words.length} words)`);
    langs[lang] = { words, sourceBytes: bytes };
  }
  const fingerprint = crypto.createHash('sha256').update(JSON.stringify(langs)).digest('hex').slice(0, 16);
  const vocab = { version: 1, fingerprint, langs };
  fs.mkdirSync(path.dirname(cacheFile), { recursive: true });
  fs.writeFileSync(cacheFile, JSON.stringify(vocab));
  return vocab;
}
