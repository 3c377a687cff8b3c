// Details of one organisation: facts, totals invested and raised (shown and overall, by form and by
// year, each with its disclosed and undisclosed deals) and its deals. Pure; no formatting.
import type { DealRecord, NodeRecord, Part, Source } from "../io/schema";
import { UNDATED, type DealIndex } from "../model/dealIndex";
import type { Model } from "../model/model";
import type { FilterState } from "../state/filters";
import { formsOfDeal } from "./stats";
import { NO_DEALS, Tally, type Total } from "./totals";
import { allFormsSet, formSetOf, type FormSet, type VisibleSet } from "./visible";

/** Deals of node n are deals[start[n] .. start[n+1]), in data order: a CSR adjacency. */
export interface NodeDealLists {
  readonly start: Uint32Array;
  readonly deals: Uint32Array;
}

const listsCache = new WeakMap<DealIndex, NodeDealLists>();

/** Built once per deal index (two passes), so a node's deals cost its degree, not the whole data. */
export function nodeDealLists(index: DealIndex, nodeCount: number): NodeDealLists {
  const cached = listsCache.get(index);
  if (cached && cached.start.length === nodeCount + 1) return cached;
  const start = new Uint32Array(nodeCount + 1);
  const bump = (n: number): void => {
    start[n + 1] = (start[n + 1] ?? 0) + 1;
  };
  for (let d = 0; d < index.count; d++) {
    const from = index.investor[d] ?? 0;
    const to = index.target[d] ?? 0;
    bump(from);
    if (to !== from) bump(to);
  }
  for (let n = 0; n < nodeCount; n++) start[n + 1] = (start[n + 1] ?? 0) + (start[n] ?? 0);
  const next = start.slice(0, nodeCount);
  const deals = new Uint32Array(start[nodeCount] ?? 0);
  const put = (n: number, d: number): void => {
    const at = next[n] ?? 0;
    deals[at] = d;
    next[n] = at + 1;
  };
  for (let d = 0; d < index.count; d++) {
    const from = index.investor[d] ?? 0;
    const to = index.target[d] ?? 0;
    put(from, d);
    if (to !== from) put(to, d);
  }
  const lists = { start, deals };
  listsCache.set(index, lists);
  return lists;
}

export interface FormFlow {
  readonly form: string;
  /** Within the current filters (only matching parts count). */
  readonly shown: Total;
  /** Every deal, whole. */
  readonly all: Total;
}

export interface YearFlow {
  /** null for undated deals. */
  readonly year: number | null;
  readonly shown: Total;
  readonly all: Total;
}

export interface FlowBreakdown {
  /** Within the current filters (amounts as the filters count them). */
  readonly shown: Total;
  /** Every deal, whole amounts. */
  readonly all: Total;
  /** Per form, split deals by their parts; forms with any deal overall, in index order. */
  readonly byForm: readonly FormFlow[];
  /** Split deals' disclosed amount that their parts do not divide among forms ("split unknown"). */
  readonly unsplit: { readonly shown: number; readonly all: number };
  /** Per year, ascending; undated deals last with year null. */
  readonly byYear: readonly YearFlow[];
}

export interface DealDetail {
  /** Position in dataset.deals. */
  readonly deal: number;
  readonly id: string;
  /** What the selected organisation did in this deal. */
  readonly role: "invested" | "raised";
  /** The other side (position in dataset.nodes), its id and English label. */
  readonly counterparty: number;
  readonly counterpartyId: string;
  readonly counterpartyLabel: string;
  readonly date: string | null;
  readonly round: string | null;
  /** Passes the current filters. */
  readonly visible: boolean;
  /** What the filters count (only matching parts); NaN when hidden or undisclosed. */
  readonly amountShown: number;
  /** The investor's whole amount; NaN when undisclosed. */
  readonly amount: number;
  readonly form: string;
  readonly parts: readonly Part[];
  readonly lead: boolean | null;
  readonly confidence: DealRecord["confidence"] | null;
  readonly sources: readonly Source[];
  readonly note: string | null;
}

export interface NodeDetails {
  readonly node: number;
  readonly record: NodeRecord;
  readonly invested: FlowBreakdown;
  readonly raised: FlowBreakdown;
  /** Newest first, undated last; hidden deals included (see `visible`). */
  readonly deals: readonly DealDetail[];
  readonly shownDeals: number;
}

class Flow {
  readonly shown = new Tally();
  readonly all = new Tally();
  readonly formShown: Tally[];
  readonly formAll: Tally[];
  unsplitShown = 0;
  unsplitAll = 0;
  readonly years = new Map<number, { shown: Tally; all: Tally }>();

