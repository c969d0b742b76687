// The full-page viewer: starts the wasm module on the page's canvas with ?bundle=, ?article= and the address's
// #/route; keeps the route in step with Back and Forward; follows the system's colour scheme and reduced-motion
// preference; fills Ctrl+C's copy event with the selection; mirrors the state onto #folio (data-state,
// data-error) and the title; and gives #folio a small API: state(), open(id), back().
"use strict";
(function () {
  var root = document.getElementById("folio");
  var canvas = document.getElementById("folio-canvas");
  var status = root.querySelector(".folio-status");
  var params = new URLSearchParams(location.search);
  var options = { route: location.hash };
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
  }).then(function (module) {
    var call = function (name, arg) { return module.ccall(name, "string", arg === undefined ? [] : ["string"], arg === undefined ? [] : [arg]); };
    // Back, Forward, and a hash typed or linked: show what the address names.
    window.addEventListener("hashchange", function () { call("folio_navigate", location.hash); });
    var dark = window.matchMedia("(prefers-color-scheme: dark)");
    var still = window.matchMedia("(prefers-reduced-motion: reduce)");
    var system = function () { module._folio_system(dark.matches ? 1 : 0, still.matches ? 1 : 0); };
    dark.addEventListener("change", system);
    still.addEventListener("change", system);
    system();
    document.addEventListener("copy", function (event) {
      if (document.activeElement !== canvas) return;
      var text = call("folio_copy_text");
      if (!text) return;
      event.clipboardData.setData("text/plain", text);
      event.preventDefault();
    });
    root.folio = {
      state: function () { return JSON.parse(call("folio_state")); },
      open: function (id) { call("folio_open", String(id)); },
      back: function () { history.back(); },
    };
    root.dispatchEvent(new CustomEvent("folioready"));
    canvas.focus({ preventScroll: true });
  }, function (err) {
    showState({ state: "error", error: "The viewer could not start: " + (err && err.message ? err.message : err), fontsReady: false });
  });
})();
