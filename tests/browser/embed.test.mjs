// <folio-viewer> on host pages: two viewers do not interfere (nor do their Find fields and text agents); the events fire with their payloads; three viewers
// download the wasm and each font once; removing a viewer frees its wasm instance; a lazy viewer fetches nothing
// until it nears the viewport; an auto-height viewer grows with its article and lets the page scroll.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertInk, pixelStats, saveScreenshot, startSite, withBrowser } from './harness.mjs';
import { ARTICLES, events, poll, recordEvents, removeFixtures, settled, viewerState, writeBoxPage, writeBundle, writePage } from './embed-fixtures.mjs';

const TIMEOUT = 120_000;
let site;
const at = (page) => new URL(page, site.url).href;
const byId = (id) => ARTICLES.find((a) => a.id === id);

// Keeps a WeakRef to every WebAssembly instance the page creates (an init script), so a test can count the live ones.
const trackInstances = (page) => page.addInitScript(() => {
  window.__instances = [];
  const instantiate = WebAssembly.instantiate;
  WebAssembly.instantiate = function (...args) {
    return instantiate.apply(this, args).then((r) => {
      window.__instances.push(new WeakRef(r instanceof WebAssembly.Instance ? r : r.instance));
      return r;
    });
  };
});
// How many of them are alive after a full garbage collection.
async function liveInstances(page) {
  const cdp = await page.context().newCDPSession(page);
  try { await cdp.send('HeapProfiler.collectGarbage'); } finally { await cdp.detach(); }
  await page.waitForTimeout(50); // WeakRefs clear after the task that last read them
  return page.evaluate(() => window.__instances.filter((w) => w.deref()).length);
}

// The canvas region of one viewer holds drawing.
async function assertDrawn(page, selector) {
  const png = await page.screenshot();
  const stats = await pixelStats(page, png, selector);
  assertInk(stats, selector);
}

