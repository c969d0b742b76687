// The planted facts of the search benchmark's corpus and the queries that look for them (bench/search-corpus.mjs).
// A fact is a few groups of articles, each group given the same plants (an entity in a body sentence, a headline,
// a standfirst, a byline, a tag, two words as a phrase or apart, a story about two common words); a query says
// which groups it must find (expect), which it must not (mustNot: phrases, exclusions) and which it may but need
// not (decoys: articles with only some of its words). The planted words are made up and no other word of the
// corpus starts with their first five letters (the generator keeps them out of the vocabulary and checks every
// article), so the ground truth is exact at any size.
// Ops: body (forms, one per target in turn), headline, standfirst, author, tag (a form), apart ([w1, w2]: the two
// words in different sentences), story ([x, y]: the headline, the standfirst and six body sentences name both).
const ent = (key, lang, n, forms, queries, where = 'body') => ({
  key, lang, groups: { hit: { n, ops: [{ [where]: [forms].flat() }] } },
  queries: queries.map((q) => (typeof q === 'string' ? { q, expect: ['hit'] } : { expect: ['hit'], ...q })),
});
const kinds = (kind, facts) => facts.map((f) => ({ ...f, queries: f.queries.map((q) => ({ kind, ...q })) }));

export const FACTS = [
  // Single rare words, names; prefixes of them as typed.
  ...kinds('word', [
    ent('kvelmarine', 'en', 3, ['Kvelmarine'], ['kvelmarine', { q: 'kvelmar', prefix: true, kind: 'prefix' }]),
    ent('thornquist', 'en', 1, ['Thornquist'], ['thornquist']),
    ent('veridane', 'en', 5, ['Veridane'], ['Veridane']),
    ent('oxlenford', 'en', 2, ['Oxlenford'], ['oxlenford']),
    ent('quorvex', 'en', 8, ['Quorvex'], ['quorvex']),
    ent('zambrelli', 'en', 4, ['Zambrelli'], ['zambrelli', { q: 'zambrel', prefix: true, kind: 'prefix' }]),
    ent('halvorsund', 'en', 6, ['Halvorsund'], ['halvorsund']),
    ent('ytterbrook', 'en', 3, ['Ytterbrook'], ['ytterbrook']),
    ent('caldreth', 'en', 40, ['Caldreth'], [{ q: 'caldreth', kind: 'many' }]),
    ent('rx4471', 'en', 2, ['RX-4471'], [{ q: 'rx-4471', kind: 'token' }]),
  ]),
  ...kinds('name', [
    ent('vasquith', 'en', 4, ['Orlena Vasquith'], ['orlena vasquith', { q: 'orlena vasq', prefix: true, kind: 'prefix' }]),
    ent('grennick', 'en', 3, ['Tobiah Grennick'], ['grennick']),
    ent('ashgrove', 'en', 3, ['Corvin Ashgrove'], [{ q: '"corvin ashgrove"', kind: 'phrase' }]),
    ent('ferrowitz', 'en', 2, ['Dagny Ferrowitz'], ['dagny ferrowitz']),
  ]),
  // Several words: all of them, in any order; a phrase, its reverse, the same words unquoted; exclusion.
  { key: 'velmora-dastik', lang: 'en', groups: { both: { n: 3, ops: [{ body: ['Velmora'] }, { body: ['Dastik'] }] },
      a: { n: 3, ops: [{ body: ['Velmora'] }] }, b: { n: 2, ops: [{ body: ['Dastik'] }] } },
    queries: [{ q: 'velmora dastik', kind: 'and', expect: ['both'], decoys: ['a', 'b'] }] },
  { key: 'quillon-harrowgate', lang: 'en', groups: { both: { n: 2, ops: [{ body: ['Quillon'] }, { body: ['Harrowgate'] }] },
      a: { n: 3, ops: [{ body: ['Quillon'] }] }, b: { n: 3, ops: [{ body: ['Harrowgate'] }] } },
    queries: [{ q: 'harrowgate quillon', kind: 'and', expect: ['both'], decoys: ['a', 'b'] }] },
  { key: 'brelloch-ondolin', lang: 'en', groups: { phrase: { n: 3, ops: [{ body: ['Brelloch Ondolin'] }] },
      reversed: { n: 3, ops: [{ body: ['Ondolin Brelloch'] }] }, apart: { n: 2, ops: [{ apart: ['Brelloch', 'Ondolin'] }] } },
    queries: [
      { q: '"brelloch ondolin"', kind: 'phrase', expect: ['phrase'], mustNot: ['reversed', 'apart'] },
      { q: '"ondolin brelloch"', kind: 'phrase', expect: ['reversed'], mustNot: ['phrase', 'apart'] },
      { q: 'brelloch ondolin', kind: 'and', expect: ['phrase', 'reversed', 'apart'] }] },
  { key: 'tarvitsky', lang: 'ru', groups: { phrase: { n: 3, ops: [{ body: ['Тарвицкий союз'] }] },
      apart: { n: 2, ops: [{ apart: ['Тарвицкий', 'союз'] }] } },
    queries: [{ q: '"тарвицкий союз"', kind: 'phrase', expect: ['phrase'], mustNot: ['apart'] }] },
  { key: 'brunnholt-werke', lang: 'de', groups: { phrase: { n: 3, ops: [{ body: ['Brunnholt Werke'] }] },
      apart: { n: 2, ops: [{ apart: ['Brunnholt', 'Werke'] }] } },
    queries: [{ q: '"brunnholt werke"', kind: 'phrase', expect: ['phrase'], mustNot: ['apart'] },
      { q: 'brunnh', kind: 'prefix', prefix: true, expect: ['phrase', 'apart'] }] },
  { key: 'nerrowind-pashtel', lang: 'en', groups: { only: { n: 3, ops: [{ body: ['Nerrowind'] }] },
      with: { n: 3, ops: [{ body: ['Nerrowind'] }, { body: ['Pashtel'] }] } },
    queries: [{ q: 'nerrowind -pashtel', kind: 'exclude', expect: ['only'], mustNot: ['with'] }] },
  { key: 'tindlemoor-grasvik', lang: 'en', groups: { only: { n: 2, ops: [{ body: ['Tindlemoor'] }] },
      with: { n: 2, ops: [{ body: ['Tindlemoor'] }, { body: ['Grasvik'] }] } },
    queries: [{ q: 'tindlemoor -grasvik', kind: 'exclude', expect: ['only'], mustNot: ['with'] }] },
  { key: 'vauclairette-brossignac', lang: 'fr', groups: { only: { n: 3, ops: [{ body: ['Vauclairette'] }] },
      with: { n: 2, ops: [{ body: ['Vauclairette'] }, { body: ['Brossignac'] }] } },
    queries: [{ q: 'vauclairette -brossignac', kind: 'exclude', expect: ['only'], mustNot: ['with'] }] },
  // Inflected forms found from another form (stemming), in five languages.
  ...kinds('stem', [
    ent('draventor', 'en', 4, ['Draventors', 'Draventor', 'draventors'], ['draventor']),
    ent('stelmark', 'en', 3, ['stelmarked', 'stelmarks'], ['stelmarking']),
    ent('zelmogorsk', 'ru', 4, ['Зелмогорске', 'Зелмогорска', 'Зелмогорском', 'Зелмогорск'],
      ['зелмогорск', { q: 'зелмог', prefix: true, kind: 'prefix' }]),
    ent('vyrbakova', 'ru', 3, ['Вырбаковой', 'Вырбакову', 'Вырбакова'], ['вырбакова']),
    ent('lindqvarten', 'de', 3, ['Lindqvartens', 'Lindqvarten'], ['lindqvarten']),
    ent('voriscante', 'fr', 3, ['voriscantes', 'Voriscante'], ['voriscante']),
    ent('tarquillon', 'es', 3, ['tarquillones', 'tarquillón'], ['tarquillon']),
  ]),
  // Names and words in the other languages.
  ...kinds('word', [
    ent('kyarneft', 'ru', 3, ['Кьярнефть'], ['кьярнефть']),
    ent('oltuvin', 'ru', 2, ['Олтувин'], ['олтувин']),
    ent('quessler', 'de', 2, ['Quessler'], ['quessler']),
    ent('ahrenfeldt', 'de', 3, ['Ährenfeldt'], ['ährenfeldt']),
    ent('mirabelleau', 'fr', 3, ['Mirabelleau'], ['mirabelleau']),
    ent('querandel', 'fr', 2, ['Quérandel'], ['quérandel']),
    ent('zurbaranda', 'es', 3, ['Zurbaranda'], ['zurbaranda']),
    ent('ocotlancillo', 'es', 2, ['Ocotlancillo'], ['ocotlancillo']),
    ent('penasverdes', 'es', 3, ['Peñasverdes'], ['peñasverdes']),
  ]),
  ...kinds('cjk', [
    ent('shirasagi', 'ja', 3, ['白鷺湾開発機構'], ['白鷺湾']),
    ent('verumora', 'ja', 2, ['ヴェルモラ社'], ['ヴェルモラ']),
    ent('bailuwan', 'zh', 3, ['白鹭湾港务集团'], ['白鹭湾港务']),
    ent('xingqiao', 'zh', 2, ['量子星桥计划'], ['量子星桥']),
  ]),
  // Folding: diacritics, ß, typographic apostrophes.
  ...kinds('fold', [
    ent('angstromvik', 'en', 2, ['Ångströmvik'], ['angstromvik']),
    ent('varchetaud', 'fr', 3, ['Élodie Varchetaud'], ['elodie varchetaud']),
    ent('strassfeld', 'de', 2, ['Straßfeldern'], ['strassfeldern']),
    ent('brannagh', 'en', 2, ['O’Brannagh'], ["o'brannagh"]),
  ]),
  // Common words, where the planted stories (both words in the headline, the standfirst and six times in the
  // body) must rank in the first ten among the many articles that have the words once or twice.
  ...[['ceasefire-envoy', 'en', ['ceasefire', 'envoy']], ['vaccine-trial', 'en', ['vaccine', 'trial']],
    ['stadium-referee', 'en', ['stadium', 'referee']], ['turnir-final', 'ru', ['турнир', 'финал']],
    ['gletscher-durre', 'de', ['Gletscher', 'Dürre']]].map(([key, lang, xy]) => ({
    key, lang, groups: { hit: { n: 3, ops: [{ story: xy }] } },
    queries: [{ q: xy.join(' ').toLowerCase(), kind: 'ranking', expect: ['hit'] }] })),
  // Fields: byline, tags, headline only, standfirst only.
  ent('quillsby', 'en', 4, 'Maretta Quillsby', [{ q: 'quillsby', kind: 'author' }], 'author'),
  ent('trakulova', 'ru', 3, 'Ефросинья Тракулова', [{ q: 'тракулова', kind: 'author' }], 'author'),
  ent('sorrelbank', 'en', 3, 'Sorrelbank', [{ q: 'sorrelbank', kind: 'tag' }], 'tag'),
  ent('pindlecott', 'en', 3, 'Pindlecott', [{ q: 'pindlecott', kind: 'headline' }], 'headline'),
  ent('wexmoreland', 'en', 2, 'Wexmoreland', [{ q: 'wexmoreland', kind: 'standfirst' }], 'standfirst'),
];

// Real words planted beside made-up ones (in phrases), not kept out of the vocabulary.
const COMMON = new Set(['союз', 'Werke']);
const formsOf = (op) => Object.values(op).flat();
// Every made-up planted word of at least five letters, for keeping the vocabulary clear of them (CJK ones are
// checked as strings instead, the lexicon's names by the caller).
export function plantedWords() {
  const out = new Set();
  for (const f of FACTS) for (const g of Object.values(f.groups)) for (const op of g.ops) {
    if (op.story) continue; // common words on purpose
    for (const form of formsOf(op)) for (const wd of form.split(/[\s\-’']+/)) if (wd.length >= 5 && !COMMON.has(wd)) out.add(wd);
  }
  return [...out];
}

// The CJK strings planted, which no generated text may contain by chance.
export function plantedCjk() {
  const out = new Set();
  for (const f of FACTS) if (f.lang === 'ja' || f.lang === 'zh') for (const g of Object.values(f.groups)) for (const op of g.ops) for (const form of formsOf(op)) out.add(form);
  return [...out];
}
