// Tiny dependency-free static file server for the web build (default: build/web).
// CLI: node scripts/serve.mjs [--root DIR] [--port N] [--host H] [--cors]
// Library: import { startServer } from './serve.mjs' -> Promise<{ url, port, close() }>
// cors: every response allows any origin to read it (Access-Control-Allow-Origin: *), as a CDN serving a
// bundle to other sites would.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

function send(res, status, body, type = 'text/plain; charset=utf-8') {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-cache', ...res.folioHeaders });
  res.end(body);
}

// Maps a request path to a file under root, or null if it would escape root.
function resolveInRoot(root, urlPath) {
  let decoded;
  try { decoded = decodeURIComponent(urlPath); } catch { return null; }
  if (decoded.includes('\0')) return null;
  const file = path.normalize(path.join(root, decoded));
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  return file;
}

function handle(root, cors, req, res) {
  res.folioHeaders = cors ? { 'Access-Control-Allow-Origin': '*' } : {};
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method Not Allowed\n');
  let url;
  try { url = new URL(req.url, 'http://localhost'); } catch { return send(res, 400, 'Bad Request\n'); } // e.g. "//"
  const urlPath = url.pathname;
  let file = resolveInRoot(root, urlPath);
  if (!file) return send(res, 403, 'Forbidden\n');
  fs.stat(file, (err, st) => {
    if (!err && st.isDirectory()) {
      if (!urlPath.endsWith('/')) {
        res.writeHead(301, { Location: urlPath + '/' + url.search, 'Cache-Control': 'no-cache', ...res.folioHeaders });
        return res.end();
      }
      file = path.join(file, 'index.html');
      return fs.stat(file, (err2, st2) => serveFile(req, res, file, err2 ? null : st2));
    }
    serveFile(req, res, file, err ? null : st);
  });
}

function serveFile(req, res, file, st) {
  if (!st || !st.isFile()) return send(res, 404, 'Not Found\n');
  res.writeHead(200, {
    'Content-Type': MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': st.size,
    'Cache-Control': 'no-cache',
    ...res.folioHeaders,
  });
  if (req.method === 'HEAD') return res.end();
  fs.createReadStream(file).on('error', () => res.destroy()).pipe(res);
}

export function startServer({ root = path.join(REPO_ROOT, 'build/web'), port = 8080, host = '127.0.0.1', cors = false } = {}) {
  const absRoot = path.resolve(root);
  const server = http.createServer((req, res) => handle(absRoot, cors, req, res));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const actual = server.address().port;
      const shownHost = host.includes(':') ? `[${host}]` : host;
      resolve({
        url: `http://${shownHost}:${actual}/`,
        port: actual,
        root: absRoot,
        close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(() => r()); }),
      });
    });
  });
}

function parseArgs(argv) {
  const opts = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i], v = argv[i + 1];
    if (a === '--root') { opts.root = path.resolve(v); i++; }
    else if (a === '--port') { opts.port = Number(v); i++; }
    else if (a === '--host') { opts.host = v; i++; }
    else if (a === '--cors') opts.cors = true;
    else { console.error(`serve.mjs: unknown argument ${a}\nusage: node scripts/serve.mjs [--root DIR] [--port N] [--host H] [--cors]`); process.exit(2); }
  }
  if (opts.port !== undefined && !(Number.isInteger(opts.port) && opts.port >= 0 && opts.port < 65536)) {
    console.error('serve.mjs: --port must be an integer 0..65535'); process.exit(2);
  }
  return opts;
}

// Run as a CLI only when executed directly (argv[1] may be relative or a symlink).
const invokedPath = process.argv[1] ? fs.realpathSync(path.resolve(process.argv[1])) : '';
if (invokedPath && import.meta.url === pathToFileURL(invokedPath).href) {
  const opts = parseArgs(process.argv.slice(2));
  startServer(opts).then(
    (s) => {
      console.log(`Serving ${s.root} at ${s.url}`);
      if (!fs.existsSync(s.root)) console.error(`serve.mjs: warning: ${s.root} does not exist (every request will 404)`);
    },
    (err) => {
      const where = `${opts.host ?? '127.0.0.1'}:${opts.port ?? 8080}`;
      if (err.code === 'EADDRINUSE') console.error(`serve.mjs: ${where} is already in use; pick another --port`);
      else console.error(`serve.mjs: cannot listen on ${where}: ${err.message}`);
      process.exit(1);
    });
}
