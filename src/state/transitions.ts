// Every change of the app's state, as a named pure transition `(args) => (state) => state` that
// returns the same object when nothing changes. The store only applies them (`apply`); ui and render
// never call setState themselves (a lint rule keeps it so).
import type { Issue } from "../io/issues";
import type { Model } from "../model/model";
import type { DisplayChoice } from "./display";
import type { FilterState } from "./filters";
import type { AppState, AppStore, LayoutProgress, LoadState } from "./store";
import { EMPTY_STORY } from "./story";
import type { Language } from "./url";

export type Transition = (state: AppState) => AppState;

/** Applies a transition; subscribers hear nothing when it changed nothing. */
export function apply(store: AppStore, transition: Transition): void {
  const state = store.getState();
  const next = transition(state);
  if (next !== state) store.setState(next, true);
}

/** A shallow update that keeps the state object when every named field already has its value. */
function patch(state: AppState, fields: Partial<AppState>): AppState {
  for (const key of Object.keys(fields) as Array<keyof AppState>) {
    if (!Object.is(state[key], fields[key])) return { ...state, ...fields };
  }
  return state;
}

export const selectNode =
  (id: string | null): Transition =>
  (state) =>
    patch(state, { focus: id, hovered: null });

/** A click on a node: selects it, or clears the selection when it was already selected. */
export const toggleSelection =
  (id: string): Transition =>
  (state) =>
    patch(state, { focus: state.focus === id ? null : id });

export const hoverNode =
  (id: string | null): Transition =>
  (state) =>
    patch(state, { hovered: id });

/** Ends a hover only if it is still this node's (a later hover may have replaced it). */
export const unhoverNode =
  (id: string): Transition =>
  (state) =>
    state.hovered === id ? patch(state, { hovered: null }) : state;

/** Escape: closes the tooltip first, then the selection. */
export const escape = (): Transition => (state) =>
  state.hovered !== null ? patch(state, { hovered: null }) : patch(state, { focus: null });

export const setLanguage =
  (lang: Language): Transition =>
  (state) =>
    patch(state, { lang });

export const setTheme =
  (theme: AppState["theme"]): Transition =>
  (state) =>
    patch(state, { theme });

export const showView =
  (view: AppState["view"]): Transition =>
  (state) =>
    patch(state, { view });

export const setCompare =
  (pair: AppState["compare"]): Transition =>
  (state) =>
    state.compare === pair || (state.compare && pair && state.compare[0] === pair[0] && state.compare[1] === pair[1])
      ? state
      : { ...state, compare: pair };

/** WebGL is missing or lost: the table (the same view in words and numbers) stands in for the graph. */
export const rendererFailed = (): Transition => (state) => patch(state, { renderer: "failed", view: "table" });

export const dismissNotices = (): Transition => (state) => (state.notices.length === 0 ? state : { ...state, notices: [] });

export const addNotices =
  (source: string, issues: readonly Issue[]): Transition =>
  (state) =>
    issues.length === 0 ? state : { ...state, notices: [...state.notices, ...issues.map((issue) => ({ ...issue, source }))] };

export const updateFilters =
  (transition: (filters: FilterState) => FilterState): Transition =>
  (state) => {
    const filters = transition(state.filters);
    return filters === state.filters ? state : { ...state, filters };
  };

/** The arrangement (layout=) and colour key (color=) change through a pure display transition. */
export const updateDisplay =
  (transition: (display: DisplayChoice) => DisplayChoice): Transition =>
  (state) => {
    const display = transition(state.display);
    return display === state.display ? state : { ...state, display };
  };

export const setLoad =
  (load: LoadState): Transition =>
  (state) =>
    patch(state, { load });

/** The first frame of the data is drawn, or nothing could be shown. */
export const loadFailed = (): Transition => (state) => (state.model ? state : patch(state, { load: "error" }));

export const setLayoutProgress =
  (layout: LayoutProgress): Transition =>
  (state) =>
    state.layout.running === layout.running && state.layout.progress === layout.progress && state.layout.ran === layout.ran
      ? state
      : { ...state, layout };

/** A new dataset replaces the old one with the view it opens on; its own layout has not begun. */
export const showDataset =
  (
    model: Model,
    view: Pick<AppState, "filters" | "focus" | "compare"> & Partial<Pick<AppState, "story" | "step" | "source" | "display">>,
  ): Transition =>
  (state) => ({
    ...state,
    story: EMPTY_STORY,
    step: null,
    ...view,
    model,
    edits: null,
    hovered: null,
    load: "loading",
    layout: { running: false, progress: 0, ran: false },
  });
