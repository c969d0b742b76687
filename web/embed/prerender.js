// A full-page viewer over its page's own HTML (an article's page, articles/ID.html, or the feed's first page
// rendered into index.html): that HTML is the first paint and stays the reader's page, scrolled by the window,
// until the viewer can draw. Then the viewer takes over in place: it waits while the reader is selecting,
// pressing or scrolling, and puts the block the reader was at where they had it (by its text: the canvas draws
// the same blocks). And the real addresses such pages give (addresses="pages"): each article is its page's URL,
// pushed with the History API, the feed the viewer's own page; other views (a section, a search) are that page with
// the route as its #fragment. Hash addresses of articles are taken as their pages' (a redirect in place). The
// page's palette is kept for main.js to set before the next load's first paint (keepPagePalette).
import { PALETTES } from './styles.js';

// The elements of the page's HTML that hold a block's text (innermost: a feed entry's title and summary, not
// the entry around them).
const BLOCKS = 'h1, h2, h3, h4, p, li:not(:has(p, h2, h3)), figcaption, pre';
const SETTLE_MS = 200; // how long after the last scroll the reader counts as still

const text = (el) => el.textContent.replace(/\s+/g, ' ').trim();

// Where the reader is in the page's HTML under host: the first block whose bottom is below the window's top, as
// { text, nth (how many blocks before it have the same text), y (its top in the window), fraction (of it above
// the window's top) }; null at the top of the page (the canvas starts at its top too) or with no block in view.
export function readingAnchor(host) {
  if (window.scrollY <= 0) return null;
  const blocks = [...host.querySelectorAll(BLOCKS)].filter((el) => text(el));
  const seen = new Map();
  for (const el of blocks) {
    const t = text(el);
    const nth = seen.get(t) ?? 0;
    seen.set(t, nth + 1);
    const r = el.getBoundingClientRect();
    if (r.height <= 0 || r.bottom <= 0) continue;
    return { text: t, nth, y: r.top, fraction: r.top < 0 ? Math.min(1, -r.top / r.height) : 0 };
  }
  return null;
}

// Without WebGL the viewer's mirror is the reader: the mirror's block with the anchor's text (the nth of them) is
// put where the reader had it, scrolling scroller (the viewer, which scrolls the mirror).
export function placeInMirror(mirror, scroller, anchor) {
  const same = [...mirror.querySelectorAll(BLOCKS)].filter((el) => text(el) === anchor.text);
  const el = same[Math.min(anchor.nth, same.length - 1)];
  if (!el) return;
  const r = el.getBoundingClientRect();
  scroller.scrollTop += r.top + anchor.fraction * r.height - Math.max(0, anchor.y);
}

// Resolves once the reader is neither selecting text in host's HTML, pressing, nor scrolling (SETTLE_MS after the
// last scroll); signal's abort rejects it.
export function readerSettled(host, signal) {
  return new Promise((resolve, reject) => {
    let pressed = 0, lastScroll = 0, timer = 0;
    const selecting = () => {
      const s = document.getSelection();
      return !!s && !s.isCollapsed && s.rangeCount > 0 && host.contains(s.getRangeAt(0).commonAncestorContainer);
    };
    const listeners = [
      ['pointerdown', () => { pressed++; }],
      ['pointerup', () => { pressed = Math.max(0, pressed - 1); check(); }],
      ['pointercancel', () => { pressed = Math.max(0, pressed - 1); check(); }],
      ['scroll', () => { lastScroll = performance.now(); check(); }],
      ['selectionchange', () => check()],
    ];
    const done = (settle) => {
      clearTimeout(timer);
      for (const [type, fn] of listeners) (type === 'selectionchange' ? document : window).removeEventListener(type, fn, true);
      signal.removeEventListener('abort', aborted);
      settle();
    };
    const aborted = () => done(() => reject(new DOMException('stopped', 'AbortError')));
    function check() {
      clearTimeout(timer);
      if (pressed || selecting()) return; // the next pointerup or selectionchange looks again
      const wait = SETTLE_MS - (performance.now() - lastScroll);
      if (wait > 0) timer = setTimeout(check, wait);
      else done(resolve);
    }
    for (const [type, fn] of listeners) (type === 'selectionchange' ? document : window).addEventListener(type, fn, true);
    signal.addEventListener('abort', aborted);
    check();
  });
}

