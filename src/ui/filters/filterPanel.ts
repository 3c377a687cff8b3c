// The filter panel: year, amount and form filters for the loaded model, plus a reset button.
// Rebuilt when a new model loads or the language changes, after disposing what it built before
// (the play timer); each filter re-reads the store on every change.
import "../../words/toolWords";
import type { VisibleSelector } from "../../filter/select";
import { isFiltered, resetFilters } from "../../state/filters";
import { updateFilters, type AppState, type AppStore } from "../../state/store";
import { mountAmountFilter } from "./amountFilter";
import { afterPaint, el } from "../kit/dom";
import { mountFormFilter } from "./formFilter";
import { t } from "../../words/i18n";
import { mountTimelinePlay } from "./timelinePlay";
import { mountYearFilter } from "./yearFilter";

/** `after`: an element kept at the end of the panel across rebuilds (the view controls). */
export function mountFilterPanel(container: HTMLElement, store: AppStore, selectVisible: VisibleSelector, after?: HTMLElement): () => void {
  let updaters: Array<(state: AppState) => void> = [];
  let disposers: Array<() => void> = [];
  let reset: HTMLButtonElement | null = null;

  const dispose = (): void => {
    for (const disposeChild of disposers) disposeChild();
    disposers = [];
  };
  const build = (state: AppState): void => {
    dispose();
    container.replaceChildren();
    updaters = [];
    if (!state.model) return;
    container.append(el("h2", { class: "panel__title" }, t(state.lang, "filters.title")));
    updaters.push(mountYearFilter(container, store, state.model));
    const years = container.querySelector<HTMLElement>(".filter--years");
    if (years) {
      const play = mountTimelinePlay(years, store, state.model);
      updaters.push(play.update);
      disposers.push(play.dispose);
    }
    updaters.push(mountAmountFilter(container, store, state.model));
    updaters.push(mountFormFilter(container, store, state.model, selectVisible));
    reset = el("button", { type: "button", class: "button", "data-action": "reset-filters" }, t(state.lang, "filters.reset"));
    reset.addEventListener("click", () => updateFilters(store, resetFilters()));
    container.append(reset);
    if (after) container.append(after);
    update(state);
  };
  const update = (state: AppState): void => {
    for (const updater of updaters) updater(state);
    if (reset) reset.disabled = !isFiltered(state.filters);
  };

  build(store.getState());
  const buildSoon = afterPaint(() => build(store.getState()));
  const unsubscribe = store.subscribe((state, previous) => {
    // A new dataset: the bar is built after the graph's first frame (ui/kit/dom.ts afterPaint).
    if (state.model !== previous.model) buildSoon();
    else if (state.lang !== previous.lang) build(state);
    else if (state.filters !== previous.filters) update(state);
  });
  return () => {
    unsubscribe();
    dispose();
    container.replaceChildren();
  };
}
