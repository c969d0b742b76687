// The viewer's own styles, one constructed stylesheet shared by every <folio-viewer>'s shadow root. Constructed
// stylesheets are the script's own, so a page's style-src 'self' (no 'unsafe-inline') does not block them.
// Colours follow the canvas's themes (src/ui/theme.cpp): the attribute theme= before the viewer runs, then the
// theme it reports (data-theme). The same palettes colour a full page's own HTML before the canvas takes over
// (pagePalette).

// Each theme's colours as CSS custom properties: --bg, --fg, --muted, --accent, --link, --rule, --error, --code.
export const PALETTES = {
  light: { bg: '#fbfaf7', fg: '#1c1b19', muted: '#5e5a54', accent: '#a3241a', link: '#1f5fad', rule: '#ddd8cf', error: '#9b1c1c', code: '#f1eee8', 'control-border': '#858076', scheme: 'light' },
  dark: { bg: '#1c1b22', fg: '#e6e3dd', muted: '#a8a39b', accent: '#f07f73', link: '#8ab4f8', rule: '#3a3942', error: '#ff8a80', code: '#35343e', 'control-border': '#8e8c98', scheme: 'dark' },
  sepia: { bg: '#f4ecd8', fg: '#3b2f22', muted: '#6e5c47', accent: '#9c3d1f', link: '#2b5c9e', rule: '#d9cbaa', error: '#9b1c1c', code: '#f1e7d0', 'control-border': '#8a765b', scheme: 'light' },
  'high-contrast': { bg: '#000', fg: '#fff', muted: '#fff', accent: '#ffd400', link: '#7fdbff', rule: '#fff', error: '#ff6b6b', code: '#1a1a1a', 'control-border': '#fff', scheme: 'dark' },
};
const vars = (p) => Object.entries(p).map(([k, v]) => (k === 'scheme' ? `color-scheme: ${v};` : `--${k}: ${v};`)).join(' ');

// The page's root styled in a theme's palette (a full page's own HTML, whose CSS reads these properties), or left
// to its own CSS (the system's light or dark scheme) for "auto" or a theme it does not know.
export function pagePalette(root, theme) {
  const palette = PALETTES[theme];
  if (!palette) return;
  for (const [k, v] of Object.entries(palette)) {
    if (k === 'scheme') root.style.colorScheme = v;
    else root.style.setProperty(`--${k}`, v);
  }
}

const DARK = vars(PALETTES.dark);

