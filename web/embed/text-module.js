// The viewers' side of the text module (folio-text.js + .wasm, src/platform/web/text_module/): its one instance for
// the page, wrapped in the calls WebTextServices makes (src/platform/web/web_text.cpp), each copying its arguments
// from the calling viewer's heap into the module's (the context's scratch buffer) and the answer back. runtime.js
// imports this file only when a viewer first needs the module, so a page of Latin articles never fetches it.
// Every call answers a failure as the C API does: -1 (0 for a context), never a throw: a module that traps (out of
// memory, a bug) is stopped for good, and every call after it answers as a failure, so the trap never reaches the
// calling viewer's wasm as an exception (errors are values across the boundary) and its layout takes its fast path.
// The instance itself is made by runtime.js (startModule), as the search module's is.

const GLYPH_BYTES = 20; // layout::ShapedGlyph: glyph, cluster, advance, x offset, y offset

// `heap` is the calling viewer's HEAPU8 and the addresses are in it; the module's HEAPU8 is read after each call
// that may have grown its memory. Exported for its test (tests/text-module/).
export class TextModule {
  #t;
  stopped = ''; // why the module stopped (a trap), or ''
  constructor(instance) { this.#t = instance; }
  newContext() { return this.#t._folio_text_new(); }
  deleteContext(c) { this.#t._folio_text_delete(c); }
  #in(heap, from, size, to) { this.#t.HEAPU8.set(heap.subarray(from, from + size), to); }
  #out(heap, from, size, to) { heap.set(this.#t.HEAPU8.subarray(from, from + size), to); }
  #string(heap, from, size, to) { this.#in(heap, from, size, to); this.#t.HEAPU8[to + size] = 0; }

  bidiLevels(heap, c, cps, n, base, levels) {
    const p = this.#t._folio_text_scratch(c, 5 * n);
    if (!p) return -1;
    this.#in(heap, cps, 4 * n, p);
    const level = this.#t._folio_text_bidi_levels(c, p, n, base, p + 4 * n);
    if (level >= 0) this.#out(heap, p + 4 * n, n, levels);
    return level;
  }
  bidiReorder(heap, c, cps, levels, n, begin, end, paragraphLevel, lineLevels, visual) {
    const m = end - begin;
    const p = this.#t._folio_text_scratch(c, 5 * n + 5 * m);
    if (!p) return -1;
    const pVisual = p + 4 * n, pLevels = pVisual + 4 * m, pLine = pLevels + n;
    this.#in(heap, cps, 4 * n, p);
    this.#in(heap, levels, n, pLevels);
    const r = this.#t._folio_text_bidi_reorder(c, p, pLevels, n, begin, end, paragraphLevel, pLine, pVisual);
    if (r < 0) return r;
    this.#out(heap, pLine, m, lineLevels);
    this.#out(heap, pVisual, 4 * m, visual);
    return 0;
  }
  mirror(c, cp) { return this.stopped ? cp : guard(this, cp, () => this.#t._folio_text_mirror(c, cp) >>> 0); }
  breaks(heap, c, cps, n, lang, langSize, out) {
    const p = this.#t._folio_text_scratch(c, 5 * n + langSize + 1);
    if (!p) return -1;
    this.#in(heap, cps, 4 * n, p);
    this.#string(heap, lang, langSize, p + 5 * n);
    const r = this.#t._folio_text_breaks(c, p, n, p + 5 * n, p + 4 * n);
    if (r >= 0) this.#out(heap, p + 4 * n, n, out);
    return r;
  }
  addFace(heap, c, face, bytes, size) {
    const p = this.#t._malloc(size);
    if (!p) return -1;
    this.#in(heap, bytes, size, p);
    const r = this.#t._folio_text_add_face(c, face, p, size);
    this.#t._free(p);
    return r;
  }
  hasFace(c, face) { return this.#t._folio_text_has_face(c, face); }
  // The glyph count (-1: not shaped); up to `room` glyph records copied into out.
  shape(heap, c, face, emPx, utf8, length, begin, end, rtl, lang, langSize, out, room) {
    const p = this.#t._folio_text_scratch(c, length + langSize + 2);
    if (!p) return -1;
    this.#string(heap, utf8, length, p);
    this.#string(heap, lang, langSize, p + length + 1);
    const count = this.#t._folio_text_shape(c, face, emPx, p, length, begin, end, rtl, p + length + 1);
    if (count > 0) this.glyphs(heap, c, out, Math.min(count, room));
    return count;
  }
  // The last shape's first `count` glyphs again, into out.
  glyphs(heap, c, out, count) { this.#out(heap, this.#t._folio_text_glyphs(c), GLYPH_BYTES * count, out); }
}

// The answer each call gives once the module has stopped, or when it traps.
const FAILED = { newContext: 0, deleteContext: undefined, bidiLevels: -1, bidiReorder: -1, breaks: -1, addFace: -1, hasFace: 0,
  shape: -1, glyphs: undefined };

function guard(module, failed, call) {
  if (module.stopped) return failed;
  try {
    return call();
  } catch (err) {
    module.stopped = String(err?.message ?? err) || 'the text module stopped';
    return failed;
  }
}

for (const [name, failed] of Object.entries(FAILED)) {
  const call = TextModule.prototype[name];
  TextModule.prototype[name] = function guarded(...args) { return guard(this, failed, () => call.apply(this, args)); };
}
