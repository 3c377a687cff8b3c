// graphology serialised JSON and GEXF import: every edge a deal, nodes kinds inferred, ids that are
// Object.prototype names kept apart, hostile XML refused. GEXF goes through graphology-gexf/node.
import { readFileSync } from "node:fs";
import { DOMParser } from "@xmldom/xmldom";
import { parse as gexfParse } from "graphology-gexf/node";
import { describe, expect, it } from "vitest";
import { parseGexfText } from "../../src/io/gexf";
import { datasetFromSerialisedGraph } from "../../src/io/graphImport";
import { detectFormat, importText } from "../../src/io/importText";

const xml = { parseXml: (text: string) => new DOMParser().parseFromString(text, "application/xml"), gexfParse };

describe("detectFormat", () => {
  it.each([
    ['{"format":"investment-graph"}', "x.json", "investment-graph"],
    ['{"nodes":[{"key":"a"}]}', "x.json", "graphology"],
    ["<?xml version='1.0'?><gexf>", "x.gexf", "gexf"],
    ["investor,startup\nA,B", "x.csv", "csv"],
    ["\uFEFFinvestor,startup", "x.txt", "csv"],
  ])("%j is %s", (text, name, format) => expect(detectFormat(text, name)).toBe(format));
});

describe("graphology serialised JSON", () => {
  const result = importText(readFileSync("tests/fixtures/graphology.json", "utf8"), "graphology.json");
  it("reads every edge as a deal, with amounts people write and years as dates", () => {
    expect(result.format).toBe("graphology");
    expect(result.issues).toEqual([]);
    expect(result.dataset?.meta.title).toBe("A graphology export");
    expect(
      result.dataset?.deals.map((deal) => [deal.id, deal.investor, deal.target, deal.amountUsd ?? null, deal.date ?? null, deal.form]),
    ).toEqual([
      ["m1", "microsoft", "openai", 1e9, "2019-07", "cash"],
      ["m2", "microsoft", "openai", 1e10, "2023-01", "cloud-credits"],
      ["h1", "hasOwnProperty", "constructor", 4.5e6, "2024", "other"],
      ["edge-3", "hasOwnProperty", "openai", null, null, "compute"],
    ]);
  });
  it("infers kinds: nodes that receive money are startups unless the data says otherwise", () => {
    expect(result.dataset?.nodes.map((node) => [node.id, node.kind])).toEqual([
      ["openai", "startup"],
      ["microsoft", "investor"],
      ["constructor", "startup"],
      ["hasOwnProperty", "investor"],
    ]);
  });
  it("reports edges to unknown nodes as edges[i], and bad values by place", () => {
    const bad = datasetFromSerialisedGraph(
      {
        nodes: [{ key: "a" }, { key: "a" }],
        edges: [
          { source: "a", target: "zz" },
          { source: "a", target: "a", attributes: { amount: "lots", date: "soon" } },
        ],
      },
      "t",
    );
    expect(bad.issues.map((issue) => issue.path)).toEqual([
      "edges[1].date",
      "edges[1].amountUsd",
      "nodes[1].id",
      "edges[0].target",
      "edges[1].target",
    ]);
    expect(bad.issues.at(-1)?.message).toContain("self-investment");
    expect(bad.dataset?.deals).toHaveLength(1);
  });
  it("refuses what is not a graph", () => {
    expect(datasetFromSerialisedGraph([1, 2], "t").dataset).toBeNull();
    expect(datasetFromSerialisedGraph({ nodes: "x" }, "t").issues[0]?.message).toContain("not a graphology graph");
  });
});

describe("GEXF", () => {
  const text = readFileSync("tests/fixtures/gephi.gexf", "utf8");
  it("reads a Gephi file: labels, positions, attributes, and __proto__ as a plain id", () => {
    const result = importText(text, "gephi.gexf", { xml });
    expect(result.format).toBe("gexf");
    expect(result.issues).toEqual([]);
    expect(result.dataset?.meta.title).toBe("Seed investors (Gephi export)");
    expect(result.dataset?.nodes.map((node) => [node.id, node.label, node.kind, node.x])).toEqual([
      ["a", "Alpha Capital", "investor", 10],
      ["b", "Beta Robotics", "startup", -4],
      ["c", '<img src=x onerror="window.__xss=1">', "startup", 3],
      ["__proto__", "Proto Fund", "investor", 1],
    ]);
    expect(result.dataset?.deals.map((deal) => [deal.investor, deal.target, deal.amountUsd ?? null, deal.date ?? null, deal.form])).toEqual(
      [
        ["a", "b", 12e6, "2021", "cash"],
        ["a", "c", 3.5e6, "2022", "other"],
        ["__proto__", "b", null, "2023", "grant"],
        ["__proto__", "c", 1.2e6, null, "other"],
      ],
    );
    expect(({} as Record<string, unknown>)["label"]).toBeUndefined();
  });
  it("refuses DOCTYPE and entities (entity expansion), broken XML, and reads nothing without XML tools", () => {
    const bomb =
      '<?xml version="1.0"?><!DOCTYPE gexf [<!ENTITY a "aaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><gexf><graph><nodes><node id="&b;"/></nodes></graph></gexf>';
    expect(parseGexfText(bomb, "t", xml).issues[0]?.message).toContain("DOCTYPE");
    expect(parseGexfText("<gexf><graph><nodes><node id='a'></nodes>", "t", xml).dataset).toBeNull();
    expect(importText(text, "gephi.gexf").dataset).toBeNull();
  });
});
