// The status line (#status, role=status): counts of what is shown, as data attributes for tests
// and as words for readers. Reads the shared visible set; owns nothing.
import { formatCount, formatUsd } from "../../words/format";
import type { VisibleSelector } from "../../filter/select";
import type { AppStore } from "../../state/store";
import { t } from "../../words/i18n";
import { afterPaint } from "../kit/dom";

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
    const { lang } = state;
    // No disclosed amount among shown deals reads as such, never as "$0 disclosed".
    const noneDisclosed = visible.visibleDeals > 0 && visible.visibleAmount === 0;
    element.textContent = t(lang, noneDisclosed ? "status.summaryUndisclosed" : "status.summary", {
      deals: formatCount(lang, visible.visibleDeals),
      totalDeals: formatCount(lang, totalDeals),
      nodes: formatCount(lang, visible.visibleNodes),
      totalNodes: formatCount(lang, totalNodes),
      amount: formatUsd(lang, visible.visibleAmount),
    });
  };
  render();
  const renderSoon = afterPaint(render);
  return store.subscribe((state, previous) => {
    // A new dataset is said after the graph's first frame (ui/kit/dom.ts afterPaint).
    if (state.model !== previous.model) renderSoon();
    else if (state.filters !== previous.filters || state.lang !== previous.lang || state.load !== previous.load) render();
  });
}
