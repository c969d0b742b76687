// A copy of the web build for the service-worker tests (offline, save-offline): build/web without its test fixtures,
// with its own sw.js, in a folder of its own, so each test has a site (an origin, served apart) no other test's worker
// or caches touch. With a mark, index.html and main.js carry it (a deployment told apart from another).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makeServiceWorker } from '../../scripts/make-sw.mjs';
import { WEB_ROOT } from './harness.mjs';

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
