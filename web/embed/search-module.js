// The viewers' side of the search module (folio-search.js + .wasm, src/platform/web/search_module/): its one
// instance for the page, wrapped in the calls WebSearchService makes (src/platform/web/web_search.cpp). Strings
// go in as UTF-8 copied into the module's heap and answers (JSON) come back as strings. runtime.js imports this
// file only on a viewer's first search. A module that traps is stopped for good: every call after it answers as a
// failure (null or -1), never a throw, so the trap never reaches the calling viewer's wasm. The instance itself is
// made by runtime.js (startModule), handed searchFold as its Module.folioFold.
import { searchFold } from './search-fold.js';

export { searchFold };

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export class SearchModule {
  #s;
  stopped = ''; // why the module stopped (a trap), or ''
  fold = searchFold; // the viewer's fold for highlighting (WebSearchService's folder), the module's own
  constructor(instance) { this.#s = instance; }

  newContext() { return this.#guard(0, () => this.#s._folio_search_new()); }
  deleteContext(c) { this.#guard(undefined, () => this.#s._folio_search_delete(c)); }
  // The JSON array of paths still needed, or null.
  missing(c, typed, typing, optionsJson) { return this.#ask('_folio_search_missing', c, typed, typing, optionsJson); }
  // The results as JSON, or null.
  run(c, typed, typing, optionsJson) { return this.#ask('_folio_search_run', c, typed, typing, optionsJson); }
  // bytes: a Uint8Array (a view of the viewer's heap is copied at once).
  provide(c, path, bytes) {
    return this.#guard(-1, () => this.#withBytes([encoder.encode(path), bytes], ([p, b]) =>
      this.#s._folio_search_provide(c, p.at, p.size, b.at, b.size)));
  }
  failed(c, path, why) {
    return this.#guard(-1, () => this.#withBytes([encoder.encode(path), encoder.encode(why)], ([p, w]) =>
      this.#s._folio_search_failed(c, p.at, p.size, w.at, w.size)));
  }
  reset(c) { this.#guard(undefined, () => this.#s._folio_search_reset(c)); }

  #ask(fn, c, typed, typing, optionsJson) {
    return this.#guard(null, () => this.#withBytes([encoder.encode(typed), encoder.encode(optionsJson)], ([t, o]) => {
      if (this.#s[fn](c, t.at, t.size, typing ? 1 : 0, o.at, o.size) !== 0) return null;
      const at = this.#s._folio_search_answer(c), size = this.#s._folio_search_answer_size(c);
      return decoder.decode(this.#s.HEAPU8.subarray(at, at + size));
    }));
  }
  // Copies each byte array into the module's heap, calls use([{at, size}...]) and frees them.
  #withBytes(arrays, use) {
    const placed = [];
    try {
      for (const bytes of arrays) {
        const at = this.#s._malloc(Math.max(1, bytes.length));
        if (!at) throw new Error('the search module ran out of memory');
        this.#s.HEAPU8.set(bytes, at);
        placed.push({ at, size: bytes.length });
      }
      return use(placed);
    } finally {
      for (const { at } of placed) this.#s._free(at);
    }
  }
  #guard(failedValue, call) {
    if (this.stopped) return failedValue;
    try {
      return call();
    } catch (err) {
      this.stopped = String(err?.message ?? err) || 'the search module stopped';
      return failedValue;
    }
  }
}
