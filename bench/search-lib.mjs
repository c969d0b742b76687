// Pieces the search benchmark's two sides share (bench/search.mjs): a static server that mounts folders under URL
// prefixes, sends gzip when that is smaller (a file already gzip-compressed, like Pagefind's index files, goes as
// it is) and logs the bytes of every response it sends; the system Chromium through playwright-core; recall at 10;
// medians; comparing two folders' files (what a rebuild rewrote); running a command with its wall time.
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--no-first-run', '--disable-quic', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];

const MIME = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.wasm': 'application/wasm' };

const gzipCache = new Map();
// The bytes a host that compresses would send for this body: gzip -9 when smaller, else the body.
export function wireBytes(body, key = null) {
  if (key && gzipCache.has(key)) return gzipCache.get(key);
  const isGzip = body.length > 2 && body[0] === 0x1f && body[1] === 0x8b;
  const gz = isGzip ? null : zlib.gzipSync(body, { level: 9 });
  const out = gz && gz.length < body.length ? { sent: gz.length, gz } : { sent: body.length, gz: null };
  if (key) gzipCache.set(key, out);
  return out;
}

// mounts: { '/pagefind/': dir, '/': dir }. Resolves to { url, take(), close() }; take() returns the responses
// sent since the last take(): { path, sent, raw, status }.
export function startServer(mounts) {
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  let log = [];
  const server = http.createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const prefix = prefixes.find((p) => urlPath.startsWith(p));
    const root = prefix && path.resolve(mounts[prefix]);
    const file = root && path.resolve(root, '.' + urlPath.slice(prefix.length - 1));
    let body = null, st = null;
    if (file && (file === root || file.startsWith(root + path.sep)) && !urlPath.includes('\0')) {
      try { st = fs.statSync(file); if (st.isFile()) body = fs.readFileSync(file); } catch { /* 404 */ }
    }
    if (!body) {
      log.push({ path: urlPath, sent: 0, raw: 0, status: 404 });
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      return res.end('not found\n');
    }
    const headers = { 'Content-Type': MIME[path.extname(file)] ?? 'application/octet-stream',
      'Cache-Control': file.endsWith('.html') ? 'no-cache' : 'public, max-age=3600', 'Access-Control-Allow-Origin': '*' };
    const w = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '') ? wireBytes(body, `${file}:${st.size}:${st.mtimeMs}`) : { gz: null };
    if (w.gz) headers['Content-Encoding'] = 'gzip';
    const out = w.gz ?? body;
    headers['Content-Length'] = out.length;
    log.push({ path: urlPath, sent: out.length, raw: body.length, status: 200 });
    res.writeHead(200, headers);
    res.end(out);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve({
      url: `http://127.0.0.1:${server.address().port}`,
      take() { const t = log; log = []; return t; },
      close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(() => r()); }),
    }));
  });
}

// Sums of a response log: { bytes (as sent), raw, files }.
export const sumLog = (log) => ({ bytes: log.reduce((s, r) => s + r.sent, 0), raw: log.reduce((s, r) => s + r.raw, 0), files: log.length });

export async function launchChromium() {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM} (Debian's chromium package)`);
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

// Recall at 10 of a query's ranked ids: the share of what it must find (at most 10) that is in the first ten;
// and how many of the first ten it must not find.
export function recallAt10(ids, q) {
  const top = ids.slice(0, 10);
  const want = Math.min(10, q.expect.length);
  const found = top.filter((id) => q.expect.includes(id)).length;
  return { recall: want ? found / want : 1, found, want, wrong: top.filter((id) => q.mustNot.includes(id)).length };
}

export function median(xs) {
  const v = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const m = v.length >> 1;
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}
export const mean = (xs) => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : null);

// Every file under dir: Map(relative path -> { size, ino }).
export function listTree(dir, rel = '', out = new Map()) {
  let entries;
  try { entries = fs.readdirSync(path.join(dir, rel), { withFileTypes: true }); } catch { return out; }
  for (const e of entries) {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) listTree(dir, r, out);
    else if (e.isFile()) { const st = fs.statSync(path.join(dir, r)); out.set(r, { size: st.size, ino: st.ino }); }
  }
  return out;
}
const sameContent = (a, b) => {
  const x = fs.readFileSync(a), y = fs.readFileSync(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
};
// What changed from folder a to folder b: { added, changed, removed, unchanged } (lists of relative paths).
// Files with the same inode (b a hard-linked copy of a) are unchanged without reading them.
export function diffTrees(a, b) {
  const A = listTree(a), B = listTree(b);
  const out = { added: [], changed: [], removed: [], unchanged: 0 };
  for (const [r, fb] of B) {
    const fa = A.get(r);
    if (!fa) out.added.push(r);
    else if (fa.ino === fb.ino || (fa.size === fb.size && sameContent(path.join(a, r), path.join(b, r)))) out.unchanged++;
    else out.changed.push(r);
  }
  for (const r of A.keys()) if (!B.has(r)) out.removed.push(r);
  return out;
}
export function treeSize(dir) {
  let bytes = 0, files = 0;
  for (const f of listTree(dir).values()) { bytes += f.size; files++; }
  return { bytes, files };
}

// Runs a command; { ok, seconds, stdout, stderr, status }.
export function run(cmd, args, opts = {}) {
  const t = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 28, ...opts });
  const seconds = Number(process.hrtime.bigint() - t) / 1e9;
  return { ok: r.status === 0, status: r.status, signal: r.signal, seconds, stdout: r.stdout ?? '', stderr: (r.stderr ?? '') + (r.error ? String(r.error) : '') };
}

export const kb = (b) => (b == null ? 'n/a' : `${(b / 1024).toFixed(1)} KB`);
export const mb = (b) => (b == null ? 'n/a' : `${(b / 1048576).toFixed(1)} MB`);
