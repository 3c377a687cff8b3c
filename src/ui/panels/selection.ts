// The details panel of the selected organisation: facts, totals within the filters and overall,
// amounts by form and by year, and every deal with its sources. Counterparties are buttons that move
// the selection; arrow keys walk them. Data strings only ever go in as text; links only http(s).
import { formColor } from "../../config/forms";
import type { VisibleSelector } from "../../filter/select";
import { formSetOf, type FormSet, type VisibleSet } from "../../filter/visible";
import { formatUsd } from "../../io/amount";
import type { DealRecord } from "../../io/schema";
import { nodeById, type Model } from "../../model/model";
import type { AppState, AppStore } from "../../state/store";
import type { Language } from "../../state/url";
import { afterPaint, el, safeHref } from "../kit/dom";
import { t } from "../../words/i18n";
import { barList, yearColumns } from "../kit/miniCharts";
import { formName, formRecord, localName } from "../../words/names";
import { apply, hoverNode, selectNode, unhoverNode } from "../../state/transitions";

/** Deals drawn at once; a node with thousands of deals shows more on request. */
const PAGE = 60;

interface NodeDeals {
  /** Deal positions touching the node, newest first (undated last). */
  readonly deals: number[];
  readonly invested: { shown: number; all: number };
  readonly raised: { shown: number; all: number };
  readonly shownDeals: number;
  /** Shown amount per form index and per year. */
  readonly byForm: Map<number, number>;
  readonly byYear: Map<number, number>;
}

function collect(model: Model, nodeIndex: number, visible: VisibleSet | null, selected: FormSet): NodeDeals {
  const { index } = model;
  const deals: number[] = [];
  const invested = { shown: 0, all: 0 };
  const raised = { shown: 0, all: 0 };
  const byForm = new Map<number, number>();
  const byYear = new Map<number, number>();
  let shownDeals = 0;
  for (let d = 0; d < index.count; d++) {
    const from = index.investor[d] === nodeIndex;
    if (!from && index.target[d] !== nodeIndex) continue;
    deals.push(d);
    const all = index.amount[d] ?? Number.NaN;
    const side = from ? invested : raised;
    if (!Number.isNaN(all)) side.all += all;
    if (!visible?.dealVisible[d]) continue;
    shownDeals++;
    const shown = visible.dealAmount[d] ?? Number.NaN;
    if (Number.isNaN(shown)) continue;
    side.shown += shown;
    const year = index.year[d] ?? 0;
    if (year > 0) byYear.set(year, (byYear.get(year) ?? 0) + shown);
    // Split deals count by their parts' own forms; others whole under their form.
    const start = index.partStart[d] ?? 0;
    const end = index.partStart[d + 1] ?? start;
    if (end > start) {
      for (let p = start; p < end; p++) {
        const form = index.partForm[p] ?? 0;
        const amount = index.partAmount[p] ?? Number.NaN;
        // Under a form filter only the matching parts count, as in the visible set.
        if (selected[form] === 1 && !Number.isNaN(amount)) byForm.set(form, (byForm.get(form) ?? 0) + amount);
      }
    } else {
      const form = index.dealForm[d] ?? 0;
      byForm.set(form, (byForm.get(form) ?? 0) + shown);
    }
  }
  deals.sort((a, b) => (index.year[b] ?? 0) - (index.year[a] ?? 0) || (model.dataset.deals[b]?.date ?? "").localeCompare(model.dataset.deals[a]?.date ?? ""));
  return { deals, invested, raised, shownDeals, byForm, byYear };
}

function labelOf(model: Model, id: string, lang: Language): string {
  const node = nodeById(model, id);
  return localName(node, lang, id);
}

function amountText(deal: DealRecord, model: Model, lang: Language): string {
  const undisclosed = t(lang, "undisclosed");
  const total = deal.amountUsd === undefined || deal.amountUsd === null ? undisclosed : formatUsd(deal.amountUsd);
  const qualifier = deal.amountQualifier === "approx" ? "≈" : deal.amountQualifier === "at-least" ? "≥" : deal.amountQualifier === "up-to" ? "≤" : "";
  if (!deal.parts) return `${qualifier}${total} · ${formName(model.dataset.meta, deal.form ?? "other", lang)}`;
  const parts = deal.parts.map((part) => `${formName(model.dataset.meta, part.form, lang)} ${part.amountUsd === undefined || part.amountUsd === null ? undisclosed : formatUsd(part.amountUsd)}`);
  return `${qualifier}${total}: ${parts.join(" + ")}`;
}

