// Reading format v1: whole-document problems stop the load with a located message; row problems
// skip that row, name its place and keep the rest.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseInvestmentGraph, parseInvestmentGraphText } from "../../src/io/parse";
import { sample } from "./fixtures";

const fixtureText = (name: string): string => readFileSync(`tests/fixtures/${name}`, "utf8");

describe("parseInvestmentGraph", () => {
  it("loads the sample with no issues, keeping every node and deal in file order", () => {
    const { dataset, issues } = parseInvestmentGraph(sample());
    expect(issues).toEqual([]);
    expect(dataset?.nodes.map((node) => node.id)).toEqual(["alibaba", "tencent", "hongshan", "moonshot", "zhipu", "minimax", "megvii"]);
    expect(dataset?.deals.map((deal) => deal.id)).toEqual(["d1", "d2", "d3", "d4", "d5", "d6", "d7", "d8", "d9", "d10"]);
    // d1 keeps its split, d2 its explicit null (undisclosed), d9 has no date at all.
    expect(dataset?.deals[0]?.parts).toEqual([
      { form: "cloud-credits", amountUsd: 300e6 },
      { form: "cash", amountUsd: 500e6 },
    ]);
    expect(dataset?.deals[1]?.amountUsd).toBeNull();
    expect(dataset?.deals[8]?.date).toBeUndefined();
    expect(dataset?.meta.forms?.["cloud-credits"]?.label).toBe("Cloud credits");
  });

  it("loads the same from text as from the parsed object", () => {
    expect(parseInvestmentGraphText(fixtureText("sample.json"))).toEqual(parseInvestmentGraph(sample()));
  });

  it("skips a deal naming an unknown node, says where and suggests the near id, keeps the rest", () => {
    const document = sample();
    document.deals[2] = { ...document.deals[2], investor: "alibba" };
    const { dataset, issues } = parseInvestmentGraph(document);
    expect(dataset?.deals.map((deal) => deal.id)).not.toContain("d3");
    expect(dataset?.deals).toHaveLength(9);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ severity: "error", path: "deals[2].investor" });
    expect(issues[0]?.message).toContain('no node "alibba"');
    expect(issues[0]?.message).toContain('did you mean "alibaba"');
  });

  it('does the same for tests/fixtures/unknown-investor.json (d3 names "alibba")', () => {
    const { dataset, issues } = parseInvestmentGraphText(fixtureText("unknown-investor.json"));
    expect(issues.map((issue) => [issue.severity, issue.path])).toEqual([["error", "deals[2].investor"]]);
    expect(issues[0]?.message).toMatch(/no node "alibba".*did you mean "alibaba"/);
    // The other nine deals and all seven nodes load.
    expect(dataset?.deals.map((deal) => deal.id)).toEqual(["d1", "d2", "d4", "d5", "d6", "d7", "d8", "d9", "d10"]);
    expect(dataset?.nodes).toHaveLength(7);
  });

  it("reports both ends of a deal when both are unknown, and gives no hint when nothing is near", () => {
    const document = sample();
    document.deals[0] = { ...document.deals[0], investor: "zzzzzzzzzz", target: "moonshoot" };
    const { issues } = parseInvestmentGraph(document);
    expect(issues.map((issue) => issue.path)).toEqual(["deals[0].investor", "deals[0].target"]);
    expect(issues[0]?.message).not.toContain("did you mean");
    expect(issues[1]?.message).toContain('did you mean "moonshot"');
  });

  it.each<[string, Record<string, unknown>, string]>([
    ["a bad month", { date: "2024-13" }, "deals[0].date"],
    ["a bad day", { date: "2024-02-32" }, "deals[0].date"],
    ["a date in another format", { date: "Feb 2024" }, "deals[0].date"],
    ["an amount given as a string", { amountUsd: "12" }, "deals[0].amountUsd"],
    ["an amount given as the string NaN", { amountUsd: "NaN" }, "deals[0].amountUsd"],
    ["a NaN amount (from JS, JSON cannot carry it)", { amountUsd: Number.NaN }, "deals[0].amountUsd"],
    ["an infinite amount", { amountUsd: Number.POSITIVE_INFINITY }, "deals[0].amountUsd"],
    ["a negative amount", { amountUsd: -5 }, "deals[0].amountUsd"],
    ["a negative round size", { roundSizeUsd: -1 }, "deals[0].roundSizeUsd"],
    ["a negative part", { parts: [{ form: "cash", amountUsd: -1 }] }, "deals[0].parts[0].amountUsd"],
    ["an empty list of parts", { parts: [] }, "deals[0].parts"],
    ["an empty form", { form: "" }, "deals[0].form"],
    ["a blank investor", { investor: "   " }, "deals[0].investor"],
    ["a missing id", { id: undefined }, "deals[0].id"],
    ["a javascript: source link", { sources: [{ url: "javascript:alert(1)" }] }, "deals[0].sources[0].url"],
    ["a data: source link", { sources: [{ url: "data:text/html,<script>1</script>" }] }, "deals[0].sources[0].url"],
    ["an unknown confidence", { confidence: "sure" }, "deals[0].confidence"],
    ["a lead that is not a boolean", { lead: "yes" }, "deals[0].lead"],
  ])("rejects %s with its place, keeping the other nine deals", (_name, patch, path) => {
    const document = sample();
    document.deals[0] = { ...document.deals[0], ...patch };
    const { dataset, issues } = parseInvestmentGraph(document);
    expect(issues.map((issue) => issue.path)).toContain(path);
    expect(issues.every((issue) => issue.severity === "error")).toBe(true);
    expect(dataset?.deals.map((deal) => deal.id)).toEqual(["d2", "d3", "d4", "d5", "d6", "d7", "d8", "d9", "d10"]);
  });

  it("says what it got for a bad value", () => {
    const document = sample();
    document.deals[0] = { ...document.deals[0], date: "2024-13" };
    const { issues } = parseInvestmentGraph(document);
    expect(issues[0]?.message).toContain("YYYY, YYYY-MM or YYYY-MM-DD");
    expect(issues[0]?.message).toContain('(got "2024-13")');
    expect(issues[0]?.message).toContain("row skipped");
  });

  it.each<[string, Record<string, unknown>, string]>([
    ["a javascript: link", { url: "javascript:alert(1)" }, "nodes[0].url"],
    ["an unknown kind", { kind: "bank" }, "nodes[0].kind"],
    ["an empty label", { label: "" }, "nodes[0].label"],
    ["a founding year that is not whole", { founded: 1999.5 }, "nodes[0].founded"],
  ])("skips a node with %s, and then every deal naming it", (_name, patch, path) => {
    const document = sample();
    document.nodes[0] = { ...document.nodes[0], ...patch };
    const { dataset, issues } = parseInvestmentGraph(document);
    expect(issues[0]?.path).toBe(path);
    expect(dataset?.nodes.map((node) => node.id)).not.toContain("alibaba");
    // alibaba is the investor of d1, d3, d6, d8: each is reported at its own place.
    const skipped = issues.slice(1).map((issue) => issue.path);
    expect(skipped).toEqual(["deals[0].investor", "deals[2].investor", "deals[5].investor", "deals[7].investor"]);
    expect(dataset?.deals).toHaveLength(6);
  });

  it("rejects parts that add up to more than the deal's amount", () => {
    const document = sample();
    // d1's parts add up to 300M + 500M = 800M; the deal now claims only 700M.
    document.deals[0] = { ...document.deals[0], amountUsd: 700e6 };
    const { dataset, issues } = parseInvestmentGraph(document);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ severity: "error", path: "deals[0].parts" });
    expect(issues[0]?.message).toContain("800000000");
    expect(dataset?.deals.find((deal) => deal.id === "d1")).toBeUndefined();
    expect(dataset?.deals).toHaveLength(9);
  });

  it("accepts parts that add up to less than the amount, or whose sizes are unknown, or an undisclosed deal", () => {
    const document = sample();
    document.deals[0] = { ...document.deals[0], amountUsd: 900e6 };
    document.deals[1] = { ...document.deals[1], parts: [{ form: "cash" }, { form: "compute", amountUsd: null }] };
    document.deals[2] = { ...document.deals[2], amountUsd: null, parts: [{ form: "cash", amountUsd: 5e9 }] };
    const { dataset, issues } = parseInvestmentGraph(document);
    expect(issues).toEqual([]);
    expect(dataset?.deals).toHaveLength(10);
  });

  it("keeps the first of two nodes or deals with the same id and reports the second", () => {
    const document = sample();
    document.nodes.push({ id: "alibaba", label: "Alibaba again", kind: "investor" });
    document.deals.push({ ...document.deals[1], amountUsd: 1 });
    const { dataset, issues } = parseInvestmentGraph(document);
    expect(issues.map((issue) => issue.path)).toEqual(["nodes[7].id", "deals[10].id"]);
    expect(issues[0]?.message).toContain('duplicate id "alibaba"');
    expect(issues[1]?.message).toContain('duplicate id "d2"');
    expect(dataset?.nodes).toHaveLength(7);
    expect(dataset?.nodes.find((node) => node.id === "alibaba")?.label).toBe("Alibaba");
    expect(dataset?.deals).toHaveLength(10);
    expect(dataset?.deals.find((deal) => deal.id === "d2")?.amountUsd).toBeNull();
  });

  it("keeps a self-investment with a warning", () => {
    const document = sample();
    document.deals.push({ id: "self", investor: "alibaba", target: "alibaba", form: "cash" });
    const { dataset, issues } = parseInvestmentGraph(document);
    expect(issues).toEqual([expect.objectContaining({ severity: "warning", path: "deals[10].target" })]);
    expect(issues[0]?.message).toContain("self-investment");
    expect(dataset?.deals).toHaveLength(11);
    expect(dataset?.deals.at(-1)?.id).toBe("self");
  });

  it.each<[string, Record<string, unknown>, string]>([
    ["a wrong format", { format: "graph" }, "format"],
    ["no format", { format: undefined }, "format"],
    ["a wrong version", { version: 2 }, "version"],
    ["the version as a string", { version: "1" }, "version"],
    ["deals that are not a list", { deals: {} }, "deals"],
    ["no nodes", { nodes: undefined }, "nodes"],
    ["a bad meta date", { meta: { updated: "2024-13" } }, "meta.updated"],
  ])("refuses a document with %s (dataset null), naming the field", (_name, patch, path) => {
    const { dataset, issues } = parseInvestmentGraph({ ...sample(), ...patch });
    expect(dataset).toBeNull();
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.map((issue) => issue.path)).toContain(path);
    expect(issues.every((issue) => issue.severity === "error")).toBe(true);
  });

  it("says what the wrong format was", () => {
    const { issues } = parseInvestmentGraph({ ...sample(), format: "graph" });
    expect(issues[0]?.message).toContain("investment-graph");
    expect(issues[0]?.message).toContain('(got "graph")');
  });

  it.each<[string, unknown]>([
    ["null", null],
    ["a number", 42],
    ["a string", "text"],
    ["a list", []],
  ])("refuses %s at the document level", (_name, value) => {
    const { dataset, issues } = parseInvestmentGraph(value);
    expect(dataset).toBeNull();
    expect(issues[0]?.path).toBe("(document)");
  });

  it("fills in meta defaults when meta is missing", () => {
    const { meta: _meta, ...rest } = sample();
    const { dataset, issues } = parseInvestmentGraph(rest);
    expect(issues).toEqual([]);
    expect(dataset?.meta).toMatchObject({ title: "Investment network", currency: "USD" });
  });

  it("stops listing problems after 500 and says so", () => {
    const document = sample();
    for (let i = 0; i < 600; i++) document.deals.push({ id: `bad${i}`, investor: "alibaba", target: "zhipu", form: "cash", date: "nope" });
    const { dataset, issues } = parseInvestmentGraph(document);
    expect(issues).toHaveLength(501);
    expect(issues.at(-1)?.severity).toBe("warning");
    expect(issues.at(-1)?.message).toContain("more than 500");
    expect(dataset?.deals).toHaveLength(10);
  });
});

