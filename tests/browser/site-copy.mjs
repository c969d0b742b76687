// A copy of the web build for the service-worker tests (offline, save-offline): build/web without its test fixtures,
// with its own sw.js, in a folder of its own, so each test has a site (an origin, served apart) no other test's worker
// or caches touch. With a mark, index.html and main.js carry it (a deployment told apart from another). openSite
// serves such a copy and opens a browser on it, as each of those tests begins.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makeServiceWorker } from '../../scripts/make-sw.mjs';
import { startServer } from '../../scripts/serve.mjs';
import { WEB_ROOT, collectErrors, openBrowser } from './harness.mjs';

export const SEED = '801a1fae005ec4bc'; // the seed article's id in the sample bundle
// What going offline may print: the page's own failed fetches are reported by the browser as console errors.
export const OFFLINE_NOISE = /ERR_INTERNET_DISCONNECTED|Failed to load resource|503/;

export async function buildCopy(mark = '') {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `folio-site-${mark || 'copy'}-`));
  fs.cpSync(WEB_ROOT, dir, { recursive: true, filter: (src) => !src.includes(`${path.sep}test-fixtures`) });
  if (mark) {
    const index = path.join(dir, 'index.html');
    fs.writeFileSync(index, fs.readFileSync(index, 'utf8').replace('<head>', `<head>\n  <meta name="folio-build" content="${mark}">`));
    fs.appendFileSync(path.join(dir, 'main.js'), `\n/* folio-build ${mark} */\n`);
  }
  await makeServiceWorker(dir);
  return dir;
}

// A copy of the site (buildCopy(mark)) served on an origin of its own, and a browser on it, with service workers
// allowed or blocked: { dir, server, browser, page, errors (console errors and uncaught exceptions), close() };
// close() closes the browser and the server (which a test may have closed already) and removes the copy.
export async function openSite({ mark = '', serviceWorkers = 'allow' } = {}) {
  const dir = await buildCopy(mark);
  let server, browser;
  try {
    server = await startServer({ root: dir, port: 0, host: '127.0.0.1' });
    browser = await openBrowser({ serviceWorkers });
  } catch (err) {
    await server?.close().catch(() => {});
    fs.rmSync(dir, { recursive: true, force: true });
    throw err;
  }
  const errors = collectErrors(browser.page);
  return {
    dir, server, browser, page: browser.page, errors,
    async close() {
      await browser.close();
      await server.close().catch(() => {});
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
