// Round trips: export the view (after filters) as JSON, CSV and GEXF, import the file, and the same
// deals, organisations and sums come back. On the flagship data, on generated data, on hostile ids.
import { readFileSync } from "node:fs";
import { DOMParser } from "@xmldom/xmldom";
import { parse as gexfParse, write as gexfWrite } from "graphology-gexf/node";
import { describe, expect, it } from "vitest";
import { generateDataset } from "../../scripts/bench/generate";
import { viewDataset, viewFile, type ViewFormat } from "../../src/export/viewExport";
import { computeVisible } from "../../src/filter/visible";
import { importText } from "../../src/io/importText";
import { parseInvestmentGraph, type Dataset } from "../../src/io/parse";
import { createModel, type Model } from "../../src/model/model";
import { DEFAULT_FILTERS, type FilterState } from "../../src/state/filters";

const xml = { parseXml: (text: string) => new DOMParser().parseFromString(text, "application/xml"), gexfParse };

function load(json: unknown): Model {
  const { dataset, issues } = parseInvestmentGraph(json);
  if (!dataset) throw new Error(JSON.stringify(issues.slice(0, 3)));
  return createModel(dataset, "test");
}

/** What a view is, independent of ids: each visible deal by its ends' labels and its numbers. */
function fingerprint(model: Model, filters: FilterState): string[] {
  const visible = computeVisible(model.index, model.dataset.nodes.length, filters);
  const label = (id: string): string => model.dataset.nodes[model.nodeIndexById.get(id) ?? -1]?.label ?? "?";
  return model.dataset.deals
    .filter((_deal, d) => visible.dealVisible[d])
    .map((deal) =>
      [
        label(deal.investor),
        label(deal.target),
        deal.date ?? "",
        deal.amountUsd ?? "",
        deal.form,
        deal.round ?? "",
        JSON.stringify(deal.parts ?? []),
      ].join("|"),
    )
    .sort();
}

function roundTrip(model: Model, filters: FilterState, format: ViewFormat): Model {
  const visible = computeVisible(model.index, model.dataset.nodes.length, filters);
  const file = viewFile(model, visible, format, gexfWrite);
  const result = importText(file.text, file.fileName, { xml });
  expect(result.issues.filter((issue) => issue.severity === "error")).toEqual([]);
  if (!result.dataset) throw new Error("export did not load");
  return createModel(result.dataset, "round trip");
}

const flagship = load(JSON.parse(readFileSync("data/china-ai-investments.json", "utf8")));
const generated = load(generateDataset({ nodes: 300, deals: 1200, seed: 3 }));
const views: Array<[string, FilterState]> = [
  ["all", DEFAULT_FILTERS],
  ["2020-2023, at least $10M, no undisclosed", { ...DEFAULT_FILTERS, years: [2020, 2023], minAmount: 10e6, includeUndisclosed: false }],
  ["no undated", { ...DEFAULT_FILTERS, includeUndated: false }],
];

describe.each([
  ["flagship", flagship],
  ["generated", generated],
])("view export round trip on %s data", (_name, model) => {
  for (const format of ["json", "csv", "gexf"] as const) {
    it.each(views)(`${format}: %s comes back as the same view`, (_label, filters) => {
      const back = roundTrip(model, filters, format);
      const visible = computeVisible(model.index, model.dataset.nodes.length, filters);
      // Imported with the default filters, the file shows exactly the view it was made from.
      expect(fingerprint(back, DEFAULT_FILTERS)).toEqual(fingerprint(model, filters));
      const again = computeVisible(back.index, back.dataset.nodes.length, DEFAULT_FILTERS);
      expect(again.visibleDeals).toBe(visible.visibleDeals);
      expect(again.visibleNodes).toBe(visible.visibleNodes);
      expect(again.visibleAmount).toBeCloseTo(visible.visibleAmount, 0);
    });
  }

  it("json and gexf keep ids and every field of every deal and node", () => {
    const visible = computeVisible(model.index, model.dataset.nodes.length, DEFAULT_FILTERS);
    const expected: Dataset = viewDataset(model, visible);
    for (const format of ["json", "gexf"] as const) {
      const back = roundTrip(model, DEFAULT_FILTERS, format).dataset;
      // GEXF has no null: an undisclosed amount comes back absent, which means the same.
      const withoutNulls = (rows: readonly object[]): object[] =>
        rows.map((row) => Object.fromEntries(Object.entries(row).filter(([, value]) => value !== null)));
      expect(withoutNulls(back.deals)).toEqual(withoutNulls(expected.deals));
      expect(back.nodes.map((node) => node.id)).toEqual(expected.nodes.map((node) => node.id));
      expect(back.nodes).toEqual(expected.nodes);
    }
  });
});

describe.each(["prototype-ids", "hostile"])("view export of tests/fixtures/%s.json", (fixture) => {
  const hostile = load(JSON.parse(readFileSync(`tests/fixtures/${fixture}.json`, "utf8")));
  it.each(["json", "csv", "gexf"] as const)("%s: __proto__, constructor, markup and formula labels survive the round trip", (format) => {
    const back = roundTrip(hostile, DEFAULT_FILTERS, format);
    expect(fingerprint(back, DEFAULT_FILTERS)).toEqual(fingerprint(hostile, DEFAULT_FILTERS));
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });
});
