// Page-weight benchmark: loads the web build in Chromium until the article is drawn, gzips (level 9)
// every response body the page received, and prints a markdown table against the 400 KB goal.
// Run: node bench/page-size.mjs
import { assertWebBuild, openBrowser, startSite, waitForSettled } from '../tests/browser/harness.mjs';
import { KINDS, weighResponses } from './common.mjs';

const GOAL = 400 * 1024;

async function measure() {
  assertWebBuild();
  const site = await startSite();
  const b = await openBrowser();
  const weighed = weighResponses(b.page);
  try {
    await b.page.goto(site.url);
    const settled = await waitForSettled(b.page);
    if (settled.state !== 'article') throw new Error(`page ended in state ${settled.state}: ${settled.error}`);
    await b.page.waitForLoadState('networkidle');
    return { rows: await weighed.rows(), skipped: weighed.skipped };
  } finally {
    await b.close();
    await site.close();
  }
}

function report({ rows, skipped }) {
  const kb = (n) => (n / 1024).toFixed(1);
  rows.sort((a, b) => KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind) || a.file.localeCompare(b.file));
  const lines = ['| file | kind | raw bytes | gzip bytes |', '|---|---|---:|---:|'];
  for (const r of rows) lines.push(`| ${r.file} | ${r.kind} | ${r.raw} | ${r.gzip} |`);
  let raw = 0, gzip = 0;
  for (const kind of KINDS) {
    const of = rows.filter((r) => r.kind === kind);
    if (!of.length) continue;
    const sr = of.reduce((s, r) => s + r.raw, 0), sg = of.reduce((s, r) => s + r.gzip, 0);
    raw += sr; gzip += sg;
    lines.push(`| **subtotal ${kind}** (${of.length}) | ${kind} | ${sr} | ${sg} |`);
  }
  lines.push(`| **TOTAL** (${rows.length}) | | ${raw} | ${gzip} |`);
  console.log(lines.join('\n'));
  if (skipped.length) console.log(`\nnot counted: ${skipped.join(', ')}`);
  console.log(`\ngoal: total gzip <= 400 KB (${GOAL} bytes): ${kb(gzip)} KB, ratio ${(gzip / GOAL).toFixed(2)}`);
}

measure().then(report, (err) => { console.error(`page-size: ${err.message}`); process.exitCode = 1; });
