// The app's one store (zustand/vanilla): the loaded model, filters, selection, language, notices.
// It only applies pure transitions; rendering and panels subscribe and never own this state.
import { createStore, type StoreApi } from "zustand/vanilla";
import type { Issue } from "../io/issues";
import type { Model } from "../model/model";
import type { MetaDraft } from "./edits";
import { DEFAULT_FILTERS, type FilterState } from "./filters";
import { EMPTY_STORY, type ReadyStory } from "./story";
import type { Language } from "./url";
import {
  addNotices as noticesTransition,
  apply,
  updateDisplay as displayTransition,
  updateFilters as filtersTransition,
} from "./transitions";
import { DEFAULT_DISPLAY, type DisplayChoice } from "./display";

export type LoadState = "loading" | "ready" | "error";

export interface Notice extends Issue {
  /** Where the problem was found: a file name, "URL", ... */
  readonly source: string;
}

export interface LayoutProgress {
  readonly running: boolean;
  /** 0..1 */
  readonly progress: number;
  /** A layout has run on this data (running now, stopped or settled): #app[data-layout] shows it. */
  readonly ran: boolean;
}

/** Datawrapper-style render flags for embeds (URL: dark, plain, static, transparent). */
export interface RenderFlags {
  /** "auto" follows prefers-color-scheme. */
  readonly dark: "auto" | "true" | "false";
  /** No header and footer. */
  readonly plain: boolean;
  /** No interaction (a picture that still reflows). */
  readonly static: boolean;
  /** No page background. */
  readonly transparent: boolean;
}

export const DEFAULT_FLAGS: RenderFlags = { dark: "auto", plain: false, static: false, transparent: false };

/**
 * Where the shown data came from, so the embed code can say whether a reader can reach it: the
 * site's own dataset, a ?data= path or URL, or a file picked on this computer (published nowhere).
 */
export type DataSource = { readonly kind: "site" | "url"; readonly location: string } | { readonly kind: "file"; readonly name: string };

export interface AppState {
  readonly load: LoadState;
  readonly model: Model | null;
  readonly source: DataSource | null;
  readonly filters: FilterState;
  /** Selected node id (the `focus` URL parameter). */
  readonly focus: string | null;
  readonly lang: Language;
  readonly embed: boolean;
  readonly notices: readonly Notice[];
  readonly layout: LayoutProgress;
  /** What the main area shows: the network or the table of visible deals. */
  readonly view: "graph" | "table";
  /** Two investors compared side by side (URL: compare=a,b); their shared startups are highlighted. */
  readonly compare: readonly [string, string] | null;
  /** "failed" when WebGL is missing or its context was lost: the picture and table stand in. */
  readonly renderer: "webgl" | "failed";
  readonly flags: RenderFlags;
  /** The node under the pointer, or previewed from a list by keyboard: highlighted, with a tooltip. */
  readonly hovered: string | null;
  /** The theme in effect: flags.dark, or the reader's prefers-color-scheme when "auto". */
  readonly theme: "light" | "dark";
  /** The node the keyboard is on inside the graph (drawn with a ring); null when the graph lacks focus. */
  readonly keyboardNode: string | null;
  /** The data's story (meta.story, meta.annotations), checked against the graph. */
  readonly story: ReadyStory;
  /** The story step shown (1-based; URL: step=), or null outside the story. */
  readonly step: number | null;
  /** The editor's draft of title, description, credit and story (state/edits.ts); null until edited. */
  readonly edits: MetaDraft | null;
  /** The arrangement (layout=) and colour key (color=). */
  readonly display: DisplayChoice;
}

export const INITIAL_STATE: AppState = {
  load: "loading",
  model: null,
  source: null,
  filters: DEFAULT_FILTERS,
  focus: null,
  lang: "en",
  embed: false,
  notices: [],
  layout: { running: false, progress: 0, ran: false },
  view: "graph",
  compare: null,
  renderer: "webgl",
  flags: DEFAULT_FLAGS,
  theme: "light",
  hovered: null,
  keyboardNode: null,
  story: EMPTY_STORY,
  step: null,
  edits: null,
  display: DEFAULT_DISPLAY,
};

export type AppStore = StoreApi<AppState>;

export function createAppStore(initial: Partial<AppState> = {}): AppStore {
  return createStore<AppState>()(() => ({ ...INITIAL_STATE, ...initial }));
}

/** Applies a pure filter transition (shorthand for `apply(store, updateFilters(transition))`). */
export function updateFilters(store: AppStore, transition: (filters: FilterState) => FilterState): void {
  apply(store, filtersTransition(transition));
}

/** Adds notices from one source (shorthand for `apply(store, addNotices(source, issues))`). */
/** Applies a pure display transition (arrangement, colour key): shorthand for `apply(store, updateDisplay(transition))`. */
export function updateDisplay(store: AppStore, transition: (display: DisplayChoice) => DisplayChoice): void {
  apply(store, displayTransition(transition));
}

export function addNotices(store: AppStore, source: string, issues: readonly Issue[]): void {
  apply(store, noticesTransition(source, issues));
}
