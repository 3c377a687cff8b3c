// The compare panel (#compare): two investor pickers (store `compare`, URL compare=a,b) and their
// portfolios side by side within the filters, shared startups marked "both" in words. Owns no data.
import "../../words/toolWords";
import "./insights.css";
import { compareInvestors, investorNodes, type Comparison, type Holding } from "../../filter/compare";
import type { VisibleSelector } from "../../filter/select";
import type { Model } from "../../model/model";
import type { AppState, AppStore } from "../../state/store";
import type { Language } from "../../state/url";
import { afterPaint, el, uniqueId } from "../kit/dom";
import { t, tn } from "../../words/i18n";
import { nodeName, shortText } from "../../words/names";
import { apply, selectNode, setCompare } from "../../state/transitions";
import { dealsText, shortTotalText, totalText } from "../../words/totals";

function amountText(holding: Holding | undefined, lang: Language): string {
  if (!holding) return "–";
  return shortTotalText(
    {
      disclosedUsd: holding.amount,
      disclosedDeals: holding.deals - holding.undisclosed,
      undisclosedDeals: holding.undisclosed,
      deals: holding.deals,
    },
    lang,
  );
}

export function mountComparePanel(container: HTMLElement, store: AppStore, selectVisible: VisibleSelector): () => void {
  /** The pickers' values: one may be chosen before the other, while the store holds only pairs. */
  let picks: [string, string] = ["", ""];
  let written: AppState["compare"] = null;

  const heading = el("h2", { class: "panel__title", id: "compare-title" });
  const pickers = el("div", { class: "compare__pickers" });
  const selects = (["a", "b"] as const).map((side) => {
    const id = uniqueId(`compare-${side}`);
    const label = el("label", { for: id, class: "compare__label" });
    const select = el("select", { id, class: "compare__select", "data-compare": side });
    const field = el("div", { class: "compare__field" });
    field.append(label, select);
    pickers.append(field);
    select.addEventListener("change", () => {
      picks = side === "a" ? [select.value, picks[1]] : [picks[0], select.value];
      const next: AppState["compare"] = picks[0] && picks[1] && picks[0] !== picks[1] ? [picks[0], picks[1]] : null;
      written = next;
      apply(store, setCompare(next));
      // The store may not change (null stays null) while the picks did: show them anyway.
      update(store.getState());
    });
    return { label, select };
  });
  const clear = el("button", { type: "button", class: "compare__clear", "data-action": "compare-clear" });
  clear.addEventListener("click", () => {
    picks = ["", ""];
    written = null;
    apply(store, setCompare(null));
    update(store.getState());
  });
  pickers.append(clear);
  const results = el("div", { class: "compare__results", "aria-live": "polite" });
  container.setAttribute("aria-labelledby", "compare-title");
  container.append(heading, pickers, results);

  const fillPickers = (model: Model | null, lang: Language): void => {
    const investors = model
      ? investorNodes(model).map((node) => ({ id: model.dataset.nodes[node]?.id ?? "", name: nodeName(model, node, lang) }))
      : [];
    investors.sort((x, y) => x.name.localeCompare(y.name, lang));
    for (const { select } of selects) {
      select.replaceChildren(el("option", { value: "" }, t(lang, "compare.choose")));
      for (const investor of investors) select.append(el("option", { value: investor.id }, shortText(investor.name)));
    }
  };

  const table = (model: Model, lang: Language, comparison: Comparison): HTMLElement => {
    const { a, b } = comparison;
    const sides = [a, b];
    const names = sides.map((side) => (side ? nodeName(model, side.investor, lang) : ""));
    const element = el("table", { class: "compare__table" });
    element.append(el("caption", { class: "compare__caption" }, t(lang, "compare.caption")));
    const head = el("tr", {});
    head.append(el("th", { scope: "col" }, t(lang, "compare.startup")));
    sides.forEach((side, i) => {
      if (side) head.append(el("th", { scope: "col", class: "is-numeric" }, names[i]));
    });
    const thead = el("thead", {});
    thead.append(head);
    element.append(thead);
    const byNode = sides.map((side) => new Map((side?.holdings ?? []).map((holding) => [holding.node, holding])));
    // Shared startups first (by combined amount), then each side's own, largest first.
    const order: number[] = comparison.shared.map((entry) => entry.node);
    for (const side of sides) for (const holding of side?.holdings ?? []) if (!holding.shared) order.push(holding.node);
    const body = el("tbody", {});
    for (const node of order) {
      const shared = comparison.shared.some((entry) => entry.node === node);
      const id = model.dataset.nodes[node]?.id ?? "";
      const row = el("tr", { "data-startup": id, "data-shared": String(shared), class: shared ? "is-shared" : undefined });
      const cell = el("th", { scope: "row" });
      const name = nodeName(model, node, lang);
      const button = el(
        "button",
        { type: "button", class: "insights__node", "data-node": id, title: t(lang, "stats.show", { name }) },
        name,
      );
      button.addEventListener("click", () => apply(store, selectNode(id)));
      cell.append(button);
      if (shared) cell.append(el("span", { class: "compare__both" }, t(lang, "compare.both")));
      row.append(cell);
      sides.forEach((side, i) => {
        if (side) row.append(el("td", { class: "is-numeric" }, amountText(byNode[i]?.get(node), lang)));
      });
      body.append(row);
    }
    element.append(body);
    const foot = el("tr", {});
    foot.append(el("th", { scope: "row" }, t(lang, "compare.total")));
    sides.forEach((side) => {
      if (side)
        foot.append(
          el(
            "td",
            {
              class: "is-numeric",
              "data-total-amount-usd": String(Math.round(side.total.disclosedUsd)),
              "data-deals": String(side.total.deals),
              "data-undisclosed-deals": String(side.total.undisclosedDeals),
            },
            `${totalText(side.total, lang)} · ${dealsText(side.total.deals, lang)}`,
          ),
        );
    });
    const tfoot = el("tfoot", {});
    tfoot.append(foot);
    element.append(tfoot);
    return element;
  };

  const update = (state: AppState): void => {
    const { model, lang } = state;
    selects.forEach(({ select }, i) => (select.value = picks[i] ?? ""));
    clear.hidden = !picks[0] && !picks[1];
    results.replaceChildren();
    const visible = selectVisible(state);
    if (!model || !visible) return;
    if (!picks[0] && !picks[1]) {
      results.append(el("p", { class: "insights__note" }, t(lang, "compare.hint")));
      return;
    }
    if (picks[0] === picks[1]) {
      results.append(el("p", { class: "insights__note" }, t(lang, "compare.same")));
      return;
    }
    const comparison = compareInvestors(model, visible, picks[0] || null, picks[1] || null);
    if (comparison.a && comparison.b) {
      const count = comparison.shared.length;
      results.append(
        el(
          "p",
          { class: "compare__summary", "data-shared-count": String(count) },
          count ? tn(lang, "compare.bothCount", count) : t(lang, "compare.noneShared"),
        ),
      );
    }
    for (const side of [comparison.a, comparison.b]) {
      if (side && side.holdings.length === 0)
        results.append(el("p", { class: "insights__note" }, t(lang, "compare.empty", { name: nodeName(model, side.investor, lang) })));
    }
    if ((comparison.a?.holdings.length ?? 0) + (comparison.b?.holdings.length ?? 0) > 0) results.append(table(model, lang, comparison));
    // "$880M vs $40M" invites a 22x reading when most amounts are unknown: say so beside the totals.
    if (comparison.mostlyUndisclosed)
      results.append(
        el("p", { class: "insights__note compare__caveat", "data-caveat": "undisclosed" }, t(lang, "compare.mostlyUndisclosed")),
      );
  };

  const render = (state: AppState): void => {
    container.hidden = !state.model;
    heading.textContent = t(state.lang, "compare.title");
    selects[0]?.label.replaceChildren(t(state.lang, "compare.first"));
    selects[1]?.label.replaceChildren(t(state.lang, "compare.second"));
    clear.textContent = t(state.lang, "compare.clear");
    fillPickers(state.model, state.lang);
    update(state);
  };

  const adopt = (state: AppState, force = false): void => {
    // A pair set elsewhere (the URL, a new file, a keyboard shortcut) replaces the picks.
    if (force || state.compare !== written) {
      picks = state.compare ? [state.compare[0], state.compare[1]] : ["", ""];
      written = state.compare;
    }
  };

  adopt(store.getState());
  render(store.getState());
  const updateSoon = afterPaint(() => update(store.getState()));
  const renderSoon = afterPaint(() => render(store.getState()));
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.compare !== previous.compare) adopt(state);
    if (state.model !== previous.model) {
      adopt(state, true);
      // The pickers list every investor (tens of thousands in a big file): after the graph's first frame.
      renderSoon();
    } else if (state.lang !== previous.lang) render(state);
    else if (state.compare !== previous.compare) update(state);
    else if (state.filters !== previous.filters) updateSoon();
  });
  return () => {
    unsubscribe();
    container.replaceChildren();
  };
}
