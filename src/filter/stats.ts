// Figures of the current view: the total (disclosed dollars, disclosed and undisclosed deals), share
// by form in dollars and deals (split deals by their parts' forms), top lists. Pure; no formatting.
import type { DealIndex } from "../model/dealIndex";
import type { Model } from "../model/model";
import type { FilterState } from "../state/filters";
import { mostlyUndisclosed, Tally, type Total } from "./totals";
import { formSetOf, type FormSet, type VisibleSet } from "./visible";

/** How much came in one form: a split deal counts once in each of its forms, by its parts' amounts. */
export interface FormShare extends Total {
  readonly form: string;
}

export interface RankedNode extends Total {
  /** Position in dataset.nodes. */
  readonly node: number;
  readonly id: string;
}

export interface ViewStats {
  /** The visible deals: disclosed dollars (the status line's figure), disclosed and undisclosed deals. */
  readonly total: Total;
  /** Forms with a visible deal, in the index's form order. */
  readonly byForm: readonly FormShare[];
  /** Amount of split deals whose parts do not say how it divides (e.g. all parts undisclosed). */
  readonly unsplitAmount: number;
  readonly investors: number;
  readonly startups: number;
  /** Most visible deals have no amount: rankings by dollars would mislead, so panels rank by deals. */
  readonly mostlyUndisclosed: boolean;
  readonly topInvestorsByAmount: readonly RankedNode[];
  readonly topInvestorsByCount: readonly RankedNode[];
  readonly topStartupsByAmount: readonly RankedNode[];
  readonly topStartupsByCount: readonly RankedNode[];
}

/**
 * Calls `visit(form, amount)` once per form deal d has within `selected`: a deal without parts
 * whole under its form, a split deal with the sum of its known parts of that form (NaN when none of
 * them, or the deal, is disclosed). Returns what the parts leave unexplained (shown minus the parts
 * counted), which callers keep apart as "unsplit".
 */
export function formsOfDeal(
  index: DealIndex,
  d: number,
  shown: number,
  selected: FormSet,
  visit: (form: number, amount: number) => void,
): number {
  const disclosed = !Number.isNaN(shown);
  const start = index.partStart[d] ?? 0;
  const end = index.partStart[d + 1] ?? 0;
  if (start === end) {
    visit(index.dealForm[d] ?? 0, shown);
    return 0;
  }
  let counted = 0;
  // Form -> the sum of its known parts (NaN while none is known), in the order the parts come.
  const amounts = new Map<number, number>();
  for (let p = start; p < end; p++) {
    const form = index.partForm[p] ?? 0;
    if (selected[form] !== 1) continue;
    const amount = index.partAmount[p] ?? Number.NaN;
    const known = disclosed && !Number.isNaN(amount);
    const before = amounts.get(form) ?? Number.NaN;
    amounts.set(form, known ? (Number.isNaN(before) ? 0 : before) + amount : before);
    if (known) counted += amount;
  }
  for (const [form, amount] of amounts) visit(form, amount);
  return disclosed ? shown - counted : 0;
}

/** The first `limit` items in `order`, without sorting them all: one pass, a short sorted list. */
export function firstK<T>(items: Iterable<T>, limit: number, order: (x: T, y: T) => number): T[] {
  const kept: T[] = [];
  if (limit <= 0) return kept;
  for (const item of items) {
    if (kept.length === limit && order(item, kept[limit - 1] as T) >= 0) continue;
    let at = kept.length === limit ? limit - 1 : kept.length;
    while (at > 0 && order(item, kept[at - 1] as T) < 0) at--;
    kept.splice(at, 0, item);
    if (kept.length > limit) kept.pop();
  }
  return kept;
}

