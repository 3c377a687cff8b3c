// Figures of the current view: total disclosed amount, deals, share by form (split deals count by
// their parts' own forms), top investors and startups. Pure: reads the model and the visible set.
import type { DealIndex } from "../model/dealIndex";
import type { Model } from "../model/model";
import type { FilterState } from "../state/filters";
import { formSetOf, repeatsForm, type FormSet, type VisibleSet } from "./visible";

export interface FormShare {
  readonly form: string;
  /** Disclosed amount that came in this form. */
  readonly amount: number;
  /** Visible deals in this form, disclosed or not (a split deal counts once in each of its forms). */
  readonly deals: number;
}

export interface RankedNode {
  /** Position in dataset.nodes. */
  readonly node: number;
  readonly id: string;
  readonly amount: number;
  readonly deals: number;
}

export interface ViewStats {
  /** Sum of the visible, disclosed amounts (equals the status line's figure). */
  readonly totalAmount: number;
  readonly deals: number;
  readonly undisclosedDeals: number;
  /** Forms with a visible deal, in the index's form order. */
  readonly byForm: readonly FormShare[];
  /** Amount of split deals whose parts do not say how it divides (e.g. all parts undisclosed). */
  readonly unsplitAmount: number;
  readonly investors: number;
  readonly startups: number;
  readonly topInvestorsByAmount: readonly RankedNode[];
  readonly topInvestorsByCount: readonly RankedNode[];
  readonly topStartupsByAmount: readonly RankedNode[];
  readonly topStartupsByCount: readonly RankedNode[];
}

/**
 * Adds deal d's shown amount into `into` (indexed like index.forms) by form: a deal without parts
 * whole to its form, a split deal part by part (only parts of `selected` forms). Returns what the
 * parts leave unexplained (shown minus the parts counted), which callers keep apart as "unsplit".
 */
export function splitByForm(index: DealIndex, d: number, shown: number, selected: FormSet, into: Float64Array, dealsInto?: Uint32Array): number {
  const disclosed = !Number.isNaN(shown);
  const start = index.partStart[d] ?? 0;
  const end = index.partStart[d + 1] ?? 0;
  if (start === end) {
    const bit = index.dealForm[d] ?? 0;
    if (disclosed) into[bit] = (into[bit] ?? 0) + shown;
    if (dealsInto) dealsInto[bit] = (dealsInto[bit] ?? 0) + 1;
    return 0;
  }
  let counted = 0;
  for (let p = start; p < end; p++) {
    const bit = index.partForm[p] ?? 0;
    if (selected[bit] !== 1) continue;
    // A deal counts once in each form it has a part in, disclosed or not.
    if (dealsInto && !repeatsForm(index.partForm, start, p)) dealsInto[bit] = (dealsInto[bit] ?? 0) + 1;
    const amount = index.partAmount[p] ?? Number.NaN;
    if (!disclosed || Number.isNaN(amount)) continue;
    into[bit] = (into[bit] ?? 0) + amount;
    counted += amount;
  }
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
export function topNodes(model: Model, amount: Float64Array, deals: Uint32Array, by: "amount" | "deals", limit: number): RankedNode[] {
  const { nodes } = model.dataset;
  const a = (n: number): number => amount[n] ?? 0;
  const c = (n: number): number => deals[n] ?? 0;
  const label = (n: number): string => nodes[n]?.label ?? "";
  function* candidates(): Generator<number> {
    for (let n = 0; n < deals.length; n++) if (deals[n]) yield n;
  }
  // Ties on both measures fall back to the label so the order does not depend on the data's order.
  const order = (x: number, y: number): number => (by === "amount" ? a(y) - a(x) || c(y) - c(x) : c(y) - c(x) || a(y) - a(x)) || label(x).localeCompare(label(y)) || x - y;
  return firstK(candidates(), limit, order).map((n) => ({ node: n, id: nodes[n]?.id ?? "", amount: a(n), deals: c(n) }));
}

export function computeStats(model: Model, visible: VisibleSet, filters: FilterState, top = 5): ViewStats {
  const { index } = model;
  const nodeCount = model.dataset.nodes.length;
  const selected = formSetOf(index, filters.forms);
  const formAmount = new Float64Array(index.forms.length);
  const formDeals = new Uint32Array(index.forms.length);
  const invested = new Float64Array(nodeCount);
  const investedDeals = new Uint32Array(nodeCount);
  const raised = new Float64Array(nodeCount);
  const raisedDeals = new Uint32Array(nodeCount);
  let totalAmount = 0;
  let deals = 0;
  let undisclosedDeals = 0;
  let unsplitAmount = 0;
  for (let d = 0; d < index.count; d++) {
    if (!visible.dealVisible[d]) continue;
    deals++;
    const shown = visible.dealAmount[d] ?? Number.NaN;
    const value = Number.isNaN(shown) ? 0 : shown;
    if (Number.isNaN(shown)) undisclosedDeals++;
    totalAmount += value;
    unsplitAmount += splitByForm(index, d, shown, selected, formAmount, formDeals);
    const from = index.investor[d] ?? 0;
    const to = index.target[d] ?? 0;
    invested[from] = (invested[from] ?? 0) + value;
    investedDeals[from] = (investedDeals[from] ?? 0) + 1;
    raised[to] = (raised[to] ?? 0) + value;
    raisedDeals[to] = (raisedDeals[to] ?? 0) + 1;
  }
  const byForm: FormShare[] = [];
  index.forms.forEach((form, i) => {
    if (formDeals[i] || formAmount[i]) byForm.push({ form, amount: formAmount[i] ?? 0, deals: formDeals[i] ?? 0 });
  });
  const count = (column: Uint32Array): number => column.reduce((sum, v) => sum + (v > 0 ? 1 : 0), 0);
  return {
    totalAmount,
    deals,
    undisclosedDeals,
    byForm,
    // Float noise from subtracting parts is not an amount.
    unsplitAmount: Math.abs(unsplitAmount) < 1e-6 * Math.max(1, totalAmount) ? 0 : unsplitAmount,
    investors: count(investedDeals),
    startups: count(raisedDeals),
    topInvestorsByAmount: topNodes(model, invested, investedDeals, "amount", top),
    topInvestorsByCount: topNodes(model, invested, investedDeals, "deals", top),
    topStartupsByAmount: topNodes(model, raised, raisedDeals, "amount", top),
    topStartupsByCount: topNodes(model, raised, raisedDeals, "deals", top),
  };
}
