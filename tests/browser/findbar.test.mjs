// The browser's own find bar (Ctrl+F in Chromium's window, not the page's) reaches the viewer's mirror and the
// canvas follows it: while the bar is open, Chromium scrolls the mirror's box to the match and the viewer scrolls
// there; when the bar closes, Chromium selects the match and the viewer selects it too. The find bar is part of
// the browser's window, so this runs a windowed Chromium in its own Xvfb display and types with xdotool.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { openBrowser, saveScreenshot, startSite } from './harness.mjs';
import { poll, removeFixtures, settled, writeBundle, writePage } from './embed-fixtures.mjs';

const TIMEOUT = 120_000;
let site, xvfb, display;

// Starts Xvfb on a free display; resolves to ":N".
function startXvfb() {
  return new Promise((resolve, reject) => {
    xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x900x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
    xvfb.on('error', reject);
    xvfb.stdio[3].on('data', (d) => resolve(`:${String(d).trim()}`));
    setTimeout(() => reject(new Error('Xvfb did not start')), 10_000);
  });
}

const xdotool = (...args) => execFileSync('xdotool', args, { env: { ...process.env, DISPLAY: display } }).toString().trim();

describe('the browser\'s find bar', { timeout: 3 * TIMEOUT }, () => {
  before(async () => { writeBundle(); site = await startSite(); display = await startXvfb(); });
  after(async () => { await site?.close(); xvfb?.kill(); removeFixtures(); });

  test('Chromium\'s find bar scrolls the canvas to the match, and closing it selects the match there', { timeout: TIMEOUT }, async () => {
    const { page, close } = await openBrowser({
      headless: false, viewport: null, env: { ...process.env, DISPLAY: display },
      args: ['--window-position=0,0', '--window-size=1280,900'],
    });
    try {
      const url = writePage('findbar.html', `<p>The host's text, above the viewer.</p>
        <folio-viewer id="folio" bundle="feed.json" article="c" loading="eager" style="height: 500px"></folio-viewer>`);
      await page.goto(new URL(url, site.url).href);
      let s = await settled(page, (s) => s.articleId === 'c', '#folio');
      assert.equal(s.scrollY, 0);
      // Where the viewer shows "Paragraph 30:" when the page selects it (window.find), to compare with.
      await page.evaluate(() => window.find('Paragraph 30:'));
      const target = (await settled(page, (s) => s.selectionLength > 0 && s.scrollY > 0, '#folio')).scrollY;
      // Away and back: the article opens at its top again, nothing selected.
      await page.evaluate(() => { getSelection().removeAllRanges(); document.getElementById('folio').open('b'); });
      await settled(page, (s) => s.articleId === 'b', '#folio');
      await page.evaluate(() => document.getElementById('folio').open('c'));
      s = await settled(page, (s) => s.articleId === 'c' && s.scrollY === 0, '#folio');

      // The keys go to Chromium's window, with the page (not the viewer) focused: Ctrl+F opens the find bar.
      await page.evaluate(() => document.activeElement?.blur());
      const win = await poll(page, async () => { try { return xdotool('search', '--onlyvisible', '--class', 'chromium').split('\n')[0]; } catch { return ''; } }, { what: 'Chromium\'s window' });
      xdotool('windowfocus', '--sync', win);
      xdotool('key', 'ctrl+f');
      await page.waitForTimeout(500);
      xdotool('type', '--delay', '30', 'Paragraph 30:');
      s = await settled(page, (s) => s.scrollY > 0, '#folio');
      assert.ok(Math.abs(s.scrollY - target) < 100, `the canvas shows the match: at ${s.scrollY}, the match at ${target}`);
      assert.equal(s.selectionLength, 0, 'nothing selected while the bar is open');
      await saveScreenshot(page, 'findbar-open.png');
      // Closing the bar selects the match, on the canvas too.
      xdotool('key', 'Escape');
      s = await settled(page, (s) => s.selectionLength === 'Paragraph 30:'.length, '#folio');
      assert.ok(Math.abs(s.scrollY - target) < 100, `still at the match: ${s.scrollY}, the match at ${target}`);
    } finally {
      await close();
    }
  });
});
