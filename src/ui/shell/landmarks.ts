// The accessible names of the page's regions (graph, filters, table, legend, insights) in the
// reader's language, and the graph's role description; index.html carries the English for the first paint.
import type { AppStore } from "../../state/store";
import { t, type MessageKey } from "../../words/i18n";

const REGIONS: ReadonlyArray<readonly [string, MessageKey]> = [
  ["graph", "graph.label"],
  ["filters", "region.filters"],
  ["view-switch", "region.view"],
  ["table", "region.table"],
  ["legend", "region.legend"],
  ["insights", "region.insights"],
];

export function mountLandmarks(store: AppStore): () => void {
  const render = (): void => {
    const { lang } = store.getState();
    for (const [id, key] of REGIONS) document.getElementById(id)?.setAttribute("aria-label", t(lang, key));
    // In the first chunk, so a Korean or Chinese embed does not say the English word until its keyboard widget loads.
    document.getElementById("graph")?.setAttribute("aria-roledescription", t(lang, "graph.roledescription"));
  };
  render();
  return store.subscribe((state, previous) => {
    if (state.lang !== previous.lang) render();
  });
}
