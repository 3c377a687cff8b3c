// The status line (#status, role=status): counts of what is shown, as data attributes for tests
// and as words for readers. Reads the shared visible set; owns nothing.
import { formatUsd } from "../../io/amount";
import type { VisibleSelector } from "../../filter/select";
import type { AppStore } from "../../state/store";
import { t } from "../../words/i18n";

export function mountStatus(element: HTMLElement, store: AppStore, selectVisible: VisibleSelector): () => void {
  const render = (): void => {
    const state = store.getState();
    const visible = selectVisible(state);
    if (!state.model || !visible) {
      element.textContent = state.load === "error" ? t(state.lang, "status.noData") : t(state.lang, "status.loading");
      return;
    }
    const totalDeals = state.model.index.count;
    const totalNodes = state.model.dataset.nodes.length;
    element.dataset["visibleDeals"] = String(visible.visibleDeals);
    element.dataset["totalDeals"] = String(totalDeals);
    element.dataset["visibleNodes"] = String(visible.visibleNodes);
    element.dataset["totalNodes"] = String(totalNodes);
    element.dataset["visibleAmountUsd"] = String(Math.round(visible.visibleAmount));
    // No disclosed amount among shown deals reads as such, never as "$0 disclosed".
    const noneDisclosed = visible.visibleDeals > 0 && visible.visibleAmount === 0;
    element.textContent = t(state.lang, noneDisclosed ? "status.summaryUndisclosed" : "status.summary", {
      deals: visible.visibleDeals.toLocaleString("en-US"),
      totalDeals: totalDeals.toLocaleString("en-US"),
      nodes: visible.visibleNodes.toLocaleString("en-US"),
      totalNodes: totalNodes.toLocaleString("en-US"),
      amount: formatUsd(visible.visibleAmount),
    });
  };
  render();
  return store.subscribe((state, previous) => {
    if (state.model !== previous.model || state.filters !== previous.filters || state.lang !== previous.lang || state.load !== previous.load) render();
  });
}
