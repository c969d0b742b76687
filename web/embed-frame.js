// The iframe's page (embed.html?bundle=…&article=…&theme=…): one auto-height <folio-viewer> that tells the parent
// page its height and asks it to scroll, and draws the part of itself the parent's window shows. The parent's side
// is folio-iframe.js. Messages: to the parent {folio: "height", height} and {folio: "scroll", by}; from it
// {folio: "viewport", top, height} (the iframe's top from the top of the part of the parent's window that shows
// it, inside any scrolling boxes, and that part's height), accepted
// only from the parent window. Heights carry nothing private, so they go to any parent origin unless ?origin=
// names the one allowed. The bundle opens only from an origin this page allows (web/embed/origins.js), whatever
// the parent or the query says.
"use strict";
(function () {
  var viewer = document.getElementById("folio");
  var params = new URLSearchParams(location.search);
  ["bundle", "article", "theme", "route"].forEach(function (name) {
    if (params.get(name)) viewer.setAttribute(name, params.get(name));
  });
  if (window.parent === window) return; // opened on its own: a page like any other
  var target = params.get("origin") || "*";
  var tell = function (message) { window.parent.postMessage(message, target); };
  viewer.addEventListener("resize", function (event) { tell({ folio: "height", height: event.detail.height }); });
  viewer.addEventListener("articlechange", function (event) { document.title = event.detail.title; });
  viewer.addEventListener("scrollrequest", function (event) {
    event.preventDefault();
    tell({ folio: "scroll", by: event.detail.by });
  });
  window.addEventListener("message", function (event) {
    var data = event.data;
    if (event.source !== window.parent || !data || data.folio !== "viewport") return;
    if (target !== "*" && event.origin !== target) return;
    if (typeof data.top !== "number" || typeof data.height !== "number") return;
    customElements.whenDefined("folio-viewer").then(function () {
      viewer.setHostViewport(-data.top, data.height);
    });
  });
})();
