// Drives the embedded explorer from the article: scrollama reports the paragraph entering view and
// the page posts its step to the iframe (DESIGN.md section 6). Waits for explorer:ready first.
(function () {
  "use strict";
  var frame = document.getElementById("explorer");
  var status = document.getElementById("status");
  var ready = false;
  var pending = null;

  function post(step) {
    if (!ready) {
      pending = step; // sent once the explorer says it is ready
      return;
    }
    frame.contentWindow.postMessage({ type: "explorer:step", step: step }, "*");
  }

  window.addEventListener("message", function (event) {
    if (event.source !== frame.contentWindow) return; // only our own iframe
    var data = event.data;
    if (!data || typeof data !== "object") return;
    // The embed reports its height (AMP form): the sticky frame takes it, up to the window's height.
    if (data.sentinel === "amp" && data.type === "embed-size" && typeof data.height === "number") {
      frame.style.height = Math.min(data.height, window.innerHeight - 32) + "px";
    } else if (data.type === "explorer:ready") {
      ready = true;
      document.body.dataset.steps = String(data.steps);
      status.textContent = "Explorer ready: " + data.steps + " steps.";
      if (pending !== null) post(pending);
    } else if (data.type === "explorer:step-changed") {
      document.body.dataset.explorerStep = String(data.step);
      status.textContent = "Showing step " + data.step + (data.id ? " (" + data.id + ")" : "") + ".";
    }
  });

  var scroller = window.scrollama();
  scroller.setup({ step: ".step", offset: 0.5 }).onStepEnter(function (response) {
    var all = document.querySelectorAll(".step");
    for (var i = 0; i < all.length; i++) all[i].classList.toggle("is-active", all[i] === response.element);
    post(Number(response.element.dataset.step));
  });
  window.addEventListener("resize", function () {
    scroller.resize();
  });
})();
