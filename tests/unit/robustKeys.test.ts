// Issue 17, prototype keys as values: a data string that names an Object.prototype member
// ("constructor", "__proto__", "toString") is an ordinary value in every lookup table.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseAmount } from "../../src/io/amount";
import { readForm } from "../../src/io/csvCells";
import { guessMapping } from "../../src/io/csvColumns";
import { importText } from "../../src/io/importText";
import { formMetaOf } from "../../src/io/schema";
import { parseInvestmentGraph } from "../../src/io/parse";
import { createModel } from "../../src/model/model";
import { sample } from "./fixtures";

const PROTO_KEYS = [
  "constructor",
  "__proto__",
  "toString",
  "hasOwnProperty",
  "valueOf",
  "isPrototypeOf",
  "__defineGetter__",
  "propertyIsEnumerable",
  "toLocaleString",
];

describe("prototype keys as values", () => {
  it.each(PROTO_KEYS)("form cell %j stays that text", (key) => {
    expect(readForm(key)).toBe(key);
  });

  it.each(PROTO_KEYS)("a CSV whose form column says %j loads every row, and the result can be posted to the page", (key) => {
    const text = `investor,startup,form,amount\nA,B,${key},5\nC,D,cash,6\n`;
    const result = importText(text, "x.csv");
    expect(result.dataset?.deals.map((deal) => deal.form)).toEqual([key, "cash"]);
    expect(() => structuredClone(result)).not.toThrow();
  });

  it.each(PROTO_KEYS)("an amount suffix %j is not a unit", (key) => {
    expect(parseAmount(`5${key.toLowerCase()}`)).toBeNull();
  });

  it("headers named like prototype members are columns like any other", () => {
    const guess = guessMapping(["investor", "startup", "constructor", "__proto__"]);
    expect(guess.mapping.investor).toBe(0);
    expect(guess.mapping.startup).toBe(1);
    expect(guess.confident).toBe(true);
  });

  it("form labels from meta.forms are looked up only among the data's own keys", () => {
    const doc = sample();
    doc.meta["forms"] = { cash: { label: "Money" } };
    const { dataset } = parseInvestmentGraph(doc);
    if (!dataset) throw new Error("fixture");
    expect(formMetaOf(dataset.meta, "cash")?.label).toBe("Money");
    for (const key of PROTO_KEYS) expect(formMetaOf(dataset.meta, key)).toBeUndefined();
  });

  it("any string as a form, node id or deal id builds a model without throwing (generated)", () => {
    const word = fc.oneof(
      fc.constantFrom(...PROTO_KEYS),
      fc.string({ minLength: 1, maxLength: 10 }).filter((s) => s.trim() === s && s.length > 0),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(word, word, word), { minLength: 1, maxLength: 12 }), (rows) => {
        const ids = [...new Set(rows.flatMap(([a, b]) => [a, b]))];
        const doc = {
          format: "investment-graph",
          version: 1,
          meta: { forms: { cash: { label: "Cash" } } },
          nodes: ids.map((id) => ({ id, label: id, kind: "investor" })),
          deals: rows.map(([a, b, form], i) => ({ id: `d${i}`, investor: a, target: b, form, amountUsd: i })),
        };
        const { dataset } = parseInvestmentGraph(doc);
        if (!dataset) return false;
        const model = createModel(dataset, "t");
        return model.index.forms.length === new Set(rows.map(([, , form]) => form)).size && model.index.count === rows.length;
      }),
      { numRuns: 300 },
    );
  });
});
