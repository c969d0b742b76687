// The search benchmark's table (bench/search.mjs): each figure for Folio and Pagefind, their ratio and its goal
// (issue 15), then recall by kind of query and the queries either engine misses; returns the summary figures
// that go into the results file.
import { kb, mb, mean, median } from './search-lib.mjs';

const fmt = {
  bytes: (b) => (b == null ? 'n/a' : b >= 1048576 ? mb(b) : kb(b)),
  s: (x) => (x == null ? 'n/a' : `${x.toFixed(2)} s`),
  ms: (x) => (x == null ? 'n/a' : `${x.toFixed(0)} ms`),
  pct: (x) => (x == null ? 'n/a' : `${(100 * x).toFixed(1)}%`),
  n: (x) => (x == null ? 'n/a' : String(x)),
};
const ratio = (a, b) => (a == null || b == null || !b ? null : a / b);

export function summarize(R) {
  const pb = R.pagefind.browser?.perQuery ?? [], fb = R.folio.browser?.perQuery ?? null;
  const cli = R.folio.cli?.perQuery?.filter((x) => !x.error) ?? [];
  const engine = R.folio.engine?.bytes ?? 0;
  const okCli = cli.length > 0;
  const S = {
    pagefind: {
      firstBytes: median(pb.map((p) => p.cold?.bytes)), furtherBytes: median(pb.map((p) => p.further?.bytes)),
      recall: pb.length ? mean(pb.map((p) => p.cold?.recall ?? 0)) : null,
      wrong: pb.reduce((s, p) => s + (p.cold?.wrong ?? 0), 0),
      coldMs: median(pb.map((p) => p.cold?.ms)), warmMs: median(pb.map((p) => p.further?.ms)), repeatMs: median(pb.map((p) => p.repeatMs)),
      buildSeconds: R.pagefind.build?.median ?? null, size: R.pagefind.build?.size?.bytes ?? null, files: R.pagefind.build?.size?.files ?? null,
      rewritten: R.pagefind.added?.written ?? null, removed: R.pagefind.added?.removed ?? null,
    },
    folio: {
      firstBytes: fb ? median(fb.map((p) => p.cold?.bytes)) : okCli ? median(cli.map((x) => x.first.bytes)) + engine : null,
      furtherBytes: fb ? median(fb.map((p) => p.further?.bytes)) : okCli ? median(cli.map((x) => x.further?.bytes)) : null,
      recall: fb ? mean(fb.map((p) => p.cold?.recall ?? 0)) : okCli ? mean(R.folio.cli.perQuery.map((x) => x.recall ?? 0)) : null,
      wrong: fb ? fb.reduce((s, p) => s + (p.cold?.wrong ?? 0), 0) : okCli ? cli.reduce((s, x) => s + x.wrong, 0) : null,
      coldMs: fb ? median(fb.map((p) => p.cold?.ms)) : null, warmMs: fb ? median(fb.map((p) => p.further?.ms)) : null,
      repeatMs: fb ? median(fb.map((p) => p.repeatMs)) : null,
      buildSeconds: R.folio.build?.index?.seconds ?? null, size: R.folio.build?.size?.bytes ?? null, files: R.folio.build?.size?.files ?? null,
      rewritten: R.folio.added ? R.folio.added.written.search : null, rewrittenAll: R.folio.added?.written.all ?? null,
      bytesFrom: fb ? 'browser' : okCli ? `folio-bundle search${R.folio.engine ? ' + the web module' : ' (index files only: no web module built)'}` : null,
      engineBytes: R.folio.engine?.bytes ?? null,
    },
  };
  return S;
}

function table(rows) {
  const w = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  return rows.map((r) => r.map((x, c) => String(x).padEnd(w[c])).join('  ').trimEnd()).join('\n');
}