export function mountSelection(container: HTMLElement, store: AppStore, selectVisible: VisibleSelector): () => void {
  let shownCount = PAGE;

  const render = (state: AppState): void => {
    container.replaceChildren();
    const model = state.model;
    const node = model && state.focus !== null ? nodeById(model, state.focus) : undefined;
    container.hidden = !node;
    if (!model || !node) return;
    const { lang } = state;
    const nodeIndex = model.nodeIndexById.get(node.id) ?? -1;
    const visible = selectVisible(state);
    const facts = collect(model, nodeIndex, visible, formSetOf(model.index, state.filters.forms));

    const close = el("button", { type: "button", class: "selection__close", "aria-label": t(lang, "selection.close"), "data-action": "close-selection" }, "×");
    close.addEventListener("click", () => apply(store, selectNode(null)));
    const title = el("h2", { class: "selection__name", id: "selection-title" }, labelOf(model, node.id, lang));
    const kind = node.kind === "investor" ? t(lang, "selection.investor") : t(lang, "selection.startup");
    const founded = node.founded ? t(lang, "details.founded", { year: String(node.founded) }) : undefined;
    const line = el("p", { class: "selection__facts" }, [kind, node.category ?? node.sector, node.city, founded].filter(Boolean).join(" · "));
    container.append(close, title, line);
    const href = safeHref(node.url);
    if (href) {
      const link = el("a", { href, rel: "noopener noreferrer", target: "_blank", class: "selection__url" }, new URL(href).host);
      container.append(link);
    }

    const totals = el("dl", { class: "selection__totals" });
    const row = (label: string, value: string): void => void totals.append(el("dt", {}, label), el("dd", {}, value));
    if (facts.invested.all > 0 || node.kind === "investor") row(t(lang, "selection.invested"), `${formatUsd(facts.invested.shown)} / ${formatUsd(facts.invested.all)}`);
    if (facts.raised.all > 0 || node.kind === "startup") row(t(lang, "selection.raised"), `${formatUsd(facts.raised.shown)} / ${formatUsd(facts.raised.all)}`);
    row(t(lang, "selection.deals"), `${facts.shownDeals} / ${facts.deals.length}`);
    container.append(totals);
    if (facts.shownDeals === 0) container.append(el("p", { class: "selection__hint" }, t(lang, "selection.hidden")));

    if (facts.byForm.size > 0) {
      const forms = [...facts.byForm].sort((a, b) => b[1] - a[1]);
      container.append(
        el("h3", { class: "selection__heading" }, t(lang, "details.byForm")),
        barList(
          forms.map(([f, value]) => {
            const form = model.index.forms[f] ?? "other";
            return { label: formName(model.dataset.meta, form, lang), value, color: formRecord(model.dataset.meta, form)?.color ?? formColor(form, state.theme), text: formatUsd(value) };
          }),
        ),
      );
    }
    if (facts.byYear.size > 0) {
      container.append(el("h3", { class: "selection__heading" }, t(lang, "details.byYear")), yearColumns([...facts.byYear].sort((a, b) => a[0] - b[0]), formatUsd, t(lang, "details.byYear")));
    }

    container.append(el("h3", { class: "selection__heading" }, t(lang, "details.deals", { count: String(facts.deals.length) })));
    const list = el("ol", { class: "deal-list", "aria-label": t(lang, "details.dealsLabel") });
    const visibleFirst = visible ? [...facts.deals.filter((d) => visible.dealVisible[d]), ...facts.deals.filter((d) => !visible.dealVisible[d])] : facts.deals;
    for (const d of visibleFirst.slice(0, shownCount)) list.append(dealItem(model, node.id, d, visible, lang, store));
    container.append(list);
    if (visibleFirst.length > shownCount) {
      const more = el("button", { type: "button", class: "button", "data-action": "more-deals" }, t(lang, "details.more", { count: String(visibleFirst.length - shownCount) }));
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
    if (state.focus !== previous.focus || state.model !== previous.model || state.lang !== previous.lang || state.theme !== previous.theme) render(state);
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
  const counterparty = el("button", { type: "button", class: "deal__counterparty", "data-node": otherId }, `${direction} ${labelOf(model, otherId, lang)}`);
  counterparty.addEventListener("click", () => apply(store, selectNode(otherId)));
  counterparty.addEventListener("focus", () => apply(store, hoverNode(otherId)));
  counterparty.addEventListener("blur", () => {
    apply(store, unhoverNode(otherId));
  });
  const meta = [deal.date ?? t(lang, "details.undated"), deal.round, deal.lead ? t(lang, "details.lead") : undefined].filter(Boolean).join(" · ");
  item.append(counterparty, el("span", { class: "deal__meta" }, meta), el("span", { class: "deal__amount" }, amountText(deal, model, lang)));
  if (visible && !visible.dealVisible[d]) item.append(el("span", { class: "deal__note" }, t(lang, "details.filteredOut")));
  if (deal.note) {
    // Research notes run long: folded, one press away.
    const note = el("details", { class: "deal__note" });
    note.append(el("summary", {}, t(lang, "details.note")), el("p", {}, deal.note));
    item.append(note);
  }
  const sources = el("ul", { class: "deal__sources", "aria-label": t(lang, "details.sources") });
  for (const source of deal.sources ?? []) {
    const href = safeHref(source.url);
    const text = [source.publisher, source.title].filter(Boolean).join(": ") || source.url;
    const entry = el("li", {});
    if (href) entry.append(el("a", { href, rel: "noopener noreferrer", target: "_blank" }, text));
    else entry.append(el("span", {}, text));
    if (source.date) entry.append(el("span", { class: "deal__source-date" }, ` (${source.date})`));
    sources.append(entry);
  }
  const confidence = deal.confidence ? el("span", { class: `deal__confidence deal__confidence--${deal.confidence}` }, t(lang, "details.confidence", { level: t(lang, `details.confidence.${deal.confidence}`) })) : null;
  if (confidence) item.append(confidence);
  if (sources.childElementCount > 0) item.append(sources);
  return item;
}
