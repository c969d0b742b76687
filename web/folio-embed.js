// <folio-viewer>: the Folio viewer as a custom element. A page includes this module once, for any number of
// viewers; each owns its canvas and its own wasm instance (sharing one compiled module and the fonts), and
// fetches nothing until it nears the viewport (loading="eager" starts at once). Until then it shows a light
// placeholder (the headline= and standfirst= attributes, and any child content). It keeps a semantic DOM mirror
// of what it shows for screen readers, keyboards and the browser's Find; without WebGL the mirror is the reader.
// It opens bundles only from the origins the page allows (embed/origins.js).
// A full-page viewer around the page's own HTML of what it opens (the article's page, the feed's prerendered first
// page) shows that HTML, scrolled by the window, until it can draw, then takes over in place (embed/prerender.js).
// Attributes and API: docs/embedding.md. Defines no globals: the element is the API.
import { BASE, FONTS } from './embed/runtime.js';
import { bundleRefusal } from './embed/origins.js';
import { startInstance } from './embed/instance.js';
import { buildMirror, searchRoute } from './embed/mirror.js';
import { MirrorSync } from './embed/mirror-sync.js';
import { Sizing } from './embed/sizing.js';
import { TextAgent } from './embed/text-agent.js';
import { afterPaint, frames, keepPagePalette, pageAddresses, placeInMirror, readerSettled, readingAnchor, storedTheme, viewerHome } from './embed/prerender.js';
import { pagePalette, viewerStyleSheet } from './embed/styles.js';

const REFLECTED = ['bundle', 'article', 'theme', 'height', 'route', 'headline', 'standfirst', 'loading'];
const NEAR = '400px 0px';     // how near the viewport a lazy viewer starts

class FolioViewer extends HTMLElement {
  static get observedAttributes() { return REFLECTED; }

  #shadow; #canvas; #mirror; #status; #headline; #standfirst;
  #instance = null;
  #started = false;      // from #start until #stop (the instance may still be on its way)
  #generation = 0;       // bumped by each start and stop; a start that was overtaken drops its instance
  #observer = null;      // IntersectionObserver while lazy
  #resizer = null;       // ResizeObserver while running
  #off = [];             // removes listeners installed while running
  #pendingState = null;
  #content = -1;         // the state's "content" counter the mirror was built for
  #article = '';
  #error = '';
  #sizing;
  #sync;
  #agent;                // the hidden <input> the canvas's text fields are typed into (embed/text-agent.js)
  #pendingSettings = null;
  #bundleUrl = '';       // the bundle's feed, absolute
  #addresses = null;     // a full page's real addresses (addresses="pages", embed/prerender.js), or null for #routes
  #takeOver = null;      // AbortController of the take-over from the page's HTML while one waits

  constructor() {
    super();
    this.#shadow = this.attachShadow({ mode: 'open' });
    this.#shadow.adoptedStyleSheets = [viewerStyleSheet()];
    const placeholder = document.createElement('div');
    placeholder.className = 'placeholder';
    placeholder.setAttribute('part', 'placeholder');
    this.#headline = placeholder.appendChild(document.createElement('p'));
    this.#headline.className = 'headline';
    this.#standfirst = placeholder.appendChild(document.createElement('p'));
    this.#standfirst.className = 'standfirst';
    placeholder.append(document.createElement('slot'));
    this.#mirror = document.createElement('div');
    this.#mirror.className = 'mirror';
    this.#mirror.setAttribute('part', 'mirror');
    this.#mirror.addEventListener('click', (e) => this.#mirrorClick(e));
    this.#mirror.addEventListener('submit', (e) => this.#mirrorSearch(e));
    this.#status = document.createElement('p');
    this.#status.className = 'status';
    this.#status.setAttribute('role', 'status');
    this.#status.setAttribute('aria-live', 'polite');
    this.#canvas = this.#newCanvas();
    this.#sizing = new Sizing(this, () => this.#canvas, this.#mirror);
    this.#sync = new MirrorSync(this, this.#shadow, this.#mirror);
    this.#agent = new TextAgent(() => this.#canvas);
    this.#shadow.append(placeholder, this.#canvas, this.#agent.element, this.#mirror, this.#status);
  }

