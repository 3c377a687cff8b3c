// Embed mode's chrome (?embed=1): the render flags on the page, a button that shows or hides the
// compact filter bar, and a link to the full explorer beside the credit. Layout lives in embed.css.
// The filter bar is built (its code fetched) the first time it unfolds: `onUnfold`.
// Must not: offer file loading, or let the static flag leave anything focusable to interact with.
import type { AppStore } from "../../state/store";
import { el } from "../kit/dom";
import { liveWords } from "../kit/liveWords";
import { t } from "../../words/i18n";
import "./embed.css";

export interface EmbedElements {
  readonly root: HTMLElement;
  readonly topbar: HTMLElement;
  readonly filters: HTMLElement;
  readonly footer: HTMLElement;
  /** Made inert under `static`. */
  readonly interactive: readonly HTMLElement[];
}

export interface EmbedChromeOptions {
  /** `step=` is in the URL: a story embed, whatever the data says. */
  readonly step: boolean;
  /** Called once, the first time the filter bar unfolds (at start-up or on the toggle). */
  readonly onUnfold: () => void;
}

/** Parameters that only make sense inside an embed; the full explorer's link leaves them out. */
const EMBED_ONLY = ["embed", "dark", "plain", "static", "transparent", "childId", "initialWidth", "parentTitle", "parentUrl"];

/** The same view in the full app: this URL without the embed's own parameters. */
export function fullExplorerUrl(href: string): string {
  const url = new URL(href);
  for (const key of EMBED_ONLY) url.searchParams.delete(key);
  return url.href;
}

/** plain, static and transparent as classes on the root (dark= is the theme's: ui/theme.ts). */
export function applyFlags(root: HTMLElement, store: AppStore): void {
  const { flags } = store.getState();
  root.classList.toggle("is-plain", flags.plain);
  root.classList.toggle("is-static", flags.static);
  root.classList.toggle("is-transparent", flags.transparent);
  document.documentElement.classList.toggle("is-transparent", flags.transparent);
}

export function mountEmbedChrome(elements: EmbedElements, store: AppStore, options: EmbedChromeOptions): () => void {
  const { flags } = store.getState();
  const words = liveWords(store);
  applyFlags(elements.root, store);
  document.documentElement.classList.add("is-embed-page");

  const toggle = el("button", {
    type: "button",
    class: "embed-filter-toggle",
    "aria-expanded": "false",
    "aria-controls": elements.filters.id,
  });
  words.text(toggle, (lang) => t(lang, "embed.showFilters"));
  let unfolded = false;
  const setOpen = (open: boolean): void => {
    toggle.setAttribute("aria-expanded", String(open));
    elements.filters.classList.toggle("is-folded", !open);
    if (open && !unfolded) options.onUnfold();
    unfolded ||= open;
  };
  setOpen(false);
  toggle.addEventListener("click", () => setOpen(toggle.getAttribute("aria-expanded") !== "true"));
  // Wide frames start with the filters open, once the data is in; phones and stories start folded:
  // the graph (and a story's caption) is what the reader came for, above the fold of a 640 px frame.
  const wide = window.matchMedia("(min-width: 600px)").matches && !flags.static && !options.step;
  const stopWaiting = store.subscribe((state, previous) => {
    if (!state.model || state.model === previous.model) return;
    stopWaiting();
    if (wide && state.story.steps.length === 0) setOpen(true);
  });
  if (!flags.static) elements.topbar.append(toggle);

  const link = el("a", {
    class: "embed-full-link",
    href: fullExplorerUrl(window.location.href),
    target: "_blank",
    rel: "noopener noreferrer",
  });
  words.text(link, (lang) => t(lang, "embed.openFull"));
  // The URL follows the view (replaceState): refresh the link just before it is followed.
  const refresh = (): void => void (link.href = fullExplorerUrl(window.location.href));
  for (const type of ["pointerdown", "focus", "click"]) link.addEventListener(type, refresh);
  elements.footer.append(link);

  if (flags.static) for (const element of elements.interactive) element.inert = true;
  return () => {
    stopWaiting();
    words.dispose();
    toggle.remove();
    link.remove();
  };
}
