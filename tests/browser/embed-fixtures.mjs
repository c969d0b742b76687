// Fixtures of the embedding tests: a small bundle (written with JSON.stringify) and host pages, under
// build/web/test-fixtures/embed/, and helpers that read viewers by polling from Node (page.evaluate goes through
// the DevTools protocol, so it works on a page whose Content-Security-Policy forbids eval; waitForFunction
// would not).
import fs from 'node:fs';
import path from 'node:path';
import { WEB_ROOT } from './harness.mjs';

export const DIR = path.join(WEB_ROOT, 'test-fixtures/embed');
export const FEED = 'test-fixtures/embed/feed.json';   // from the site's root
export const PAGE_BUNDLE = 'feed.json';                // from a page in DIR

// Newest first once sorted: c, b, a; then 20 older short items so the feed scrolls.
export const ARTICLES = [
  { id: 'a', section: 'Science', date: '2024-03-01T09:00:00Z', headline: 'Probe reaches the outer moons',
    body: [{ type: 'paragraph', text: 'The probe sent its first pictures of the outer moons on Friday, the agency said.' },
           { type: 'quote', text: 'We have waited eleven years for this morning.', attribution: 'Mission director' },
           { type: 'paragraph', text: 'Engineers said the cameras were working as designed.' }] },
  { id: 'b', section: 'World', date: '2024-03-02T09:00:00Z', headline: 'Talks resume after a long pause',
    body: [{ type: 'paragraph', text: 'Negotiators met again on Saturday. The draft was discussed for six hours.' }] },
  { id: 'c', section: 'World', date: '2024-03-03T09:00:00Z', headline: 'Ports reopen as the strike ends',
    body: Array.from({ length: 40 }, (_, i) => ({ type: 'paragraph', text: `Paragraph ${i + 1}: dock workers returned to the ports on Sunday after a strike that lasted nine days, and shipping lines said the backlog would take weeks to clear.` })) },
  ...Array.from({ length: 20 }, (_, i) => ({
    id: `old${i}`, section: 'Archive', date: `2023-01-${String(i + 1).padStart(2, '0')}T09:00:00Z`, headline: `Archive story number ${i + 1}`,
    body: [{ type: 'paragraph', text: `An older story, number ${i + 1}.` }] })),
];

export function writeBundle() {
  fs.mkdirSync(path.join(DIR, 'articles'), { recursive: true });
  const items = ARTICLES.map((a) => ({
    id: a.id, title: a.headline, summary: a.body[0].text, date_published: a.date,
    _folio: { article: `articles/${a.id}.json`, section: a.section },
  }));
  fs.writeFileSync(path.join(DIR, 'feed.json'), JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Embed desk', items }));
  for (const a of ARTICLES) {
    fs.writeFileSync(path.join(DIR, 'articles', `${a.id}.json`), JSON.stringify({
      id: a.id, headline: a.headline, description: `About ${a.headline.toLowerCase()}.`, articleSection: a.section,
      datePublished: a.date, inLanguage: 'en', body: a.body,
    }));
  }
}

// A host page in DIR: the body's HTML, with folio-embed.js included once; returns its path from the site's root.
export function writePage(name, body, { head = '' } = {}) {
  fs.writeFileSync(path.join(DIR, name), `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${name}</title>${head}
<script type="module" src="../../folio-embed.js"></script></head>
<body>${body}</body></html>`);
  return `test-fixtures/embed/${name}`;
}

// A host page whose viewer (the HTML `embed`) sits in a 400 px scrolling box (#box) below a line of text, with a
// long page under the box; `tail` goes at the end of the body. Returns its path from the site's root.
export function writeBoxPage(name, embed, tail = '') {
  return writePage(name, `
    <p>The host's page, above the box.</p>
    <div id="box" style="height: 400px; overflow: auto; border: 1px solid #888">
      <p>The host's article, above the embed.</p>${embed}<p>After the embed.</p>
    </div>
    <div style="height: 2000px"></div>${tail}`);
}

export function removeFixtures() { fs.rmSync(DIR, { recursive: true, force: true }); }

// Polls fn(page) from Node until it returns a truthy value; returns it. Throws with the last value on timeout.
export async function poll(page, fn, { timeout = 30_000, what = 'condition' } = {}) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    last = await fn(page);
    if (last) return last;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

// The state() of the viewer matching selector (in frame or page), or null before it runs.
export const viewerState = (where, selector = 'folio-viewer') =>
  where.evaluate((sel) => { const el = document.querySelector(sel); return el?.folio ? el.state() : null; }, selector);

// Waits until that viewer's state satisfies test(state) and no frame is pending; returns the state.
export function settled(where, test = (s) => s.state === 'article', selector = 'folio-viewer', timeout = 45_000) {
  return poll(where, async () => {
    const s = await viewerState(where, selector);
    return s && s.fontsReady && !s.framePending && test(s) ? s : null;
  }, { timeout, what: `${selector} to settle` });
}

// Starts recording the viewers' events into window.__events (type, detail, viewer id); read with events(page).
export function recordEvents(page) {
  return page.addInitScript(() => {
    window.__events = [];
    for (const type of ['ready', 'articlechange', 'error', 'resize']) {
      document.addEventListener(type, (e) => {
        if (e.target?.localName !== 'folio-viewer') return;
        const detail = type === 'ready' ? { renderer: e.detail.renderer, state: e.detail.state.state } : e.detail;
        window.__events.push({ type, id: e.target.id, detail: JSON.parse(JSON.stringify(detail)) });
      }, true);
    }
  });
}
export const events = (page) => page.evaluate(() => window.__events);
