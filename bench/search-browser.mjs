// The search benchmark's browser measure, the same for both engines (bench/search.mjs): headless Chromium opens
// an engine's harness page from the benchmark's server (search-lib.mjs, which logs every byte it sends) and calls
// the page's
//     window.runQuery(query, n, { prefix }) -> Promise<{ ms, listMs?, total, ids?: [...], urls?: [...] }>
// (ms: from the call to the first n results with their cards' data, the engine's code and index loaded as
// needed; ids, or urls ending in ID.html; prefix: the query's last word is still being typed).
//   cold:    every query in a fresh browser context (empty cache, nothing loaded): the bytes of a session's
//            first query (the engine's JavaScript and WebAssembly included), its latency, its results;
//   session: per language, one context runs that language's queries in turn (bytes and latency of each query
//            after the first: "further queries"), then each again (latency of a repeated query).
// The harness page itself is not counted. The page's language (Pagefind picks its index by <html lang>) comes
// from pageFor(lang).
import { recallAt10, sumLog } from './search-lib.mjs';

const idOf = (url) => decodeURIComponent(url).replace(/[?#].*$/, '').replace(/\.html$/, '').split('/').pop();
const SETTLE_MS = 150; // for requests an engine makes just after answering (prefetching)

async function openPage(context, url) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await page.waitForFunction(() => typeof window.runQuery === 'function', null, { timeout: 20000 });
  return { page, errors };
}

async function ask(page, server, q) {
  server.take();
  const r = await page.evaluate(([query, prefix]) => window.runQuery(query, 10, { prefix }), [q.q, q.prefix]);
  await page.waitForTimeout(SETTLE_MS);
  const log = server.take();
  const ids = r.ids ?? (r.urls ?? []).map(idOf);
  return { ms: r.ms, listMs: r.listMs ?? null, total: r.total, ids, ...(r.error ? { error: r.error } : {}), ...sumLog(log), log };
}

// { perQuery: [{ id, cold: {...}, further: {...}|null, repeatMs }], errors } for the queries; log(progress).
export async function measureBrowser({ browser, server, pageFor, queries, log = () => {} }) {
  const perQuery = new Map(queries.map((q) => [q.id, { id: q.id }]));
  const errors = [];
  let k = 0;
  for (const q of queries) {
    const context = await browser.newContext();
    try {
      const { page, errors: pe } = await openPage(context, pageFor(q.lang));
      const r = await ask(page, server, q);
      perQuery.get(q.id).cold = { ...r, ...recallAt10(r.ids, q) };
      errors.push(...pe.map((e) => `${q.id}: ${e}`), ...(r.error ? [`${q.id}: the engine says: ${r.error}`] : []));
    } catch (e) {
      errors.push(`${q.id} (cold): ${e.message.split('\n')[0]}`);
    } finally { await context.close(); }
    if (++k % 10 === 0) log(`  cold: ${k} of ${queries.length} queries`);
  }
  const langs = [...new Set(queries.map((q) => q.lang))];
  for (const lang of langs) {
    const context = await browser.newContext();
    try {
      const { page, errors: pe } = await openPage(context, pageFor(lang));
      const mine = queries.filter((q) => q.lang === lang);
      for (const [i, q] of mine.entries()) {
        const r = await ask(page, server, q);
        if (i > 0) perQuery.get(q.id).further = { ...r, ...recallAt10(r.ids, q) };
      }
      for (const q of mine) perQuery.get(q.id).repeatMs = (await ask(page, server, q)).ms;
      errors.push(...pe.map((e) => `${lang} session: ${e}`));
    } catch (e) {
      errors.push(`${lang} session: ${e.message.split('\n')[0]}`);
    } finally { await context.close(); }
  }
  return { perQuery: [...perQuery.values()], errors };
}