describe("parseInvestmentGraphText", () => {
  it.each<[string, string, string]>([
    // Line 3 is `  "nodes": [1,]`: the `]` after the comma is column 15.
    ["a trailing comma in a list", '{\n  "format": "investment-graph",\n  "nodes": [1,]\n}', "line 3, column 15"],
    // Line 2 is `  format: 1`: the property name starts at column 3.
    ["an unquoted property name", "{\n  format: 1\n}", "line 2, column 3"],
    ["a missing comma between properties", '{"a": 1\n "b": 2}', "line 2, column 2"],
    ["a truncated document", '{"a": [1, 2', "line 1, column 12"],
    ["text after the document", "{}\n\n  x", "line 3, column 3"],
  ])("reports %s with line and column", (_name, text, path) => {
    const { dataset, issues } = parseInvestmentGraphText(text);
    expect(dataset).toBeNull();
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ severity: "error", path });
    expect(issues[0]?.message).toContain("not valid JSON");
  });

  it("locates the trailing comma in tests/fixtures/broken.json", () => {
    // Line 5 ends the only node with `},`; line 6 is `  ],`, so the `]` at column 3 is where a value was expected.
    const { dataset, issues } = parseInvestmentGraphText(fixtureText("broken.json"));
    expect(dataset).toBeNull();
    expect(issues[0]?.path).toBe("line 6, column 3");
    expect(issues[0]?.message).toContain("expected a value");
  });

  it("reports an empty file", () => {
    const { dataset, issues } = parseInvestmentGraphText("");
    expect(dataset).toBeNull();
    expect(issues[0]?.message).toContain("not valid JSON");
    expect(issues[0]?.message).toContain("the end of the file");
  });

  it("never throws on deeply nested input", () => {
    const { dataset, issues } = parseInvestmentGraphText("[".repeat(200_000));
    expect(dataset).toBeNull();
    expect(issues[0]?.message).toContain("not valid JSON");
  });
});

