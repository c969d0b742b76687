// The nginx configuration of docs/hosting.md, tested for real: nginx (Debian's, with brotli_static) serves the web
// build on a loopback port through docs/hosting/nginx-folio.conf; the pre-compressed copies are sent as they are
// (byte for byte) to clients that accept them and the files themselves to those that do not; caching is long and
// immutable for archive pages and media, short for the newest page; the build's records are not served; and the
// viewer's smoke test (the seed article opens, no console errors) passes against it. Run: node --test tests/browser/
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT, SEED_HEADLINE, WEB_ROOT, collectErrors, openBrowser, waitForSettled } from './harness.mjs';

const TIMEOUT = 120_000;
const NGINX = '/usr/sbin/nginx';
const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
const CONF = path.join(REPO_ROOT, 'docs/hosting/nginx-folio.conf');
const PAGED = 'test-fixtures/hosting-paged'; // a bundle of the sample cut into pages of 2, so it has archive pages
const haveBuild = fs.existsSync(path.join(WEB_ROOT, 'index.html'));

test('nginx with brotli_static is installed (scripts/setup installs it)', () => {
  assert.ok(fs.existsSync(NGINX), `${NGINX} is missing: install nginx`);
  assert.ok(fs.existsSync(BROTLI_MODULE), `${BROTLI_MODULE} is missing: install libnginx-mod-http-brotli-static`);
});

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
  });
}