const CSS = `
:host {
  ${vars(PALETTES.light)}
  display: block; position: relative; overflow: hidden; height: 36rem; min-height: 12rem;
  background: var(--bg); color: var(--fg);
}
:host([hidden]) { display: none; }
:host([height="auto"]) { overflow: visible; }
@media (prefers-color-scheme: dark) {
  :host(:not([data-theme]):not([theme])), :host(:not([data-theme])[theme="auto"]) {${DARK}
  }
}
:host(:not([data-theme])[theme="dark"]), :host([data-theme="dark"]) {${DARK}
}
:host(:not([data-theme])[theme="sepia"]), :host([data-theme="sepia"]) {
  ${vars(PALETTES.sepia)}
}
:host([data-theme="high-contrast"]) {
  ${vars(PALETTES['high-contrast'])}
}
/* A full page over its own HTML (folio-embed.js, embed/prerender.js): until the canvas takes over, that HTML is the
   page, in the page's own styles and scrolled by the window; the canvas is laid out at the window's size, unseen. */
:host([fullpage]:not([data-prerendered])) { position: fixed; inset: 0; height: auto; }
:host([data-prerendered]) { position: static; height: auto; min-height: 0; overflow: visible; background: none; color: inherit; }
:host([data-prerendered]) .placeholder { position: static; max-width: none; margin: 0; padding: 0; font: inherit; color: inherit; }
:host([data-prerendered]) .canvas { position: fixed; visibility: hidden; pointer-events: none; }
:host([data-prerendered]) .mirror, :host([data-prerendered]) .status { display: none; }
.canvas {
  position: absolute; left: 0; top: 0; width: 100%; height: 100%; display: block; outline: none; touch-action: none;
}
:host([height="auto"]) .canvas { touch-action: pan-x pan-y; }
/* Keyboard focus on an embedded viewer's canvas, or on its mirror (which the canvas shows): an outline, drawn over
   the canvas. The full page is all viewer: the canvas's own selection shows where the keys are. */
:host(:not([fullpage])) .canvas:focus-visible, :host(.folio--mirror-focus:not([fullpage])) .canvas {
  outline: 2px solid var(--link); outline-offset: -2px;
}
.placeholder, .status {
  position: relative; z-index: 1; /* over the canvas until it can draw */
  font: 1rem/1.5 system-ui, sans-serif; color: var(--muted); box-sizing: border-box;
  max-width: 42rem; margin: 0 auto; padding: 2rem 1.25rem 0;
}
.placeholder .headline { font: bold 1.6rem/1.25 "Noto Serif", Georgia, serif; color: var(--fg); margin: 0 0 0.75rem; }
.placeholder .standfirst { font: 1.1rem/1.45 "Noto Serif", Georgia, serif; margin: 0 0 1rem; }
:host(.folio--canvas-ready) .placeholder, :host([data-renderer="none"]) .placeholder { display: none; }
.status { margin: 0 auto; padding-top: 1rem; text-align: center; }
:host([data-state="error"]) .status { color: var(--error); }
:host(.folio--canvas-ready) .status, :host([data-state="placeholder"]) .status, .mirror {
  position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap;
  margin: 0; padding: 0;
}
/* The mirror scrolls (out of sight) rather than clipping: the browser's find bar scrolls a box the reader could
   scroll to its match, and the viewer follows that scroll (embed/mirror-sync.js); it skips a box that only clips. */
.mirror { overflow: auto; }
/* The text agent (embed/text-agent.js): focusable and typed into, never seen; 16 px so no phone zooms to it. */
.text-agent {
  position: absolute; top: 0; left: 0; width: 1px; height: 1px; margin: 0; padding: 0; border: 0;
  opacity: 0; pointer-events: none; font-size: 16px; caret-color: transparent; background: transparent; color: transparent;
}
/* Without WebGL the mirror is the reader. */
:host([data-renderer="none"]) { overflow: auto; }
:host([data-renderer="none"][height="auto"]) { overflow: visible; }
:host([data-renderer="none"]) .canvas { display: none; }
:host([data-renderer="none"]) .mirror {
  position: static; width: auto; height: auto; overflow: visible; clip-path: none; white-space: normal;
  box-sizing: border-box; max-width: 42rem; margin: 0 auto; padding: 1.5rem 1.25rem 3rem;
  font: 1.125rem/1.6 "Noto Serif", Georgia, serif; color: var(--fg);
}
.mirror h1 { font-size: 1.9em; line-height: 1.2; margin: 0.3em 0 0.5em; }
.mirror h2 { font-size: 1.3em; line-height: 1.3; margin: 1.2em 0 0.4em; }
.mirror .standfirst { font-size: 1.1em; color: var(--muted); }
.mirror .section, .mirror .meta, .mirror figcaption { font: 0.8rem/1.5 system-ui, sans-serif; color: var(--muted); }
.mirror .section { text-transform: uppercase; font-weight: bold; letter-spacing: 0.04em; margin: 0; }
.mirror a { color: var(--link); }
.mirror .section a { color: var(--accent); }
.mirror h2 a { color: inherit; }
.mirror blockquote { margin: 1em 0; padding-left: 1em; border-left: 3px solid var(--accent); font-style: italic; }
.mirror figure { margin: 1.2em 0; }
.mirror .pullquote blockquote { border: 0; padding: 0; text-align: center; font-size: 1.3em; color: var(--accent); }
/* A photo's <img> has no src (the canvas draws the picture): its alt text shows in a box, for readers without WebGL. */
.mirror .photo img { display: block; box-sizing: border-box; width: 100%; margin: 0; padding: 2em 1em; background: var(--rule);
  text-align: center; color: var(--muted); font-style: italic; }
.mirror hr { border: 0; border-top: 1px solid var(--rule); margin: 2em 0; }
.mirror ul.feed { list-style: none; padding: 0; }
.mirror ul.feed > li { border-top: 1px solid var(--rule); padding: 0.6em 0; }
/* The search form (without WebGL): a field and its button on one row; 16 px at least so no phone zooms to it. */
.mirror form.search { display: flex; gap: 0.5em; margin: 0 0 1em; }
.mirror form.search input { flex: 1; min-width: 0; font: 1rem/1.4 system-ui, sans-serif; padding: 0.45em 0.7em;
  border: 1px solid var(--rule); border-radius: 6px; background: var(--bg, transparent); color: var(--fg); }
.mirror form.search button { font: 1rem/1.4 system-ui, sans-serif; padding: 0.45em 1em; border: 1px solid var(--rule);
  border-radius: 6px; background: var(--rule); color: var(--fg); cursor: pointer; }
.mirror button.more { display: block; margin: 1em auto; font: 1rem/1.4 system-ui, sans-serif; padding: 0.5em 1.4em;
  border: 1px solid var(--rule); border-radius: 6px; background: transparent; color: var(--link); cursor: pointer; }
.mirror ul.filters { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.3em 1em;
  font: 0.9rem/1.5 system-ui, sans-serif; }
.mirror ul.filters a[aria-current="true"] { font-weight: bold; text-decoration: none; color: var(--fg); }
`;

let sheet = null;

export function viewerStyleSheet() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
  }
  return sheet;
}
