#!/usr/bin/env node
// Folio's search against Pagefind on the same generated corpus (issue 15), each figure beside its goal.
// Run by hand, not in CI (it takes minutes: at 10,000 articles about 15 on a busy 2-core machine):
//   cd bench && npm install            # pagefind 1.6.0 (+ @pagefind/linux-x64) and playwright-core, once
//   node search.mjs [N] [--runs R] [--reuse] [--no-browser] [--folio-page PATH]
// N: 10000 (default) or 100000. Steps, each saying what it could not measure rather than stopping:
//   1. the corpus (search-corpus.mjs) into search-work/corpus-N, unless already there; its queries.json has the
//      ground truth of the 63 queries (bench/search-queries.json has them for every N);
//   2. the bundle: build/native/folio-bundle (or $FOLIO_BUNDLE) builds it R times from nothing (default 3 at
//      10,000, 1 above), and as often with --no-search when the tool has it: Folio's index build time is the index
//      phase the tool reports, else the difference; the index's size (search/);
//   3. Pagefind indexes the bundle's HTML snapshots (articles/*.html) R times: median wall time, size;
//   4. one article added (search-work/corpus-N/extra): the files each rebuild writes;
//   5. Folio's queries through `folio-bundle search BUNDLE QUERY --json` (bytes of the files a session fetches,
//      recall at 10);
//   6. the browser (Debian's /usr/bin/chromium, headless): each engine's JavaScript from a local server, every
//      query cold in a fresh context and in one session per language (search-browser.mjs); Folio's through
//      bench/search-folio.html over build/web's search module ($FOLIO_WEB_ROOT for another web build);
//   7. the table, and search-work/../results/search-N.json with every figure (and per query) for the closing note.
// --reuse: keep an existing bundle and Pagefind index (no build times then). Timings on a shared machine are
// noisy: the load average is printed with them.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { WORK, corpusDir, generate } from './search-corpus.mjs';
import { measureBrowser } from './search-browser.mjs';
import { WEB_ROOT, addArticle, buildBundle, folioBrowserPage, folioTool, searchQueries, webModule } from './search-folio.mjs';
import { launchChromium, startServer, treeSize } from './search-lib.mjs';
import { addedArticle, buildIndex, pagefind, writePages } from './search-pagefind.mjs';
import { printReport } from './search-report.mjs';

const BENCH = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const opt = (name) => { const k = args.indexOf(name); return k >= 0 ? args.splice(k, 2)[1] : undefined; };
const flag = (name) => { const k = args.indexOf(name); if (k >= 0) args.splice(k, 1); return k >= 0; };
const folioPage = opt('--folio-page');
const runsOpt = opt('--runs');
const reuse = flag('--reuse'), noBrowser = flag('--no-browser');
const n = Number(args[0] ?? 10000);
if (!Number.isInteger(n) || n < 1000 || args.length > 1) {
  console.error('usage: node bench/search.mjs [N] [--runs R] [--reuse] [--no-browser] [--folio-page PATH]');
  process.exit(2);
}
const runs = Number(runsOpt ?? (n <= 10000 ? 3 : 1));
const load = () => os.loadavg().map((x) => x.toFixed(2)).join(' ');
const log = (s) => console.log(s);
const step = (s) => console.log(`\n== ${s} (load average ${load()})`);
const R = { n, runs, started: new Date().toISOString(), machine: { cpus: os.cpus().length, loadBefore: load() }, folio: {}, pagefind: {} };

step(`corpus of ${n} articles`);
R.corpus = generate(n, { log });
const corpus = corpusDir(n);
const queries = JSON.parse(fs.readFileSync(path.join(corpus, 'queries.json'), 'utf8')).queries;
const src = path.join(corpus, 'src'), extra = path.join(corpus, 'extra', `${R.corpus.extra}.md`);
const bundle = path.join(WORK, `bundle-${n}`), pfDir = path.join(WORK, `pagefind-${n}`);

const tool = folioTool();
if (!tool.bin) {
  console.error(`could not measure: folio-bundle is needed for the bundle's snapshots both engines index: ${tool.why}`);
  process.exit(1);
}
R.folio.tool = { bin: tool.bin, search: tool.search, noSearch: tool.noSearch, typingFlag: tool.typingFlag };
const pf = pagefind();
R.pagefind.version = pf.version ?? null;
if (!pf.bin) R.pagefind.error = pf.why;

const attempt = (where, fn) => {
  try { return fn(); } catch (e) { log(`  ${where}: could not measure: ${e.message}`); (R.errors ??= []).push(`${where}: ${e.message}`); return null; }
};