describe("ids that are names on Object.prototype", () => {
  it("load as plain ids (tests/fixtures/prototype-ids.json) and leave Object.prototype alone", () => {
    const { dataset, issues } = parseInvestmentGraphText(fixtureText("prototype-ids.json"));
    expect(issues).toEqual([]);
    expect(dataset?.nodes.map((node) => node.id)).toEqual(["__proto__", "constructor", "hasOwnProperty", "toString", "valueOf"]);
    expect(dataset?.deals.map((deal) => [deal.investor, deal.target])).toEqual([
      ["__proto__", "constructor"],
      ["__proto__", "toString"],
      ["hasOwnProperty", "toString"],
      ["hasOwnProperty", "constructor"],
    ]);
    expect(Object.prototype).not.toHaveProperty("label");
    expect(({} as Record<string, unknown>)["kind"]).toBeUndefined();
  });

  it("still reports unknown and duplicate ids among them", () => {
    const document = JSON.parse(fixtureText("prototype-ids.json")) as { nodes: unknown[]; deals: unknown[] };
    document.nodes.push({ id: "__proto__", label: "Again", kind: "investor" });
    document.deals.push({ id: "x", investor: "prototype", target: "toString", form: "cash" });
    document.deals.push({ id: "toString", investor: "__proto__", target: "toString", form: "cash" });
    const { dataset, issues } = parseInvestmentGraph(document);
    expect(issues.map((issue) => issue.path)).toEqual(["nodes[5].id", "deals[4].investor", "deals[5].id"]);
    expect(dataset?.deals).toHaveLength(4);
  });
});
