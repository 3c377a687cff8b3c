// A loaded dataset with everything built from it once: the deal index, the graph, lookups.
// Immutable after construction; a new file makes a new Model.
import { KNOWN_FORMS } from "../config/forms";
import type { Dataset } from "../io/parse";
import type { NodeRecord } from "../io/schema";
import { buildDealIndex, type DealIndex } from "./dealIndex";
import { buildGraph, hasBakedLayout, nodeKey, type InvestmentGraph } from "./graph";

export interface Model {
  readonly dataset: Dataset;
  readonly index: DealIndex;
  readonly graph: InvestmentGraph;
  /** Where the data came from, as shown to the reader ("data/x.json", "upload: deals.csv"). */
  readonly origin: string;
  readonly baked: boolean;
  /** Node id -> position in dataset.nodes. A Map, so ids like "__proto__" are plain keys. */
  readonly nodeIndexById: ReadonlyMap<string, number>;
}

/** `index` when one was built already (the import worker builds it off the main thread). */
export function createModel(dataset: Dataset, origin: string, index: DealIndex = buildDealIndex(dataset, KNOWN_FORMS)): Model {
  const nodeIndexById = new Map<string, number>();
  dataset.nodes.forEach((node, i) => nodeIndexById.set(node.id, i));
  return { dataset, index, graph: buildGraph(dataset, index), origin, baked: hasBakedLayout(dataset), nodeIndexById };
}

export function nodeById(model: Model, id: string): NodeRecord | undefined {
  const i = model.nodeIndexById.get(id);
  return i === undefined ? undefined : model.dataset.nodes[i];
}

export function graphKeyOf(model: Model, id: string): string | undefined {
  const i = model.nodeIndexById.get(id);
  return i === undefined ? undefined : nodeKey(i);
}

export function idOfGraphKey(model: Model, key: string): string | undefined {
  // Keys are canonical decimal positions ("0", "12"); anything else ("", "0x1", "1.0") is no node.
  if (!/^(0|[1-9]\d*)$/.test(key)) return undefined;
  return model.dataset.nodes[Number(key)]?.id;
}
