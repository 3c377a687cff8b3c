// Issue 17, huge values: amounts, years and coordinates outside sane ranges are reported with their
// place (the rest loads), so no single value can break a panel, a sum or the layout.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readAmount, readDate } from "../../src/io/csvCells";
import { isPlainDeal, isPlainNode } from "../../src/io/fastRows";
import { MAX_AMOUNT_USD, MAX_COORDINATE, MAX_YEAR, MIN_YEAR } from "../../src/io/limits";
import { parseInvestmentGraph } from "../../src/io/parse";
import { DealSchema, NodeSchema } from "../../src/io/schema";
import { createModel } from "../../src/model/model";
import { computeVisible } from "../../src/filter/visible";
import { DEFAULT_FILTERS } from "../../src/state/filters";
import { sample } from "./fixtures";

describe("sane ranges", () => {
  it.each([1e308, Number.MAX_VALUE, MAX_AMOUNT_USD * 1.01])("amountUsd %d is refused with its place", (amount) => {
    const doc = sample();
    (doc.deals[1] as Record<string, unknown>)["amountUsd"] = amount;
    const result = parseInvestmentGraph(doc);
    expect(result.issues[0]?.path).toBe("deals[1].amountUsd");
    expect(result.dataset?.deals.length).toBe(doc.deals.length - 1);
  });

  it("two of the largest amounts allowed still sum to a finite total", () => {
    const doc = sample();
    for (const deal of doc.deals) deal["amountUsd"] = MAX_AMOUNT_USD;
    const { dataset } = parseInvestmentGraph(doc);
    if (!dataset) throw new Error("fixture");
    const model = createModel(dataset, "t");
    expect(Number.isFinite(computeVisible(model.index, dataset.nodes.length, DEFAULT_FILTERS).visibleAmount)).toBe(true);
  });

  it.each(["0000", "0999", "1799", "2101-01", "9999-12-31"])("date %j is refused with its place, not read as undated", (date) => {
    const doc = sample();
    (doc.deals[0] as Record<string, unknown>)["date"] = date;
    const result = parseInvestmentGraph(doc);
    expect(result.issues[0]?.path).toBe("deals[0].date");
    expect(result.dataset?.deals.some((deal) => deal.id === doc.deals[0]?.["id"])).toBe(false);
  });

  it.each([1e308, -1e308, MAX_COORDINATE * 2])("a coordinate of %d is dropped with a warning; the node stays", (x) => {
    const doc = sample();
    (doc.nodes[0] as Record<string, unknown>)["x"] = x;
    (doc.nodes[0] as Record<string, unknown>)["y"] = 0;
    const result = parseInvestmentGraph(doc);
    expect(result.issues[0]).toMatchObject({ severity: "warning", path: "nodes[0].x" });
    expect(result.dataset?.nodes.length).toBe(doc.nodes.length);
    expect(result.dataset?.nodes[0]?.x).toBeUndefined();
  });

  it("CSV: out-of-range amounts and years are kept as undisclosed / undated with a warning", () => {
    expect(readAmount("1e308")).toMatchObject({ ok: false });
    expect(readAmount("20 trillion")).toMatchObject({ ok: false });
    expect(readDate("0000")).toMatchObject({ ok: false });
    expect(readDate(`${MIN_YEAR}`)).toEqual({ ok: true, value: `${MIN_YEAR}` });
    expect(readDate(`${MAX_YEAR + 1}`)).toMatchObject({ ok: false });
  });

  it("the fast path and zod agree on the range edges (generated)", () => {
    const amount = fc.oneof(fc.double({ min: 0, max: 1e20, noNaN: true }), fc.constantFrom(MAX_AMOUNT_USD, MAX_AMOUNT_USD + 1, 1e308));
    const year = fc.integer({ min: 0, max: 9999 }).map((y) => String(y).padStart(4, "0"));
    const coordinate = fc.oneof(fc.double({ noNaN: true }), fc.constantFrom(MAX_COORDINATE, -MAX_COORDINATE, MAX_COORDINATE + 1));
    fc.assert(
      fc.property(amount, year, coordinate, (a, y, x) => {
        const deal = { id: "d", investor: "a", target: "b", form: "cash", amountUsd: a, date: y };
        const node = { id: "a", label: "A", kind: "investor", x, y: 0 };
        return isPlainDeal(deal) === DealSchema.safeParse(deal).success && (!isPlainNode(node) || NodeSchema.safeParse(node).success);
      }),
      { numRuns: 2000 },
    );
  });
});
