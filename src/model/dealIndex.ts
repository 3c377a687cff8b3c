// The columnar deal index: one typed-array column per field the filter reads, built once per dataset.
// Filtering reads these columns only; it never touches the graph or the deal objects.
import type { Dataset } from "../io/parse";

export const UNDATED = 0;

export interface DealIndex {
  readonly count: number;
  /** Node index (position in dataset.nodes) of each deal's investor and target. */
  readonly investor: Uint32Array;
  readonly target: Uint32Array;
  /** Index of the investor->target pair (graph edge) each deal belongs to. */
  readonly pair: Uint32Array;
  readonly pairCount: number;
  /** Year of the deal, UNDATED (0) when unknown. */
  readonly year: Uint16Array;
  /** The investor's amount in USD; NaN when undisclosed. */
  readonly amount: Float64Array;
  /**
   * Index into `forms` of the deal's own form; a deal without parts has that form alone. NO_FORM
   * for a split deal whose own form counts for nothing (its parts explain the whole amount).
   */
  readonly dealForm: Uint16Array;
  /**
   * Deals split by form: parts of deal d are partForm/partAmount[partStart[d] .. partStart[d+1]).
   * Deals without a split have none. partAmount is NaN for a part of unknown size. A split deal
   * has the forms of its parts (what they leave unexplained is a part of the deal's own form).
   */
  readonly partStart: Uint32Array;
  readonly partForm: Uint16Array;
  readonly partAmount: Float64Array;
  /** Forms in the data, in vocabulary order; dealForm and partForm index into it. */
  readonly forms: readonly string[];
  /** Years with at least one dated deal: [min, max], or null when no deal is dated. */
  readonly yearExtent: readonly [number, number] | null;
  /** Smallest and largest disclosed amount, or null. */
  readonly amountExtent: readonly [number, number] | null;
}

/** Form indices are 16-bit (issue 17: as many forms as the data names, no shared bits); this one means none. */
export const NO_FORM = 0xffff;
export const MAX_FORMS = NO_FORM;

export function buildDealIndex(dataset: Dataset, formOrder: readonly string[]): DealIndex {
  const { nodes, deals } = dataset;
  const nodeIndex = new Map<string, number>();
  nodes.forEach((node, i) => nodeIndex.set(node.id, i));

  const forms = collectForms(dataset, formOrder);
  const formBit = new Map<string, number>();
  forms.forEach((form, i) => formBit.set(form, Math.min(i, MAX_FORMS - 1)));
  const formOf = (form: string): number => formBit.get(form) ?? NO_FORM;

  const count = deals.length;
  const investor = new Uint32Array(count);
  const target = new Uint32Array(count);
  const pair = new Uint32Array(count);
  const year = new Uint16Array(count);
  const amount = new Float64Array(count);
  const dealForm = new Uint16Array(count);
  const partStart = new Uint32Array(count + 1);
  const partForms: number[] = [];
  const partAmounts: number[] = [];
  const pairIndex = new Map<string, number>();
  let yearMin = Infinity;
  let yearMax = -Infinity;
  let amountMin = Infinity;
  let amountMax = -Infinity;

  deals.forEach((deal, d) => {
    const from = nodeIndex.get(deal.investor) ?? 0;
    const to = nodeIndex.get(deal.target) ?? 0;
    investor[d] = from;
    target[d] = to;
    const pairKey = `${from}>${to}`;
    let p = pairIndex.get(pairKey);
    if (p === undefined) {
      p = pairIndex.size;
      pairIndex.set(pairKey, p);
    }
    pair[d] = p;

    const y = deal.date ? Number(deal.date.slice(0, 4)) : UNDATED;
    year[d] = y;
    if (y !== UNDATED) {
      if (y < yearMin) yearMin = y;
      if (y > yearMax) yearMax = y;
    }

    partStart[d] = partForms.length;
    dealForm[d] = formOf(deal.form);
    if (deal.parts) {
      let known = 0;
      let anyKnown = false;
      for (const part of deal.parts) {
        partForms.push(formOf(part.form));
        partAmounts.push(part.amountUsd ?? Number.NaN);
        if (part.amountUsd != null) {
          known += part.amountUsd;
          anyKnown = true;
        }
      }
      // What the parts leave unexplained belongs to the deal's own form.
      const remainder = deal.amountUsd != null ? deal.amountUsd - known : 0;
      if (remainder > 0 && anyKnown) {
        partForms.push(formOf(deal.form));
        partAmounts.push(remainder);
      }
      amount[d] = deal.amountUsd ?? (anyKnown ? known : Number.NaN);
    } else {
      amount[d] = deal.amountUsd ?? Number.NaN;
    }
    const a = amount[d] ?? Number.NaN;
    if (!Number.isNaN(a)) {
      if (a < amountMin) amountMin = a;
      if (a > amountMax) amountMax = a;
    }
  });
  partStart[count] = partForms.length;

  return {
    count,
    investor,
    target,
    pair,
    pairCount: pairIndex.size,
    year,
    amount,
    dealForm,
    partStart,
    partForm: Uint16Array.from(partForms),
    partAmount: Float64Array.from(partAmounts),
    forms,
    yearExtent: yearMin <= yearMax ? [yearMin, yearMax] : null,
    amountExtent: amountMin <= amountMax ? [amountMin, amountMax] : null,
  };
}

/** Forms present in the data: the vocabulary's order first, unknown forms after, alphabetically. */
function collectForms(dataset: Dataset, formOrder: readonly string[]): string[] {
  const present = new Set<string>();
  for (const deal of dataset.deals) {
    if (!deal.parts) {
      present.add(deal.form);
      continue;
    }
    let known = 0;
    let anyKnown = false;
    for (const part of deal.parts) {
      present.add(part.form);
      if (part.amountUsd != null) {
        known += part.amountUsd;
        anyKnown = true;
      }
    }
    if (anyKnown && deal.amountUsd != null && deal.amountUsd > known) present.add(deal.form);
  }
  const known = formOrder.filter((form) => present.has(form));
  const unknown = [...present].filter((form) => !formOrder.includes(form)).sort();
  return [...known, ...unknown];
}
