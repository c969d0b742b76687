// The Pagefind side of the search benchmark (bench/search.mjs): Pagefind 1.6.0 (npm, its extended build as
// `npx pagefind` runs it, with Chinese and Japanese segmentation) indexes the bundle's HTML snapshots
// (articles/ID.html, what Folio indexes too) with its defaults: the index's build time, its size, the files a
// rebuild writes after one article is added, and its harness page for the browser measure (search-browser.mjs),
// one per language since Pagefind keeps an index per <html lang> and searches the page's own.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { diffTrees, median, run, treeSize } from './search-lib.mjs';

const BENCH = path.dirname(fileURLToPath(import.meta.url));
const BINARY = path.join(BENCH, 'node_modules/@pagefind/linux-x64/bin/pagefind_extended');

// The binary, or null with why.
export function pagefind() {
  if (!fs.existsSync(BINARY)) return { bin: null, why: 'pagefind not installed: run npm install in bench/' };
  const v = run(BINARY, ['--version']);
  if (!v.ok) return { bin: null, why: `pagefind does not run: ${v.stderr.trim()}` };
  return { bin: BINARY, version: v.stdout.trim() };
}

function index(bin, site, out) {
  fs.rmSync(out, { recursive: true, force: true });
  const r = run(bin, ['--site', site, '--glob', 'articles/*.html', '--output-path', out]);
  if (!r.ok) {
    // Killed by a signal: on a machine without the memory it needs, SIGKILL from the kernel's OOM killer.
    const how = r.signal ? `killed by ${r.signal} after ${r.seconds.toFixed(0)} s${r.signal === 'SIGKILL' ? ' (out of memory? see dmesg)' : ''}` : `exit ${r.status}`;
    throw new Error(`pagefind failed (${how}): ${(r.stderr || r.stdout).trim().split('\n').slice(-3).join(' / ')}`);
  }
  const num = (re) => Number((r.stdout.match(re) ?? [])[1] ?? NaN);
  return { seconds: r.seconds, pages: num(/Indexed (\d+) pages/), words: num(/Indexed (\d+) words/), languages: num(/Indexed (\d+) languages/) };
}

// Builds the index of site's snapshots into out `runs` times from nothing (the last one stays):
// { seconds: [...], median, pages, words, languages, size: { bytes, files } }.
export function buildIndex(bin, site, out, runs, log = () => {}) {
  const seconds = [];
  let last;
  for (let k = 0; k < runs; k++) {
    last = index(bin, site, out);
    seconds.push(last.seconds);
    log(`  pagefind index ${k + 1} of ${runs}: ${last.seconds.toFixed(1)} s, ${last.pages} pages, ${last.words} words`);
  }
  return { ...last, seconds, median: median(seconds), size: treeSize(out) };
}

// Indexes sitePlus (the site with one more article) into outPlus and compares it with out, the index before:
// { added, changed, removed, unchanged, seconds }, what an upload of the new index would carry.
export function addedArticle(bin, out, sitePlus, outPlus) {
  const r = index(bin, sitePlus, outPlus);
  const d = diffTrees(out, outPlus);
  return { added: d.added.length, changed: d.changed.length, removed: d.removed.length, unchanged: d.unchanged,
    written: d.added.length + d.changed.length, seconds: r.seconds, pages: r.pages };
}

// Writes pf-LANG.html for each language into pagesDir; the index is served under /pagefind/.
export function writePages(pagesDir, langs) {
  fs.mkdirSync(pagesDir, { recursive: true });
  for (const lang of langs) {
    fs.writeFileSync(path.join(pagesDir, `pf-${lang}.html`), `<!DOCTYPE html>
<html lang="${lang}"><head><meta charset="utf-8"><title>Pagefind (${lang})</title></head><body>
<script type="module">
let pagefind = null;
window.runQuery = async (query, n) => {
  const t0 = performance.now();
  if (!pagefind) {
    pagefind = await import('/pagefind/pagefind.js');
    await pagefind.options({ bundlePath: '/pagefind/' });
  }
  const found = await pagefind.search(query);
  const t1 = performance.now();
  const cards = await Promise.all(found.results.slice(0, n).map((r) => r.data()));
  return { ms: performance.now() - t0, listMs: t1 - t0, total: found.results.length, urls: cards.map((c) => c.url) };
};
</script></body></html>
`);
  }
  return (base) => (lang) => `${base}/pf-${lang}.html`;
}