// Resolves once the page has painted a frame (a task after the next animation frame's callbacks: the frame they
// belong to has been drawn), so work started then does not hold back the page's first paint.
export function afterPaint() {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

// The next n animation frames.
export function frames(n) {
  return new Promise((resolve) => {
    const step = () => (--n <= 0 ? resolve() : requestAnimationFrame(step));
    requestAnimationFrame(step);
  });
}

const ARTICLE = '#/article/';

// Where the page's palette is kept for main.js: { theme, vars } (styles.js PALETTES[theme]).
const PAGE_PALETTE = 'folio:page-palette';

// Keeps the palette of the theme the page is shown in for the next load, whose main.js sets it on the page's root
// as soon as it runs (before the page's first paint, once main.js is cached) where the reader's theme is still
// that one; "auto" or a theme without a palette keeps none.
export function keepPagePalette(theme) {
  try {
    if (PALETTES[theme]) localStorage.setItem(PAGE_PALETTE, JSON.stringify({ theme, vars: PALETTES[theme] }));
    else localStorage.removeItem(PAGE_PALETTE);
  } catch {
    // no storage (a private window's quota, or storage blocked): the palette comes with the viewer, as before
  }
}

// The theme the page's reader chose in the viewer (its stored settings, "folio:settings" in localStorage: the full
// page's), or '' for none or unreadable.
export function storedTheme() {
  try {
    const theme = JSON.parse(localStorage.getItem('folio:settings') ?? '{}')?.theme;
    return typeof theme === 'string' ? theme : '';
  } catch {
    return '';
  }
}

// The viewer's page for a bundle (the feed's address): the page beside folio-embed.js (base), with ?bundle= when
// the bundle is not the one that page opens by default (bundle/feed.json beside it).
export function viewerHome(base, bundle) {
  if (bundle === new URL('bundle/feed.json', base).href) return new URL('./', base);
  const relative = bundle.startsWith(base.href) ? bundle.slice(base.href.length) : bundle;
  return new URL(`./?bundle=${encodeURIComponent(relative)}`, base);
}

// Routes to addresses and back for a full page with real addresses. bundle: the feed's URL (its articles are
// articles/ID.html beside it); home: the viewer's own page (the feed's address). Null when the bundle is on
// another origin than the page (the History API cannot name its pages): the page keeps #routes.
export function pageAddresses(bundle, home) {
  const articles = new URL('articles/', bundle);
  if (articles.origin !== location.origin) return null;
  home = new URL(home);
  home.hash = '';
  const idOf = (route) => decodeURIComponent(route.slice(ARTICLE.length).split(/[?#]/)[0]);
  return {
    // The address of a route (a URL string).
    urlFor(route) {
      if (route.startsWith(ARTICLE) && idOf(route)) return new URL(`${encodeURIComponent(idOf(route))}.html`, articles).href;
      if (!route || route === '#/' || route === '#') return home.href;
      return home.href + route;
    },
    // The route an address names: an article's page, the viewer's page with its #route ('' for none), else null.
    routeFor(href) {
      const url = new URL(href);
      const path = url.origin + url.pathname;
      if (path.startsWith(articles.href) && path.endsWith('.html')) {
        const id = path.slice(articles.href.length, -'.html'.length);
        if (id && !id.includes('/')) return ARTICLE + id;
      }
      if (path === home.origin + home.pathname || (home.pathname.endsWith('/') && path === `${home.origin}${home.pathname}index.html`)) {
        return url.hash && url.hash !== '#' ? url.hash : ''; // '': the page itself (the feed, or its article=)
      }
      return null;
    },
  };
}
