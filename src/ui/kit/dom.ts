// Tiny DOM helpers. Text goes in through textContent only: data strings never become HTML.

type Attributes = Readonly<Record<string, string | number | boolean | undefined>>;

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, text?: string): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? "" : String(value));
  }
  if (text !== undefined) element.textContent = text;
  return element;
}

/** Only http(s) links reach the page; anything else (javascript:, data:, ...) gives null. */
export function safeHref(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url, window.location.href);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.href : null;
  } catch {
    return null;
  }
}

let idCounter = 0;
export function uniqueId(prefix: string): string {
  idCounter += 1;
  return `${prefix}-${idCounter}`;
}

/**
 * Runs `task` once after the next frame is painted, however often it is asked for before then:
 * panels that follow the filters (stats, comparison, counts) stay off the frame that redraws the
 * graph, and a burst of changes (a brush drag) renders them once.
 */
export function afterPaint(task: () => void): () => void {
  let pending = false;
  return () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() =>
      setTimeout(() => {
        pending = false;
        task();
      }, 0),
    );
  };
}

/** Resolves after the next frame has been painted: after the work `afterPaint` scheduled before it. */
export function painted(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/**
 * Resolves in a new task. Work split here is two main-thread tasks, not one: the page can paint and
 * answer input between them (a 1 MB dataset is ~0.3 s to parse and ~0.5 s to build and draw).
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
