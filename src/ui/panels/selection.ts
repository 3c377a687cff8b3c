// The details panel of the selected organisation: facts, totals within the filters and overall,
// amounts by form and by year, and every deal with its sources. Counterparties are buttons that move
// the selection; arrow keys walk them. Data strings only ever go in as text; links only http(s).
import "../../words/toolWords";
import { formColor } from "../../config/forms";
import type { VisibleSelector } from "../../filter/select";
import { computeDetails, type FlowBreakdown } from "../../filter/details";
import type { VisibleSet } from "../../filter/visible";
import { formatDate, formatUsd } from "../../words/format";
import type { DealRecord } from "../../io/schema";
import { originalsFirst } from "../../io/sourceSite";
import { nodeById, type Model } from "../../model/model";
import type { AppState, AppStore } from "../../state/store";
import type { Language } from "../../state/url";
import { afterPaint, el, safeHref } from "../kit/dom";
import { t } from "../../words/i18n";
import { barList, yearColumns } from "../kit/miniCharts";
import { formName, formRecord, kindDetailName, localName, placeName } from "../../words/names";
import { apply, hoverNode, selectNode, unhoverNode } from "../../state/transitions";
import { shortTotalText, totalText } from "../../words/totals";
import { sourceItem } from "./sourceItem";

/** Deals drawn at once; a node with thousands of deals shows more on request. */
const PAGE = 60;

function labelOf(model: Model, id: string, lang: Language): string {
  const node = nodeById(model, id);
  return localName(node, lang, id);
}

function amountText(deal: DealRecord, model: Model, lang: Language): string {
  const undisclosed = t(lang, "undisclosed");
  const total = deal.amountUsd === undefined || deal.amountUsd === null ? undisclosed : formatUsd(lang, deal.amountUsd);
  const qualifier =
    deal.amountQualifier === "approx" ? "≈" : deal.amountQualifier === "at-least" ? "≥" : deal.amountQualifier === "up-to" ? "≤" : "";
  if (!deal.parts) return `${qualifier}${total} · ${formName(model.dataset.meta, deal.form ?? "other", lang)}`;
  const parts = deal.parts.map(
    (part) =>
      `${formName(model.dataset.meta, part.form, lang)} ${part.amountUsd === undefined || part.amountUsd === null ? undisclosed : formatUsd(lang, part.amountUsd)}`,
  );
  return `${qualifier}${total}: ${parts.join(" + ")}`;
}

/** Where focus goes when the panel closes while it held focus (the graph), so it never drops to <body>. */
export interface SelectionOptions {
  readonly returnFocus?: () => HTMLElement | null;
}

