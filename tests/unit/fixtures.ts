// Shared fixtures for unit tests: the sample document and small builders for variations of it.
import { readFileSync } from "node:fs";
import { parseInvestmentGraph } from "../../src/io/parse";
import { createModel, type Model } from "../../src/model/model";

export interface RawDocument {
  format: string;
  version: number;
  meta: Record<string, unknown>;
  nodes: Array<Record<string, unknown>>;
  deals: Array<Record<string, unknown>>;
}

/** A fresh, mutable copy of tests/fixtures/sample.json. */
export function sample(): RawDocument {
  return JSON.parse(readFileSync("tests/fixtures/sample.json", "utf8")) as RawDocument;
}

export function modelOf(document: RawDocument): Model {
  const { dataset, issues } = parseInvestmentGraph(document);
  if (!dataset) throw new Error(`fixture does not load: ${JSON.stringify(issues)}`);
  return createModel(dataset, "fixture");
}