// GET path with the given Accept-Encoding: { status, headers, body (the bytes as sent, never decoded) }.
function get(port, urlPath, encoding) {
  return new Promise((resolve, reject) => {
    const headers = encoding ? { 'Accept-Encoding': encoding } : {};
    http.get({ host: '127.0.0.1', port, path: urlPath, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

describe('hosting on nginx', { timeout: TIMEOUT, skip: haveBuild && fs.existsSync(NGINX) ? false : 'no web build or no nginx' }, () => {
  let dir, nginx, port;
  before(async () => {
    // An extra bundle with archive pages, made by the same tool from the same sources.
    const tool = path.join(REPO_ROOT, 'build/native/folio-bundle');
    const sources = path.join(REPO_ROOT, 'build/cmake-native/sample-sources');
    const made = spawnSync(tool, ['build', sources, '-o', path.join(WEB_ROOT, PAGED), '--page-size', '2', '--quiet',
      '--today', '2026-01-01', '--force'], { encoding: 'utf8' });
    assert.equal(made.status, 0, `folio-bundle build failed: ${made.stderr}`);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-nginx-'));
    port = await freePort();
    const user = process.getuid?.() === 0 ? 'user root root;\n' : ''; // as root nginx would otherwise drop to nobody
    fs.writeFileSync(path.join(dir, 'nginx.conf'), `${user}load_module ${BROTLI_MODULE};
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy; fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;
  server {
    listen 127.0.0.1:${port};
    root ${WEB_ROOT};
    include ${CONF};
  }
}
`);
    nginx = spawn(NGINX, ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-e', path.join(dir, 'error.log')], { stdio: 'inherit' });
    for (let i = 0; i < 100; ++i) { // until it answers
      try { await get(port, '/index.html'); return; } catch { await new Promise((r) => setTimeout(r, 50)); }
    }
    throw new Error(`nginx did not start: ${fs.existsSync(path.join(dir, 'error.log')) ? fs.readFileSync(path.join(dir, 'error.log'), 'utf8') : ''}`);
  });
  after(() => {
    nginx?.kill('SIGTERM');
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(path.join(WEB_ROOT, PAGED), { recursive: true, force: true });
  });

  test('JSON and HTML go out as their pre-compressed copies, byte for byte, or as themselves', async () => {
    for (const file of ['bundle/feed.json', 'bundle/articles/801a1fae005ec4bc.json', 'bundle/articles/801a1fae005ec4bc.html']) {
      const onDisk = (ext) => fs.readFileSync(path.join(WEB_ROOT, file + ext));
      const br = await get(port, `/${file}`, 'gzip, deflate, br');
      assert.equal(br.status, 200, file);
      assert.equal(br.headers['content-encoding'], 'br', `${file}: brotli to a client that accepts it`);
      assert.ok(br.body.equals(onDisk('.br')), `${file}: the .br copy as it is`);
      assert.match(br.headers.vary ?? '', /Accept-Encoding/, `${file}: Vary`);
      assert.match(br.headers['content-type'], file.endsWith('.html') ? /^text\/html/ : /^application\/json/, file);
      const gz = await get(port, `/${file}`, 'gzip');
      assert.equal(gz.headers['content-encoding'], 'gzip', `${file}: gzip to a client that accepts only that`);
      assert.ok(gz.body.equals(onDisk('.gz')), `${file}: the .gz copy as it is`);
      const plain = await get(port, `/${file}`, '');
      assert.equal(plain.headers['content-encoding'], undefined, `${file}: no encoding asked, none sent`);
      assert.ok(plain.body.equals(onDisk('')), `${file}: the file itself`);
    }
  });

  test('archive pages and media are immutable for a year; the newest page is cached a minute; the rest revalidated', async () => {
    const pages = fs.readdirSync(path.join(WEB_ROOT, PAGED)).filter((f) => /^feed-[1-9][0-9]*\.json$/.test(f));
    assert.ok(pages.length >= 2, `the paged bundle has archive pages: ${pages}`);
    for (const page of pages) {
      const r = await get(port, `/${PAGED}/${page}`, 'br');
      assert.equal(r.status, 200, page);
      assert.equal(r.headers['cache-control'], 'public, max-age=31536000, immutable', page);
      assert.equal(r.headers['content-encoding'], 'br', page);
    }
    const media = fs.readdirSync(path.join(WEB_ROOT, 'bundle/media'))[0];
    const m = await get(port, `/bundle/media/${media}`, 'br');
    assert.equal(m.status, 200);
    assert.equal(m.headers['cache-control'], 'public, max-age=31536000, immutable', media);
    assert.equal(m.headers['content-encoding'], undefined, `${media}: photos are sent as they are`);
    const index = await get(port, `/${PAGED}/feed.json`, 'br');
    assert.equal(index.headers['cache-control'], 'public, max-age=60, must-revalidate');
    const article = await get(port, '/bundle/articles/801a1fae005ec4bc.json', 'br');
    assert.equal(article.headers['cache-control'], 'no-cache');
    const wasm = await get(port, '/folio.wasm', 'gzip');
    assert.equal(wasm.headers['content-type'], 'application/wasm');
    assert.equal(wasm.headers['content-encoding'], 'gzip', 'the viewer\'s wasm is compressed as it is sent');
    assert.equal(wasm.headers['cache-control'], 'no-cache');
  });

  test('the build\'s records are not served', async () => {
    for (const f of ['bundle/folio-manifest.json', 'bundle/folio-media.json', `${PAGED}/folio-manifest.json`]) {
      assert.ok(fs.existsSync(path.join(WEB_ROOT, f)), `${f} is there to hide`);
      assert.equal((await get(port, `/${f}`, 'br')).status, 404, f);
    }
  });

  test('smoke: the viewer served by nginx opens the feed and the seed article\'s page without console errors', async () => {
    const b = await openBrowser();
    const errors = collectErrors(b.page);
    try {
      await b.page.goto(`http://127.0.0.1:${port}/`);
      const front = await waitForSettled(b.page);
      assert.equal(front.state, 'feed', front.error);
      // The seed article at its own address (the sample bundle is built --viewer).
      await b.page.goto(`http://127.0.0.1:${port}/bundle/articles/801a1fae005ec4bc.html`);
      const settled = await waitForSettled(b.page);
      assert.equal(settled.state, 'article', settled.error);
      await b.page.waitForFunction((t) => document.title === t, SEED_HEADLINE, { timeout: 5_000 }).catch(() => {});
      assert.equal(await b.page.title(), SEED_HEADLINE);
      // The paged bundle too: its newest page first, then the older pages as the feed is read.
      await b.page.goto(`http://127.0.0.1:${port}/?bundle=${PAGED}/feed.json#/`);
      const feed = await waitForSettled(b.page);
      assert.equal(feed.state, 'feed', feed.error);
    } finally {
      await b.close();
    }
    assert.deepEqual(errors, [], 'console errors or uncaught exceptions');
  });
});
