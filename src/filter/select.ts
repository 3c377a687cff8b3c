// A memoised selector from store state to the visible set: computed once per (model, filters) pair
// and shared by the renderer and every panel.
import type { AppState } from "../state/store";
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
    last = computeVisible(state.model.index, state.model.dataset.nodes.length, state.filters);
    return last;
  };
}
