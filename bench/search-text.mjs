// Text for the search benchmark's corpus (bench/search-corpus.mjs): a seeded random generator, Zipf samplers over
// the real word lists (search-vocab.mjs), a long tail of syllable-built pseudo-words per language (rare names and
// terms, the way a real archive's vocabulary keeps growing), and sentences, paragraphs, headlines and standfirsts
// in each language. Only the term distribution is realistic, not the meaning.
import { LEXICON } from './search-lexicon.mjs';

// sfc32 seeded from a string (xmur3-style hash): rng() in [0, 1).
export function rngFrom(text) {
  let h = 1779033703 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  const next = () => {
    h = Math.imul(h ^ (h >>> 16), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    return (h ^= h >>> 16) >>> 0;
  };
  let a = next(), b = next(), c = next(), d = next();
  const rng = () => {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    const t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    const r = (t + d) | 0;
    c = (c + r) | 0;
    return (r >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) rng();
  return rng;
}
export const pick = (rng, list) => list[Math.floor(rng() * list.length)];
export const between = (rng, lo, hi) => lo + Math.floor(rng() * (hi - lo + 1));

// Draws ranks 0..n-1 with P(r) proportional to 1 / (r + 1)^s.
export function zipfSampler(n, s) {
  const cdf = new Float64Array(n);
  let sum = 0;
  for (let r = 0; r < n; r++) cdf[r] = (sum += 1 / Math.pow(r + 1, s));
  for (let r = 0; r < n; r++) cdf[r] /= sum;
  return (rng) => {
    const x = rng();
    let lo = 0, hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid] < x) lo = mid + 1; else hi = mid;
    }
    return lo;
  };
}

const s = (t) => t.split(' ');
const SYLLABLES = {
  en: { on: s('b bl br c ch cl cr d dr f fl fr g gl gr h j k l m n p pl pr r s sh sk sl sp st str t th tr v w'), nu: s('a e i o u ea ee oa ai ou'), co: s('- - - n r s t l nd st ck ng m') },
  de: { on: s('b br d dr f fr g gr h k kl kr l m n p pf r s sch schw st str t tr w z'), nu: s('a e i o u ei au ie ä ö ü'), co: s('- - n r s t l ng cht tz rn nd') },
  fr: { on: s('b bl br c ch cl cr d f fl fr g gr j l m n p pl pr r s t tr v'), nu: s('a e i o u é ou ai eau au è'), co: s('- - - n r s t x l') },
  es: { on: s('b br c cl cr d f fl g gr j l ll m n ñ p pl pr r s t tr v'), nu: s('a e i o u ia ue io'), co: s('- - - n s r l') },
  ru: { on: s('б в г д ж з к л м н п р с т ф х ц ч ш бр вл гр др кр пр ст тр'), nu: s('а е и о у ы я ю'), co: s('- - - н в к й л р ск') },
};
const KATAKANA = [...'アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワンガギグゲゴザジズゼゾダデドバビブベボパピプペポ'];

// The pseudo-word of rank k in a language's tail: the same word for the same (lang, k, seed).
function tailWord(lang, k, seed, cjkChars) {
  const rng = rngFrom(`${seed}/tail/${lang}/${k}`);
  if (lang === 'ja') {
    if (rng() < 0.6) return Array.from({ length: between(rng, 2, 5) }, () => pick(rng, KATAKANA)).join('');
    return pick(rng, cjkChars) + pick(rng, cjkChars);
  }
  if (lang === 'zh') return Array.from({ length: between(rng, 2, 3) }, () => pick(rng, cjkChars)).join('');
  const S = SYLLABLES[lang];
  const n = [1, 2, 2, 2, 3, 3, 3, 4][Math.floor(rng() * 8)];
  let word = '';
  for (let i = 0; i < n; i++) {
    const co = pick(rng, S.co);
    word += pick(rng, S.on) + pick(rng, S.nu) + (co === '-' ? '' : co);
  }
  return word;
}

// Folding used to keep planted words apart from everything else: lower case, diacritics dropped, ß as ss.
export const fold = (t) => t.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss');

