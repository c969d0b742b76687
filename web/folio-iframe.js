// The parent page's side of an iframe embed (<iframe class="folio-embed" src=".../embed.html?...">): sizes each
// such iframe to its article's height, tells it which part of it the window shows (so it draws only that), and
// scrolls the page when the reader pages with the keyboard inside it. Messages are accepted only from the
// iframe's own window and from its origin (the src's, or data-folio-origin). Include it once or many times (the
// oEmbed snippet comes with it); it starts once and defines no globals.
"use strict";
(function () {
  var started = Symbol.for("folio.iframe-embeds");
  if (window[started]) return;
  window[started] = true;

  var frames = function () { return document.querySelectorAll("iframe.folio-embed"); };
  var originOf = function (frame) {
    try { return frame.dataset.folioOrigin || new URL(frame.src, location.href).origin; } catch (e) { return ""; }
  };
  var sent = new WeakMap(); // frame -> the viewport last sent, "top,height"

  function sendViewport(frame) {
    if (!frame.contentWindow) return;
    var top = Math.round(frame.getBoundingClientRect().top), height = window.innerHeight;
    var key = top + "," + height;
    if (sent.get(frame) === key) return;
    sent.set(frame, key);
    frame.contentWindow.postMessage({ folio: "viewport", top: top, height: height }, originOf(frame));
  }
  function sendAll() { frames().forEach(sendViewport); }

  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || typeof data.folio !== "string") return;
    frames().forEach(function (frame) {
      if (frame.contentWindow !== event.source || event.origin !== originOf(frame)) return;
      if (data.folio === "height" && typeof data.height === "number" && data.height > 0) {
        frame.style.border = "0";
        frame.style.display = "block";
        frame.style.height = Math.ceil(data.height) + "px";
        sent.delete(frame);
        sendViewport(frame);
      } else if (data.folio === "scroll" && typeof data.by === "number") {
        var still = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
        window.scrollBy({ top: data.by, behavior: still ? "auto" : "smooth" });
      }
    });
  });
  window.addEventListener("scroll", sendAll, { passive: true, capture: true });
  window.addEventListener("resize", sendAll, { passive: true });
})();