describe('embedding', { timeout: 10 * TIMEOUT }, () => {
  before(async () => {
    writeBundle();
    site = await startSite();
  });
  after(async () => { await site?.close(); removeFixtures(); });

  test('two viewers on one page keep their own articles, input and settings', { timeout: TIMEOUT }, () =>
    withBrowser({ viewport: { width: 1200, height: 800 } }, async (page) => {
      await trackInstances(page);
      const url = writePage('two.html', `
        <folio-viewer id="one" bundle="feed.json" article="a" height="360px"></folio-viewer>
        <folio-viewer id="two" bundle="feed.json" article="b" height="360px" theme="sepia"></folio-viewer>`);
      await page.goto(at(url));
      await settled(page, (s) => s.articleId === 'a', '#one');
      await settled(page, (s) => s.articleId === 'b', '#two');
      assert.equal(await liveInstances(page), 2);
      assert.equal((await viewerState(page, '#two')).theme, 'sepia');
      await assertDrawn(page, '#one');
      await assertDrawn(page, '#two');
      await saveScreenshot(page, 'embed-two-viewers.png');

      // Keys go to the focused viewer only; routes stay inside the viewers.
      await page.click('#one', { position: { x: 300, y: 200 } });
      await page.keyboard.press('Escape');
      await settled(page, (s) => s.state === 'feed', '#one');
      assert.equal((await viewerState(page, '#two')).articleId, 'b');
      assert.equal(await page.evaluate(() => location.hash), '');
      await page.evaluate(() => document.getElementById('two').open('c'));
      await settled(page, (s) => s.articleId === 'c', '#two');
      assert.equal((await viewerState(page, '#one')).state, 'feed');
      await page.evaluate(() => document.getElementById('two').back());
      await settled(page, (s) => s.articleId === 'b', '#two');

      // Settings belong to one viewer, and the page's storage is left alone.
      await page.evaluate(() => { document.getElementById('one').settings = { fontSize: 26 }; });
      await settled(page, (s) => s.settings.fontSize === 26, '#one');
      assert.equal((await viewerState(page, '#two')).settings.fontSize, 20);
      assert.equal(await page.evaluate(() => localStorage.length), 0);

      // Attributes reflect to properties and back.
      assert.equal(await page.evaluate(() => document.getElementById('two').article), 'b');
      await page.evaluate(() => { document.getElementById('two').theme = 'dark'; });
      assert.equal(await page.evaluate(() => document.getElementById('two').getAttribute('theme')), 'dark');
      await settled(page, (s) => s.theme === 'dark', '#two');
      assert.equal((await viewerState(page, '#one')).theme, 'light');
    }));

  // Each viewer has its own text agent: typing into one's Find reaches neither the other's Find nor its shortcuts;
  // a viewer removed with Find open and put back has a working agent again, and the other's is untouched.
  test('two viewers have their own Find and text agent, also after one is removed and put back', { timeout: TIMEOUT }, () =>
    withBrowser({ viewport: { width: 1200, height: 900 } }, async (page) => {
      const url = writePage('two-find.html', `
        <folio-viewer id="one" bundle="feed.json" article="a" height="400px"></folio-viewer>
        <folio-viewer id="two" bundle="feed.json" article="b" height="400px"></folio-viewer>`);
      await page.goto(at(url));
      await settled(page, (s) => s.articleId === 'a', '#one');
      await settled(page, (s) => s.articleId === 'b', '#two');
      const agents = () => page.evaluate(() => ['one', 'two'].map((id) => {
        const root = document.getElementById(id).shadowRoot;
        return { count: root.querySelectorAll('input.text-agent').length, focused: root.activeElement?.className ?? '' };
      }));
      const find = async (id, word) => {
        await page.click(`#${id}`, { position: { x: 300, y: 250 } });
        await page.keyboard.press('Control+f');
        await poll(page, async () => (await agents())[id === 'one' ? 0 : 1].focused === 'text-agent', { what: `#${id}'s agent to take the focus` });
        await page.keyboard.type(word); // "s" is a shortcut of the reader's: the settings
        return settled(page, (s) => s.find.query === word, `#${id}`);
      };
      assert.ok((await find('one', 'saw')).find.open);
      let two = await viewerState(page, '#two');
      assert.equal(two.find.open, false, 'the other viewer\'s Find stayed closed');
      assert.equal(two.settingsOpen, false, 'the other viewer took no shortcut');
      assert.deepEqual(await agents(), [{ count: 1, focused: 'text-agent' }, { count: 1, focused: '' }]);

      // The second viewer's Find takes the keys; the first keeps its query.
      await find('two', 'sun');
      assert.equal((await viewerState(page, '#one')).find.query, 'saw');
      assert.deepEqual(await agents(), [{ count: 1, focused: '' }, { count: 1, focused: 'text-agent' }]);

      // Removed while its agent has the keys, then put back: it starts afresh, and its agent works again.
      await page.evaluate(() => { window.__kept = document.getElementById('two'); window.__kept.remove(); });
      await poll(page, () => page.evaluate(() => window.__kept.state().state === 'placeholder'), { what: 'the removed viewer to stop' });
      assert.equal(await page.evaluate(() => window.__kept.shadowRoot.querySelector('input.text-agent').value), '', 'the agent was emptied');
      await page.evaluate(() => document.body.append(window.__kept));
      await settled(page, (s) => s.articleId === 'b' && !s.find.open, '#two');
      await find('two', 'set');
      assert.equal((await viewerState(page, '#one')).find.query, 'saw');
      assert.equal((await viewerState(page, '#one')).settingsOpen, false);
    }));

  test('ready, articlechange, error and resize fire with their payloads', { timeout: TIMEOUT }, () =>
    withBrowser({}, async (page) => {
      await recordEvents(page);
      const url = writePage('events.html', `
        <folio-viewer id="ok" bundle="feed.json" article="a" height="300px"></folio-viewer>
        <folio-viewer id="bad" bundle="missing/feed.json" height="200px"></folio-viewer>
        <folio-viewer id="auto" bundle="feed.json" article="b" height="auto"></folio-viewer>`);
      await page.goto(at(url));
      await settled(page, (s) => s.articleId === 'a', '#ok');
      const auto = await settled(page, (s) => s.articleId === 'b', '#auto');
      await poll(page, async () => (await events(page)).some((e) => e.type === 'error'), { what: 'the error event' });
      await page.evaluate(() => document.getElementById('ok').open('b'));
      await settled(page, (s) => s.articleId === 'b', '#ok');
      const seen = await events(page);
      const of = (id, type) => seen.filter((e) => e.id === id && e.type === type).map((e) => e.detail);

      assert.deepEqual(of('ok', 'ready').map((d) => d.renderer), ['webgl2']);
      assert.deepEqual(of('ok', 'articlechange'), [
        { id: 'a', title: byId('a').headline, route: '#/article/a' },
        { id: 'b', title: byId('b').headline, route: '#/article/b' }]);
      const [error] = of('bad', 'error');
      assert.match(error.message, /missing\/feed\.json/);
      assert.match(error.message, /404/);
      assert.equal(await page.evaluate(() => document.getElementById('bad').dataset.error), error.message);
      const resized = of('auto', 'resize');
      assert.ok(resized.length >= 1, 'no resize event');
      assert.equal(resized.at(-1).height, auto.docHeight);
      assert.equal(await page.evaluate(() => document.getElementById('auto').getBoundingClientRect().height), auto.docHeight);
      assert.deepEqual(of('ok', 'resize'), [], 'a viewer the page sizes does not resize itself');
    }, /404.*missing\/feed\.json/));

  test('three viewers download the wasm, the viewer and each font once', { timeout: TIMEOUT }, () =>
    withBrowser({ viewport: { width: 1280, height: 1400 } }, async (page) => {
      const requests = [];
      page.on('request', (r) => requests.push(new URL(r.url()).pathname));
      await trackInstances(page);
      const url = writePage('three.html', ['a', 'b', 'c'].map((id) =>
        `<folio-viewer id="v${id}" bundle="feed.json" article="${id}" height="400px"></folio-viewer>`).join('\n'));
      await page.goto(at(url));
      for (const id of ['a', 'b', 'c']) await settled(page, (s) => s.articleId === id, `#v${id}`);
      assert.equal(await liveInstances(page), 3);
      const count = (suffix) => requests.filter((p) => p.endsWith(suffix)).length;
      assert.equal(count('/folio.wasm'), 1, requests.join('\n'));
      assert.equal(count('/folio.js'), 1, requests.join('\n'));
      const fonts = requests.filter((p) => p.includes('/fonts/'));
      assert.ok(fonts.length >= 5, fonts.join());
      assert.equal(new Set(fonts).size, fonts.length, `a font was fetched twice: ${fonts.join()}`);
    }));

  test('removing a viewer frees its wasm instance; adding it back starts it again', { timeout: TIMEOUT }, () =>
    withBrowser({}, async (page) => {
      await trackInstances(page);
      const url = writePage('remove.html', `
        <folio-viewer id="one" bundle="feed.json" article="a" height="300px"></folio-viewer>
        <folio-viewer id="two" bundle="feed.json" article="b" height="300px"></folio-viewer>`);
      await page.goto(at(url));
      await settled(page, (s) => s.articleId === 'a', '#one');
      await settled(page, (s) => s.articleId === 'b', '#two');
      assert.equal(await liveInstances(page), 2);
      await page.evaluate(() => { window.__kept = document.getElementById('one'); window.__kept.remove(); });
      await page.waitForTimeout(200);
      assert.equal(await page.evaluate(() => window.__kept.state().state), 'placeholder');
      assert.equal(await liveInstances(page), 1);
      assert.equal((await viewerState(page, '#two')).articleId, 'b');
      await page.evaluate(() => document.body.prepend(window.__kept));
      await settled(page, (s) => s.articleId === 'a', '#one');
      assert.equal(await liveInstances(page), 2);
      await assertDrawn(page, '#one');
    }));

  test('a viewer below the fold fetches nothing until it is scrolled near, and shows its placeholder', { timeout: TIMEOUT }, () =>
    withBrowser({}, async (page) => {
      const requests = [];
      page.on('request', (r) => requests.push(new URL(r.url()).pathname));
      const a = byId('a');
      const url = writePage('lazy.html', `
        <p>The host's article.</p><div style="height: 3000px"></div>
        <folio-viewer id="lazy" bundle="feed.json" article="a" height="400px"
          headline="${a.headline}" standfirst="A standfirst from the host"></folio-viewer>`);
      await page.goto(at(url));
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(1000);
      const viewerFiles = (list) => list.filter((p) => /folio\.js$|\.wasm$|\/fonts\/|feed\.json$|\/articles\//.test(p));
      assert.deepEqual(viewerFiles(requests), [], 'fetched before it was near the viewport');
      assert.equal(await page.evaluate(() => document.getElementById('lazy').dataset.state), 'placeholder');
      const placeholder = await page.evaluate(() => document.getElementById('lazy').shadowRoot.querySelector('.placeholder').innerText);
      assert.match(placeholder, new RegExp(a.headline));
      assert.match(placeholder, /A standfirst from the host/);
      await page.evaluate(() => window.scrollTo(0, 2700));
      await settled(page, (s) => s.articleId === 'a', '#lazy');
      assert.ok(viewerFiles(requests).some((p) => p.endsWith('.wasm')), requests.join('\n'));
    }));

  test('an auto-height viewer is as tall as its article; the page scrolls and the viewer draws what is in view', { timeout: TIMEOUT }, () =>
    withBrowser({ viewport: { width: 1000, height: 700 } }, async (page, context) => {
      await context.addInitScript(() => {
        window.__raf = 0;
        const raf = window.requestAnimationFrame.bind(window);
        window.requestAnimationFrame = (cb) => raf((t) => { window.__raf++; cb(t); });
      });
      const url = writePage('auto.html', `
        <p>The host's article, above the viewer.</p><div style="height: 500px"></div>
        <folio-viewer id="auto" bundle="feed.json" article="c" height="auto"></folio-viewer>
        <div style="height: 800px"></div><p id="below">Below the viewer.</p>`);
      await page.goto(at(url));
      let s = await settled(page, (s) => s.articleId === 'c', '#auto');
      const box = () => page.evaluate(() => {
        const el = document.getElementById('auto'), canvas = el.shadowRoot.querySelector('canvas');
        return { top: el.getBoundingClientRect().top + scrollY, height: el.getBoundingClientRect().height,
                 canvasTop: canvas.offsetTop, canvasHeight: canvas.getBoundingClientRect().height, scrollY, innerHeight };
      });
      let b = await box();
      assert.ok(s.externalScroll, 'the viewer should leave scrolling to the page');
      assert.ok(s.docHeight > 3 * b.innerHeight, `docHeight ${s.docHeight}`);
      assert.equal(b.height, s.docHeight);
      assert.ok(b.canvasHeight <= b.innerHeight, `canvas ${b.canvasHeight}px in a ${b.innerHeight}px window`);

      // The wheel over the viewer scrolls the page; the viewer shows the part in view.
      await page.mouse.move(500, 600);
      for (let i = 0; i < 6; ++i) await page.mouse.wheel(0, 400);
      await poll(page, async () => (await page.evaluate(() => scrollY)) >= 1500, { what: 'the page to scroll' });
      s = await settled(page, (s) => s.scrollY > 0, '#auto');
      b = await box();
      assert.equal(s.scrollY, Math.round(b.scrollY - b.top));
      assert.equal(b.canvasTop, s.scrollY);
      await assertDrawn(page, '#auto');
      await saveScreenshot(page, 'embed-auto-height.png');

      // Idle: no frames and no animation frames.
      await page.waitForTimeout(300);
      const raf0 = await page.evaluate(() => window.__raf), f0 = (await viewerState(page, '#auto')).framesRendered;
      await page.waitForTimeout(1500);
      assert.equal(await page.evaluate(() => window.__raf) - raf0, 0, 'animation frames while idle');
      assert.equal((await viewerState(page, '#auto')).framesRendered - f0, 0, 'frames while idle');

      // Keys scroll the page too: End brings the article's end into view.
      await page.mouse.click(500, 400);
      await page.keyboard.press('End');
      await poll(page, async () => (await viewerState(page, '#auto')).scrollY === s.scrollMax, { what: 'End to reach the end' });
      b = await box();
      assert.ok(Math.abs(b.scrollY + b.innerHeight - (b.top + b.height)) <= 2, `the viewer's end is at the window's bottom: ${JSON.stringify(b)}`);
    }));

  test('an auto-height viewer keeps the reader\'s place when a setting changes: it asks the page to scroll with the text', { timeout: TIMEOUT }, () =>
    withBrowser({ viewport: { width: 1000, height: 700 } }, async (page) => {
      const url = writePage('auto-keep.html', `
        <div style="height: 300px"></div>
        <folio-viewer id="auto" bundle="feed.json" article="c" height="auto"></folio-viewer>
        <div style="height: 800px"></div>`);
      await page.goto(at(url));
      let s = await settled(page, (s) => s.articleId === 'c', '#auto');
      await page.mouse.move(500, 400);
      for (let i = 0; i < 4; ++i) await page.mouse.wheel(0, 400);
      s = await settled(page, (s) => s.scrollY >= 1000, '#auto');
      const before = s;
      // A larger text size (Ctrl+=) makes the article taller: the text at the top of the view moves down the
      // document, and the page must follow it rather than show some earlier text.
      await page.mouse.click(500, 400);
      await page.keyboard.press('Control+Equal');
      s = await settled(page, (s) => s.docHeight > before.docHeight, '#auto');
      // The text above the place grew (the headline's and labels' sizes less than the body's): the place moves down
      // by some of the growth; without the page following, it stays where it was, on earlier text.
      const moved = await poll(page, async () => {
        const now = await viewerState(page, '#auto');
        return now.scrollY >= before.scrollY + 0.02 * before.scrollY ? now : null;
      }, { what: 'the page to follow the text', timeout: 5000 }).catch(() => null);
      const after = moved ?? await viewerState(page, '#auto');
      assert.ok(moved, `the place moved with the text: ${before.scrollY} of ${before.docHeight} to ${after.scrollY} of ${after.docHeight}`);
    }));

  test('an auto-height viewer inside a scrolling box draws the part the box shows, and its keys scroll the box', { timeout: TIMEOUT }, () =>
    withBrowser({ viewport: { width: 1000, height: 700 } }, async (page) => {
      const url = writeBoxPage('auto-box.html', '<folio-viewer id="auto" bundle="feed.json" article="c" height="auto"></folio-viewer>');
      await page.goto(at(url));
      let s = await settled(page, (s) => s.articleId === 'c', '#auto');
      const box = () => page.evaluate(() => {
        const el = document.getElementById('auto'), div = document.getElementById('box');
        const canvas = el.shadowRoot.querySelector('canvas'), d = div.getBoundingClientRect(), r = el.getBoundingClientRect();
        return { viewerTop: r.top, viewerBottom: r.bottom, boxTop: d.top + div.clientTop, boxBottom: d.top + div.clientTop + div.clientHeight,
                 canvasTop: canvas.getBoundingClientRect().top, canvasHeight: canvas.getBoundingClientRect().height,
                 boxScroll: div.scrollTop, windowScroll: scrollY };
      });
      let b = await box();
      assert.ok(b.canvasHeight <= b.boxBottom - b.boxTop, `the canvas is never taller than the box: ${JSON.stringify(b)}`);
      // Keyboard focus (Tab from the page) outlines the embedded canvas.
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => getComputedStyle(document.getElementById('auto').shadowRoot.querySelector('canvas')).outlineStyle), 'solid');
      // Page Down and End scroll the box, not the window; the viewer draws what the box shows.
      await page.keyboard.press('PageDown');
      await poll(page, async () => (await box()).boxScroll > 100, { what: 'Page Down to scroll the box' });
      s = await settled(page, (s) => s.scrollY > 0, '#auto');
      b = await box();
      assert.equal(b.windowScroll, 0, 'the window stays put');
      assert.equal(s.scrollY, Math.round(b.boxTop - b.viewerTop), `the viewer draws from the box's top: ${JSON.stringify(b)}`);
      assert.ok(Math.abs(b.canvasTop - b.boxTop) <= 1, `the canvas sits at the box's top: ${JSON.stringify(b)}`);
      await page.keyboard.press('End');
      await poll(page, async () => (await viewerState(page, '#auto')).scrollY === s.scrollMax, { what: 'End to reach the end' });
      b = await box();
      assert.equal(b.windowScroll, 0, 'the window stays put');
      assert.ok(Math.abs(b.viewerBottom - b.boxBottom) <= 2, `the viewer's end is at the box's bottom: ${JSON.stringify(b)}`);
      await assertDrawn(page, '#auto');
      await saveScreenshot(page, 'embed-auto-height-box.png');
    }));
});
