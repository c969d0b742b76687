// Keeps a viewer's canvas and its accessibility mirror in step, both ways:
// - keyboard focus on a link of the mirror shows the same link on the canvas, selected and scrolled into view;
// - the canvas's keyboard cursor (the feed's j and k, and the article the reader comes back from) moves focus to
//   the mirror's link for that article, and a new view takes focus to its heading (or keeps it on the same link
//   if the view only grew);
// - the page's own Find in the mirror scrolls the canvas to the match: Firefox and window.find() select the match
//   (selectionchange), Chromium's find bar scrolls the mirror's box to it (scroll); either way the canvas scrolls
//   there, and selects the match when its length is known.
// Keys typed while focus is in the mirror reach the viewer too (its key listener is on the shadow root), except
// Enter on a link, which follows the link (unless the viewer's Find bar or settings panel is open: Enter is theirs).
const BLOCKS = 'h1, h2, h3, h4, p, li, figcaption';
const QUIET_MS = 250; // after a focus move or a rebuild, the mirror's box scrolls by itself: that is not a Find

export class MirrorSync {
  #host;
  #shadow;
  #mirror;
  #instance = null;
  #route = null;          // the route the mirror was built for
  #moves = 0;             // the cursor moves already followed
  #quiet = false;         // focusing a link for the canvas: not a reader's move to reveal
  #panelOpen = false;     // the viewer's Find bar or settings panel is open (it takes the keys)
  #quietSince = -Infinity; // when focus last moved inside the mirror, or the mirror was rebuilt
  #focusPending = false;  // the view changed while nothing could take focus (a loading view): the next view takes it
  #moreFrom = null;       // after a "More" button: how many cards there were (the first new one takes the focus)
  #encoder = new TextEncoder();
  #onSelection = () => this.#selectionChanged();

