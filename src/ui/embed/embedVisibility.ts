// Embeds start their work (data, renderer) only once they are actually displayed: an iframe further
// down an article, in a hidden tab or a display:none carousel slide costs the reader nothing.
// Must not: wait forever on a page that is shown (the observer reports the current state at once).

export function whenDisplayed(element: HTMLElement): Promise<void> {
  if (typeof IntersectionObserver === "undefined") return Promise.resolve();
  return new Promise((resolve) => {
    let intersecting = false;
    const check = (): void => {
      if (!intersecting || document.visibilityState !== "visible") return;
      observer.disconnect();
      document.removeEventListener("visibilitychange", check);
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
