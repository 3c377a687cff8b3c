// The accessible names of the page's regions (graph, filters, table, legend, insights) in the
// reader's language; index.html carries the English names for the first paint.
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
  };
  render();
  return store.subscribe((state, previous) => {
    if (state.lang !== previous.lang) render();
  });
}
