// Hostile JSON: prototype keys change nothing, lone surrogates, impossible amounts, duplicate ids,
// deep nesting and huge counts are refused with their place; nothing throws.
import { describe, expect, it } from "vitest";
import { tooDeep, loneSurrogatePath } from "../../src/io/hostile";
import { MAX_DEALS } from "../../src/io/limits";
import { parseInvestmentGraph, parseInvestmentGraphText } from "../../src/io/parse";
import { sample } from "./fixtures";

describe("prototype keys in JSON", () => {
  it("__proto__ and constructor keys anywhere change nothing", () => {
    const text = JSON.stringify(sample())
      .replace('"meta":{', '"meta":{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":2}},')
      .replace('"deals":[{', '"deals":[{"__proto__":{"polluted":3},')
      .replace(/^\{/, '{"__proto__":{"polluted":4},');
    const { dataset } = parseInvestmentGraphText(text);
    expect(dataset?.deals.length).toBe(sample().deals.length);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(Object.getPrototypeOf(dataset?.meta)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(dataset?.deals[0])).toBe(Object.prototype);
  });
});

describe("refused with a located message", () => {
  it("lone UTF-16 surrogates, escaped or raw, by path", () => {
    const doc = sample();
    const text = JSON.stringify(doc).replace(`"label":"${String(doc.nodes[1]?.["label"])}"`, '"label":"bad \\ud800 label"');
    const result = parseInvestmentGraphText(text);
    expect(result.issues[0]?.path).toBe("nodes[1].label");
    expect(result.issues[0]?.message).toContain("lone UTF-16 surrogate");
    expect(result.dataset?.nodes.length).toBe(doc.nodes.length - 1);
    expect(loneSurrogatePath({ a: [{ b: "ok" }, { c: "x\uDC00" }] })).toBe(".a[1].c");
    expect(loneSurrogatePath({ a: "\uD83D\uDE00 paired is fine" })).toBeNull();
  });

  it.each([Number.NaN, Infinity, -Infinity, -1])("amount %d", (amount) => {
    const doc = sample();
    (doc.deals[0] as Record<string, unknown>)["amountUsd"] = amount;
    const result = parseInvestmentGraph(doc);
    expect(result.issues[0]?.path).toBe("deals[0].amountUsd");
    expect(result.dataset?.deals.length).toBe(doc.deals.length - 1);
  });

  it("duplicate ids of nodes and deals", () => {
    const doc = sample();
    doc.nodes.push({ ...doc.nodes[0] });
    doc.deals.push({ ...doc.deals[0] });
    const paths = parseInvestmentGraph(doc).issues.map((issue) => issue.path);
    expect(paths).toEqual([`nodes[${doc.nodes.length - 1}].id`, `deals[${doc.deals.length - 1}].id`]);
  });

  it("nesting deeper than the limit, with line and column", () => {
    const deep = `{"format":"investment-graph","version":1,"nodes":[],"deals":[],"x":\n${"[".repeat(100)}${"]".repeat(100)}}`;
    const issue = parseInvestmentGraphText(deep).issues[0];
    expect(issue?.path).toBe("line 2, column 64");
    expect(issue?.message).toContain("nested more than 64");
    expect(tooDeep('{"a":"[[[[[[[[[[[[[[[[[[[["}', 3)).toBeNull();
  });

  it("more deals than the app can show", () => {
    const doc = { format: "investment-graph", version: 1, nodes: [], deals: new Array(MAX_DEALS + 1).fill(null) };
    const issue = parseInvestmentGraph(doc).issues[0];
    expect(issue?.path).toBe("deals");
    expect(issue?.message).toContain("refused");
  });
});
