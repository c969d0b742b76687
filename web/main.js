// The full-page viewer: reads ?bundle= and ?article= from the address, starts the wasm module on the page's
// canvas, and mirrors the viewer's state onto #folio (data-state, data-error) and the document title.
"use strict";
(function () {
  var root = document.getElementById("folio");
  var canvas = document.getElementById("folio-canvas");
  var status = root.querySelector(".folio-status");
  var params = new URLSearchParams(location.search);
  var options = {};
  ["bundle", "article"].forEach(function (name) {
    if (params.get(name)) options[name] = params.get(name);
  });

  function showState(state) {
    root.dataset.state = state.state;
    if (state.state === "error") root.dataset.error = state.error;
    else delete root.dataset.error;
    status.textContent = state.state === "error" ? state.error : state.state === "loading" ? "Loading…" : "";
    // Until the fonts are in, the canvas cannot draw: the status line is the visible message.
    root.classList.toggle("folio--canvas-ready", !!state.fontsReady);
  }

  createFolioModule({
    canvas: canvas,
    folioOptions: options,
    onFolioState: showState,
    onFolioTitle: function (title) { document.title = title; },
  }).then(function () {
    canvas.focus({ preventScroll: true });
  }, function (err) {
    showState({ state: "error", error: "The viewer could not start: " + (err && err.message ? err.message : err), fontsReady: false });
  });
})();
