// Issue 13 (exports change the numbers) and issue 17 (exports that do not load back): a downloaded
// view re-imports to the same figures under the same filters, in JSON, CSV and GEXF, for any filters.
import { readFileSync } from "node:fs";
import { DOMParser } from "@xmldom/xmldom";
import fc from "fast-check";
import { parse as gexfParse, write as gexfWrite } from "graphology-gexf/node";
import { describe, expect, it } from "vitest";
import { generateDataset } from "../../scripts/bench/generate";
import { formLabel } from "../../src/config/forms";
import { viewFile, type ViewFormat } from "../../src/export/viewExport";
import { computeStats } from "../../src/filter/stats";
import { computeVisible } from "../../src/filter/visible";
import { importText } from "../../src/io/importText";
import { parseInvestmentGraph } from "../../src/io/parse";
import { formMetaOf } from "../../src/io/schema";
import { createModel, type Model } from "../../src/model/model";
import { DEFAULT_FILTERS, type FilterState } from "../../src/state/filters";
import { parseUrlState } from "../../src/state/url";
import { filtersArbitrary } from "./insightsFixtures";

const xml = {
  parseXml: (text: string) => new DOMParser({ errorHandler: () => undefined }).parseFromString(text, "application/xml"),
  gexfParse,
};

function load(json: unknown): Model {
  const { dataset, issues } = parseInvestmentGraph(json);
  if (!dataset) throw new Error(JSON.stringify(issues.slice(0, 3)));
  return createModel(dataset, "test");
}

/** The figures a reader sees: counts, total, per-form amounts with their labels. */
function figures(model: Model, filters: FilterState): Record<string, unknown> {
  const visible = computeVisible(model.index, model.dataset.nodes.length, filters);
  const stats = computeStats(model, visible, filters);
  const round = (value: number): number => Number(value.toPrecision(12));
  return {
    deals: visible.visibleDeals,
    nodes: visible.visibleNodes,
    amount: round(visible.visibleAmount),
    undisclosed: stats.total.undisclosedDeals,
    byForm: stats.byForm
      .map((share) => [
        formLabel(share.form, formMetaOf(model.dataset.meta, share.form)?.label),
        round(share.disclosedUsd),
        share.deals,
        share.undisclosedDeals,
      ])
      .sort(),
  };
}

/** Export under `filters`, import, and read the filters the file carries (meta.view). */
function roundTrip(model: Model, filters: FilterState, format: ViewFormat): { back: Model; filters: FilterState } {
  const visible = computeVisible(model.index, model.dataset.nodes.length, filters);
  const file = viewFile(model, visible, format, gexfWrite, filters);
  const result = importText(file.text, file.fileName, { xml });
  const errors = result.issues.filter((issue) => issue.severity === "error");
  if (errors.length || !result.dataset) throw new Error(JSON.stringify(errors.slice(0, 3)));
  const back = createModel(result.dataset, "round trip");
  const view = back.dataset.meta.view;
  if (view === undefined) return { back, filters: DEFAULT_FILTERS };
  const parsed = parseUrlState(new URLSearchParams(view), {
    yearExtent: back.index.yearExtent,
    forms: back.index.forms,
    hasNode: () => false,
    nodeIds: () => [],
  });
  // A range with min above max shows nothing; only then may reading it back say "swapped".
  if ((filters.minAmount ?? 0) <= (filters.maxAmount ?? Infinity)) expect(parsed.notices).toEqual([]);
  return { back, filters: parsed.state.filters };
}

const flagship = load(JSON.parse(readFileSync("data/china-ai-investments.json", "utf8")));
const generated = load(generateDataset({ nodes: 120, deals: 500, seed: 11 }));

describe("a downloaded view re-imports to the same figures", () => {
  it.each(["json", "csv", "gexf"] as const)("%s under forms=cloud-credits: the credits only, not the cash parts", (format) => {
    const filters = { ...DEFAULT_FILTERS, forms: ["cloud-credits"] };
    const { back, filters: carried } = roundTrip(flagship, filters, format);
    expect(figures(back, carried)).toEqual(figures(flagship, filters));
    // And with the importer's defaults too: the file holds only what the view counted.
    expect(figures(back, DEFAULT_FILTERS)).toEqual(figures(flagship, filters));
    if (format !== "csv") expect(carried.forms).toEqual(null); // every form left in the file is shown
  });

  describe.each([
    ["flagship", flagship],
    ["generated", generated],
  ])("on %s data, any filters (generated)", (_name, model) => {
    it.each(["json", "csv", "gexf"] as const)(
      "%s",
      (format) => {
        fc.assert(
          fc.property(filtersArbitrary(model), (filters) => {
            const { back, filters: carried } = roundTrip(model, filters, format);
            expect(figures(back, carried)).toEqual(figures(model, filters));
            expect(figures(back, DEFAULT_FILTERS)).toEqual(figures(model, filters));
          }),
          { numRuns: format === "gexf" ? 40 : 80 },
        );
      },
      120_000,
    );
  });

  it("the filter state travels in meta.view (JSON, GEXF)", () => {
    const filters: FilterState = { ...DEFAULT_FILTERS, years: [2023, 2024], includeUndisclosed: false, forms: ["cloud-credits", "cash"] };
    for (const format of ["json", "gexf"] as const) {
      const visible = computeVisible(flagship.index, flagship.dataset.nodes.length, filters);
      const result = importText(viewFile(flagship, visible, format, gexfWrite, filters).text, `v.${format}`, { xml });
      const view = new URLSearchParams(result.dataset?.meta.view);
      expect([view.get("from"), view.get("to"), view.get("undisclosed"), view.get("forms")?.split(",").sort()]).toEqual([
        "2023",
        "2024",
        "0",
        ["cash", "cloud-credits"],
      ]);
    }
  });
});