  constructor(forms: number) {
    this.formShown = Array.from({ length: forms }, () => new Tally());
    this.formAll = Array.from({ length: forms }, () => new Tally());
  }

  add(index: DealIndex, d: number, visible: boolean, shown: number, selected: FormSet, every: FormSet): void {
    const whole = index.amount[d] ?? Number.NaN;
    const year = index.year[d] ?? UNDATED;
    let bucket = this.years.get(year);
    if (!bucket) this.years.set(year, (bucket = { shown: new Tally(), all: new Tally() }));
    this.all.add(whole);
    bucket.all.add(whole);
    this.unsplitAll += formsOfDeal(index, d, whole, every, (bit, amount) => this.formAll[bit]?.add(amount));
    if (!visible) return;
    this.shown.add(shown);
    bucket.shown.add(shown);
    this.unsplitShown += formsOfDeal(index, d, shown, selected, (bit, amount) => this.formShown[bit]?.add(amount));
  }

  result(forms: readonly string[]): FlowBreakdown {
    const byForm = forms
      .map((form, i) => ({ form, shown: this.formShown[i]?.total() ?? NO_DEALS, all: this.formAll[i]?.total() ?? NO_DEALS }))
      .filter((entry) => entry.all.deals > 0);
    const byYear = [...this.years.entries()]
      .sort(([a], [b]) => (a === UNDATED ? 1 : b === UNDATED ? -1 : a - b))
      .map(([year, bucket]) => ({ year: year === UNDATED ? null : year, shown: bucket.shown.total(), all: bucket.all.total() }));
    // Float noise from subtracting parts is not an amount.
    const clean = (value: number, of: number): number => (Math.abs(value) < 1e-6 * Math.max(1, of) ? 0 : value);
    const shown = this.shown.total();
    const all = this.all.total();
    return {
      shown,
      all,
      byForm,
      unsplit: { shown: clean(this.unsplitShown, shown.disclosedUsd), all: clean(this.unsplitAll, all.disclosedUsd) },
      byYear,
    };
  }
}

export function computeDetails(model: Model, visible: VisibleSet | null, filters: FilterState, id: string): NodeDetails | null {
  const node = model.nodeIndexById.get(id);
  const record = node === undefined ? undefined : model.dataset.nodes[node];
  if (node === undefined || !record) return null;
  const { index } = model;
  const { nodes, deals: records } = model.dataset;
  const lists = nodeDealLists(index, nodes.length);
  const every = allFormsSet(index);
  // Without a visible set every deal counts whole, so every form counts too.
  const selected = visible ? formSetOf(index, filters.forms) : every;
  const invested = new Flow(index.forms.length);
  const raised = new Flow(index.forms.length);
  const deals: DealDetail[] = [];
  let shownDeals = 0;
  for (let at = lists.start[node] ?? 0; at < (lists.start[node + 1] ?? 0); at++) {
    const d = lists.deals[at] ?? 0;
    const deal = records[d];
    if (!deal) continue;
    const from = index.investor[d] ?? 0;
    const to = index.target[d] ?? 0;
    const isVisible = visible ? visible.dealVisible[d] === 1 : true;
    const shown = !isVisible ? Number.NaN : visible ? (visible.dealAmount[d] ?? Number.NaN) : (index.amount[d] ?? Number.NaN);
    if (isVisible) shownDeals++;
    if (from === node) invested.add(index, d, isVisible, shown, selected, every);
    if (to === node) raised.add(index, d, isVisible, shown, selected, every);
    const role = from === node ? "invested" : "raised";
    const other = role === "invested" ? to : from;
    deals.push({
      deal: d,
      id: deal.id,
      role,
      counterparty: other,
      counterpartyId: nodes[other]?.id ?? "",
      counterpartyLabel: nodes[other]?.label ?? "",
      date: deal.date ?? null,
      round: deal.round ?? null,
      visible: isVisible,
      amountShown: shown,
      amount: index.amount[d] ?? Number.NaN,
      form: deal.form,
      parts: deal.parts ?? [],
      lead: deal.lead ?? null,
      confidence: deal.confidence ?? null,
      sources: deal.sources ?? [],
      note: deal.note ?? null,
    });
  }
  // Newest first; dates of different precision compare as text ("2024" before "2024-02" reversed).
  // Dates are ASCII: plain comparison, not localeCompare, which costs milliseconds on thousands.
  const newer = (a: string, b: string): number => (a < b ? 1 : a > b ? -1 : 0);
  deals.sort((a, b) => (a.date === null ? 1 : 0) - (b.date === null ? 1 : 0) || newer(a.date ?? "", b.date ?? "") || a.deal - b.deal);
  return { node, record, invested: invested.result(index.forms), raised: raised.result(index.forms), deals, shownDeals };
}
