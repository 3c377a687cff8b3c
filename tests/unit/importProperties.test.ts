// Property tests over every import parser and the URL state: thousands of generated inputs, each
// either loads or yields located errors; no exception ever escapes, nothing pollutes Object.prototype.
import { csvFormatRows } from "d3-dsv";
import { DOMParser } from "@xmldom/xmldom";
import fc from "fast-check";
import { parse as gexfParse } from "graphology-gexf/node";
import { afterEach, describe, expect, it } from "vitest";
import { importText, type ImportResult } from "../../src/io/importText";
import { parseUrlState } from "../../src/state/url";
import { sample } from "./fixtures";

const xml = {
  parseXml: (text: string) => new DOMParser({ errorHandler: () => undefined }).parseFromString(text, "application/xml"),
  gexfParse,
};
const RUNS = 2000;
// Seeded like every random test here; change the seed to explore further.
const SEED = 20261125;

function wellFormed(result: ImportResult): void {
  for (const issue of result.issues) {
    expect(issue.message.length).toBeGreaterThan(0);
    if (issue.severity === "error") expect(issue.path.length).toBeGreaterThan(0);
  }
  if (!result.dataset) expect(result.issues.some((issue) => issue.severity === "error")).toBe(true);
  else {
    const ids = new Set(result.dataset.nodes.map((node) => node.id));
    expect(ids.size).toBe(result.dataset.nodes.length);
    for (const deal of result.dataset.deals) {
      expect(ids.has(deal.investor) && ids.has(deal.target)).toBe(true);
      if (deal.amountUsd != null) expect(Number.isFinite(deal.amountUsd) && deal.amountUsd >= 0).toBe(true);
    }
  }
}

afterEach(() => expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined());

const tricky = fc.constantFrom(
  "",
  " ",
  "__proto__",
  "constructor",
  "hasOwnProperty",
  "toString",
  "<img src=x onerror=alert(1)>",
  "=1+1",
  "\uD800",
  "NaN",
  "-1",
  "1.2M",
  "$3,000",
  "€5M",
  "2024-02-30",
  "2024",
  '"',
  "\n",
  ",",
);
const cell = fc.oneof(tricky, fc.string({ maxLength: 12 }), fc.integer().map(String));

describe("importText never throws", { timeout: 60_000 }, () => {
  it("on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300, unit: "binary" }), fc.constantFrom("x.csv", "x.json", "x.gexf"), (text, name) =>
        wellFormed(importText(text, name, { xml })),
      ),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it("on CSV-shaped text with known and unknown headers", () => {
    const header = fc.array(
      fc.oneof(
        fc.constantFrom(
          "investor",
          "startup",
          "company_name",
          "investor_name",
          "date",
          "funded_at",
          "amount",
          "raised_amount_usd",
          "form",
          "round",
          "deal",
          "parts",
          "sources",
          "lead",
        ),
        cell,
      ),
      { minLength: 1, maxLength: 7 },
    );
    const rows = fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 12 });
    fc.assert(
      fc.property(header, rows, (head, body) => wellFormed(importText(csvFormatRows([head, ...body]), "x.csv"))),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it("on format v1 documents with mutated rows", () => {
    const base = sample();
    const value = fc.oneof(
      cell,
      fc.double(),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.array(cell, { maxLength: 2 }),
      fc.dictionary(cell, cell, { maxKeys: 2 }),
    );
    const field = fc.constantFrom(
      "id",
      "investor",
      "target",
      "date",
      "amountUsd",
      "form",
      "parts",
      "sources",
      "label",
      "kind",
      "url",
      "__proto__",
      "constructor",
      "x",
    );
    const mutation = fc.tuple(fc.constantFrom("nodes", "deals"), fc.nat(), field, value);
    fc.assert(
      fc.property(fc.array(mutation, { maxLength: 6 }), (mutations) => {
        const doc = structuredClone(base);
        for (const [list, index, key, replacement] of mutations) {
          const rows = doc[list];
          const row = rows[index % rows.length];
          if (row) Object.defineProperty(row, key, { value: replacement, enumerable: true, configurable: true, writable: true });
        }
        wellFormed(importText(JSON.stringify(doc), "x.json"));
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it("on graphology-shaped JSON", () => {
    const key = fc.oneof(tricky, fc.integer({ min: 0, max: 5 }).map(String));
    const attributes = fc.dictionary(
      fc.constantFrom("label", "kind", "x", "y", "amount", "amountUsd", "date", "year", "form", "id", "parts", "url"),
      fc.oneof(cell, fc.double(), fc.integer()),
      { maxKeys: 4 },
    );
    const graph = fc.record({
      nodes: fc.array(fc.record({ key, attributes }), { maxLength: 6 }),
      edges: fc.array(fc.record({ source: key, target: key, attributes }), { maxLength: 8 }),
    });
    fc.assert(
      fc.property(graph, (value) => wellFormed(importText(JSON.stringify(value), "x.json"))),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it("on GEXF-shaped XML", () => {
    const id = fc.oneof(tricky, fc.integer({ min: 0, max: 4 }).map(String)).map((text) => text.replace(/[<&"]/g, ""));
    const gexf = fc
      .record({ nodes: fc.array(fc.tuple(id, cell), { maxLength: 5 }), edges: fc.array(fc.tuple(id, id), { maxLength: 6 }) })
      .map(
        ({ nodes, edges }) =>
          `<gexf version="1.3"><graph defaultedgetype="directed"><nodes>${nodes.map(([n, label]) => `<node id="${n}" label="${label.replace(/[<&"]/g, "")}"/>`).join("")}</nodes><edges>${edges.map(([s, t], i) => `<edge id="e${i}" source="${s}" target="${t}"/>`).join("")}</edges></graph></gexf>`,
      );
    fc.assert(
      fc.property(gexf, (text) => wellFormed(importText(text, "x.gexf", { xml }))),
      { numRuns: 500, seed: SEED },
    );
  });
});

describe("URL state never throws", { timeout: 60_000 }, () => {
  it("on arbitrary query strings; every notice names its parameter; filters stay valid", () => {
    const parameter = fc.constantFrom(
      "from",
      "to",
      "min",
      "max",
      "undisclosed",
      "undated",
      "forms",
      "focus",
      "lang",
      "compare",
      "data",
      "__proto__",
      "constructor",
    );
    const value = fc.oneof(
      tricky,
      fc.string({ maxLength: 10 }),
      fc.integer({ min: -5000, max: 5000 }).map(String),
      fc.constantFrom("1e309", "0x10", "2020", "1", "0", "cash,compute", "10M"),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(parameter, value), { maxLength: 8 }), (pairs) => {
        const params = new URLSearchParams(pairs);
        const { state, notices } = parseUrlState(params, {
          yearExtent: [2015, 2025],
          forms: ["cash", "compute"],
          hasNode: (id) => id === "alibaba" || id === "__proto__",
          nodeIds: () => ["alibaba", "__proto__"],
        });
        for (const notice of notices) expect(notice.path).toMatch(/^URL parameter "/);
        const { years, minAmount, maxAmount } = state.filters;
        if (years) expect(years[0] <= years[1] && years[0] >= 2015 && years[1] <= 2025).toBe(true);
        for (const bound of [minAmount, maxAmount]) if (bound !== null) expect(Number.isFinite(bound) && bound >= 0).toBe(true);
        if (minAmount !== null && maxAmount !== null) expect(minAmount).toBeLessThanOrEqual(maxAmount);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });
});