step('the bundle (folio-bundle build)');
if (reuse && fs.existsSync(path.join(bundle, 'folio-manifest.json'))) {
  log(`  reusing ${bundle} (no build times)`);
  const hasIndex = fs.existsSync(path.join(bundle, 'search/index.json'));
  R.folio.build = { reused: true, hasIndex, index: { seconds: null, how: 'reused bundle: not timed' },
    size: hasIndex ? treeSize(path.join(bundle, 'search')) : null, bundle: treeSize(bundle) };
} else {
  R.folio.build = attempt('folio build', () => buildBundle(tool, src, bundle, runs, log));
  if (!R.folio.build) process.exit(1);
}
if (!R.folio.build.hasIndex) log('  folio search not available: the bundle has no search index (search/index.json)');

if (pf.bin) {
  step(`Pagefind ${pf.version} index of the snapshots`);
  if (reuse && fs.existsSync(path.join(pfDir, 'pagefind-entry.json'))) {
    log(`  reusing ${pfDir} (no build times)`);
    R.pagefind.build = { reused: true, size: treeSize(pfDir) };
  } else R.pagefind.build = attempt('pagefind build', () => buildIndex(pf.bin, bundle, pfDir, runs, log));
}

step('one article added');
const add = attempt('folio add', () => addArticle(tool, src, extra, bundle, WORK));
if (add) {
  R.folio.added = { ...add, searchFiles: add.searchFiles.slice(0, 50) };
  log(`  folio-bundle: ${add.written.all} files written (${add.written.own} the article's own, ${add.written.search} in search/, ` +
    `${add.written.other} other), ${add.removed} removed, ${add.seconds.toFixed(1)} s`);
  if (pf.bin && R.pagefind.build) {
    R.pagefind.added = attempt('pagefind add', () => addedArticle(pf.bin, pfDir, add.plus, `${pfDir}-plus`));
    if (R.pagefind.added) log(`  pagefind: ${R.pagefind.added.written} files written (${R.pagefind.added.added} new, ` +
      `${R.pagefind.added.changed} changed), ${R.pagefind.added.removed} gone, of ${R.pagefind.added.unchanged + R.pagefind.added.written}`);
  }
}

step('Folio queries (folio-bundle search)');
R.folio.engine = webModule();
R.folio.cli = searchQueries(tool, bundle, queries, log);
if (R.folio.cli.error) log(`  ${R.folio.cli.error}`);

if (!noBrowser) {
  step('the browser (headless Chromium)');
  let server = null, browser = null;
  try {
    const pages = path.join(WORK, 'pages');
    server = await startServer({ '/pagefind/': pfDir, '/bundle/': bundle, '/web/': WEB_ROOT, '/bench/': BENCH, '/': pages });
    browser = await launchChromium();
    if (pf.bin && R.pagefind.build) {
      const pageFor = writePages(pages, [...new Set(queries.map((q) => q.lang))])(server.url);
      R.pagefind.browser = await measureBrowser({ browser, server, pageFor, queries, log });
      log(`  pagefind: ${R.pagefind.browser.errors.length} page errors`);
    }
    const fp = folioBrowserPage(folioPage, server.url);
    if (fp.pageFor) {
      R.folio.browser = await measureBrowser({ browser, server, pageFor: fp.pageFor, queries, log });
      log(`  folio: ${R.folio.browser.errors.length} page errors${R.folio.browser.errors.length ? `, e.g. ${R.folio.browser.errors[0]}` : ''}`);
    }
    else { R.folio.browserError = fp.why; log(`  ${fp.why}`); }
  } catch (e) {
    log(`  browser: could not measure: ${e.message.split('\n')[0]}`);
    (R.errors ??= []).push(`browser: ${e.message}`);
  } finally {
    await browser?.close();
    await server?.close();
  }
}

R.machine.loadAfter = load();
R.finished = new Date().toISOString();
const summary = printReport(R, queries);
R.summary = summary;
const resultsDir = path.join(BENCH, 'results');
fs.mkdirSync(resultsDir, { recursive: true });
for (const pb of [R.pagefind.browser, R.folio.browser]) for (const p of pb?.perQuery ?? []) for (const k of ['cold', 'further']) if (p[k]) p[k].log = p[k].log?.map((l) => `${l.path} ${l.sent}`);
const file = path.join(resultsDir, `search-${n}.json`);
fs.writeFileSync(file, JSON.stringify(R, null, 1) + '\n');
fs.copyFileSync(file, path.join(resultsDir, `search-${n}-${R.started.replace(/[:.]/g, '-')}.json`));
console.log(`\nresults: ${path.relative(process.cwd(), file)}`);
