// One viewer's wasm instance: created from the page's shared factory and compiled module (runtime.js) on its own
// canvas, with the hooks the C++ side calls (src/platform/web/web_host.h), and a small typed wrapper of the
// module's exports. stop() ends it for good (the C++ side cancels its fetches, so the downloads only it was waiting
// for are aborted) and lets the garbage collector have it.
import { offlineStore } from './offline-store.js';
import { BASE, compiledWasm, loadFactory, loadSearchModule, loadTextModule, sharedFetch } from './runtime.js';

// startInstance({ canvas, keyTarget, options, page, hooks, text }) -> Promise<Instance>
//   keyTarget: the node holding the canvas and the mirror, where keys and focus are taken from (else the canvas)
//   options: Module.folioOptions (bundle, fonts, article, route, theme, restoreScroll), strings
//   page:    true when the viewer is the whole page: it keeps the address's #route in the browser's history and
//            remembers settings in localStorage; an embed keeps routes and settings to itself
//   hooks:   state(object), title(string), scroll(y), linkTo(route) -> URL string, and for a page with real
//            addresses route(route, push): the page's address follows the viewer's routes (else its #route does)
//   text:    false: no text module (folio-text.*) for this viewer, only the fast path (left to right, one glyph per
//            code point); a site that does not ship the module, and the tests that compare with it
export async function startInstance({ canvas, keyTarget, options, page, hooks, text = true }) {
  const [factory, wasm] = await Promise.all([loadFactory(), compiledWasm()]);
  let failed;
  const failure = new Promise((resolve, reject) => { failed = reject; });
  const settings = new Map();
  const module = {
    canvas,
    folioKeyTarget: keyTarget,
    folioOptions: options,
    folioFetch: sharedFetch, // with { signal } for each fetch, aborted by WebHost::CancelFetch and by stop()
    onFolioState: hooks.state,
    onFolioTitle: hooks.title,
    onFolioScroll: hooks.scroll,
    locateFile: (file) => new URL(file, BASE).href,
    // One compiled module for every viewer; each instance gets its own memory.
    instantiateWasm(imports, done) {
      WebAssembly.instantiate(wasm, imports).then((instance) => done(instance, wasm), failed);
      return {};
    },
  };
  if (text) module.folioLoadText = loadTextModule; // the page's one text module, loaded on the first need (web_text.h)
  module.folioLoadSearch = loadSearchModule; // the page's one search module, loaded on the first search (web_search.h)
  module.folioOffline = offlineStore; // the page's saved articles, Cache Storage (offline-store.js, web_offline.h)
  if (page && hooks.route) {
    module.onFolioRoute = hooks.route;
    module.folioLinkTo = hooks.linkTo;
  }
  if (!page) {
    module.onFolioRoute = () => {}; // an embed's routes and history stay in the App, off the page's address
    module.folioStorage = { get: (key) => settings.get(key) ?? null, set: (key, value) => settings.set(key, value) };
    module.folioLinkTo = hooks.linkTo;
  }
  return new Instance(await Promise.race([factory(module), failure]), canvas);
}

class Instance {
  #m;
  #v; // the viewer's address in the instance's memory (Module.folioViewer): every export's first argument
  #canvas;
  constructor(module, canvas) {
    this.#m = module;
    this.#v = module.folioViewer || 0;
    this.#canvas = canvas;
  }
  get renderer() { return this.#m.folioRenderer; }
  #call(name, result, types = [], args = []) { return this.#m.ccall(name, result, ['number', ...types], [this.#v, ...args]); }
  #str(name, ...args) { return this.#call(name, 'string', args.map(() => 'string'), args); }
  state() { return JSON.parse(this.#str('folio_state')); }
  mirror() { return JSON.parse(this.#str('folio_mirror')); }
  copyText() { return this.#str('folio_copy_text'); }
  open(id) { this.#str('folio_open', String(id)); }
  go(route) { this.#str('folio_go', route); }
  navigate(route) { this.#str('folio_navigate', route); }
  back() { this.#m._folio_back(this.#v); }
  more() { this.#m._folio_more(this.#v); }
  reveal(target, nth) { this.#call('folio_reveal', null, ['string', 'number'], [target, nth]); }
  anchorText(block, nth, y, fraction) {
    this.#call('folio_anchor_text', null, ['string', 'number', 'number', 'number'], [block, nth, y, fraction]);
  }
  revealText(block, nth, begin, end) {
    return this.#call('folio_reveal_text', 'number', ['string', 'number', 'number', 'number'], [block, nth, begin, end]) === 1;
  }
  settings(json) { return this.#call('folio_settings', 'number', ['string'], [json]) === 1; }
  system(dark, reducedMotion) { this.#m._folio_system(this.#v, dark ? 1 : 0, reducedMotion ? 1 : 0); }
  scrollMode(external) { this.#m._folio_scroll_mode(this.#v, external ? 1 : 0); }
  scrollY(y) { this.#m._folio_scroll_y(this.#v, y); }
  requestFrame() { this.#m._folio_request_frame(this.#v); }
  // The text agent's side (text-agent.js): text and caret/composition as byte offsets into the UTF-8 text.
  textInput(text, caret, composing) {
    this.#call('folio_text_input', null, ['string', 'number', 'number', 'number', 'number'], [text, caret[0], caret[1], composing[0], composing[1]]);
  }
  textKey(key) { this.#m._folio_text_key(this.#v, key); }
  textFocus(focused) { this.#m._folio_text_focus(this.#v, focused ? 1 : 0); }
  // Test hooks, for tests/browser/photos.test.mjs only (src/platform/web/image_probe.h): pictures through ui::Host
  // as the UI asks for them, the answers read back with testImages().
  testLoadImage(url, maxWidth, maxHeight) {
    this.#call('folio_test_load_image', null, ['string', 'number', 'number'], [url, maxWidth, maxHeight]);
  }
  testCancelImage(url) { this.#str('folio_test_cancel_image', url); }
  testCreateTexture(width, height) { return this.#m._folio_test_create_texture(this.#v, width, height); }
  testDestroyTexture(texture) { this.#m._folio_test_destroy_texture(this.#v, texture); }
  testImages() { return JSON.parse(this.#str('folio_test_images')); }
  // Test hooks, for tests/browser/text-services.test.mjs only (src/platform/web/text_probe.h): the text services as the
  // layout calls them. testText(text, { base, lang, face, em, rtl }) -> the answers as an object.
  testTextNeed() { this.#m._folio_test_text_need(this.#v); }
  testTextAddFace(face, bytes) {
    return this.#call('folio_test_text_add_face', 'number', ['number', 'array', 'number'], [face, bytes, bytes.length]) === 1;
  }
  testText(text, { base = 0, lang = '', face = -1, em = 16, rtl = false } = {}) {
    return JSON.parse(this.#call('folio_test_text', 'string', ['string', 'number', 'string', 'number', 'number', 'number'],
                                 [text, base, lang, face, em, rtl ? 1 : 0]));
  }
  stop() {
    if (!this.#m) return;
    this.#m._folio_shutdown(this.#v); // fetches in flight are dropped, and downloads no other viewer waits for aborted
    // Give the GPU context back now rather than at garbage collection (browsers cap live WebGL contexts).
    if (this.renderer === 'webgl2') this.#canvas.getContext('webgl2')?.getExtension('WEBGL_lose_context')?.loseContext();
    this.#m = null;
    this.#canvas = null;
  }
}
