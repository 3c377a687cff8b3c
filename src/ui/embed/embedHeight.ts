// Tells the page around an embed how tall the embed is, on load and on every resize, in the four
// forms newsroom loaders read: pym.js strings, AMP's embed-size, JSON "iframe.resize" and Datawrapper's.
// Must not: post anything but a height, or read messages from the parent.

/** pym.js adds childId to the iframe's URL; our own loader does not need it. */
export const DEFAULT_CHILD_ID = "explorer";

export type HeightMessages = [
  string,
  { sentinel: "amp"; type: "embed-size"; height: number },
  string,
  { "datawrapper-height": Record<string, number> },
];

/**
 * The messages for one height (whole CSS pixels). `childId` and `href` are the ones the embed was
 * loaded with: receivers match them exactly against their iframe, so they must not follow the URL
 * the app rewrites (replaceState) as the reader filters.
 */
export function heightMessages(height: number, childId: string, href: string): HeightMessages {
  return [
    `pymxPYMx${childId}xPYMxheightxPYMx${height}`,
    { sentinel: "amp", type: "embed-size", height },
    JSON.stringify({ src: href, context: "iframe.resize", height }),
    { "datawrapper-height": { [childId]: height } },
  ];
}

/** Height of the embed's content: the app root's box, not the viewport (which the parent sets). */
function contentHeight(root: HTMLElement): number {
  return Math.ceil(root.getBoundingClientRect().height);
}

export function mountEmbedHeight(root: HTMLElement, params: URLSearchParams): () => void {
  const parent = window.parent;
  if (parent === window) return () => {};
  // Captured once: the app's replaceState must not change what the receivers match on.
  const childId = params.get("childId") || DEFAULT_CHILD_ID;
  const href = window.location.href;
  let last = -1;
  const post = (): void => {
    const height = contentHeight(root);
    if (height === last || height <= 0) return;
    last = height;
    // "*": the height is not secret, and an embed cannot know every page that will host it.
    for (const message of heightMessages(height, childId, href)) parent.postMessage(message, "*");
  };
  const observer = new ResizeObserver(post);
  observer.observe(root);
  post();
  window.addEventListener("load", post);
  return () => {
    observer.disconnect();
    window.removeEventListener("load", post);
  };
}
