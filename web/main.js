// The full-page viewer (index.html): hands ?bundle= and ?article= to the page's <folio-viewer fullpage>, which
// then follows the address's #/route with Back and Forward, sets the title and remembers settings. Runs before
// folio-embed.js (both are deferred, in document order), so the element starts with these attributes. The element
// opens the bundle only from an origin the page allows (web/embed/origins.js): the query cannot widen that.
// Registers the service worker (sw.js, made by the build: web/service-worker/sw.js) that keeps the viewer and what
// the reader opened for reading offline; its scope is this page's folder.
"use strict";
(function () {
  var viewer = document.getElementById("folio");
  var params = new URLSearchParams(location.search);
  ["bundle", "article"].forEach(function (name) {
    if (params.get(name)) viewer.setAttribute(name, params.get(name));
  });
})();
// Each load asks for sw.js again (a browser does not always on its own), so a new deployment is found by the load
// after it and used from the next one. A first visit's page was loaded with no worker, which starts part way
// through: the files the page fetches while it is not yet controlled (the article and feed page the reader opened
// first) are named to the worker as they arrive, and it keeps those of the bundle.
(function () {
  if (!("serviceWorker" in navigator) || !window.isSecureContext) return;
  var uncontrolled = !navigator.serviceWorker.controller, fetched = [], worker = null;
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
  navigator.serviceWorker.register("sw.js").then(function (registration) {
    if (registration.active) registration.update().catch(function () {}); // offline, or the server is away
    return navigator.serviceWorker.ready;
  }).then(function (registration) {
    worker = registration.active;
    hand();
  }).catch(function (err) {
    console.warn("Folio: offline reading is unavailable: " + (err && err.message ? err.message : err));
  });
})();
