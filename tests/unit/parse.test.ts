// Reading format v1: whole-document problems stop the load with a located message; row problems
// skip that row, name its place and keep the rest.
import { describe, expect, it } from "vitest";
import { parseInvestmentGraph, parseInvestmentGraphText } from "../../src/io/parse";
import { sample } from "./fixtures";

describe("parseInvestmentGraph", () => {
  it("loads the sample with no issues", () => {
    const { dataset, issues } = parseInvestmentGraph(sample());
    expect(issues).toEqual([]);
    expect(dataset?.nodes).toHaveLength(7);
    expect(dataset?.deals).toHaveLength(10);
  });

  it("skips a deal naming an unknown node, says where and suggests the near id, keeps the rest", () => {
    const document = sample();
    document.deals[2] = { ...document.deals[2], investor: "alibba" };
    const { dataset, issues } = parseInvestmentGraph(document);
    expect(dataset?.deals.map((deal) => deal.id)).not.toContain("d3");
    expect(dataset?.deals).toHaveLength(9);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ severity: "error", path: "deals[2].investor" });
    expect(issues[0]?.message).toContain('no node "alibba" (did you mean "alibaba"?)');
  });

  it.each([
    ["a bad month", { date: "2024-13" }, "deals[0].date"],
    ["an amount given as a string", { amountUsd: "12" }, "deals[0].amountUsd"],
    ["a negative amount", { amountUsd: -5 }, "deals[0].amountUsd"],
    ["an empty form", { form: "" }, "deals[0].form"],
    ["a javascript: source link", { sources: [{ url: "javascript:alert(1)" }] }, "deals[0].sources[0].url"],
    ["an unknown confidence", { confidence: "sure" }, "deals[0].confidence"],
  ])("rejects %s with its place", (_name, patch, path) => {
    const document = sample();
    document.deals[0] = { ...document.deals[0], ...patch };
    const { dataset, issues } = parseInvestmentGraph(document);
    expect(issues.map((issue) => issue.path)).toContain(path);
    expect(dataset?.deals).toHaveLength(9);
  });

  it("rejects parts that add up to more than the deal's amount", () => {
    const document = sample();
    document.deals[0] = { ...document.deals[0], amountUsd: 100 };
    const { dataset, issues } = parseInvestmentGraph(document);
    expect(issues[0]).toMatchObject({ path: "deals[0].parts" });
    expect(dataset?.deals.find((deal) => deal.id === "d1")).toBeUndefined();
  });

  it("keeps the first of two nodes or deals with the same id and reports the second", () => {
    const document = sample();
    document.nodes.push({ id: "alibaba", label: "Alibaba again", kind: "investor" });
    document.deals.push({ ...document.deals[1], amountUsd: 1 });
    const { dataset, issues } = parseInvestmentGraph(document);
    expect(issues.map((issue) => issue.path)).toEqual(["nodes[7].id", "deals[10].id"]);
    expect(dataset?.nodes.find((node) => node.id === "alibaba")?.label).toBe("Alibaba");
    expect(dataset?.deals.find((deal) => deal.id === "d2")?.amountUsd).toBeNull();
  });

  it("keeps a self-investment with a warning", () => {
    const document = sample();
    document.deals.push({ id: "self", investor: "alibaba", target: "alibaba", form: "cash" });
    const { dataset, issues } = parseInvestmentGraph(document);
    expect(issues).toEqual([expect.objectContaining({ severity: "warning", path: "deals[10].target" })]);
    expect(dataset?.deals).toHaveLength(11);
  });

  it.each([
    ["a wrong format", { format: "graph" }, "format"],
    ["a wrong version", { version: 2 }, "version"],
    ["deals that are not a list", { deals: {} }, "deals"],
  ])("refuses a document with %s, naming the field", (_name, patch, path) => {
    const { dataset, issues } = parseInvestmentGraph({ ...sample(), ...patch });
    expect(dataset).toBeNull();
    expect(issues.map((issue) => issue.path)).toContain(path);
  });

  it("refuses what is not an object at all", () => {
    for (const value of [null, 42, "text", []]) {
      const { dataset, issues } = parseInvestmentGraph(value);
      expect(dataset).toBeNull();
      expect(issues.length).toBeGreaterThan(0);
    }
  });

  it("reports JSON syntax errors with line and column", () => {
    const { dataset, issues } = parseInvestmentGraphText('{\n  "format": "investment-graph",\n  "nodes": [1,]\n}');
    expect(dataset).toBeNull();
    expect(issues[0]?.path).toBe("line 3, column 15");
    expect(issues[0]?.message).toContain("not valid JSON: expected a value");
  });

  it("never throws on deeply nested input", () => {
    const { dataset, issues } = parseInvestmentGraphText("[".repeat(200_000));
    expect(dataset).toBeNull();
    expect(issues[0]?.message).toContain("not valid JSON");
  });

  it("treats ids like __proto__ and constructor as plain ids", () => {
    const document = sample();
    document.nodes.push(
      { id: "__proto__", label: "Proto Capital", kind: "investor" },
      { id: "constructor", label: "Constructor AI", kind: "startup" },
    );
    document.deals.push({ id: "toString", investor: "__proto__", target: "constructor", amountUsd: 5, form: "cash" });
    const { dataset, issues } = parseInvestmentGraph(document);
    expect(issues).toEqual([]);
    expect(dataset?.deals.at(-1)).toMatchObject({ investor: "__proto__", target: "constructor" });
    expect(Object.prototype).not.toHaveProperty("label");
  });
});
