// The Folio side of the search benchmark (bench/search.mjs): folio-bundle builds the bundle (its HTML snapshots
// are what Pagefind indexes), timed with and without its search index; the files a rebuild writes after one
// article is added; and the queries through the native search command,
//     folio-bundle search BUNDLE QUERY --json
//       -> {"hits":[{"id":..},..],"total":N,"files":[{"path":..,"bytes":N},..]}
// whose files are those a fresh session fetches for the query (bytes as a host sends them: the file's .gz copy
// when it has a smaller one, else gzip -9 when smaller, the same rule as for Pagefind's responses). A session's
// further queries fetch only the files it has not fetched yet. Each missing piece is said, never a crash:
// "folio search not available: why".
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { diffTrees, median, recallAt10, run, treeSize, wireBytes } from './search-lib.mjs';

const BENCH = path.dirname(fileURLToPath(import.meta.url));
export const REPO = path.resolve(BENCH, '..');
// The web build whose search module is measured (served under /web/): $FOLIO_WEB_ROOT, else build/web.
export const WEB_ROOT = path.resolve(REPO, process.env.FOLIO_WEB_ROOT ?? 'build/web');
const JOBS = '2'; // the machine's cores are shared: never more

// { bin, commands: { search, noSearch, typingFlag } } or { bin: null, why }.
export function folioTool() {
  const bin = process.env.FOLIO_BUNDLE ? path.resolve(process.env.FOLIO_BUNDLE) : path.join(REPO, 'build/native/folio-bundle');
  if (!fs.existsSync(bin)) return { bin: null, why: `no ${bin} (scripts/build --native, or FOLIO_BUNDLE=path)` };
  const help = run(bin, ['--help']).stdout + run(bin, ['--help']).stderr;
  const buildHelp = run(bin, ['build', '--help']);
  const searchHelp = run(bin, ['search', '--help']);
  const sh = searchHelp.stdout + searchHelp.stderr;
  return {
    bin,
    search: /^\s+search\b/m.test(help),
    noSearch: /--no-search/.test(buildHelp.stdout + buildHelp.stderr),
    typingFlag: /--typing\b/.test(sh) ? '--typing' : /--prefix\b/.test(sh) ? '--prefix' : null,
  };
}

function build(tool, src, out, extra = []) {
  const r = run(tool.bin, ['build', src, '-o', out, '--jobs', JOBS, ...extra]);
  if (!r.ok) throw new Error(`folio-bundle build failed (exit ${r.status}): ${r.stderr.trim().split('\n').slice(-3).join(' / ')}`);
  const line = r.stderr.split('\n').find((l) => /search index:/.test(l)) ?? '';
  const phase = line.match(/([\d.]+) s\b/);
  return { seconds: r.seconds, indexLine: line.replace(/^folio-bundle: /, ''), indexPhase: phase ? Number(phase[1]) : null };
}

// Builds the bundle from src `runs` times from nothing (the last one stays in out) and, when the tool has
// --no-search, as often without the index: { seconds, median, noSearch: {...}|null, index: { seconds, how },
// size of search/ }.
export function buildBundle(tool, src, out, runs, log = () => {}) {
  const withIndex = [], without = [], phases = [];
  let last;
  for (let k = 0; k < runs; k++) {
    fs.rmSync(out, { recursive: true, force: true });
    last = build(tool, src, out);
    withIndex.push(last.seconds);
    if (last.indexPhase != null) phases.push(last.indexPhase);
    log(`  folio-bundle build ${k + 1} of ${runs}: ${last.seconds.toFixed(1)} s${last.indexLine ? `; ${last.indexLine}` : ''}`);
    if (tool.noSearch) {
      const tmp = `${out}.no-search`;
      fs.rmSync(tmp, { recursive: true, force: true });
      without.push(build(tool, src, tmp, ['--no-search']).seconds);
      fs.rmSync(tmp, { recursive: true, force: true });
      log(`  folio-bundle build --no-search ${k + 1} of ${runs}: ${without[k].toFixed(1)} s`);
    }
  }
  const searchDir = path.join(out, 'search');
  const hasIndex = fs.existsSync(path.join(searchDir, 'index.json'));
  let index = { seconds: null, how: 'no search index in the bundle (this folio-bundle does not write one)' };
  if (hasIndex && phases.length) index = { seconds: median(phases), how: 'the index phase folio-bundle reports' };
  else if (hasIndex && without.length) index = { seconds: Math.max(0, median(withIndex) - median(without)), how: 'build time minus build time with --no-search' };
  else if (hasIndex) index = { seconds: null, how: 'folio-bundle has no --no-search and reports no index phase' };
  return { seconds: withIndex, median: median(withIndex), noSearch: without.length ? { seconds: without, median: median(without) } : null,
    index, hasIndex, indexLine: last.indexLine, size: hasIndex ? treeSize(searchDir) : null, bundle: treeSize(out) };
}

