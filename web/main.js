// The full-page viewer (index.html, and an article's own page, articles/ID.html, in a bundle built with --viewer):
// hands ?bundle= and ?article= to the page's <folio-viewer fullpage>, which then follows the address (its #/route,
// or with addresses="pages" its real path) with Back and Forward, sets the title and remembers settings. Such a
// page loads this script async and nothing else of the viewer: once the document is parsed it sets the element's
// attributes, and once the page's own HTML has painted it asks for the viewer's wasm and fonts and imports
// folio-embed.js (beside this script), so neither the viewer's files nor its start hold back that first paint.
// The element opens the bundle only from an origin the page allows (web/embed/origins.js): the query cannot widen
// that. The reader's theme is set on the page at once, from the palette the viewer kept for it.
// Registers the service worker (sw.js, made by the build: web/service-worker/sw.js) that keeps the viewer and what
// the reader opened for reading offline; it lives beside this script, and its scope is that folder.
"use strict";
(function () {
  var here = document.currentScript ? document.currentScript.src : location.href; // this script's own address
  var embed = new URL("folio-embed.js", here).href;
  applyKeptPalette();
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();

  function start() {
    var viewer = document.getElementById("folio");
    if (!viewer) return;
    var params = new URLSearchParams(location.search);
    ["bundle", "article"].forEach(function (name) {
      if (params.get(name)) viewer.setAttribute(name, params.get(name));
    });
    // The feed's first page rendered into this page at build time is the first paint of the feed only: another
    // bundle, an article or another view (a section, a search) starts from the viewer's own placeholder. Another
    // bundle's articles may have no pages of their own: its addresses stay #routes.
    var hash = location.hash;
    if (viewer.hasAttribute("addresses") && !params.get("bundle") && !params.get("article") && /^#\/article\/[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/.test(hash)) {
      // An article's old #route: its own page, whose HTML is the first paint. Only an id a bundle can hold
      // (model's ValidArticleId) leads to a page; any other is left to the viewer, which says there is no such article.
      var bundle = new URL(viewer.getAttribute("bundle") || "bundle/feed.json", location.href);
      location.replace(new URL("articles/" + hash.slice("#/article/".length) + ".html", bundle).href);
      return;
    }
    if (params.get("bundle")) viewer.removeAttribute("addresses");
    if (params.get("bundle") || params.get("article") || (hash && hash !== "#/" && hash !== "#")) {
      viewer.replaceChildren();
    }
    // The viewer, once the page's own HTML has been painted, with what it reads first fetched at once rather than
    // each when the file before it asks: a preload in the page's head, or the viewer's modules started on the next
    // frame, held that first paint back (bench/first-paint.mjs).
    afterFirstPaint(function () {
      preloadViewer();
      import(embed).catch(function (err) {
        console.error("Folio: the viewer could not be loaded: " + (err && err.message ? err.message : err));
      });
      keepOffline(); // a worker installing (it fetches the whole shell) would compete with the first paint too
    });
  }

  // The reader's theme on the page's own HTML at once (not when the viewer arrives, after the first paint): the
  // palette the viewer kept for it (embed/prerender.js keepPagePalette), while the reader's theme is still that one.
  function applyKeptPalette() {
    try {
      var settings = JSON.parse(localStorage.getItem("folio:settings") || "{}") || {};
      var kept = JSON.parse(localStorage.getItem("folio:page-palette") || "null");
      if (!kept || !kept.vars || typeof kept.vars !== "object" || kept.theme !== settings.theme) return;
      var root = document.documentElement.style;
      Object.keys(kept.vars).forEach(function (k) {
        var v = String(kept.vars[k]);
        if (!/^[#a-z0-9 ().,%-]+$/i.test(v)) return; // a colour or a scheme, nothing else
        if (k === "scheme") root.colorScheme = v;
        else if (/^[a-z-]+$/.test(k)) root.setProperty("--" + k, v);
      });
      if (performance.mark) performance.mark("folio:kept-palette"); // when, against the first paint (bench, tests)
    } catch (e) {
      // storage unreadable or blocked: the viewer sets the palette when it arrives
    }
  }

  // Calls run once the page's first contentful paint has been shown (the browser reports it when it was presented,
  // so nothing run now can hold it back), or after the next frame where that is not reported: a page with no text of
  // its own, or a browser without paint timing.
  function afterFirstPaint(run) {
    var done = false;
    var once = function () { if (!done) { done = true; setTimeout(run, 0); } };
    var painted = function () { return performance.getEntriesByName("first-contentful-paint").length > 0; };
    if (typeof PerformanceObserver !== "function" || !PerformanceObserver.supportedEntryTypes ||
        PerformanceObserver.supportedEntryTypes.indexOf("paint") < 0 || !document.getElementById("folio").firstElementChild) {
      requestAnimationFrame(function () { setTimeout(once, 0); });
      return;
    }
    if (painted()) return once();
    var observer = new PerformanceObserver(function () { if (painted()) { observer.disconnect(); once(); } });
    observer.observe({ type: "paint", buffered: true });
    setTimeout(once, 3000); // a page kept in the background paints nothing: the viewer starts all the same
  }

  // The viewer's module, its wasm and the reading faces it lays out the first view with, fetched as they will be
  // asked for (the fonts and the wasm by fetch(), with CORS), so those requests find them under way.
  function preloadViewer() {
    var link = function (file, rel, as, type) {
      var l = document.createElement("link");
      l.rel = rel;
      l.href = new URL(file, here).href;
      if (as) { l.as = as; l.crossOrigin = "anonymous"; }
      if (type) l.type = type;
      document.head.appendChild(l);
    };
    link("folio.js", "modulepreload");
    link("folio.wasm", "preload", "fetch", "application/wasm");
    ["NotoSerif-Regular", "NotoSerif-Bold", "NotoSerif-Italic", "NotoSans-Regular", "NotoSans-Bold"].forEach(function (face) {
      link("fonts/" + face + ".ttf", "preload", "fetch");
    });
  }

  // Each load asks for sw.js again (a browser does not always on its own), so a new deployment is found by the load
  // after it and used from the next one. A first visit's page was loaded with no worker, which starts part way
  // through: the files the page fetches while it is not yet controlled (the article and feed page the reader opened
  // first, and this page) are named to the worker as they arrive, and it keeps those of the bundle.
  function keepOffline() {
    if (!("serviceWorker" in navigator) || !window.isSecureContext) return;
    var swUrl = new URL("sw.js", here).href;
    var uncontrolled = !navigator.serviceWorker.controller, worker = null;
    // This page too (an article's own page, articles/ID.html, is kept like its file), controlled or not: a worker
    // that took control while it loaded did not see its request.
    var fetched = [location.href.split("#")[0]];
    var hand = function () {
      if (!worker || !fetched.length) return;
      worker.postMessage({ folio: "keep-opened", urls: fetched.splice(0, 500) });
    };
    if (uncontrolled && typeof PerformanceObserver === "function") {
      new PerformanceObserver(function (list) {
        list.getEntries().forEach(function (e) { if (fetched.length < 2000) fetched.push(e.name); });
        hand();
      }).observe({ type: "resource", buffered: true });
    }
    navigator.serviceWorker.register(swUrl).then(function (registration) {
      if (registration.active) registration.update().catch(function () {}); // offline, or the server is away
      return navigator.serviceWorker.ready;
    }).then(function (registration) {
      worker = registration.active;
      hand();
    }).catch(function (err) {
      console.warn("Folio: offline reading is unavailable: " + (err && err.message ? err.message : err));
    });
  }
})();
