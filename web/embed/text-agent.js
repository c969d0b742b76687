// The text agent: a real, visually hidden <input> in the viewer's shadow root that the App's text fields (Find in
// the page, and the search of the bundle's articles) are typed into, as egui's web text agent is. It owns the focus, the IME composition and the phone's
// on-screen keyboard, which a field drawn on a canvas cannot have; the App draws its field from what it sends.
// - The App says which field wants text in its state (textEntry: { field, text }): the agent takes the focus then,
//   with the field's text (characters typed before it had the focus are already in it), and gives the focus back
//   to the canvas when the field closes.
// - Each change of its value, caret or composition goes to the App (folio_text_input, bytes of the UTF-8 text).
// - Its keys stop here: the viewer's key listener on the shadow root never sees them, so no letter is a shortcut.
//   Enter and Shift+Enter (and the arrows) step through Find's matches, Escape closes Find (folio_text_key); in the
//   search's field Enter searches and Escape leaves the field.
// - It is named for the field it types into (a search box for the search), hidden from screen readers while no
//   field is open, and never in the Tab order.
// - Its focus and blur tell the App whether the field has the keys (folio_text_focus): a tap on the document
//   gives the keys back to the reader; a tap on the canvas's field focuses the agent again.
const NEXT = 0, PREVIOUS = 1, CLOSE = 2; // ui::TextKey
const encoder = new TextEncoder();
const bytes = (text, end) => encoder.encode(text.slice(0, end)).length;

export class TextAgent {
  #input;
  #canvas;          // () => the viewer's canvas (a stopped viewer gets a fresh one)
  #instance = null;
  #field = '';      // the App's field that wants text now ('' none)
  #composing = null; // [start, end] of the IME composition in UTF-16 units while one is under way
  #sent = null;     // what went to the App last, to send each change once

  constructor(canvas) {
    this.#canvas = canvas;
    const input = this.#input = document.createElement('input');
    input.className = 'text-agent';
    input.type = 'text';
    input.tabIndex = -1;
    input.setAttribute('aria-label', 'Find in page');
    input.setAttribute('aria-hidden', 'true'); // to a screen reader only while Find is open (state())
    input.setAttribute('autocomplete', 'off');
    input.setAttribute('autocapitalize', 'off');
    input.setAttribute('autocorrect', 'off');
    input.setAttribute('enterkeyhint', 'search');
    input.spellcheck = false;
    const on = (type, fn) => input.addEventListener(type, fn);
    on('input', () => this.#send());
    on('select', () => this.#send());
    on('compositionstart', () => { this.#composing = [input.selectionStart, input.selectionStart]; });
    on('compositionupdate', (e) => {
      if (this.#composing) this.#composing[1] = this.#composing[0] + (e.data ?? '').length;
      this.#send();
    });
    on('compositionend', () => { this.#composing = null; this.#send(); });
    for (const type of ['keydown', 'keypress', 'keyup']) on(type, (e) => this.#key(e));
    on('focus', () => this.#instance?.textFocus(true));
    on('blur', () => this.#instance?.textFocus(false));
  }

  get element() { return this.#input; }

  attach(instance) {
    this.#instance = instance;
    // A phone opens its keyboard only for a focus given inside the reader's gesture: a tap that ends while the App
    // wants text focuses the agent at once (iOS Safari needs this; other browsers also accept the focus a state
    // change gives it just after).
    this.#canvas().addEventListener('touchend', this.#tapped, { passive: true });
  }

  detach() {
    this.#canvas()?.removeEventListener('touchend', this.#tapped);
    this.#instance = null;
    this.#field = '';
    this.#composing = null;
    this.#sent = null;
    this.#input.value = '';
    if (this.#focused()) this.#input.blur();
  }

  // Each state the App publishes: the agent follows its text field.
  state(s) {
    const entry = s.textEntry ?? { field: '', text: '' };
    const was = this.#field;
    this.#field = entry.field;
    // Closed, it would be a text box that does nothing; open, a screen reader can go back to it.
    const search = entry.field === 'search';
    if (s.find?.open || search) this.#input.removeAttribute('aria-hidden');
    else this.#input.setAttribute('aria-hidden', 'true');
    this.#input.setAttribute('aria-label', search ? 'Search articles' : 'Find in page');
    if (search) this.#input.setAttribute('role', 'searchbox'); // its type stays: changing it would move the caret
    else this.#input.removeAttribute('role');
    if (!entry.field) {
      // The field closed (Escape, Close, another view): the keys go back to the reader.
      if (was && this.#focused()) this.#canvas().focus({ preventScroll: true });
      this.#input.value = '';
      this.#sent = null;
      return;
    }
    if (!this.#composing && this.#input.value !== entry.text) {
      this.#input.value = entry.text; // typed before the agent had the focus: the caret goes after it
      this.#input.setSelectionRange(entry.text.length, entry.text.length);
      this.#sent = null;
    }
    if (!this.#focused()) this.#focus();
  }

  #tapped = () => { if (this.#field && !this.#focused()) this.#focus(); };

  #focused() { return this.#input.getRootNode().activeElement === this.#input; }

  #focus() {
    // Where the canvas is (an auto-height viewer's canvas covers the part in view), so a phone scrolls nothing.
    this.#input.style.top = `${this.#canvas().offsetTop}px`;
    this.#input.focus({ preventScroll: true });
  }

  #send() {
    if (!this.#instance) return;
    const { value, selectionStart: start, selectionEnd: end } = this.#input;
    const caret = [bytes(value, start), bytes(value, end)];
    const composing = this.#composing ? [bytes(value, this.#composing[0]), bytes(value, this.#composing[1])] : [0, 0];
    const sent = JSON.stringify([value, caret, composing]);
    if (sent === this.#sent) return;
    this.#sent = sent;
    this.#instance.textInput(value, caret, composing);
  }

  #key(event) {
    event.stopPropagation(); // never a shortcut of the reader's
    if (event.type !== 'keydown') { if (event.type === 'keyup') this.#send(); return; }
    if (event.isComposing || event.keyCode === 229 || !this.#instance) return; // the IME's own keys
    const find = this.#field === 'find'; // the arrows step through Find's matches; in the search's box they move the caret
    const key = event.key === 'Enter' ? (event.shiftKey ? PREVIOUS : NEXT)
      : find && event.key === 'ArrowDown' ? NEXT : find && event.key === 'ArrowUp' ? PREVIOUS : event.key === 'Escape' ? CLOSE : -1;
    if (key < 0) return;
    event.preventDefault();
    this.#instance.textKey(key);
  }
}
