// The tooltip of the node under the pointer, or of the node a list previews by keyboard focus:
// name, kind and what it shows under the current filters. Escape closes it (WCAG 1.4.13).
import type { VisibleSelector } from "../../filter/select";
import { formatUsd } from "../../words/format";
import { nodeById } from "../../model/model";
import type { AppStore } from "../../state/store";
import { afterPaint, el } from "../kit/dom";
import { t, tn } from "../../words/i18n";
import { kindDetailName, shortName } from "../../words/names";

/** Where a node is drawn, in CSS px inside the graph container; null when hidden or unknown. */
export type PositionOf = (id: string) => { x: number; y: number } | null;

/** `graph` is sigma's container, which sigma empties when it is killed: the tip lives beside it. */
export function mountNodeTooltip(graph: HTMLElement, store: AppStore, selectVisible: VisibleSelector, positionOf: PositionOf): () => void {
  const tip = el("div", { class: "node-tooltip", role: "tooltip", id: "node-tooltip" });
  tip.hidden = true;
  graph.after(tip);

  const render = (): void => {
    const state = store.getState();
    const { model, hovered, lang } = state;
    const node = model && hovered !== null ? nodeById(model, hovered) : undefined;
    const position = node ? positionOf(node.id) : null;
    if (!model || !node || !position) {
      tip.hidden = true;
      return;
    }
    const i = model.nodeIndexById.get(node.id) ?? -1;
    const visible = selectVisible(state);
    const deals = visible?.nodeDeals[i] ?? 0;
    const amount = visible?.nodeAmount[i] ?? 0;
    tip.replaceChildren(
      el("strong", {}, shortName(node, lang)),
      el(
        "span",
        {},
        [
          node.kind === "investor" ? t(lang, "selection.investor") : t(lang, "selection.startup"),
          node.sector !== undefined
            ? kindDetailName("sector", node.sector, lang)
            : node.category !== undefined
              ? kindDetailName("category", node.category, lang)
              : undefined,
        ]
          .filter(Boolean)
          .join(" · "),
      ),
      // No disclosed amount among the shown deals reads as such, never as "$0 disclosed".
      el(
        "span",
        {},
        deals > 0 && amount === 0
          ? tn(lang, "tooltip.shownUndisclosed", deals)
          : tn(lang, "tooltip.shown", deals, { amount: formatUsd(lang, amount) }),
      ),
    );
    tip.hidden = false;
    // Beside the node, flipped to stay inside the graph.
    const { clientWidth: width, clientHeight: height } = graph;
    const left0 = graph.offsetLeft;
    const top0 = graph.offsetTop;
    const left = position.x + 14 + tip.offsetWidth > width ? position.x - 14 - tip.offsetWidth : position.x + 14;
    const top = Math.min(Math.max(4, position.y - tip.offsetHeight / 2), height - tip.offsetHeight - 4);
    tip.style.transform = `translate(${Math.round(left0 + Math.max(4, left))}px, ${Math.round(top0 + top)}px)`;
  };
  render();
  // After the frame the hover draws: placing the tip reads the page's layout, which in the pointer's
  // event forced a whole layout before that frame (20 ms at 150,000 deals).
  const renderSoon = afterPaint(render);
  return store.subscribe((state, previous) => {
    if (
      state.hovered !== previous.hovered ||
      (state.hovered !== null && (state.filters !== previous.filters || state.lang !== previous.lang))
    )
      renderSoon();
  });
}