/** Highest first by `by`, then by the other measure, then by label: a stable, readable order. */
export function topNodes(
  model: Model,
  amount: Float64Array,
  deals: Uint32Array,
  undisclosed: Uint32Array,
  by: "amount" | "deals",
  limit: number,
): RankedNode[] {
  const { nodes } = model.dataset;
  const a = (n: number): number => amount[n] ?? 0;
  const c = (n: number): number => deals[n] ?? 0;
  const label = (n: number): string => nodes[n]?.label ?? "";
  function* candidates(): Generator<number> {
    for (let n = 0; n < deals.length; n++) if (deals[n]) yield n;
  }
  // Ties on both measures fall back to the label so the order does not depend on the data's order.
  const order = (x: number, y: number): number =>
    (by === "amount" ? a(y) - a(x) || c(y) - c(x) : c(y) - c(x) || a(y) - a(x)) || label(x).localeCompare(label(y)) || x - y;
  return firstK(candidates(), limit, order).map((n) => {
    const undisclosedDeals = undisclosed[n] ?? 0;
    return { node: n, id: nodes[n]?.id ?? "", disclosedUsd: a(n), disclosedDeals: c(n) - undisclosedDeals, undisclosedDeals, deals: c(n) };
  });
}

export function computeStats(model: Model, visible: VisibleSet, filters: FilterState, top = 5): ViewStats {
  const { index } = model;
  const nodeCount = model.dataset.nodes.length;
  const selected = formSetOf(index, filters.forms);
  const forms = index.forms.map(() => new Tally());
  const invested = new Float64Array(nodeCount);
  const investedDeals = new Uint32Array(nodeCount);
  const investedUndisclosed = new Uint32Array(nodeCount);
  const raised = new Float64Array(nodeCount);
  const raisedDeals = new Uint32Array(nodeCount);
  const raisedUndisclosed = new Uint32Array(nodeCount);
  const total = new Tally();
  let unsplitAmount = 0;
  const visit = (bit: number, amount: number): void => forms[bit]?.add(amount);
  for (let d = 0; d < index.count; d++) {
    if (!visible.dealVisible[d]) continue;
    const shown = visible.dealAmount[d] ?? Number.NaN;
    const unknown = Number.isNaN(shown);
    const value = unknown ? 0 : shown;
    total.add(shown);
    unsplitAmount += formsOfDeal(index, d, shown, selected, visit);
    const from = index.investor[d] ?? 0;
    const to = index.target[d] ?? 0;
    invested[from] = (invested[from] ?? 0) + value;
    investedDeals[from] = (investedDeals[from] ?? 0) + 1;
    raised[to] = (raised[to] ?? 0) + value;
    raisedDeals[to] = (raisedDeals[to] ?? 0) + 1;
    if (unknown) {
      investedUndisclosed[from] = (investedUndisclosed[from] ?? 0) + 1;
      raisedUndisclosed[to] = (raisedUndisclosed[to] ?? 0) + 1;
    }
  }
  const byForm: FormShare[] = [];
  index.forms.forEach((form, i) => {
    const share = forms[i]?.total();
    if (share && share.deals > 0) byForm.push({ form, ...share });
  });
  const count = (column: Uint32Array): number => column.reduce((sum, v) => sum + (v > 0 ? 1 : 0), 0);
  const sum = total.total();
  return {
    total: sum,
    byForm,
    // Float noise from subtracting parts is not an amount.
    unsplitAmount: Math.abs(unsplitAmount) < 1e-6 * Math.max(1, sum.disclosedUsd) ? 0 : unsplitAmount,
    investors: count(investedDeals),
    startups: count(raisedDeals),
    mostlyUndisclosed: mostlyUndisclosed(sum),
    topInvestorsByAmount: topNodes(model, invested, investedDeals, investedUndisclosed, "amount", top),
    topInvestorsByCount: topNodes(model, invested, investedDeals, investedUndisclosed, "deals", top),
    topStartupsByAmount: topNodes(model, raised, raisedDeals, raisedUndisclosed, "amount", top),
    topStartupsByCount: topNodes(model, raised, raisedDeals, raisedUndisclosed, "deals", top),
  };
}
