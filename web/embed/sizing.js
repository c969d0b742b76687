// How a <folio-viewer> is sized. A fixed height (height="600px", or the page's CSS): the host sizes the element
// and the viewer scrolls inside it. height="auto": the element is as tall as the document it shows and the page
// scrolls; the canvas covers only the part in view (never taller than the viewport, so an article of any length
// stays within WebGL's limits and cheap) and the viewer draws that part, told through instance.scrollY(). The
// part in view is the window's, or the one an iframe's parent reports (setHostViewport). Without WebGL the
// mirror is laid out as a page and the element takes its natural height.
const MIN_AUTO_HEIGHT = 320; // px while an auto-height viewer has nothing to measure yet

export class Sizing {
  #host;
  #canvas;                 // () => the host's current canvas (a stopped viewer gets a fresh one)
  #mirror;
  #instance = null;
  #autoHeight = 0;
  #slice = { top: -1, height: -1 };
  #hostViewport = null;    // { top, height } in the host's window coordinates, from an iframe's parent
  #watching = false;
  #onScroll = () => this.update();

  constructor(host, canvas, mirror) {
    this.#host = host;
    this.#canvas = canvas;
    this.#mirror = mirror;
  }

  get #auto() { return this.#host.getAttribute('height') === 'auto' && this.#host.dataset.renderer !== 'none'; }

  attach(instance) { this.#instance = instance; this.apply(); }
  detach() {
    this.#instance = null;
    this.#unwatch();
    this.#slice = { top: -1, height: -1 };
  }

  // The height attribute (or the renderer) changed.
  apply() {
    const attr = this.#host.getAttribute('height');
    const canvas = this.#canvas();
    if (this.#auto) {
      this.#host.style.height = `${this.#autoHeight || MIN_AUTO_HEIGHT}px`;
      this.#watch();
    } else {
      this.#host.style.height = attr === 'auto' ? 'auto' : attr || '';
      this.#unwatch();
      canvas.style.top = canvas.style.height = this.#mirror.style.top = '';
      this.#slice = { top: -1, height: -1 };
    }
    this.#instance?.scrollMode(this.#auto);
    this.update();
    this.#instance?.requestFrame();
  }

  // A new state: an auto-height viewer takes its document's height. Returns the new height, or 0 if unchanged.
  measured(s) {
    if (!this.#auto) return 0;
    const shown = (s.state === 'article' || s.state === 'feed') && s.fontsReady && s.docHeight > 0;
    const height = shown ? Math.ceil(s.docHeight) : this.#autoHeight || MIN_AUTO_HEIGHT;
    if (height === this.#autoHeight) return 0;
    this.#autoHeight = height;
    this.#host.style.height = `${height}px`;
    this.update();
    return height;
  }

  setHostViewport(top, height) {
    this.#hostViewport = { top, height };
    this.update();
  }

  // Places the canvas over the part of the element in view and tells the viewer which part that is.
  update() {
    if (!this.#watching || !this.#instance) return;
    const rect = this.#host.getBoundingClientRect();
    const view = this.#hostViewport ?? { top: 0, height: window.innerHeight };
    const total = Math.max(1, Math.round(rect.height));
    const height = Math.max(1, Math.min(total, Math.round(view.height)));
    const top = Math.round(Math.min(Math.max(view.top - rect.top, 0), total - height));
    const canvas = this.#canvas();
    const resized = height !== this.#slice.height;
    if (resized) canvas.style.height = `${height}px`;
    if (top !== this.#slice.top) canvas.style.top = this.#mirror.style.top = `${top}px`;
    this.#slice = { top, height };
    this.#instance.scrollY(top);
    if (resized) this.#instance.requestFrame();
  }

  // The viewer wants the document's y at the top of the view: how far the page should scroll, in px.
  scrollFor(y) {
    const view = this.#hostViewport ?? { top: 0 };
    return Math.round(this.#host.getBoundingClientRect().top + y - view.top);
  }

  #watch() {
    if (this.#watching) return;
    this.#watching = true;
    window.addEventListener('scroll', this.#onScroll, { passive: true, capture: true });
    window.addEventListener('resize', this.#onScroll, { passive: true });
  }
  #unwatch() {
    if (!this.#watching) return;
    this.#watching = false;
    window.removeEventListener('scroll', this.#onScroll, { passive: true, capture: true });
    window.removeEventListener('resize', this.#onScroll, { passive: true });
  }
}
