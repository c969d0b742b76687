// How a <folio-viewer> is sized. A fixed height (height="600px", or the page's CSS): the host sizes the element
// and the viewer scrolls inside it. height="auto": the element is as tall as the document it shows and the page
// scrolls; the canvas covers only the part in view (never taller than the viewport, so an article of any length
// stays within WebGL's limits and cheap) and the viewer draws that part, told through instance.scrollY(). The
// part in view is what the window shows of it, inside any scrolling boxes around it, and inside the part an
// iframe's parent reports (setHostViewport); keys that page the viewer scroll those boxes, innermost first, and
// then the window. Without WebGL the mirror is laid out as a page and the element takes its natural height.
const MIN_AUTO_HEIGHT = 320; // px while an auto-height viewer has nothing to measure yet

// The node a box is laid out in: its slot, its parent, or past a shadow root its host.
const parentBox = (n) => n.assignedSlot ?? n.parentElement ?? n.getRootNode().host ?? null;

// The boxes around el that scroll their content, innermost first (the window is not one of them).
function scrollingBoxes(el) {
  const boxes = [];
  for (let n = parentBox(el); n && n !== document.body && n !== document.documentElement; n = parentBox(n)) {
    if (/auto|scroll|overlay/.test(getComputedStyle(n).overflowY)) boxes.push(n);
  }
  return boxes;
}

export class Sizing {
  #host;
  #canvas;                 // () => the host's current canvas (a stopped viewer gets a fresh one)
  #mirror;
  #instance = null;
  #autoHeight = 0;
  #slice = { top: -1, height: -1 };
  #hostViewport = null;    // { top, height } in the host's window coordinates, from an iframe's parent
  #boxes = [];             // scrolling boxes around the host, innermost first
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
      this.#boxes = scrollingBoxes(this.#host);
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
    const shown = ['article', 'feed', 'search'].includes(s.state) && s.fontsReady && s.docHeight > 0;
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
    const view = this.#view();
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
    return Math.round(this.#host.getBoundingClientRect().top + y - this.#view().top);
  }

  // Scrolls the boxes around the viewer by `by` px, innermost first as far as each goes, and the window the rest.
  scrollBy(by, behavior) {
    let rest = by;
    for (const box of this.#boxes) {
      if (!box.isConnected) continue;
      const to = Math.min(Math.max(box.scrollTop + rest, 0), box.scrollHeight - box.clientHeight);
      const moved = Math.round(to - box.scrollTop);
      if (moved) box.scrollBy({ top: moved, behavior });
      rest -= moved;
      if (!rest) return;
    }
    window.scrollBy({ top: rest, behavior });
  }

  // The part of the window that shows the viewer's surroundings: the window (or the part an iframe's parent
  // shows of it) inside every scrolling box around the viewer. { top, height } in window coordinates.
  #view() {
    let top = 0, bottom = window.innerHeight;
    if (this.#hostViewport) {
      top = Math.max(top, this.#hostViewport.top);
      bottom = Math.min(bottom, this.#hostViewport.top + this.#hostViewport.height);
    }
    for (const box of this.#boxes) {
      const r = box.getBoundingClientRect();
      top = Math.max(top, r.top + box.clientTop);
      bottom = Math.min(bottom, r.top + box.clientTop + box.clientHeight);
    }
    return { top, height: Math.max(1, bottom - top) };
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