export function mountSelection(
  container: HTMLElement,
  store: AppStore,
  selectVisible: VisibleSelector,
  options: SelectionOptions = {},
): () => void {
  let shownCount = PAGE;

  const render = (state: AppState): void => {
    // A re-render replaces every element: focus moves to the equivalent one (the same deal's
    // counterparty, the same control), else the title, else back to the graph when the panel closes.
    const held = focusedPlace(container);
    renderPanel(state);
    if (held) restoreFocus(container, held, options.returnFocus);
  };
  const renderPanel = (state: AppState): void => {
    container.replaceChildren();
    const model = state.model;
    const node = model && state.focus !== null ? nodeById(model, state.focus) : undefined;
    container.hidden = !node;
    if (!model || !node) return;
    const { lang } = state;
    const visible = selectVisible(state);
    // Every figure here comes from computeDetails (src/filter/details.ts); this panel only words them.
    const facts = computeDetails(model, visible, state.filters, node.id);
    if (!facts) return;

    const close = el(
      "button",
      { type: "button", class: "selection__close", "aria-label": t(lang, "selection.close"), "data-action": "close-selection" },
      "×",
    );
    close.addEventListener("click", () => apply(store, selectNode(null)));
    const title = el("h2", { class: "selection__name", id: "selection-title", tabindex: -1 }, labelOf(model, node.id, lang));
    const kind = node.kind === "investor" ? t(lang, "selection.investor") : t(lang, "selection.startup");
    const founded = node.founded ? t(lang, "details.founded", { year: String(node.founded) }) : undefined;
    const detail =
      node.category !== undefined
        ? kindDetailName("category", node.category, lang)
        : node.sector !== undefined
          ? kindDetailName("sector", node.sector, lang)
          : undefined;
    const city = node.city === undefined ? undefined : placeName(model.dataset.meta, node.city, lang);
    const line = el("p", { class: "selection__facts" }, [kind, detail, city, founded].filter(Boolean).join(" · "));
    container.append(close, title, line);
    const href = safeHref(node.url);
    if (href) {
      const link = el("a", { href, rel: "noopener noreferrer", target: "_blank", class: "selection__url" }, new URL(href).host);
      container.append(link);
    }

    const totals = el("dl", { class: "selection__totals" });
    const flowRow = (label: string, flow: FlowBreakdown, side: string): void => {
      const value = el(
        "dd",
        {
          "data-total": side,
          "data-disclosed-usd": String(Math.round(flow.shown.disclosedUsd)),
          "data-undisclosed-deals": String(flow.shown.undisclosedDeals),
          "data-deals": String(flow.shown.deals),
        },
        totalText(flow.shown, lang),
      );
      const same = flow.shown.deals === flow.all.deals && flow.shown.disclosedUsd === flow.all.disclosedUsd;
      if (!same) value.append(el("span", { class: "selection__all" }, t(lang, "selection.allDeals", { total: totalText(flow.all, lang) })));
      totals.append(el("dt", {}, label), value);
    };
    if (facts.invested.all.deals > 0 || node.kind === "investor") flowRow(t(lang, "selection.invested"), facts.invested, "invested");
    if (facts.raised.all.deals > 0 || node.kind === "startup") flowRow(t(lang, "selection.raised"), facts.raised, "raised");
    totals.append(el("dt", {}, t(lang, "selection.deals")), el("dd", {}, `${facts.shownDeals} / ${facts.deals.length}`));
    container.append(totals);
    if (facts.shownDeals === 0) container.append(el("p", { class: "selection__hint" }, t(lang, "selection.hidden")));

    const sides = [facts.invested, facts.raised].filter((flow) => flow.shown.deals > 0);
    for (const flow of sides) {
      const sideLabel =
        sides.length > 1 ? `${flow === facts.invested ? t(lang, "selection.invested") : t(lang, "selection.raised")}: ` : "";
      const forms = flow.byForm
        .filter((entry) => entry.shown.deals > 0)
        .sort((x, y) => y.shown.disclosedUsd - x.shown.disclosedUsd || y.shown.deals - x.shown.deals);
      const bars = forms.map((entry) => ({
        label: formName(model.dataset.meta, entry.form, lang),
        value: entry.shown.disclosedUsd,
        color: formRecord(model.dataset.meta, entry.form)?.color ?? formColor(entry.form, state.theme),
        text: shortTotalText(entry.shown, lang),
      }));
      // What split deals' parts leave undivided is a bar of its own, so the bars add up to the headline.
      if (flow.unsplit.shown > 0)
        bars.push({
          label: t(lang, "details.unsplit"),
          value: flow.unsplit.shown,
          color: "var(--muted, #8a8a8a)",
          text: formatUsd(lang, flow.unsplit.shown),
        });
      container.append(el("h3", { class: "selection__heading" }, `${sideLabel}${t(lang, "details.byForm")}`), barList(bars));
      const years = flow.byYear.filter((entry) => entry.year !== null && entry.shown.deals > 0);
      if (years.length > 0) {
        const byYear = new Map(years.map((entry) => [entry.year ?? 0, entry.shown]));
        const format = (value: number, year: number): string => {
          const total = byYear.get(year);
          return total ? shortTotalText(total, lang) : formatUsd(lang, value);
        };
        container.append(
          el("h3", { class: "selection__heading" }, `${sideLabel}${t(lang, "details.byYear")}`),
          yearColumns(
            years.map((entry) => [entry.year ?? 0, entry.shown.disclosedUsd] as const),
            format,
            t(lang, "details.byYear"),
          ),
        );
      }
    }

    container.append(el("h3", { class: "selection__heading" }, t(lang, "details.deals", { count: String(facts.deals.length) })));
    const list = el("ol", { class: "deal-list", "aria-label": t(lang, "details.dealsLabel") });
    const order = facts.deals.map((deal) => deal.deal);
    const visibleFirst = visible
      ? [...order.filter((d) => visible.dealVisible[d]), ...order.filter((d) => !visible.dealVisible[d])]
      : order;
    for (const d of visibleFirst.slice(0, shownCount)) list.append(dealItem(model, node.id, d, visible, lang, store));
    container.append(list);
    if (visibleFirst.length > shownCount) {
      const more = el(
        "button",
        { type: "button", class: "button", "data-action": "more-deals" },
        t(lang, "details.more", { count: String(visibleFirst.length - shownCount) }),
      );
      more.addEventListener("click", () => {
        shownCount += PAGE * 4;
        render(store.getState());
      });
      container.append(more);
    }
  };

  // Up and Down move between counterparties, as in a list; the graph previews each one.
  container.addEventListener("keydown", (event) => {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    const buttons = [...container.querySelectorAll<HTMLButtonElement>(".deal__counterparty")];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0) return;
    event.preventDefault();
    buttons[Math.max(0, Math.min(buttons.length - 1, at + (event.key === "ArrowDown" ? 1 : -1)))]?.focus();
  });

  container.setAttribute("aria-labelledby", "selection-title");
  container.setAttribute("role", "region");
  const renderSoon = afterPaint(() => render(store.getState()));
  render(store.getState());
  return store.subscribe((state, previous) => {
    if (state.focus !== previous.focus) shownCount = PAGE;
    if (state.focus !== previous.focus || state.model !== previous.model || state.lang !== previous.lang || state.theme !== previous.theme)
      render(state);
    else if (state.filters !== previous.filters && state.focus !== null) renderSoon();
  });
}

