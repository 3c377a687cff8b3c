// The visible set: which deals, edges and nodes pass the filters, with their sums, computed in one
// pass over the deal index columns. Pure: reads the index and the filter state, mutates neither.
import type { DealIndex } from "../model/dealIndex";
import { UNDATED } from "../model/dealIndex";
import type { FilterState } from "../state/filters";

export const NO_FORM = 255;

export interface VisibleSet {
  /** 1 when the deal passes all filters. */
  readonly dealVisible: Uint8Array;
  /** The amount the deal counts for under the form filter (only matching parts); NaN if undisclosed. */
  readonly dealAmount: Float64Array;
  readonly pairDeals: Uint32Array;
  readonly pairAmount: Float64Array;
  /** Form index (into index.forms) of the pair's largest visible deal or part; NO_FORM when none. */
  readonly pairForm: Uint8Array;
  readonly nodeDeals: Uint32Array;
  readonly nodeAmount: Float64Array;
  /** Per form: deals that would be visible with that form switched on (facet counts). */
  readonly formDeals: Uint32Array;
  readonly visibleDeals: number;
  readonly visiblePairs: number;
  readonly visibleNodes: number;
  /** Sum of visible, disclosed amounts. */
  readonly visibleAmount: number;
}

export function formMaskOf(index: DealIndex, forms: readonly string[] | null): number {
  if (forms === null) return allFormsMask(index);
  let mask = 0;
  index.forms.forEach((form, bit) => {
    if (forms.includes(form)) mask |= 1 << Math.min(bit, 31);
  });
  return mask >>> 0;
}

export function allFormsMask(index: DealIndex): number {
  let mask = 0;
  for (let bit = 0; bit < Math.min(index.forms.length, 32); bit++) mask |= 1 << bit;
  return mask >>> 0;
}

/** `inScope`: 1 per pair in the asked-for part of the network (filter/scope.ts); null or absent: all. */
export function computeVisible(index: DealIndex, nodeCount: number, filters: FilterState, inScope: Uint8Array | null = null): VisibleSet {
  const { count, year, amount, formMask, partStart, partForm, partAmount, pair, investor, target } = index;
  const dealVisible = new Uint8Array(count);
  const dealAmount = new Float64Array(count).fill(Number.NaN);
  const pairDeals = new Uint32Array(index.pairCount);
  const pairAmount = new Float64Array(index.pairCount);
  const pairBest = new Float64Array(index.pairCount).fill(-1);
  const pairForm = new Uint8Array(index.pairCount).fill(NO_FORM);
  const nodeDeals = new Uint32Array(nodeCount);
  const nodeAmount = new Float64Array(nodeCount);
  const formDeals = new Uint32Array(index.forms.length);

  const fromYear = filters.years ? filters.years[0] : -Infinity;
  const toYear = filters.years ? filters.years[1] : Infinity;
  const min = filters.minAmount ?? -Infinity;
  const max = filters.maxAmount ?? Infinity;
  const { includeUndated, includeUndisclosed } = filters;
  const selected = formMaskOf(index, filters.forms);
  const all = selected === allFormsMask(index);
  const passesAmount = (a: number): boolean => (Number.isNaN(a) ? includeUndisclosed : a >= min && a <= max);

  let visibleDeals = 0;
  let visibleAmount = 0;
  for (let d = 0; d < count; d++) {
    if (inScope && !inScope[pair[d] ?? 0]) continue;
    const y = year[d] ?? UNDATED;
    if (y === UNDATED ? !includeUndated : y < fromYear || y > toYear) continue;
    const mask = formMask[d] ?? 0;
    const start = partStart[d] ?? 0;
    const end = partStart[d + 1] ?? 0;

    let counted: number;
    let bestForm = NO_FORM;
    let bestAmount = -1;
    if (start === end) {
      const bit = 31 - Math.clz32(mask);
      const a = amount[d] ?? Number.NaN;
      if (passesAmount(a) && bit < formDeals.length) formDeals[bit] = (formDeals[bit] ?? 0) + 1;
      if (!(mask & selected)) continue;
      counted = a;
      bestForm = bit;
      bestAmount = Number.isNaN(a) ? 0 : a;
    } else {
      let known = 0;
      let anyKnown = false;
      let facetMask = 0;
      for (let p = start; p < end; p++) {
        const bit = partForm[p] ?? 0;
        const a = partAmount[p] ?? Number.NaN;
        if (passesAmount(a)) facetMask |= 1 << bit;
        if (!((1 << bit) & selected)) continue;
        if (!Number.isNaN(a)) {
          known += a;
          anyKnown = true;
        }
        const weight = Number.isNaN(a) ? 0 : a;
        if (weight > bestAmount) {
          bestAmount = weight;
          bestForm = bit;
        }
      }
      for (let bit = 0; bit < formDeals.length; bit++) if (facetMask & (1 << bit)) formDeals[bit] = (formDeals[bit] ?? 0) + 1;
      if (!(mask & selected)) continue;
      counted = all ? (amount[d] ?? Number.NaN) : anyKnown ? known : Number.NaN;
    }
    if (!passesAmount(counted)) continue;

    dealVisible[d] = 1;
    dealAmount[d] = counted;
    visibleDeals++;
    const value = Number.isNaN(counted) ? 0 : counted;
    visibleAmount += value;
    const p = pair[d] ?? 0;
    pairDeals[p] = (pairDeals[p] ?? 0) + 1;
    pairAmount[p] = (pairAmount[p] ?? 0) + value;
    if (bestAmount > (pairBest[p] ?? -1)) {
      pairBest[p] = bestAmount;
      pairForm[p] = bestForm;
    }
    const from = investor[d] ?? 0;
    const to = target[d] ?? 0;
    nodeDeals[from] = (nodeDeals[from] ?? 0) + 1;
    nodeAmount[from] = (nodeAmount[from] ?? 0) + value;
    if (to !== from) {
      nodeDeals[to] = (nodeDeals[to] ?? 0) + 1;
      nodeAmount[to] = (nodeAmount[to] ?? 0) + value;
    }
  }

  let visiblePairs = 0;
  for (let p = 0; p < pairDeals.length; p++) if (pairDeals[p]) visiblePairs++;
  let visibleNodes = 0;
  for (let n = 0; n < nodeCount; n++) if (nodeDeals[n]) visibleNodes++;

  return {
    dealVisible,
    dealAmount,
    pairDeals,
    pairAmount,
    pairForm,
    nodeDeals,
    nodeAmount,
    formDeals,
    visibleDeals,
    visiblePairs,
    visibleNodes,
    visibleAmount,
  };
}
