// The app's one store (zustand/vanilla): the loaded model, filters, selection, language, notices.
// It only applies pure transitions; rendering and panels subscribe and never own this state.
import { createStore, type StoreApi } from "zustand/vanilla";
import type { Issue } from "../io/issues";
import type { Model } from "../model/model";
import { DEFAULT_FILTERS, type FilterState } from "./filters";
import type { Language } from "./url";

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

export interface AppState {
  readonly load: LoadState;
  readonly model: Model | null;
  readonly filters: FilterState;
  /** Selected node id (the `focus` URL parameter). */
  readonly focus: string | null;
  readonly lang: Language;
  readonly embed: boolean;
  readonly notices: readonly Notice[];
  readonly layout: LayoutProgress;
  /** What the main area shows: the network or the table of visible deals. */
  readonly view: "graph" | "table";
  /** Links drawn vs. links passing the filters (large graphs draw only the largest). */
  readonly drawnLinks: { readonly drawn: number; readonly visible: number } | null;
  /** Two investors compared side by side (URL: compare=a,b); their shared startups are highlighted. */
  readonly compare: readonly [string, string] | null;
  /** "failed" when WebGL is missing or its context was lost: the picture and table stand in. */
  readonly renderer: "webgl" | "failed";
  readonly flags: RenderFlags;
  /** The node under the pointer, or previewed from a list by keyboard: highlighted, with a tooltip. */
  readonly hovered: string | null;
  /** The theme in effect: flags.dark, or the reader's prefers-color-scheme when "auto". */
  readonly theme: "light" | "dark";
}

export const INITIAL_STATE: AppState = {
  load: "loading",
  model: null,
  filters: DEFAULT_FILTERS,
  focus: null,
  lang: "en",
  embed: false,
  notices: [],
  layout: { running: false, progress: 0, ran: false },
  drawnLinks: null,
  view: "graph",
  compare: null,
  renderer: "webgl",
  flags: DEFAULT_FLAGS,
  theme: "light",
  hovered: null,
};

export type AppStore = StoreApi<AppState>;

export function createAppStore(initial: Partial<AppState> = {}): AppStore {
  return createStore<AppState>()(() => ({ ...INITIAL_STATE, ...initial }));
}

/** Applies a pure filter transition. */
export function updateFilters(store: AppStore, transition: (filters: FilterState) => FilterState): void {
  const { filters } = store.getState();
  const next = transition(filters);
  if (next !== filters) store.setState({ filters: next });
}

export function addNotices(store: AppStore, source: string, issues: readonly Issue[]): void {
  if (issues.length === 0) return;
  const notices = [...store.getState().notices, ...issues.map((issue) => ({ ...issue, source }))];
  store.setState({ notices });
}