function dealItem(model: Model, selfId: string, d: number, visible: VisibleSet | null, lang: Language, store: AppStore): HTMLLIElement {
  const deal = model.dataset.deals[d];
  const item = el("li", { class: "deal", "data-deal": deal?.id ?? "" });
  if (!deal) return item;
  if (visible && !visible.dealVisible[d]) item.classList.add("deal--filtered");
  const otherId = deal.investor === selfId ? deal.target : deal.investor;
  const direction = deal.investor === selfId ? "→" : "←";
  const counterparty = el(
    "button",
    { type: "button", class: "deal__counterparty", "data-node": otherId },
    `${direction} ${labelOf(model, otherId, lang)}`,
  );
  counterparty.addEventListener("click", () => apply(store, selectNode(otherId)));
  counterparty.addEventListener("focus", () => apply(store, hoverNode(otherId)));
  counterparty.addEventListener("blur", () => {
    apply(store, unhoverNode(otherId));
  });
  const meta = [
    deal.date ? formatDate(lang, deal.date) : t(lang, "details.undated"),
    deal.round,
    deal.lead ? t(lang, "details.lead") : undefined,
  ]
    .filter(Boolean)
    .join(" · ");
  item.append(
    counterparty,
    el("span", { class: "deal__meta" }, meta),
    el("span", { class: "deal__amount" }, amountText(deal, model, lang)),
  );
  if (visible && !visible.dealVisible[d]) item.append(el("span", { class: "deal__note" }, t(lang, "details.filteredOut")));
  if (deal.note) {
    // Research notes run long: folded, one press away.
    const note = el("details", { class: "deal__note" });
    note.append(el("summary", {}, t(lang, "details.note")), el("p", {}, deal.note));
    item.append(note);
  }
  const sources = el("ul", { class: "deal__sources", "aria-label": t(lang, "details.sources") });
  for (const source of originalsFirst(deal.sources ?? [])) sources.append(sourceItem(source, lang));
  const confidence = deal.confidence
    ? el(
        "span",
        { class: `deal__confidence deal__confidence--${deal.confidence}` },
        t(lang, "details.confidence", { level: t(lang, `details.confidence.${deal.confidence}`) }),
      )
    : null;
  if (confidence) item.append(confidence);
  if (sources.childElementCount > 0) item.append(sources);
  return item;
}

interface FocusedPlace {
  readonly deal: string | null;
  readonly action: string | null;
  readonly className: string;
}

function focusedPlace(container: HTMLElement): FocusedPlace | null {
  const active = document.activeElement;
  if (!(active instanceof HTMLElement) || !container.contains(active)) return null;
  return {
    deal: active.closest<HTMLElement>("[data-deal]")?.dataset["deal"] ?? null,
    action: active.dataset["action"] ?? null,
    className: active.className,
  };
}

function restoreFocus(container: HTMLElement, place: FocusedPlace, returnFocus: (() => HTMLElement | null) | undefined): void {
  if (container.hidden) {
    returnFocus?.()?.focus();
    return;
  }
  // Data ids are compared as strings, never put into a selector.
  const inDeal =
    place.deal === null
      ? undefined
      : [...container.querySelectorAll<HTMLElement>("[data-deal]")].find((item) => item.dataset["deal"] === place.deal);
  const counterpart = inDeal?.querySelector<HTMLElement>(".deal__counterparty");
  const control =
    place.action === null
      ? undefined
      : [...container.querySelectorAll<HTMLElement>("[data-action]")].find((item) => item.dataset["action"] === place.action);
  const target = counterpart ?? control ?? container.querySelector<HTMLElement>("#selection-title");
  target?.focus({ preventScroll: inDeal === undefined });
}
