// The selection card: the focused organisation's name, kind and totals, shown and overall.
// A full details panel (deals, sources) builds on this later.
import { formatUsd } from "../io/amount";
import type { VisibleSelector } from "../filter/select";
import { nodeById, type Model } from "../model/model";
import type { VisibleSet } from "../filter/visible";
import type { AppState, AppStore } from "../state/store";
import { el } from "./dom";
import { t } from "./i18n";

interface Totals {
  invested: number;
  raised: number;
  deals: number;
}

function totalsOf(model: Model, nodeIndex: number, visible: VisibleSet | null): Totals {
  const { index } = model;
  const totals: Totals = { invested: 0, raised: 0, deals: 0 };
  for (let d = 0; d < index.count; d++) {
    const from = index.investor[d] === nodeIndex;
    const to = index.target[d] === nodeIndex;
    if (!from && !to) continue;
    if (visible && !visible.dealVisible[d]) continue;
    const amount = visible ? (visible.dealAmount[d] ?? Number.NaN) : (index.amount[d] ?? Number.NaN);
    const value = Number.isNaN(amount) ? 0 : amount;
    totals.deals++;
    if (from) totals.invested += value;
    if (to) totals.raised += value;
  }
  return totals;
}

export function mountSelection(container: HTMLElement, store: AppStore, selectVisible: VisibleSelector): () => void {
  const render = (state: AppState): void => {
    container.replaceChildren();
    const model = state.model;
    const node = model && state.focus !== null ? nodeById(model, state.focus) : undefined;
    container.hidden = !node;
    if (!model || !node) return;
    const nodeIndex = model.nodeIndexById.get(node.id) ?? -1;
    const shown = totalsOf(model, nodeIndex, selectVisible(state));
    const all = totalsOf(model, nodeIndex, null);
    const lang = state.lang;

    const title = el("h2", { class: "selection__name", id: "selection-title" }, (lang !== "en" && node.labels?.[lang]) || node.label);
    const close = el("button", { type: "button", class: "selection__close", "aria-label": t(lang, "selection.close"), "data-action": "close-selection" }, "×");
    close.addEventListener("click", () => store.setState({ focus: null }));
    const kind = node.kind === "investor" ? t(lang, "selection.investor") : t(lang, "selection.startup");
    const facts = [kind, node.category ?? node.sector, node.city, node.founded ? String(node.founded) : undefined].filter(Boolean).join(" · ");
    const list = el("dl", { class: "selection__totals" });
    const row = (label: string, value: string): void => {
      list.append(el("dt", {}, label), el("dd", {}, value));
    };
    if (all.invested > 0 || node.kind === "investor") row(t(lang, "selection.invested"), `${formatUsd(shown.invested)} / ${formatUsd(all.invested)}`);
    if (all.raised > 0 || node.kind === "startup") row(t(lang, "selection.raised"), `${formatUsd(shown.raised)} / ${formatUsd(all.raised)}`);
    row(t(lang, "selection.deals"), `${shown.deals} / ${all.deals}`);
    container.append(close, title, el("p", { class: "selection__facts" }, facts), list);
    if (shown.deals === 0) container.append(el("p", { class: "selection__hint" }, t(lang, "selection.hidden")));
  };
  container.setAttribute("aria-labelledby", "selection-title");
  render(store.getState());
  return store.subscribe((state, previous) => {
    if (state.focus !== previous.focus || state.model !== previous.model || state.filters !== previous.filters || state.lang !== previous.lang) render(state);
  });
}
