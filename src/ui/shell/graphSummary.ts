// The graph's accessible description (#graph-summary, referenced by aria-describedby): what is shown
// and under which filters, in words. The status line (aria-live) announces the counts politely.
import type { VisibleSelector } from "../../filter/select";
import type { AppStore } from "../../state/store";
import { describeView } from "../../words/describeView";
import { afterPaint } from "../kit/dom";

export function mountGraphSummary(element: HTMLElement, store: AppStore, selectVisible: VisibleSelector): () => void {
  const render = (): void => {
    const state = store.getState();
    const visible = selectVisible(state);
    element.textContent = state.model && visible ? describeView(state.filters, state.model, visible, state.lang) : "";
  };
  const renderSoon = afterPaint(render);
  render();
  return store.subscribe((state, previous) => {
    // A new dataset, like a filter change, is described after the graph's frame.
    if (state.lang !== previous.lang) render();
    else if (state.model !== previous.model || state.filters !== previous.filters) renderSoon();
  });
}
