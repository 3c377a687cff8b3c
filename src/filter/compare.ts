// Two investors side by side within the current filters: each one's startups with amounts, the
// startups both back, the totals with what they leave out. Pure; reads the per-node deal lists and the visible set.
import { investorNodes } from "../model/investors";
import type { Model } from "../model/model";

export { investorNodes };
import { nodeDealLists } from "./details";
import { mostlyUndisclosed, sumTotals, type Total } from "./totals";
import type { VisibleSet } from "./visible";

export interface Holding {
  /** The startup's position in dataset.nodes. */
  readonly node: number;
  readonly id: string;
  /** Disclosed amount as the filters count it. */
  readonly amount: number;
  readonly deals: number;
  readonly undisclosed: number;
  /** The other investor backs it too (within the filters). */
  readonly shared: boolean;
}

export interface Portfolio {
  readonly investor: number;
  readonly id: string;
  /** Largest first, then most deals, then by label. */
  readonly holdings: readonly Holding[];
  /** Disclosed dollars and how many of its deals they leave out. */
  readonly total: Total;
}

export interface SharedStartup {
  readonly node: number;
  readonly id: string;
  /** Each investor's amount and deals in it, in the order compared. */
  readonly amounts: readonly [number, number];
  readonly deals: readonly [number, number];
}

export interface Comparison {
  readonly a: Portfolio | null;
  readonly b: Portfolio | null;
  /** Either side has most of its deals undisclosed: its dollar total is no measure of its size. */
  readonly mostlyUndisclosed: boolean;
  /** Startups both back, by their combined amount, largest first. */
  readonly shared: readonly SharedStartup[];
}

interface Tally {
  amount: number;
  deals: number;
  undisclosed: number;
}

function holdingsOf(model: Model, visible: VisibleSet, investor: number): Map<number, Tally> {
  const { index } = model;
  const lists = nodeDealLists(index, model.dataset.nodes.length);
  const byStartup = new Map<number, Tally>();
  for (let at = lists.start[investor] ?? 0; at < (lists.start[investor + 1] ?? 0); at++) {
    const d = lists.deals[at] ?? 0;
    if (index.investor[d] !== investor || !visible.dealVisible[d]) continue;
    const target = index.target[d] ?? 0;
    const shown = visible.dealAmount[d] ?? Number.NaN;
    let tally = byStartup.get(target);
    if (!tally) byStartup.set(target, (tally = { amount: 0, deals: 0, undisclosed: 0 }));
    tally.deals++;
    if (Number.isNaN(shown)) tally.undisclosed++;
    else tally.amount += shown;
  }
  return byStartup;
}

function portfolioOf(model: Model, investor: number, tallies: Map<number, Tally>, other: Map<number, Tally> | null): Portfolio {
  const { nodes } = model.dataset;
  const label = (n: number): string => nodes[n]?.label ?? "";
  const holdings = [...tallies.entries()]
    .map(([node, tally]) => ({ node, id: nodes[node]?.id ?? "", ...tally, shared: other?.has(node) ?? false }))
    .sort((x, y) => y.amount - x.amount || y.deals - x.deals || label(x.node).localeCompare(label(y.node)) || x.node - y.node);
  const total = sumTotals(
    holdings.map((holding) => ({
      disclosedUsd: holding.amount,
      disclosedDeals: holding.deals - holding.undisclosed,
      undisclosedDeals: holding.undisclosed,
      deals: holding.deals,
    })),
  );
  return { investor, id: nodes[investor]?.id ?? "", holdings, total };
}

/** Compares investors by id; an unknown id or null leaves that side empty. */
export function compareInvestors(model: Model, visible: VisibleSet, a: string | null, b: string | null): Comparison {
  const ia = a === null ? undefined : model.nodeIndexById.get(a);
  const ib = b === null ? undefined : model.nodeIndexById.get(b);
  const ta = ia === undefined ? null : holdingsOf(model, visible, ia);
  const tb = ib === undefined ? null : holdingsOf(model, visible, ib);
  const { nodes } = model.dataset;
  const shared: SharedStartup[] = [];
  // Comparing an investor with itself shares nothing: "both" would say nothing new.
  if (ta && tb && ia !== ib) {
    for (const [node, x] of ta) {
      const y = tb.get(node);
      if (y) shared.push({ node, id: nodes[node]?.id ?? "", amounts: [x.amount, y.amount], deals: [x.deals, y.deals] });
    }
    const label = (n: number): string => nodes[n]?.label ?? "";
    shared.sort(
      (x, y) =>
        y.amounts[0] + y.amounts[1] - (x.amounts[0] + x.amounts[1]) || label(x.node).localeCompare(label(y.node)) || x.node - y.node,
    );
  }
  const distinct = ia !== ib;
  const left = ia === undefined || !ta ? null : portfolioOf(model, ia, ta, distinct ? tb : null);
  const right = ib === undefined || !tb ? null : portfolioOf(model, ib, tb, distinct ? ta : null);
  const unclear = [left, right].some((side) => side !== null && mostlyUndisclosed(side.total));
  return { a: left, b: right, mostlyUndisclosed: unclear, shared };
}