// The bundle with one more article, built the way a publisher would: the sources and the bundle copied as hard
// links (the tool writes a fresh file and renames it over, so the originals stay as they were), the extra source
// added, an incremental build. { plus, written: { all, own, search, other }, removed, seconds, searchLine }.
export function addArticle(tool, src, extraFile, bundle, work) {
  const srcPlus = path.join(work, 'src-plus'), plus = `${bundle}-plus`;
  for (const d of [srcPlus, plus]) fs.rmSync(d, { recursive: true, force: true });
  for (const [from, to] of [[src, srcPlus], [bundle, plus]]) {
    const r = run('cp', ['-al', from, to]);
    if (!r.ok) throw new Error(`cp -al ${from} ${to}: ${r.stderr.trim()}`);
  }
  fs.mkdirSync(path.join(srcPlus, 'extra'), { recursive: true });
  fs.copyFileSync(extraFile, path.join(srcPlus, 'extra', path.basename(extraFile)));
  const b = build(tool, srcPlus, plus);
  const d = diffTrees(bundle, plus);
  const id = path.basename(extraFile).replace(/\.[^.]+$/, '');
  const written = [...d.added, ...d.changed];
  const own = written.filter((f) => f.startsWith(`articles/${id}.`) || f.startsWith(`oembed/${id}.`));
  const search = written.filter((f) => f.startsWith('search/'));
  return { plus, id, seconds: b.seconds, searchLine: b.indexLine, removed: d.removed.length,
    written: { all: written.length, own: own.length, search: search.length, other: written.length - own.length - search.length },
    searchFiles: search };
}

// The bytes a host sends for a bundle file: its .gz copy when smaller, else as wireBytes says.
function fileWire(bundle, rel, cache) {
  if (cache.has(rel)) return cache.get(rel);
  let v = null;
  try {
    const body = fs.readFileSync(path.join(bundle, rel));
    let gz = Infinity;
    try { gz = fs.statSync(path.join(bundle, `${rel}.gz`)).size; } catch { /* none */ }
    v = Math.min(gz, wireBytes(body).sent);
  } catch { /* missing: null */ }
  cache.set(rel, v);
  return v;
}

// The web module's own files (its JavaScript and WebAssembly), counted in a session's first query as Pagefind's
// are: { bytes, files: [...] } or null when the web build has none.
export function webModule() {
  const dir = WEB_ROOT;
  let names = [];
  try { names = fs.readdirSync(dir).filter((f) => /^folio-search.*\.(js|wasm)$/.test(f)); } catch { /* no web build */ }
  if (!names.length) return null;
  return { files: names, bytes: names.reduce((s, f) => s + wireBytes(fs.readFileSync(path.join(dir, f))).sent, 0) };
}

// Every query through `folio-bundle search`: per query { ids, total, first: { bytes, files }, further: {...}|null,
// recall... }, sessions per language in the queries' order as in the browser measure; or { error }.
export function searchQueries(tool, bundle, queries, log = () => {}) {
  if (!tool.search) return { error: 'folio search not available: this folio-bundle has no search command' };
  if (!fs.existsSync(path.join(bundle, 'search/index.json'))) return { error: 'folio search not available: the bundle has no search index' };
  const cache = new Map(), seen = new Map(), out = [];
  for (const q of queries) {
    const args = ['search', bundle, q.q, '--json', ...(q.prefix && tool.typingFlag ? [tool.typingFlag] : [])];
    const r = run(tool.bin, args);
    let j;
    try { j = JSON.parse(r.stdout); } catch { j = null; }
    if (!r.ok || !j || !Array.isArray(j.hits) || !Array.isArray(j.files)) {
      out.push({ id: q.id, error: `folio-bundle search exit ${r.status}: ${(r.stderr || r.stdout).trim().split('\n')[0]}` });
      continue;
    }
    const ids = j.hits.map((h) => h.id);
    const paths = j.files.map((f) => f.path);
    const sum = (ps) => ({ bytes: ps.reduce((s, p) => s + (fileWire(bundle, p, cache) ?? 0), 0), files: ps.length,
      reported: j.files.filter((f) => ps.includes(f.path)).reduce((s, f) => s + (f.bytes ?? 0), 0) });
    const session = seen.get(q.lang) ?? seen.set(q.lang, new Set()).get(q.lang);
    const further = session.size ? sum(paths.filter((p) => !session.has(p))) : null;
    paths.forEach((p) => session.add(p));
    out.push({ id: q.id, ids, total: j.total, first: sum(paths), further, ms: r.seconds * 1000, nativeMs: j.milliseconds ?? null,
      ...(j.error ? { engineError: j.error } : {}), ...recallAt10(ids, q) });
  }
  const failed = out.filter((x) => x.error);
  if (failed.length) log(`  folio search: ${failed.length} of ${queries.length} queries failed, e.g. ${failed[0].error}`);
  const refused = out.filter((x) => x.engineError);
  if (refused.length) log(`  folio search: ${refused.length} of ${queries.length} queries answered with an error, e.g. ${refused[0].engineError}`);
  return { perQuery: out, typingFlag: tool.typingFlag };
}

// Folio's page for the browser measure (search-browser.mjs's contract: window.runQuery): bench/search-folio.html,
// served under /bench/, over the web build's search module (/web/) and the bundle (/bundle/); --folio-page PATH
// (a URL path on the benchmark's server) for another. Returns { pageFor } or { why }.
export function folioBrowserPage(pagePath, serverUrl) {
  if (!webModule()) return { why: `folio search not available in the browser: ${WEB_ROOT} has no folio-search module (scripts/build --web, or FOLIO_WEB_ROOT)` };
  const page = pagePath ?? (fs.existsSync(path.join(BENCH, 'search-folio.html')) ? '/bench/search-folio.html' : null);
  if (!page) return { why: 'folio search not available in the browser: no bench/search-folio.html and no --folio-page' };
  return { pageFor: () => `${serverUrl}${page}` };
}