  // ---- attributes and properties ------------------------------------------------------------------------------
  connectedCallback() {
    if (!this.dataset.state) this.dataset.state = 'placeholder';
    // A full page holding its own HTML shows it as the page until the canvas takes over, in the reader's theme.
    if (this.hasAttribute('fullpage') && this.firstElementChild && !this.#instance) {
      this.dataset.prerendered = '';
      const theme = this.getAttribute('theme') || storedTheme();
      pagePalette(document.documentElement, theme);
      keepPagePalette(theme);
    }
    this.#applyPlaceholder();
    this.#sizing.apply();
    if (this.#started || this.#observer) return;
    if (this.getAttribute('loading') === 'eager') { this.#start(); return; }
    this.#observer = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      this.#observer.disconnect();
      this.#observer = null;
      this.#start();
    }, { rootMargin: NEAR });
    this.#observer.observe(this);
  }

  disconnectedCallback() {
    // Moving the element fires disconnect and connect in one task: stop only if it stays out.
    queueMicrotask(() => { if (!this.isConnected) this.#stop(); });
  }

  attributeChangedCallback(name, old, value) {
    if (old === value) return;
    if (name === 'headline' || name === 'standfirst') this.#applyPlaceholder();
    else if (name === 'height') this.#sizing.apply();
    else if (name === 'bundle') { if (this.#started) this.#restart(); }
    else if (!this.#instance) return; // read when it starts
    else if (name === 'article' && value) this.#instance.open(value);
    else if (name === 'route' && value) this.#instance.go(value);
    else if (name === 'theme') this.settings = { theme: value || 'auto' };
  }

  // The viewer's state (src/ui/app.cpp StateJson plus the loop's counters); { state: "placeholder" } before it runs.
  state() { return this.#instance ? this.#instance.state() : { state: this.dataset.state || 'placeholder' }; }
  open(id) {
    if (this.#instance) this.#instance.open(id);
    else this.setAttribute('article', id);
  }
  back() {
    if (this.hasAttribute('fullpage')) history.back();
    else this.#instance?.back();
  }
  get settings() {
    return this.#instance ? this.#instance.state().settings : { ...this.#pendingSettings };
  }
  set settings(value) {
    if (!this.#instance) { this.#pendingSettings = { ...this.#pendingSettings, ...value }; return; }
    this.#instance.settings(JSON.stringify({ ...this.#instance.state().settings, ...value }));
  }
  get folio() { return this.#instance ? this : null; } // the API once the viewer runs (the page's tests use it)
  // For an iframe's page (embed.html): the part of this document the parent's window shows, in this window's
  // coordinates. An auto-height viewer then draws that part rather than its own window's.
  setHostViewport(top, height) { this.#sizing.setHostViewport(top, height); }

  // ---- starting and stopping ----------------------------------------------------------------------------------
  async #start() {
    const generation = ++this.#generation;
    this.#started = true;
    this.dataset.state = 'loading';
    this.#say('Loading…');
    const page = this.hasAttribute('fullpage');
    // bundle= is relative to the page, like any URL attribute; without one, the sample beside the script.
    const attr = this.getAttribute('bundle');
    let bundle;
    try {
      bundle = new URL(attr || 'bundle/feed.json', attr ? document.baseURI : BASE).href;
    } catch {
      bundle = attr; // not a URL: the check below says so
    }
    this.#bundleUrl = bundle;
    // A bundle from an origin the page does not allow is refused before anything starts (every fetch is checked
    // again in runtime.js, after redirects too).
    const refused = bundleRefusal(bundle);
    if (refused) {
      this.#fail(`The bundle was not opened: ${refused}.`);
      return;
    }
    this.#addresses = page && this.getAttribute('addresses') === 'pages'
      ? pageAddresses(bundle, this.getAttribute('home') ? new URL(this.getAttribute('home'), document.baseURI) : viewerHome(BASE, bundle))
      : null;
    // A viewer's page under a name of its own (news.html beside index.html), neither the viewer's home nor an
    // article's page, is the home of its own feed.
    if (this.#addresses && this.#addresses.routeFor(location.href) === null && !this.getAttribute('home')) {
      this.#addresses = pageAddresses(bundle, new URL(location.href));
    }
    const named = this.#addresses?.routeFor(location.href); // the viewer's page itself (''): its article=, else the feed
    const route = !page ? this.getAttribute('route') || ''
      : !this.#addresses ? location.hash : named || (named === '' && !this.getAttribute('article') ? '#/' : '');
    // Over the page's own HTML, the viewer starts (compiles, instantiates, lays out) once that HTML has painted.
    if ('prerendered' in this.dataset) {
      await afterPaint();
      if (generation !== this.#generation) return;
    }
    const options = {
      bundle, fonts: FONTS,
      article: route ? '' : this.getAttribute('article') || '',
      route,
      theme: this.getAttribute('theme') || '',
      restoreScroll: page ? 'true' : 'false',
    };
    let instance;
    try {
      instance = await startInstance({
        canvas: this.#canvas, keyTarget: this.#shadow, options, page,
        hooks: {
          state: (s) => { this.#pendingState = s; queueMicrotask(() => this.#flush()); },
          title: (title) => { if (page) document.title = title; },
          scroll: (y) => queueMicrotask(() => this.#scrollHost(y)),
          linkTo: (route) => this.#linkFor(route),
          route: this.#addresses ? (r, push) => this.#setAddress(r, push) : null,
        },
      });
    } catch (err) {
      if (generation === this.#generation) this.#fail(`The viewer could not start: ${err?.message ?? err}`);
      return;
    }
    if (generation !== this.#generation) { instance.stop(); return; }
    this.#instance = instance;
    this.dataset.renderer = instance.renderer;
    this.#wire(page);
    // The full page takes the keys at once; the first view then moves focus to its heading (MirrorSync).
    if (page && instance.renderer === 'webgl2' && !('prerendered' in this.dataset)) this.#canvas.focus({ preventScroll: true });
    if (this.#pendingSettings) { this.settings = this.#pendingSettings; this.#pendingSettings = null; }
    this.#sizing.attach(instance);
    this.#sync.attach(instance);
    this.#agent.attach(instance);
    this.#flush();
    this.#emit('ready', { renderer: instance.renderer, state: instance.state() });
  }

  // Listeners that live as long as the instance.
  #wire(page) {
    const on = (target, type, fn, opts) => {
      target.addEventListener(type, fn, opts);
      this.#off.push(() => target.removeEventListener(type, fn, opts));
    };
    const dark = matchMedia('(prefers-color-scheme: dark)'), still = matchMedia('(prefers-reduced-motion: reduce)');
    const system = () => this.#instance?.system(dark.matches, still.matches);
    on(dark, 'change', system);
    on(still, 'change', system);
    system();
    // Ctrl+C with focus on the canvas or in the mirror copies the canvas's selection.
    on(this.#shadow, 'copy', (event) => {
      const text = this.#instance?.copyText();
      if (!text) return;
      event.clipboardData.setData('text/plain', text);
      event.preventDefault();
    });
    // Back, Forward, and a hash typed or linked: show what the address names.
    // With real addresses, each names its route (embed/prerender.js); a #route typed on the viewer's page too.
    if (this.#addresses) {
      const follow = () => {
        const route = this.#addresses.routeFor(location.href);
        if (route !== null) this.#instance?.navigate(route || '#/');
      };
      on(window, 'popstate', follow);
      on(window, 'hashchange', follow);
    } else if (page) on(window, 'hashchange', () => this.#instance?.navigate(location.hash));
    this.#resizer = new ResizeObserver(() => { this.#sizing.update(); this.#instance?.requestFrame(); });
    this.#resizer.observe(this);
  }

  #stop() {
    ++this.#generation;
    this.#takeOver?.abort();
    this.#takeOver = null;
    this.#started = false;
    this.#observer?.disconnect();
    this.#observer = null;
    this.#resizer?.disconnect();
    this.#resizer = null;
    for (const off of this.#off.splice(0)) off();
    this.#sizing.detach();
    this.#sync.detach();
    this.#agent.detach();
    if (this.#instance) {
      this.#instance.stop();
      this.#instance = null;
      const fresh = this.#newCanvas(); // a lost WebGL context cannot be had again from the same canvas
      this.#canvas.replaceWith(fresh);
      this.#canvas = fresh;
    }
    this.#pendingState = null;
    this.#content = -1;
    this.#article = this.#error = '';
    this.#mirror.replaceChildren();
    this.classList.remove('folio--canvas-ready');
    for (const k of ['renderer', 'error', 'theme']) delete this.dataset[k];
    this.dataset.state = 'placeholder';
    this.#say('');
  }

  #restart() {
    this.#stop();
    if (this.isConnected) this.#start();
  }

  #newCanvas() {
    const canvas = document.createElement('canvas');
    canvas.className = 'canvas';
    canvas.setAttribute('part', 'canvas');
    canvas.tabIndex = 0;
    canvas.setAttribute('aria-label', 'Article reader (the text follows)');
    return canvas;
  }

  // ---- state, events, mirror ----------------------------------------------------------------------------------
  #flush() {
    const s = this.#pendingState;
    if (!s || !this.#instance) return;
    this.#pendingState = null;
    this.dataset.state = s.state;
    if (s.state === 'error') this.dataset.error = s.error;
    else delete this.dataset.error;
    if (s.state === 'error' && s.offline) this.dataset.offline = '';
    else delete this.dataset.offline;
    this.dataset.theme = s.theme;
    // Over the page's own HTML, the canvas shows once it has taken over; until then that HTML is the page.
    if ('prerendered' in this.dataset) {
      const drawn = s.fontsReady || this.#instance.renderer !== 'webgl2'; // without WebGL the mirror reads
      if (drawn && ['article', 'feed', 'search'].includes(s.state)) this.#beginTakeOver();
    } else this.classList.toggle('folio--canvas-ready', !!s.fontsReady);
    this.#say(s.state === 'error' ? (s.offline ? 'You are offline, and this is not saved on this device.' : s.error)
      : s.state === 'loading' ? 'Loading…' : '');
    if (s.content !== this.#content) {
      this.#content = s.content;
      const reader = this.#instance.renderer !== 'webgl2'; // nothing draws: the mirror is the reader
      this.#sync.render(buildMirror(this.#instance.mirror(), (route) => this.#linkFor(route), { reader }), s.route);
    }
    this.#sync.state(s);
    this.#agent.state(s);
    const height = this.#sizing.measured(s);
    if (height) this.#emit('resize', { height });
    if (s.state === 'article' && s.articleId !== this.#article) {
      this.#article = s.articleId;
      this.#emit('articlechange', { id: s.articleId, title: s.title, route: s.route });
    } else if (s.state === 'feed' || s.state === 'search' || s.state === 'error') this.#article = '';
    if (s.state === 'error' && s.error !== this.#error) {
      this.#error = s.error;
      this.#emit('error', { message: s.error, offline: !!s.offline });
    } else if (s.state !== 'error') this.#error = '';
  }

  #fail(message) {
    this.dataset.state = 'error';
    this.dataset.error = message;
    this.#say(message);
    this.#emit('error', { message });
  }

  #say(text) { if (this.#status.textContent !== text) this.#status.textContent = text; }
  #emit(type, detail) { this.dispatchEvent(new CustomEvent(type, { detail })); }

  #applyPlaceholder() {
    this.#headline.textContent = this.getAttribute('headline') || '';
    this.#standfirst.textContent = this.getAttribute('standfirst') || '';
    this.#headline.hidden = !this.#headline.textContent;
    this.#standfirst.hidden = !this.#standfirst.textContent;
  }

  // The canvas (without WebGL, the mirror) replaces the page's HTML once the reader is still (not selecting,
  // pressing or scrolling), with the block they were at where they had it. The HTML stays, out of sight.
  async #beginTakeOver() {
    if (this.#takeOver) return;
    const generation = this.#generation;
    const controller = this.#takeOver = new AbortController();
    const canvas = this.#instance.renderer === 'webgl2';
    let anchor;
    try {
      await readerSettled(this, controller.signal);
      anchor = readingAnchor(this);
      if (canvas) {
        if (anchor) this.#instance.anchorText(anchor.text, anchor.nth, anchor.y, anchor.fraction);
        this.#instance.requestFrame();
        await frames(2); // the canvas has drawn the anchored view (it is laid out at the window's size, unseen)
      }
    } catch {
      return; // stopped
    }
    if (generation !== this.#generation || !this.#instance) return;
    this.#takeOver = null;
    delete this.dataset.prerendered;
    this.classList.toggle('folio--canvas-ready', canvas);
    window.scrollTo(0, 0);
    if (canvas) this.#canvas.focus({ preventScroll: true });
    else if (anchor) placeInMirror(this.#mirror, this, anchor);
    this.#emit('takeover', {});
  }

  // A full page's address for a route the viewer shows (addresses="pages"): pushed for a reader's step, else replaced.
  #setAddress(route, push) {
    const url = this.#addresses.urlFor(route);
    if (url === location.href) return;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }

  // In the full page a route is the address's #fragment (or, with real addresses, its page's URL); an embed links to
  // the full viewer of its bundle.
  #linkFor(route) {
    if (this.#addresses) return this.#addresses.urlFor(route);
    if (this.hasAttribute('fullpage')) return route;
    return new URL(`index.html?bundle=${encodeURIComponent(this.#bundleUrl)}${route}`, BASE).href;
  }

  #mirrorClick(event) {
    if (event.target.closest('button[data-more]') && this.#instance) {
      this.#sync.expectMore();
      this.#instance.more();
      return;
    }
    const link = event.target.closest('a[data-route]');
    if (!link || !this.#instance || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    this.#instance.go(link.dataset.route);
  }

  // The mirror's search form (without WebGL): its words become the search route, as the canvas's field's would.
  #mirrorSearch(event) {
    const form = event.target.closest('form[role="search"]');
    if (!form) return;
    event.preventDefault();
    const query = form.elements.q?.value ?? '';
    if (this.#instance && query.trim()) this.#instance.go(searchRoute(query));
  }

  // The viewer asked for the document's y to be at the top of the view (an auto-height viewer: keys, Find): the
  // page (or the scrolling box the viewer is in) scrolls, unless it cancels the scrollrequest event to do that
  // itself (an iframe asks its parent).
  #scrollHost(y) {
    const by = this.#sizing.scrollFor(y);
    if (!by) return;
    const event = new CustomEvent('scrollrequest', { detail: { by }, cancelable: true });
    if (!this.dispatchEvent(event)) return;
    const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
    this.#sizing.scrollBy(by, still ? 'auto' : 'smooth');
  }
}

for (const name of REFLECTED) {
  Object.defineProperty(FolioViewer.prototype, name, {
    get() { return this.getAttribute(name) ?? ''; },
    set(value) {
      if (value === null || value === undefined || value === '') this.removeAttribute(name);
      else this.setAttribute(name, String(value));
    },
  });
}

if (!customElements.get('folio-viewer')) customElements.define('folio-viewer', FolioViewer);
