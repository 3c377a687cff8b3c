// The visible deals as rows and as CSV: exactly what passes the filters, formulas neutralised.
import { csvParseRows } from "d3-dsv";
import { describe, expect, it } from "vitest";
import { neutralise, toCsv } from "../../src/export/csv";
import { visibleDealRows } from "../../src/filter/rows";
import { computeVisible } from "../../src/filter/visible";
import { DEFAULT_FILTERS } from "../../src/state/filters";
import { modelOf, sample } from "./fixtures";

describe("visible deal rows", () => {
  it("holds one row per visible deal with the amount the filters count", () => {
    const model = modelOf(sample());
    const visible = computeVisible(model.index, model.dataset.nodes.length, { ...DEFAULT_FILTERS, forms: ["cloud-credits"] });
    const rows = visibleDealRows(model, visible);
    // d1 (its 300M credit part) and d6 (600M credits).
    expect(rows.map((row) => [row.deal, row.amount_usd, row.amount_shown_usd])).toEqual([
      ["d1", "800000000", "300000000"],
      ["d6", "600000000", "600000000"],
    ]);
    expect(rows[0]).toMatchObject({ investor: "Alibaba", startup: "Moonshot AI", parts: "cloud-credits:300000000; cash:500000000" });
  });
});

describe("CSV", () => {
  it.each(["=1+2", "+cmd", "-2+3", "@SUM(A1)", "\tx", "\rx"])("neutralises %j", (cell) => {
    expect(neutralise(cell)).toBe(`'${cell}`);
  });

  it("leaves ordinary cells alone, quotes commas and quotes, and round-trips through a CSV parser", () => {
    const model = modelOf(sample());
    const rows = visibleDealRows(model, computeVisible(model.index, model.dataset.nodes.length, DEFAULT_FILTERS));
    const hostile = { ...rows[0], investor: '=HYPERLINK("x"), "quoted"' } as (typeof rows)[number];
    const parsed = csvParseRows(toCsv([hostile, ...rows.slice(1)]));
    expect(parsed[0]?.[1]).toBe("investor");
    expect(parsed[1]?.[1]).toBe(`'=HYPERLINK("x"), "quoted"`);
    expect(parsed[2]?.[1]).toBe(rows[1]?.investor);
    expect(parsed).toHaveLength(rows.length + 1);
  });
});