// A language's word source: real words (Zipf by rank, the words sharing a planted word's first five letters
// left out), the tail (Zipf over tailSize pseudo-words, the same rule), and the lexicon's newsroom words.
export class Language {
  constructor(lang, words, { seed, tailSize, reserved }) {
    this.lang = lang;
    this.cjk = lang === 'ja' || lang === 'zh';
    this.L = LEXICON[lang];
    const clash = (wd) => !this.cjk && reserved.has(fold(wd).slice(0, 5));
    this.words = words.filter((wd) => !clash(wd));
    this.real = zipfSampler(this.words.length, 1.0);
    this.headlineWords = this.words.slice(60, 6000);
    const chars = this.cjk ? [...new Set([...this.words.slice(0, 3000).join('')])].filter((c) => /\p{Script=Han}/u.test(c)) : [];
    this.tailWords = [];
    for (let k = 0; this.tailWords.length < tailSize; k++) {
      const wd = tailWord(lang, k, seed, chars);
      if (!clash(wd)) this.tailWords.push(wd);
    }
    this.tail = zipfSampler(this.tailWords.length, 1.1);
  }

  // One word of running text, lower case (German nouns as the lexicon writes them).
  word(rng, section) {
    const x = rng();
    if (x < 0.04) return pick(rng, this.L.topics[section]);
    if (x < 0.08) return pick(rng, this.L.news);
    if (x < 0.095) return this.tailWords[this.tail(rng)];
    if (x < 0.102) return this.cjk ? pick(rng, this.L.cities) : capital(pick(rng, this.L.cities).toLowerCase());
    if (x < 0.11) return this.person(rng);
    return this.words[this.real(rng)];
  }
  person(rng) {
    const { first, last } = this.L;
    return this.cjk ? pick(rng, last) + pick(rng, first) : `${pick(rng, first)} ${pick(rng, last)}`;
  }

  // A sentence of n words (CJK: units), with `extra` words put at random places.
  sentence(rng, section, n = between(rng, 8, 28), extra = []) {
    const parts = [];
    for (let i = 0; i < n; i++) parts.push(this.word(rng, section));
    for (const e of extra) parts.splice(between(rng, 0, parts.length), 0, e);
    if (this.cjk) {
      const comma = this.lang === 'zh' ? '，' : '、';
      let out = '';
      parts.forEach((p, i) => { out += p + (i > 2 && i < parts.length - 2 && rng() < 0.1 ? comma : ''); });
      return out + '。';
    }
    let out = '';
    parts.forEach((p, i) => { out += (i ? ' ' : '') + p + (i > 1 && i < parts.length - 2 && rng() < 0.07 ? ',' : ''); });
    return capital(out) + '.';
  }

  // Paragraphs (arrays of sentences) of about `words` words in all.
  body(rng, section, words) {
    const paras = [];
    let left = words;
    while (left > 0) {
      const para = [];
      for (let k = between(rng, 2, 5); k > 0 && left > 0; k--) {
        const n = Math.min(left, between(rng, 8, 28));
        para.push(this.sentence(rng, section, Math.max(n, 4)));
        left -= n;
      }
      paras.push(para);
    }
    return paras;
  }

  headline(rng, section) {
    const n = this.cjk ? between(rng, 5, 9) : between(rng, 6, 11);
    const parts = [pick(rng, this.L.topics[section])];
    for (let i = 1; i < n; i++) parts.push(rng() < 0.2 ? pick(rng, this.L.news) : pick(rng, this.headlineWords));
    if (rng() < 0.3) parts.splice(between(rng, 0, parts.length), 0, this.cjk ? pick(rng, this.L.cities) : capital(pick(rng, this.L.cities).toLowerCase()));
    return this.cjk ? parts.join('') : capital(parts.join(' '));
  }
  standfirst(rng, section) {
    return this.sentence(rng, section, between(rng, 14, 30));
  }
}

export const capital = (t) => (t ? t[0].toUpperCase() + t.slice(1) : t);