  constructor(host, shadow, mirror) {
    this.#host = host;
    this.#shadow = shadow;
    this.#mirror = mirror;
    mirror.addEventListener('focusin', (e) => this.#focusIn(e));
    mirror.addEventListener('focusout', () => this.#host.classList.remove('folio--mirror-focus'));
    mirror.addEventListener('keydown', (e) => {
      if (e.key !== 'Enter' || !e.target.closest?.('a')) return;
      if (this.#panelOpen) e.preventDefault(); // Enter is for the viewer's Find or settings, not the link
      else e.stopPropagation();                // the link's own activation, not the viewer's cursor
    });
    mirror.addEventListener('scroll', () => this.#mirrorScrolled(), { passive: true });
  }

  attach(instance) {
    this.#instance = instance;
    this.#moves = 0;
    this.#route = null;
    document.addEventListener('selectionchange', this.#onSelection);
  }
  detach() {
    this.#instance = null;
    document.removeEventListener('selectionchange', this.#onSelection);
  }

  // Rebuilds the mirror from fragment (built from the module's folio_mirror()) for route. Focus goes with the
  // reader: focus in the mirror stays there, on the same link when the view is the same (the feed grew), else on
  // the new view's heading (after a loading view, which has none); focus on the canvas moves to the heading when
  // the view changes, so a screen reader says where the reader is now.
  render(fragment, route) {
    if (this.#moreFrom !== null && this.#renderMore(fragment, route)) return;
    const active = this.#shadow.activeElement;
    const onCanvas = !!active?.classList.contains('canvas');
    const moved = route !== this.#route;
    const follow = this.#mirror.contains(active) || (onCanvas && moved) || (this.#focusPending && (!active || onCanvas));
    const same = !moved && active?.matches?.('a[data-target]') ? this.#linkKey(active) : null;
    // The reader typing in the search form (no WebGL) keeps the field, what they typed and where, unless the
    // view moved (their search was submitted).
    const typing = !moved && active?.matches?.('form[role="search"] input') && this.#mirror.contains(active)
      ? { value: active.value, start: active.selectionStart, end: active.selectionEnd } : null;
    this.#route = route;
    this.#quietSince = performance.now();
    this.#mirror.replaceChildren(fragment);
    this.#mirror.scrollTop = this.#mirror.scrollLeft = 0;
    const field = typing && this.#mirror.querySelector('form[role="search"] input');
    if (field) {
      field.value = typing.value;
      this.#focusQuietly(field);
      field.setSelectionRange(typing.start, typing.end);
      this.#focusPending = false;
      return;
    }
    if (!follow) { this.#focusPending = false; return; }
    const target = (same && this.#nthLink(same.target, same.nth)) || this.#mirror.querySelector('h1');
    if (target) this.#focusQuietly(target);
    this.#focusPending = !target;
  }

  // The reader pressed a "More" button (no WebGL): focus goes to the first card the next page adds, and while it
  // loads to the note that says so, never back to the top.
  expectMore() { this.#moreFrom = this.#mirror.querySelectorAll('ul.feed > li').length; }
  #renderMore(fragment, route) {
    if (route !== this.#route) { this.#moreFrom = null; return false; } // the reader went elsewhere meanwhile
    this.#quietSince = performance.now();
    const top = this.#mirror.scrollTop;
    this.#mirror.replaceChildren(fragment);
    this.#mirror.scrollTop = top;
    const cards = this.#mirror.querySelectorAll('ul.feed > li');
    const first = cards.length > this.#moreFrom ? cards[this.#moreFrom].querySelector('h2 a') : null;
    const note = this.#mirror.querySelector('.end');
    const loading = !first && note?.dataset.end === 'loading';
    if (!loading) this.#moreFrom = null; // the page came (or could not): done
    if (note) note.tabIndex = -1;
    const target = first || note || this.#mirror.querySelector('button[data-more]');
    if (target) this.#focusQuietly(target);
    return true;
  }

  // A new state: follow the canvas's keyboard cursor while the viewer has the focus.
  state(s) {
    this.#panelOpen = !!(s.find?.open || s.settingsOpen);
    const cursor = s.cursor;
    if (!cursor || cursor.moves === this.#moves) return;
    this.#moves = cursor.moves;
    const active = this.#shadow.activeElement;
    if (!cursor.target || !active || !(active.classList.contains('canvas') || this.#mirror.contains(active))) return;
    const link = this.#nthLink(cursor.target, 0);
    if (link) this.#focusQuietly(link);
  }

  #focusQuietly(element) {
    this.#quiet = true;
    try { element.focus({ preventScroll: true }); } finally { this.#quiet = false; }
  }

  // A link of the mirror as the canvas knows it: its target, and which of the links to that target it is.
  #linkKey(link) {
    const target = link.dataset.target;
    return { target, nth: this.#links(target).indexOf(link) };
  }
  #nthLink(target, nth) { return this.#links(target)[nth] ?? null; }
  #links(target) { return [...this.#mirror.querySelectorAll('a[data-target]')].filter((a) => a.dataset.target === target); }

  // Keyboard focus on a link of the mirror shows the same link on the canvas.
  #focusIn(event) {
    this.#quietSince = performance.now();
    this.#host.classList.toggle('folio--mirror-focus', !!event.target.matches?.(':focus-visible'));
    if (this.#quiet || !this.#instance) return;
    const link = event.target.closest('a[data-target]');
    if (!link) return;
    const { target, nth } = this.#linkKey(link);
    this.#instance.reveal(target, nth);
  }

  // Firefox's Find and window.find() select what they found.
  #selectionChanged() {
    if (!this.#instance || this.#host.dataset.renderer === 'none') return; // the mirror is the reader then
    const selection = this.#shadow.getSelection ? this.#shadow.getSelection() : document.getSelection();
    if (!selection || !selection.rangeCount) return;
    const range = selection.getRangeAt(0);
    if (range.collapsed || !this.#mirror.contains(range.startContainer)) return;
    const block = this.#blockOf(range.startContainer);
    if (!block) return;
    const begin = this.#bytesBefore(block, range.startContainer, range.startOffset);
    const end = block.contains(range.endContainer)
      ? this.#bytesBefore(block, range.endContainer, range.endOffset)
      : this.#encoder.encode(block.textContent).length;
    this.#reveal(block, begin, end);
  }

  // Chromium's find bar scrolls the mirror's (one pixel) box so the match is at its visible point.
  #mirrorScrolled() {
    if (!this.#instance || this.#host.dataset.renderer === 'none') return;
    if (performance.now() - this.#quietSince < QUIET_MS) return;
    const box = this.#mirror.getBoundingClientRect();
    const x = box.left + box.width / 2, y = box.top + box.height / 2;
    let block = null;
    for (const el of this.#mirror.querySelectorAll(BLOCKS)) {
      const r = el.getBoundingClientRect();
      if (r.top <= y && y < r.bottom) block = el; // the innermost comes last
    }
    if (!block) return;
    const at = this.#pointOffset(block, x);
    this.#reveal(block, at, at);
  }

  #reveal(block, begin, end) {
    const text = block.textContent; // the canvas finds the block by its text, and which of the blocks with that text
    const nth = [...this.#mirror.querySelectorAll(BLOCKS)].filter((el) => el.textContent === text).indexOf(block);
    this.#instance.revealText(text, nth, begin, end);
  }

  #blockOf(node) {
    const el = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
    return el?.closest(BLOCKS) ?? null;
  }

  // UTF-8 bytes of block's text before (node, offset).
  #bytesBefore(block, node, offset) {
    const range = document.createRange();
    range.setStart(block, 0);
    range.setEnd(node, offset);
    return this.#encoder.encode(range.toString()).length;
  }

  // The UTF-8 offset in block of the character under x (the mirror sets each block on one line).
  #pointOffset(block, x) {
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      range.selectNodeContents(node);
      const r = range.getBoundingClientRect();
      if (x < r.left || x >= r.right) continue;
      let lo = 0, hi = node.length; // the last character starting at or before x
      while (hi - lo > 1) {
        const mid = (lo + hi) >> 1;
        range.setStart(node, mid);
        range.setEnd(node, mid);
        if (range.getBoundingClientRect().left <= x) lo = mid; else hi = mid;
      }
      return this.#bytesBefore(block, node, lo);
    }
    return 0;
  }
}
