// The contract between folio.js and the page (docs/embedding.md, "The module's contract") agrees with the code:
// every export the built module has (folio.js assigns each Module["_folio_…"]; minified, m._folio_… for its local m) is in the table and each of the
// table's exports is built; every Module hook, option and property the C++ side reads or sets (its EM_JS code is in
// folio.js) or the page sets (web/embed/instance.js) is in the table, and each of the table's is used by one of
// them; every export instance.js calls is in the table. The text module (folio-text.js) agrees with its own table,
// and the viewers call (text-module.js) only what that table lists. Reads files only: no browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, WEB_ROOT, assertWebBuild } from './harness.mjs';

const read = (file) => fs.readFileSync(file, 'utf8');
const sorted = (set) => [...set].sort();

// The table's rows: { name, kind } from "| `name` | kind | ...".
function table() {
  const doc = read(path.join(REPO_ROOT, 'docs/embedding.md'));
  const start = doc.indexOf("\n## The module's contract");
  assert.ok(start >= 0, 'docs/embedding.md has the contract section');
  const section = doc.slice(start + 1, doc.indexOf('\n## ', start + 1));
  return [...section.matchAll(/^\| `(\w+)` \| (\w+) \|/gm)].map((m) => ({ name: m[1], kind: m[2] }));
}

test('the contract table lists exactly the exports folio.js has', () => {
  assertWebBuild();
  const glue = read(path.join(WEB_ROOT, 'folio.js'));
  const built = new Set([...glue.matchAll(/(?:\["|\.)_(folio_\w+)(?:"\])?\s*=/g)].map((m) => m[1]));
  assert.ok(built.has('folio_state'), 'folio.js exports folio_state (the pattern still matches the glue)');
  const listed = new Set(table().filter((r) => r.kind === 'export').map((r) => r.name));
  assert.deepEqual(sorted(listed), sorted(built));
});

test('the contract table lists exactly the Module hooks, options and properties both sides use', () => {
  assertWebBuild();
  const glue = read(path.join(WEB_ROOT, 'folio.js'));
  const instance = read(path.join(REPO_ROOT, 'web/embed/instance.js'));
  // Ours in the glue (the EM_JS code): Module["folio…"], Module["onFolio…"], and the canvas it is handed.
  const cpp = new Set([...glue.matchAll(/(?:\["|\.)((?:folio|onFolio)\w*)/g)].map((m) => m[1]));
  cpp.add('canvas');
  // The page's: the keys of the module object instance.js hands the factory, and those it adds for an embed.
  const literal = instance.slice(instance.indexOf('const module = {'), instance.indexOf('\n  };', instance.indexOf('const module = {')));
  const page = new Set([...literal.matchAll(/^ {4}(\w+)[(:,]/gm)].map((m) => m[1]));
  for (const m of instance.matchAll(/module\.(\w+) =/g)) page.add(m[1]);
  assert.ok(page.has('folioFetch') && page.has('instantiateWasm'), `instance.js's module object was read: ${sorted(page)}`);
  const listed = new Set(table().filter((r) => r.kind !== 'export').map((r) => r.name));
  assert.deepEqual(sorted(listed), sorted(new Set([...cpp, ...page])));
});

test('every export instance.js calls is in the contract table', () => {
  const instance = read(path.join(REPO_ROOT, 'web/embed/instance.js'));
  const called = new Set([...instance.matchAll(/_(folio_\w+)\(|'(folio_\w+)'/g)].map((m) => m[1] ?? m[2]));
  assert.ok(called.size > 10, `instance.js's calls were read: ${sorted(called)}`);
  const listed = new Set(table().filter((r) => r.kind === 'export').map((r) => r.name));
  assert.deepEqual(sorted(called).filter((name) => !listed.has(name)), []);
});

// A module's table ("The text module's contract", "The search module's contract"): its rows of `name` | kind.
function textModuleTable(heading = "The text module's contract") {
  const doc = read(path.join(REPO_ROOT, 'docs/embedding.md'));
  const start = doc.indexOf(`\n## ${heading}`);
  assert.ok(start >= 0, `docs/embedding.md has the section ${heading}`);
  const section = doc.slice(start + 1, doc.indexOf('\n## ', start + 1));
  return [...section.matchAll(/^\| ((?:`\w+`(?:, )?)+) \| (\w+) \|/gm)]
    .flatMap((m) => [...m[1].matchAll(/`(\w+)`/g)].map((n) => ({ name: n[1], kind: m[2] })));
}

test("the text module's table lists exactly the exports folio-text.js has, and its own Module properties", () => {
  assertWebBuild();
  const glue = read(path.join(WEB_ROOT, 'folio-text.js'));
  const built = new Set([...glue.matchAll(/(?:\["|\.)_(folio_text_\w+)(?:"\])?\s*=/g)].map((m) => m[1]));
  assert.ok(built.has('folio_text_shape'), 'folio-text.js exports folio_text_shape (the pattern still matches the glue)');
  for (const m of glue.matchAll(/(?:\["|\.)(folio[A-Z]\w*)/g)) built.add(m[1]);
  const listed = new Set(textModuleTable().map((r) => r.name).filter((name) => name.startsWith('folio')));
  assert.deepEqual(sorted(listed), sorted(built));
});

test("every text module export the viewers call (web/embed/text-module.js) is in the text module's table", () => {
  const bridge = read(path.join(REPO_ROOT, 'web/embed/text-module.js'));
  const called = new Set([...bridge.matchAll(/\._(folio_text_\w+|malloc|free)\(/g)].map((m) => m[1]));
  assert.ok(called.size >= 10, `text-module.js's calls were read: ${sorted(called)}`);
  const listed = new Set(textModuleTable().map((r) => r.name));
  assert.deepEqual(sorted(called).filter((name) => !listed.has(name)), []);
  for (const name of ['malloc', 'free', 'folio_text_scratch']) assert.ok(listed.has(name), `${name} is listed`);
});

test("the search module's table lists exactly the exports folio-search.js has, and its own Module properties", () => {
  assertWebBuild();
  const glue = read(path.join(WEB_ROOT, 'folio-search.js'));
  const built = new Set([...glue.matchAll(/(?:\["|\.)_(folio_search_\w+)(?:"\])?\s*=/g)].map((m) => m[1]));
  assert.ok(built.has('folio_search_run'), 'folio-search.js exports folio_search_run (the pattern still matches the glue)');
  for (const m of glue.matchAll(/(?:\["|\.)(folio[A-Z]\w*)/g)) built.add(m[1]);
  const listed = new Set(textModuleTable("The search module's contract").map((r) => r.name).filter((name) => name.startsWith('folio')));
  assert.deepEqual(sorted(listed), sorted(built));
});

test("every search module export the viewers call (web/embed/search-module.js) is in the search module's table", () => {
  const bridge = read(path.join(REPO_ROOT, 'web/embed/search-module.js'));
  const called = new Set([...bridge.matchAll(/\._(folio_search_\w+|malloc|free)\(|'_(folio_search_\w+)'/g)].map((m) => m[1] ?? m[2]));
  assert.ok(called.size >= 8, `search-module.js's calls were read: ${sorted(called)}`);
  const listed = new Set(textModuleTable("The search module's contract").map((r) => r.name));
  assert.deepEqual(sorted(called).filter((name) => !listed.has(name)), []);
});