export function printReport(R, queries) {
  const S = summarize(R), F = S.folio, P = S.pagefind;
  const meets = (r, ok) => (r == null ? '' : ok ? 'yes' : 'NO');
  const r1 = ratio(F.firstBytes, P.firstBytes), r2 = ratio(F.furtherBytes, P.furtherBytes), r3 = ratio(F.buildSeconds, P.buildSeconds);
  const rows = [['figure', 'Folio', 'Pagefind', 'Folio ÷ Pagefind', 'goal', 'met'],
    ['bytes, first query of a session (median)', fmt.bytes(F.firstBytes), fmt.bytes(P.firstBytes), fmt.n(r1?.toFixed(2)), '≤ 0.5', meets(r1, r1 <= 0.5)],
    ['bytes, each further query (median)', fmt.bytes(F.furtherBytes), fmt.bytes(P.furtherBytes), fmt.n(r2?.toFixed(2)), '≤ 0.5', meets(r2, r2 <= 0.5)],
    ['index build time', fmt.s(F.buildSeconds), fmt.s(P.buildSeconds), fmt.n(r3?.toFixed(2)), '≤ 0.2', meets(r3, r3 <= 0.2)],
    ['index size on disk', `${fmt.bytes(F.size)} (${fmt.n(F.files)} files)`, `${fmt.bytes(P.size)} (${fmt.n(P.files)} files)`,
      fmt.n(ratio(F.size, P.size)?.toFixed(2)), '', ''],
    ['recall at 10 (mean of queries)', fmt.pct(F.recall), fmt.pct(P.recall), '', '≥ Pagefind', meets(F.recall == null || P.recall == null ? null : 1, F.recall >= P.recall - 1e-9)],
    ['results it must not give, in the first ten', fmt.n(F.wrong), fmt.n(P.wrong), '', '', ''],
    ['latency in the browser, cold (median)', fmt.ms(F.coldMs), fmt.ms(P.coldMs), '', 'side by side', ''],
    ['latency in the browser, warm (median)', fmt.ms(F.warmMs), fmt.ms(P.warmMs), '', 'side by side', ''],
    ['latency, the same query again (median)', fmt.ms(F.repeatMs), fmt.ms(P.repeatMs), '', '', ''],
    ['index files written when one article is added', `${fmt.n(F.rewritten)} (${fmt.n(F.rewrittenAll)} in the bundle)`,
      `${fmt.n(P.rewritten)} (+${fmt.n(P.removed)} removed)`, '', 'bounded vs all', ''],
  ];
  console.log(`\nSearch benchmark: ${R.n} articles, ${queries.length} queries; Pagefind ${R.pagefind.version ?? 'n/a'}; ` +
    `load average ${R.machine.loadBefore} -> ${R.machine.loadAfter} on ${R.machine.cpus} CPUs`);
  console.log(table(rows));
  console.log(`bytes: as a host sends them (gzip -9 when smaller; Pagefind's index files are gzip already); Folio's from ${F.bytesFrom ?? 'n/a'}.`);
  if (R.folio.build?.index?.how) console.log(`Folio's index build time: ${R.folio.build.index.how}.`);
  for (const why of [R.folio.cli?.error, R.folio.browserError, R.pagefind.error, ...(R.errors ?? [])].filter(Boolean)) console.log(`not measured: ${why}`);

  const pq = new Map((R.pagefind.browser?.perQuery ?? []).map((p) => [p.id, p.cold?.recall]));
  const fq = new Map((R.folio.browser?.perQuery ?? []).map((p) => [p.id, p.cold?.recall]));
  for (const x of R.folio.cli?.perQuery ?? []) if (!fq.has(x.id) && x.recall != null) fq.set(x.id, x.recall);
  const kinds = [...new Set(queries.map((q) => q.kind))];
  const byKind = [['kind of query', 'queries', 'Folio recall', 'Pagefind recall']];
  for (const k of kinds) {
    const qs = queries.filter((q) => q.kind === k);
    const avg = (m) => (qs.some((q) => m.has(q.id)) ? fmt.pct(mean(qs.map((q) => m.get(q.id) ?? 0))) : 'n/a');
    byKind.push([k, qs.length, avg(fq), avg(pq)]);
  }
  console.log(`\n${table(byKind)}`);
  const missed = queries.filter((q) => (pq.has(q.id) && pq.get(q.id) < 1) || (fq.has(q.id) && fq.get(q.id) < 1));
  if (missed.length) {
    console.log('\nqueries with recall at 10 below 100%:');
    console.log(table([['id', 'query', 'lang', 'kind', 'Folio', 'Pagefind'],
      ...missed.map((q) => [q.id, q.q, q.lang, q.kind, fq.has(q.id) ? fmt.pct(fq.get(q.id)) : 'n/a', pq.has(q.id) ? fmt.pct(pq.get(q.id)) : 'n/a'])]));
  }
  return S;
}
