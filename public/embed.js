/* Investment Network Explorer: the host page's side of an embed. Sizes each
   <iframe data-explorer-embed> to the height its page reports (pym.js string, AMP embed-size or
   JSON iframe.resize). Only a message from that very iframe, and only a finite height in a sane
   range, is used; message data never reaches HTML or navigation. Plain ES2019, no dependencies. */
(function () {
  "use strict";
  // The guard is a symbol-keyed property: an element with id "explorerEmbedLoader" on the host page
  // shows up as window.explorerEmbedLoader (named access) and must not switch the loader off.
  var FLAG = Symbol.for("investment-network-explorer.embed-loader");
  if (window[FLAG] === true) return;
  Object.defineProperty(window, FLAG, { value: true });
  var MIN_HEIGHT = 120;
  var MAX_HEIGHT = 10000;

  function heightOf(data) {
    var value = null;
    if (typeof data === "string") {
      var pym = data.split("xPYMx");
      if (pym.length === 4 && pym[0] === "pym" && pym[2] === "height") value = pym[3];
      else if (data.charAt(0) === "{") {
        try {
          var parsed = JSON.parse(data);
          if (parsed && parsed.context === "iframe.resize") value = parsed.height;
        } catch {
          return null;
        }
      }
    } else if (data && typeof data === "object" && data.sentinel === "amp" && data.type === "embed-size") {
      value = data.height;
    }
    if (typeof value === "string" && /^\d+(\.\d+)?$/.test(value)) value = Number(value);
    if (typeof value !== "number" || !isFinite(value) || value < MIN_HEIGHT || value > MAX_HEIGHT) return null;
    return Math.ceil(value);
  }

  function originOf(frame) {
    var link = document.createElement("a");
    link.href = frame.src;
    return link.protocol + "//" + link.host;
  }

  window.addEventListener("message", function (event) {
    var frames = document.querySelectorAll("iframe[data-explorer-embed]");
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      // Same window but another origin means the iframe was navigated away: ignore it.
      if (event.origin !== originOf(frame)) return;
      var height = heightOf(event.data);
      if (height !== null) frame.style.height = height + "px";
      return;
    }
  });
})();