describe("exports that load back (issue 17)", () => {
  const odd = (labels: readonly string[], ids: readonly string[] = labels.map((_l, i) => `n${i}`)): Model =>
    load({
      format: "investment-graph",
      version: 1,
      meta: { forms: { "my form": { label: "Mine, with a comma" } } },
      nodes: labels.map((label, i) => ({ id: ids[i], label, kind: i === 0 ? "investor" : "startup" })),
      deals: labels.slice(1).map((_label, i) => ({ id: `d${i}`, investor: ids[0], target: ids[i + 1], form: "my form", amountUsd: i + 1 })),
    });

  it("GEXF never writes characters XML forbids (U+0001, U+FFFF, lone surrogates) and loads back", () => {
    // (Lone surrogates never reach a dataset: the parser refuses them; the writer would replace them too.)
    const model = odd(["A\u0001", "B\uFFFF", "C\uFFFE", "D\u000B\u001F"]);
    const visible = computeVisible(model.index, 4, DEFAULT_FILTERS);
    const text = viewFile(model, visible, "gexf", gexfWrite).text;
    // eslint-disable-next-line no-control-regex -- the characters XML forbids must not be in the file
    expect(text).not.toMatch(/[\u0001\u000B\u001F\uFFFE\uFFFF]/);
    const result = importText(text, "v.gexf", { xml });
    expect(result.dataset?.nodes.map((node) => node.label)).toEqual(["A\uFFFD", "B\uFFFD", "C\uFFFD", "D\uFFFD\uFFFD"]);
  });

  it("CSV keeps two organisations that share a name apart (ids are written)", () => {
    const model = odd(["Acme", "Beta", "Beta"], ["acme", "beta-us", "beta-cn"]);
    const visible = computeVisible(model.index, 3, DEFAULT_FILTERS);
    const result = importText(viewFile(model, visible, "csv", gexfWrite).text, "v.csv");
    expect(result.dataset?.nodes.map((node) => [node.id, node.label])).toEqual([
      ["acme", "Acme"],
      ["beta-us", "Beta"],
      ["beta-cn", "Beta"],
    ]);
    expect(result.dataset?.meta.forms).toEqual({ "my form": { label: "Mine, with a comma" } });
  });

  it.each(["json", "csv", "gexf"] as const)(
    "%s: any labels and ids come back (generated)",
    (format) => {
      const text = fc
        .string({ unit: "binary", minLength: 1, maxLength: 12 })
        .filter((s) => s.trim() === s && s.trim().length > 0 && !/[\n\r]/.test(s));
      fc.assert(
        fc.property(fc.uniqueArray(text, { minLength: 2, maxLength: 6 }), fc.array(text, { minLength: 6, maxLength: 6 }), (ids, labels) => {
          const model = odd(
            ids.map((_id, i) => labels[i] ?? "x"),
            ids,
          );
          const visible = computeVisible(model.index, ids.length, DEFAULT_FILTERS);
          const result = importText(viewFile(model, visible, format, gexfWrite).text, `v.${format}`, { xml });
          // GEXF replaces what XML forbids; CSV names are trimmed with inner white space collapsed (decisions.md).
          const clean = (s: string): string =>
            format === "gexf"
              ? // eslint-disable-next-line no-control-regex -- the characters XML forbids
                s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "\uFFFD")
              : format === "csv"
                ? s.trim().replace(/\s+/g, " ")
                : s;
          expect(result.dataset?.deals.length).toBe(ids.length - 1);
          if (format !== "gexf") expect(result.dataset?.nodes.map((node) => node.id)).toEqual(ids.map(clean));
          expect(result.dataset?.nodes.map((node) => clean(node.label))).toEqual(model.dataset.nodes.map((node) => clean(node.label)));
        }),
        { numRuns: format === "json" ? 60 : 150 },
      );
    },
    120_000,
  );
});
