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
// after it and used from the next one. A first visit's page was loaded before the worker ran, so once it is ready
// it is told which files the page already fetched, and keeps those of the bundle (the article and feed page the
// reader opened first).
(function () {
  if (!("serviceWorker" in navigator) || !window.isSecureContext) return;
  navigator.serviceWorker.register("sw.js").then(function (registration) {
    if (registration.active) registration.update().catch(function () {}); // offline, or the server is away
    return navigator.serviceWorker.ready;
  }).then(function (registration) {
    var urls = performance.getEntriesByType("resource").map(function (e) { return e.name; });
    if (registration.active) registration.active.postMessage({ folio: "keep-opened", urls: urls.slice(0, 500) });
  }).catch(function (err) {
    console.warn("Folio: offline reading is unavailable: " + (err && err.message ? err.message : err));
  });
})();
