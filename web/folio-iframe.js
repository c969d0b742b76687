// The parent page's side of an iframe embed (<iframe class="folio-embed" src=".../embed.html?...">): sizes each
// such iframe to its article's height, tells it which part of it the window shows (inside any scrolling boxes
// around it, so it draws only that), and scrolls those boxes, then the page, when the reader pages with the
// keyboard inside it. Messages are accepted only from the
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
  var boxesOf = new WeakMap(); // frame -> its scrolling boxes, looked for again when it reports a height

  // The boxes around the frame that scroll their content, innermost first (the window is not one of them).
  // Looked for once, not on every scroll: a frame moved elsewhere loads again and reports its height again.
  function scrollingBoxes(frame) {
    var boxes = boxesOf.get(frame);
    if (boxes) return boxes;
    boxes = [];
    for (var n = frame.parentElement; n && n !== document.body && n !== document.documentElement; n = n.parentElement) {
      if (/auto|scroll|overlay/.test(getComputedStyle(n).overflowY)) boxes.push(n);
    }
    boxesOf.set(frame, boxes);
    return boxes;
  }
  // Scrolls the boxes around the frame by `by` px, innermost first as far as each goes, and the window the rest.
  function scrollAround(frame, by, behavior) {
    var rest = by;
    scrollingBoxes(frame).forEach(function (box) {
      var to = Math.min(Math.max(box.scrollTop + rest, 0), box.scrollHeight - box.clientHeight);
      var moved = Math.round(to - box.scrollTop);
      if (moved) box.scrollBy({ top: moved, behavior: behavior });
      rest -= moved;
    });
    if (rest) window.scrollBy({ top: rest, behavior: behavior });
  }

  // Sends the frame the band of the window that shows its surroundings (the window inside every scrolling box
  // around it): its top relative to the frame's top, and its height.
  function sendViewport(frame) {
    if (!frame.contentWindow) return;
    var bandTop = 0, bandBottom = window.innerHeight;
    scrollingBoxes(frame).forEach(function (box) {
      var r = box.getBoundingClientRect();
      bandTop = Math.max(bandTop, r.top + box.clientTop);
      bandBottom = Math.min(bandBottom, r.top + box.clientTop + box.clientHeight);
    });
    var top = Math.round(frame.getBoundingClientRect().top - bandTop), height = Math.max(1, Math.round(bandBottom - bandTop));
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
        boxesOf.delete(frame);
        sendViewport(frame);
      } else if (data.folio === "scroll" && typeof data.by === "number") {
        var still = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
        scrollAround(frame, data.by, still ? "auto" : "smooth");
      }
    });
  });
  window.addEventListener("scroll", sendAll, { passive: true, capture: true });
  window.addEventListener("resize", sendAll, { passive: true });
})();
