// The accessibility mirror: the viewer's content as semantic DOM, built from the JSON the wasm module gives
// (folio_mirror(); its shape is in src/ui/mirror.h). An article becomes <article> with <h1>, <p>,
// <blockquote>/<cite>, lists and links, photos (the lead one under the standfirst, the body's in their places) as
// <figure> with <img alt> (no src: the canvas shows the picture) and <figcaption>; the feed a list of links; the
// search view its summary (a status), its filters (links, the ones on aria-current) and its results as links; and
// where the viewer can search, a search landmark leading to the search view (the canvas's toolbar field), or,
// where nothing draws (no WebGL: the mirror is the reader), a search form of its own (its submit event is the
// element's to turn into the search route, searchRoute below), and a "More" button (data-more) where the feed or
// the results go on, as scrolling to their end would load on the canvas. Built
// with createElement and textContent only. The article, and each feed item, carries its lang and dir (dir="auto"
// for text whose language is not known: the browser takes its first strong character, as the canvas does).
// Every link carries data-target, the same target the canvas's link has, so focus can be mirrored there.

// The route of a search for what a reader typed (src/ui/routes.cpp SearchRoute, without options).
export function searchRoute(query) { return `#/search/${encodeURIComponent(query.trim())}`; }

// buildMirror(data, linkFor, { reader }) -> a DocumentFragment. linkFor(route) gives the href of an in-viewer
// route; reader: nothing draws, the mirror is what the reader sees and uses (a search form, "More" buttons).
export function buildMirror(data, linkFor, { reader = false } = {}) {
  const frag = document.createDocumentFragment();
  const el = (tag, props = {}, ...children) => {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(props)) {
      if (v === undefined || v === null || v === '') continue;
      if (k === 'text') node.textContent = v;
      else if (k === 'className') node.className = v;
      else node.setAttribute(k, v);
    }
    for (const c of children) if (c) node.append(c);
    return node;
  };
  // A link to a route inside the viewer; content is its text or a node.
  const routeLink = (route, content, className, current) =>
    el('a', { href: linkFor(route), 'data-target': route, 'data-route': route, className, 'aria-current': current ? 'true' : '' }, content);
  const spans = (parent, list) => {
    for (const s of list ?? []) {
      let node = document.createTextNode(s.t ?? '');
      if (s.code) node = el('code', {}, node);
      if (s.em) node = el('em', {}, node);
      if (s.strong) node = el('strong', {}, node);
      if (s.href?.startsWith('#/')) node = routeLink(s.href, node);
      else if (s.href) node = el('a', { href: s.href, 'data-target': s.href, target: '_blank', rel: 'noopener noreferrer' }, node);
      parent.append(node);
    }
    return parent;
  };
  const time = (date, datetime) => (date ? el('time', { datetime, text: date }) : null);
  // A photo ({ alt, caption, credit }: a photo block, or an article's lead image).
  const photo = (p) => el('figure', { className: 'photo' },
    el('img', { alt: p.alt || 'A photo without a description' }),
    p.caption || p.credit ? el('figcaption', { text: [p.caption, p.credit].filter(Boolean).join('  ') }) : null);

  // Back to the whole feed, named as the canvas's toolbar names it (for readers of the mirror without the canvas).
  const back = (feed) => el('nav', { 'aria-label': 'Folio' }, el('p', { className: 'meta' }, routeLink('#/', `‹ ${feed}`)));

  // The search landmark: the search view (its field is the text agent, labelled "Search articles").
  if (data.searchLandmark && reader) {
    const label = data.searchLandmark.label;
    const field = el('input', { type: 'search', name: 'q', 'aria-label': label, placeholder: label, enterKeyHint: 'search' });
    field.value = data.view === 'search' ? data.search.query ?? '' : '';
    frag.append(el('form', { role: 'search', 'aria-label': label, className: 'search' },
      field, el('button', { type: 'submit', text: 'Search' })));
  } else if (data.searchLandmark) {
    frag.append(el('div', { role: 'search', 'aria-label': data.searchLandmark.label },
      routeLink(data.searchLandmark.route, data.searchLandmark.label)));
  }
  // The next page, for a reader with nothing drawn (the canvas loads it as the reader scrolls to the end).
  const more = (label) => el('button', { type: 'button', className: 'more', 'data-more': 'next', text: label });
  // A list of articles (the feed's items, the search's results).
  const cards = (items) => {
    const list = el('ul', { className: 'feed' });
    for (const it of items) {
      const li = el('li', { lang: it.lang, dir: it.dir });
      if (it.section) li.append(el('p', { className: 'section' }, routeLink(it.sectionRoute, it.section)));
      li.append(el('h2', {}, routeLink(it.route, it.title)));
      if (it.summary) li.append(el('p', { text: it.summary }));
      if (it.date) li.append(el('p', { className: 'meta' }, time(it.date, it.datetime)));
      list.append(li);
    }
    return list;
  };

  if (data.view === 'article') {
    const a = data.article;
    frag.append(back(a.feed));
    const article = el('article', { lang: a.lang, dir: a.dir });
    if (a.section) article.append(el('p', { className: 'section' }, routeLink(a.sectionRoute, a.section)));
    article.append(el('h1', { tabindex: '-1', text: a.headline }));
    if (a.standfirst) article.append(el('p', { className: 'standfirst', text: a.standfirst }));
    if (a.image) article.append(photo(a.image)); // the lead photo, under the standfirst as the canvas draws it
    const meta = el('p', { className: 'meta' });
    for (const part of [a.dateline, a.byline, time(a.date, a.datetime), a.readingTime]) {
      if (!part) continue;
      if (meta.childNodes.length) meta.append(' · ');
      meta.append(part);
    }
    if (meta.childNodes.length) article.append(meta);
    for (const b of a.blocks) article.append(block(b));
    if (a.related.length) {
      article.append(el('nav', { 'aria-label': 'Related' }, el('h2', { text: 'Related' }),
        el('ul', {}, ...a.related.map((r) => el('li', {}, routeLink(r.route, r.title))))));
    }
    frag.append(article);
  } else if (data.view === 'feed') {
    const f = data.feed;
    if (f.label) frag.append(back(f.title));
    const section = el('section', { 'aria-label': f.title });
    section.append(el('h1', { tabindex: '-1', text: f.title }));
    if (f.label) section.append(el('p', { className: 'meta', text: f.label }));
    section.append(cards(f.items));
    // The feed's end as the canvas says it (src/ui/feed_document.cpp).
    const end = { loading: 'Loading more…', error: 'More articles could not be loaded.', end: f.items.length ? 'You have reached the end.' : 'No articles here.' }[f.end];
    if (end) section.append(el('p', { className: 'meta end', 'data-end': f.end, text: end }));
    if (reader && (f.end === 'more' || f.end === 'error')) section.append(more('More articles'));
    if (f.endNote) section.append(el('p', { className: 'meta', text: f.endNote }));
    frag.append(section);
  } else if (data.view === 'search') {
    const s = data.search;
    frag.append(back(s.feed));
    const section = el('section', { 'aria-label': 'Search results' });
    section.append(el('h1', { tabindex: '-1', text: 'Search' }));
    section.append(el('p', { className: 'meta', role: 'status', text: s.summary }));
    if (s.error) section.append(el('p', { className: 'meta', text: s.error }));
    if (s.filters.length) {
      section.append(el('nav', { 'aria-label': 'Order and filters' },
        el('ul', { className: 'filters' }, ...s.filters.map((f) => el('li', {}, routeLink(f.route, f.label, '', f.selected))))));
    }
    section.append(cards(s.items));
    if (s.end === 'loading') section.append(el('p', { className: 'meta end', 'data-end': 'loading', text: 'Loading more…' }));
    if (reader && s.end === 'more') section.append(more('More results'));
    frag.append(section);
  }
  return frag;

  function block(b) {
    switch (b.type) {
      case 'h': return spans(el(`h${Math.min(4, Math.max(2, b.level ?? 2))}`), b.text);
      case 'quote':
      case 'pullquote':
        return el('figure', { className: b.type },
          el('blockquote', {}, spans(el('p'), b.text)),
          b.cite ? el('figcaption', {}, b.type === 'quote' ? '— ' : '', el('cite', { text: b.cite })) : null);
      case 'list': return el(b.ordered ? 'ol' : 'ul', {}, ...b.items.map((item) => spans(el('li'), item)));
      case 'photo': return photo(b);
      case 'divider': return el('hr');
      case 'code': { // text as written, its lines kept; the language as HTML's convention names it
        const code = el('code', b.lang ? { className: `language-${b.lang}` } : {}, document.createTextNode(b.code ?? ''));
        return el('pre', {}, code);
      }
      default: return spans(el('p'), b.text);
    }
  }
}
