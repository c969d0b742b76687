// Where a viewer on this page may read bundles from: the one rule every fetch of bundle content goes through
// (runtime.js sharedFetch, before the request and again on the response's final URL after redirects) and that
// <folio-viewer> checks when it starts. Allowed: the page's own origin, the origin folio-embed.js was loaded from
// (the page already runs its code), and the origins the page lists in its <head>:
//   <meta name="folio-bundles" content="https://a.example https://b.example">
// data:, blob:, javascript: and file: URLs never, nor anything but http(s). Query parameters (index.html?bundle=,
// embed.html?bundle=) only choose a bundle among these; only the page's own markup widens the list, which is read
// once, when the first viewer needs it.

const SCRIPT_ORIGIN = new URL(import.meta.url).origin;

let allowed = null; // Set of origins, once read

function allowedOrigins() {
  if (allowed) return allowed;
  allowed = new Set([location.origin, SCRIPT_ORIGIN]);
  for (const meta of document.head?.querySelectorAll('meta[name="folio-bundles"]') ?? []) {
    for (const token of (meta.getAttribute('content') ?? '').split(/\s+/).filter(Boolean)) {
      const origin = originOf(token);
      if (origin) allowed.add(origin);
      else console.warn(`folio-bundles: "${token}" is not an http(s) origin (like https://a.example); ignored`);
    }
  }
  allowed.delete('null'); // a page without an origin (file:, sandboxed) allows nothing by being one
  return allowed;
}

// "https://a.example" or "https://a.example/" -> "https://a.example"; anything with a path, query, user or
// another scheme -> null, so a listed value means exactly one origin.
function originOf(token) {
  if (!/^https?:\/\/[^/?#@\\]+\/?$/i.test(token)) return null;
  try { return new URL(token).origin; } catch { return null; }
}

// Why url (absolute, or relative to the page) may not be read as bundle content here; '' when it may.
export function bundleRefusal(url) {
  let u;
  try { u = new URL(url, document.baseURI); } catch { return `"${url}" is not a URL`; }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') {
    return `${u.protocol} addresses are never opened as bundles (only http and https)`;
  }
  if (!allowedOrigins().has(u.origin)) {
    return `bundles from ${u.origin} are not allowed on this page (its own origin and the viewer's are; ` +
           'a site allows others with <meta name="folio-bundles" content="…"> in its page)';
  }
  return '';
}
