// Articles in Arabic and Hebrew on a phone (390 x 844 CSS pixels at DPR 2, touch), on a page with a strict
// Content-Security-Policy: a bundle built here by folio-bundle from two Markdown articles; each viewer loads the text module and the script's shaped faces for
// its article (the state's `text`: ready, with the faces in the module), the mirror says `dir: "rtl"`, and the
// canvas differs from the same article drawn by a viewer that has no text module (Module.folioLoadText absent:
// the fast path, left to right, one unjoined glyph per code point), so what is drawn is the shaped, reordered text.
// Screenshots of both go to build/test-artifacts/ to be looked at.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, WEB_ROOT, assertWebBuild, saveScreenshot, startSite, withBrowser } from './harness.mjs';

const TIMEOUT = 120_000;
const DIR = path.join(WEB_ROOT, 'test-fixtures/shaped');
const TOOL = path.join(REPO_ROOT, 'build/native/folio-bundle');
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true };
const ARTICLES = {
  ar: ['---\ntitle: الأمطار الغزيرة تغلق الطرق في المدينة\ndate: 2024-05-02\nlanguage: ar\n---\n',
    'أغلقت السلطات المحلية عدة طرق رئيسية صباح اليوم بعد أمطار غزيرة استمرت طوال الليل. ',
    'وقال متحدث باسم البلدية إن فرق الطوارئ تعمل على فتح الطرق قبل المساء.\n'].join(''),
  he: ['---\ntitle: גשמים כבדים סגרו כבישים בעיר\ndate: 2024-05-01\nlanguage: he\n---\n',
    'הרשויות המקומיות סגרו הבוקר כמה כבישים ראשיים לאחר גשמים כבדים שנמשכו כל הלילה. ',
    'דובר העירייה אמר כי צוותי חירום פועלים לפתוח את הכבישים לפני הערב.\n'].join(''),
};
let site;
let ids; // language -> article id

function buildBundle() {
  fs.rmSync(DIR, { recursive: true, force: true });
  const src = path.join(DIR, 'src');
  fs.mkdirSync(src, { recursive: true });
  for (const [lang, text] of Object.entries(ARTICLES)) fs.writeFileSync(path.join(src, `${lang}.md`), text);
  execFileSync(TOOL, ['build', src, '-o', path.join(DIR, 'bundle'), '--quiet']);
  const feed = JSON.parse(fs.readFileSync(path.join(DIR, 'bundle/feed.json'), 'utf8'));
  return Object.fromEntries(feed.items.map((item) => [item.language, item.id]));
}

// The page: one full-screen viewer of the article, with the text module or without, under the strict
// Content-Security-Policy of web/examples/csp.html (no inline script or style, no eval): the module loads there too.
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
function writePage() {
  fs.writeFileSync(path.join(DIR, 'page.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>shaped</title>
<script type="module" src="page.js"></script></head><body></body></html>`);
  fs.writeFileSync(path.join(DIR, 'page.js'), `import { startInstance } from '../../embed/instance.js';
try { new Function('return 1'); window.evalTried = 'eval runs'; } catch { window.evalTried = 'no eval'; }
const params = new URLSearchParams(location.search);
document.body.style.margin = '0';
const canvas = document.createElement('canvas');
canvas.style.cssText = 'display: block; width: 100vw; height: 100vh';
document.body.append(canvas);
const hooks = { state() {}, title() {}, scroll() {}, linkTo: () => '' };
window.viewer = await startInstance({ canvas, page: false, hooks, options: { bundle: 'bundle/feed.json',
  fonts: new URL('../../fonts/', location).href, article: params.get('article') }, text: !params.has('plain') });
`);
  return 'test-fixtures/shaped/page.html';
}

async function settled(page, wantText) {
  for (let i = 0; i < 600; i++) {
    const s = await page.evaluate(() => window.viewer?.state());
    if (s && s.state === 'article' && s.fontsReady && !s.framePending && (!wantText || (s.text.ready && s.text.faces > 0))) return s;
    if (wantText && s?.text?.error) throw new Error(`the text module failed: ${s.text.error}`);
    await page.waitForTimeout(100);
  }
  throw new Error(`the article did not settle: ${JSON.stringify(await page.evaluate(() => window.viewer?.state()))}`);
}

describe('Arabic and Hebrew articles on a phone', { timeout: 4 * TIMEOUT }, () => {
  let pageUrl;
  before(async () => {
    assertWebBuild();
    ids = buildBundle();
    pageUrl = writePage();
    site = await startSite();
  });
  after(async () => { await site?.close(); fs.rmSync(DIR, { recursive: true, force: true }); });

  for (const lang of ['ar', 'he']) {
    test(`${lang}: shaped through the text module, right to left`, { timeout: TIMEOUT }, () => withBrowser(PHONE, async (page) => {
      assert.ok(ids[lang], `the bundle has the ${lang} article: ${JSON.stringify(ids)}`);
      const fetched = [];
      page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
      await page.goto(new URL(`${pageUrl}?article=${ids[lang]}`, site.url).href);
      const state = await settled(page, true);
      assert.equal(await page.evaluate(() => window.evalTried), 'no eval', 'the page\'s Content-Security-Policy is in force');
      assert.equal(state.text.error, '');
      assert.ok(fetched.includes('/folio-text.wasm'), 'the text module was fetched');
      const mirror = await page.evaluate(() => window.viewer.mirror());
      assert.deepEqual([mirror.article.lang, mirror.article.dir], [lang, 'rtl']);
      const shaped = await saveScreenshot(page, `shaped-${lang}-phone.png`);

      await page.goto(new URL(`${pageUrl}?article=${ids[lang]}&plain`, site.url).href);
      const plain = await settled(page, false);
      assert.deepEqual([plain.text.ready, plain.text.faces], [false, 0], 'the viewer without a text module stays on the fast path');
      assert.match(plain.text.error, /^$|offers no text module/, 'asked for, the module is missing, said in words');
      const unshaped = await saveScreenshot(page, `unshaped-${lang}-phone.png`);
      assert.notDeepEqual(shaped, unshaped, 'the shaped article is not drawn as the fast path draws it');
    }));
  }
});
