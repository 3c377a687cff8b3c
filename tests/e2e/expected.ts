// Expected figures for end-to-end checks, computed with the pure core from the same data file the
// page loads: the browser must agree with the model, and no number is hard-coded in a test.
import { readFileSync } from "node:fs";
import { visibleOf } from "../../src/filter/select";
import { parseInvestmentGraphText } from "../../src/io/parse";
import { createModel, type Model } from "../../src/model/model";
import { parseUrlState } from "../../src/state/url";

export function modelOf(path: string): Model {
  const result = parseInvestmentGraphText(readFileSync(path, "utf8"));
  if (!result.dataset) throw new Error(`${path} does not load: ${JSON.stringify(result.issues)}`);
  return createModel(result.dataset, path);
}

/** The view state a query string gives for a model, as the app parses it. */
export function urlStateFor(model: Model, query: string) {
  return parseUrlState(new URLSearchParams(query), {
    yearExtent: model.index.yearExtent,
    forms: model.index.forms,
    hasNode: (id) => model.nodeIndexById.has(id),
    nodeIds: () => model.nodeIndexById.keys(),
  }).state;
}

export function expectedFor(model: Model, query: string) {
  const state = urlStateFor(model, query);
  const visible = visibleOf(model, state.filters);
  return {
    visibleDeals: visible.visibleDeals,
    totalDeals: model.index.count,
    visibleNodes: visible.visibleNodes,
    totalNodes: model.dataset.nodes.length,
    visibleAmountUsd: Math.round(visible.visibleAmount),
  };
}
