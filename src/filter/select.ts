// A memoised selector from store state to the visible set: computed once per (model, filters) pair
// and shared by the renderer and every panel.
import type { AppState } from "../state/store";
import { scopePairs } from "./scope";
import { computeVisible, type VisibleSet } from "./visible";

export type VisibleSelector = (state: AppState) => VisibleSet | null;

export function createVisibleSelector(): VisibleSelector {
  let lastModel: AppState["model"] = null;
  let lastFilters: AppState["filters"] | null = null;
  let last: VisibleSet | null = null;
  return (state) => {
    if (!state.model) return null;
    if (state.model === lastModel && state.filters === lastFilters && last) return last;
    lastModel = state.model;
    lastFilters = state.filters;
    last = visibleOf(state.model, state.filters);
    return last;
  };
}

/** The visible set of a model under filters, scope included: what the selector caches. */
export function visibleOf(model: NonNullable<AppState["model"]>, filters: AppState["filters"]): VisibleSet {
  return computeVisible(model.index, model.dataset.nodes.length, filters, scopePairs(model, filters.scope));
}
