// Writes the web build's service worker: web/service-worker/sw.js with the shell's precache manifest (each file's
// URL and a hash of its bytes, made by workbox-build's injectManifest) in place of its placeholder.
//   node scripts/make-sw.mjs WEB_DIR [SW_SOURCE]     (WEB_DIR: a staged web build, e.g. build/web; writes WEB_DIR/sw.js)
// Run by the web build (cmake/platform_web.cmake) after everything the shell lists is staged; the offline tests run
// it on a copy of the build to make a second deployment.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { injectManifest } from 'workbox-build';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// The shell, precached at install: what the first view of index.html or embed.html needs, and the reading faces
// an article may ask for later (italics, code; about 400 KB in all), so an article read offline has its styles.
// Other viewer files (script faces, fallback slices, the text and search modules) are cached on first use (sw.js).
export const SHELL_PATTERNS = [
  'index.html', 'embed.html', 'style.css', 'favicon.svg', 'main.js', 'embed-frame.js', 'folio-embed.js', 'embed/*.js',
  'folio.js', 'folio.wasm', 'fonts/Noto{Serif,Sans}-*.ttf', 'fonts/NotoSansMono-Regular.ttf', 'fonts/fallback.json',
];

export async function makeServiceWorker(webDir, swSrc = path.join(REPO_ROOT, 'web/service-worker/sw.js')) {
  // Each entry also gets its SHA-256 as a subresource integrity value, which the worker's install fetches check, so
  // an install while a deployment is half copied fails (and is tried again later) instead of keeping a mix.
  const withIntegrity = async (entries) => ({
    manifest: entries.map((e) => ({
      ...e, integrity: `sha256-${crypto.createHash('sha256').update(fs.readFileSync(path.join(webDir, e.url))).digest('base64')}`,
    })),
    warnings: [],
  });
  const { count, size, warnings } = await injectManifest({
    swSrc, swDest: path.join(webDir, 'sw.js'), globDirectory: webDir, globPatterns: SHELL_PATTERNS,
    maximumFileSizeToCacheInBytes: 32 * 1024 * 1024, manifestTransforms: [withIntegrity],
  });
  if (count < SHELL_PATTERNS.length) throw new Error(`${webDir}: only ${count} shell files found; is it a web build?`);
  return { count, size, warnings };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [webDir, swSrc] = process.argv.slice(2);
  if (!webDir) {
    console.error('usage: node scripts/make-sw.mjs WEB_DIR [SW_SOURCE]');
    process.exit(2);
  }
  try {
    const { count, size, warnings } = await makeServiceWorker(path.resolve(webDir), swSrc && path.resolve(swSrc));
    for (const w of warnings) console.error(`make-sw: ${w}`);
    console.error(`make-sw: ${count} shell files (${size} bytes) precached by ${path.join(webDir, 'sw.js')}`);
  } catch (err) {
    console.error(`make-sw: ${err.message}`);
    process.exit(1);
  }
}
