// The stats panel (#stats): the view's disclosed total, deals, undisclosed, a bar of the share by
// form (colour and words), top investors and startups whose names focus them. Owns no data.
import "../../words/toolWords";
import "./insights.css";
import { formColor } from "../../config/forms";
import { formatCount, formatUsd } from "../../words/format";
import type { VisibleSelector } from "../../filter/select";
import { computeStats, type RankedNode, type ViewStats } from "../../filter/stats";
import { nothingDisclosed, type Total } from "../../filter/totals";
import type { Model } from "../../model/model";
import type { AppState, AppStore } from "../../state/store";
import type { Language } from "../../state/url";
import { afterPaint, el } from "../kit/dom";
import { t, type MessageKey } from "../../words/i18n";
import { formName, formRecord, nodeName } from "../../words/names";
import { apply, selectNode } from "../../state/transitions";
import { dealsText, shortTotalText } from "../../words/totals";

const TOP = 5;

type Rank = "amount" | "deals";

export function percent(part: number, whole: number): string {
  if (whole <= 0) return "0%";
  const share = (100 * part) / whole;
  return `${share > 0 && share < 1 ? share.toFixed(1) : Math.round(share)}%`;
}

export function mountStatsPanel(container: HTMLElement, store: AppStore, selectVisible: VisibleSelector): () => void {
  /** The reader's choice; until they choose, dollars unless most amounts are undisclosed. */
  let chosen: Rank | null = null;
  let rank: Rank = "amount";
  let stats: ViewStats | null = null;

  const heading = el("h2", { class: "panel__title", id: "stats-title" });
  const figures = el("dl", { class: "stats__figures" });
  const formsHeading = el("h3", { class: "insights__subtitle", id: "stats-forms-title" });
  // The bar only draws what the list below says in words (name, amount, share), so it is hidden
  // from assistive technology rather than given a second, longer name.
  const bar = el("div", { class: "stats__bar", "aria-hidden": "true", title: "" });
  const dealBar = el("div", { class: "stats__bar stats__bar--deals", "aria-hidden": "true" });
  const barLabel = el("p", { class: "insights__note stats__bar-label", "aria-hidden": "true" });
  const dealBarLabel = el("p", { class: "insights__note stats__bar-label", "aria-hidden": "true" });
  const caveat = el("p", { class: "insights__note stats__caveat", "data-caveat": "undisclosed" });
  const formList = el("ul", { class: "stats__forms", "aria-labelledby": "stats-forms-title" });
  const rankGroup = el("div", { class: "insights__toggle", role: "group" });
  const rankButtons = (["amount", "deals"] as const).map((value) => {
    const button = el("button", { type: "button", class: "insights__toggle-button", "data-rank": value });
    button.addEventListener("click", () => {
      chosen = value;
      rank = value;
      renderTops();
    });
    return button;
  });
  rankGroup.append(...rankButtons);
  const tops = el("div", { class: "stats__tops" });
  container.setAttribute("aria-labelledby", "stats-title");
  container.append(heading, figures, formsHeading, barLabel, bar, dealBarLabel, dealBar, formList, caveat, rankGroup, tops);

  const topList = (model: Model, lang: Language, title: MessageKey, kind: string, ranked: readonly RankedNode[]): HTMLElement => {
    const section = el("div", { class: "stats__top" });
    const id = `stats-top-${kind}`;
    section.append(el("h3", { class: "insights__subtitle", id }, t(lang, title)));
    if (ranked.length === 0) {
      section.append(el("p", { class: "insights__note" }, t(lang, "stats.none")));
      return section;
    }
    const list = el("ol", { class: "stats__top-list", "aria-labelledby": id, "data-top": kind });
    for (const entry of ranked) {
      const name = nodeName(model, entry.node, lang);
      const button = el(
        "button",
        { type: "button", class: "insights__node", "data-node": entry.id, title: t(lang, "stats.show", { name }) },
        name,
      );
      button.addEventListener("click", () => apply(store, selectNode(entry.id)));
      const value = rank === "amount" ? shortTotalText(entry, lang) : dealsText(entry.deals, lang);
      const item = el("li", {
        class: "stats__top-item",
        "data-amount-usd": String(Math.round(entry.disclosedUsd)),
        "data-deals": String(entry.deals),
        "data-undisclosed-deals": String(entry.undisclosedDeals),
      });
      item.append(button, el("span", { class: "insights__value" }, value));
      list.append(item);
    }
    section.append(list);
    return section;
  };

  const renderTops = (): void => {
    const { model, lang } = store.getState();
    tops.replaceChildren();
    rankButtons.forEach((button) => button.setAttribute("aria-pressed", String(button.dataset["rank"] === rank)));
    if (!model || !stats) return;
    const byAmount = rank === "amount";
    tops.append(
      topList(model, lang, "stats.topInvestors", "investors", byAmount ? stats.topInvestorsByAmount : stats.topInvestorsByCount),
      topList(model, lang, "stats.topStartups", "startups", byAmount ? stats.topStartupsByAmount : stats.topStartupsByCount),
    );
  };

  const render = (state: AppState): void => {
    const { model, lang, theme } = state;
    const visible = selectVisible(state);
    container.hidden = !model || !visible;
    heading.textContent = t(lang, "stats.title");
    formsHeading.textContent = t(lang, "stats.byForm");
    rankGroup.setAttribute("aria-label", t(lang, "stats.rankBy"));
    rankButtons.forEach(
      (button) => (button.textContent = t(lang, button.dataset["rank"] === "amount" ? "stats.byAmount" : "stats.byCount")),
    );
    figures.replaceChildren();
    bar.replaceChildren();
    formList.replaceChildren();
    stats = model && visible ? computeStats(model, visible, state.filters, TOP) : null;
    if (!model || !stats) {
      renderTops();
      return;
    }
    const figure = (label: MessageKey, stat: string, value: number, text: string): void => {
      figures.append(el("dt", {}, t(lang, label)), el("dd", { "data-stat": stat, "data-value": String(value) }, text));
    };
    const { total } = stats;
    // No deal in view is "no deals", never "$0": nothing was disclosed because nothing is shown.
    figure(
      "stats.total",
      "total-amount",
      Math.round(total.disclosedUsd),
      total.deals === 0 ? t(lang, "total.none") : nothingDisclosed(total) ? t(lang, "undisclosed") : formatUsd(lang, total.disclosedUsd),
    );
    figure("stats.deals", "deals", total.deals, formatCount(lang, total.deals));
    figure("stats.undisclosed", "undisclosed", total.undisclosedDeals, formatCount(lang, total.undisclosedDeals));

    const dollars = total.disclosedUsd;
    const segments: Array<{ key: string; name: string; share: Total; color: string }> = stats.byForm.map((share) => ({
      key: share.form,
      name: formName(model.dataset.meta, share.form, lang),
      share,
      color: formRecord(model.dataset.meta, share.form)?.color ?? formColor(share.form, theme),
    }));
    if (stats.unsplitAmount > 0)
      segments.push({
        key: "",
        name: t(lang, "stats.unsplit"),
        share: { disclosedUsd: stats.unsplitAmount, disclosedDeals: 0, undisclosedDeals: 0, deals: 0 },
        color: "",
      });
    // A split deal counts once in each of its forms, so the deal bar's whole is the sum over forms.
    const dealSum = segments.reduce((sum, segment) => sum + segment.share.deals, 0);
    const paint = (into: HTMLElement, width: number, key: string, color: string): void => {
      const part = el("span", { class: key ? "stats__segment" : "stats__segment is-unsplit" });
      part.style.width = `${width}%`;
      // The unsplit share is hatched (CSS), so it never reads as the grey of "other".
      if (key) part.style.background = color;
      into.append(part);
    };
    for (const segment of segments) {
      const { share } = segment;
      if (dollars > 0 && share.disclosedUsd > 0) paint(bar, (100 * share.disclosedUsd) / dollars, segment.key, segment.color);
      if (dealSum > 0 && share.deals > 0) paint(dealBar, (100 * share.deals) / dealSum, segment.key, segment.color);
      const item = el("li", {
        class: "stats__form",
        "data-share-form": segment.key || "unsplit",
        "data-amount-usd": String(Math.round(share.disclosedUsd)),
        "data-deals": String(share.deals),
        "data-undisclosed-deals": String(share.undisclosedDeals),
      });
      const swatch = el("span", { class: segment.key ? "stats__swatch" : "stats__swatch is-unsplit", "aria-hidden": "true" });
      if (segment.key) swatch.style.background = segment.color;
      // Dollars with their share when any is disclosed, "undisclosed" when none is; the deals below.
      const money =
        share.disclosedDeals > 0 || !segment.key
          ? `${formatUsd(lang, share.disclosedUsd)} · ${dollars > 0 ? percent(share.disclosedUsd, dollars) : "–"}`
          : t(lang, "undisclosed");
      item.append(swatch, el("span", { class: "stats__form-name" }, segment.name), el("span", { class: "insights__value" }, money));
      if (share.deals > 0) {
        const deals =
          share.undisclosedDeals > 0
            ? t(lang, "stats.formDeals", { deals: dealsText(share.deals, lang), undisclosed: formatCount(lang, share.undisclosedDeals) })
            : dealsText(share.deals, lang);
        item.append(el("span", { class: "stats__form-deals" }, deals));
      }
      formList.append(item);
    }
    bar.hidden = dollars <= 0;
    barLabel.hidden = dollars <= 0;
    barLabel.textContent = t(lang, "stats.byDollars");
    dealBar.hidden = dealSum <= 0;
    dealBarLabel.hidden = dealSum <= 0;
    dealBarLabel.textContent = t(lang, "stats.byDeals");
    if (dollars <= 0) formList.append(el("li", { class: "insights__note" }, t(lang, "stats.noAmount")));
    caveat.hidden = !stats.mostlyUndisclosed;
    caveat.textContent = t(lang, "stats.mostlyUndisclosed", {
      undisclosed: formatCount(lang, total.undisclosedDeals),
      deals: formatCount(lang, total.deals),
    });
    rank = chosen ?? (stats.mostlyUndisclosed ? "deals" : "amount");
    renderTops();
  };

  render(store.getState());
  // After the frame: the graph answers a filter change first, the figures follow.
  const renderSoon = afterPaint(() => render(store.getState()));
  const unsubscribe = store.subscribe((state, previous) => {
    // A new dataset, like a filter change, after the graph's frame.
    if (state.lang !== previous.lang || state.theme !== previous.theme) render(state);
    else if (state.model !== previous.model || state.filters !== previous.filters) renderSoon();
  });
  return () => {
    unsubscribe();
    container.replaceChildren();
  };
}
