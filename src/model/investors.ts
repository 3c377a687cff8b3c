// Which organisations invest: a node is an investor when it is the investor of at least one deal
// (a startup may invest too). Pure; one pass over the deal index.
import type { Model } from "./model";

/** 1 per node (dataset order) that invests in at least one deal. */
export function investorFlags(model: Model): Uint8Array {
  const flags = new Uint8Array(model.dataset.nodes.length);
  for (let d = 0; d < model.index.count; d++) flags[model.index.investor[d] ?? 0] = 1;
  return flags;
}

/** The investing nodes' positions in dataset.nodes, in data order (the compare pickers list them). */
export function investorNodes(model: Model): number[] {
  const out: number[] = [];
  investorFlags(model).forEach((flag, n) => {
    if (flag) out.push(n);
  });
  return out;
}
