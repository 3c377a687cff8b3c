// Embeds start their work (data, renderer) only once they are actually displayed: an iframe further
// down an article, in a hidden tab or a display:none carousel slide costs the reader nothing.
// Must not: wait forever on a page that is shown (the observer reports the current state at once).
// The element says where it is (a test hook, as data-state is): `data-display="waiting"` from the
// moment the gate is in place (a display:none frame may never get an observer report: Chromium does
// not render it), `"shown"` when the work may start.

export function whenDisplayed(element: HTMLElement): Promise<void> {
  if (typeof IntersectionObserver === "undefined") return Promise.resolve();
  element.dataset["display"] = "waiting";
  return new Promise((resolve) => {
    let intersecting = false;
    const check = (): void => {
      if (!intersecting || document.visibilityState !== "visible") return;
      observer.disconnect();
      document.removeEventListener("visibilitychange", check);
      element.dataset["display"] = "shown";
      resolve();
    };
    // The margin starts loading a little before the embed scrolls into view.
    const observer = new IntersectionObserver(
      (entries) => {
        intersecting = entries.some((entry) => entry.isIntersecting);
        check();
      },
      { rootMargin: "300px 0px" },
    );
    observer.observe(element);
    document.addEventListener("visibilitychange", check);
  });
}
