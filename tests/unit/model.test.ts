// The model built once per dataset: graph (one edge per investor->startup pair), lookups by id,
// baked-layout detection. Node keys are positions, so ids like "__proto__" are safe.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { NODE_COLORS } from "../../src/config/forms";
import { computeVisible } from "../../src/filter/visible";
import { parseInvestmentGraph, parseInvestmentGraphText } from "../../src/io/parse";
import { edgeKey, hasBakedLayout, nodeKey } from "../../src/model/graph";
import { createModel, graphKeyOf, idOfGraphKey, nodeById, type Model } from "../../src/model/model";
import { DEFAULT_FILTERS, type FilterState } from "../../src/state/filters";
import { modelOf, sample } from "./fixtures";

function modelOfFile(name: string): Model {
  const { dataset, issues } = parseInvestmentGraphText(readFileSync(`tests/fixtures/${name}`, "utf8"));
  if (!dataset) throw new Error(JSON.stringify(issues));
  return createModel(dataset, name);
}

describe("createModel on the sample", () => {
  const model = modelOf(sample());
  const { graph } = model;
  const key = (id: string): string => graphKeyOf(model, id) ?? "missing";

  it("has one node per company and one edge per investor->startup pair", () => {
    // 7 nodes; the 10 deals are between 10 different pairs.
    expect(graph.order).toBe(7);
    expect(graph.size).toBe(10);
    expect(graph.type).toBe("directed");
    expect(model.origin).toBe("fixture");
  });

  it("keys nodes by position and edges by pair index", () => {
    expect(graph.nodes()).toEqual(["0", "1", "2", "3", "4", "5", "6"]);
    expect(nodeKey(3)).toBe("3");
    expect(edgeKey(7)).toBe("e7");
    // d1 (pair 0) is alibaba (0) -> moonshot (3); d10 (pair 9) is tencent (1) -> megvii (6).
    expect(graph.extremities("e0")).toEqual(["0", "3"]);
    expect(graph.extremities("e9")).toEqual(["1", "6"]);
    expect(graph.getEdgeAttribute("e9", "index")).toBe(9);
  });

  it.each<[string, string, boolean]>([
    ["alibaba", "moonshot", true], // d1
    ["tencent", "moonshot", true], // d2
    ["hongshan", "zhipu", true], // d9
    ["moonshot", "alibaba", false], // edges are directed investor -> startup
    ["alibaba", "tencent", false], // no deal between the giants
  ])("%s -> %s is an edge: %s", (from, to, expected) => {
    expect(graph.hasDirectedEdge(key(from), key(to))).toBe(expected);
  });

  it("copies label, baked position, colour by kind and position index onto nodes", () => {
    // moonshot is the fourth node, a startup at (0.2, 0.6).
    expect(graph.getNodeAttributes(key("moonshot"))).toEqual({
      label: "Moonshot AI",
      x: 0.2,
      y: 0.6,
      size: 4,
      color: NODE_COLORS.startup,
      index: 3,
    });
    expect(graph.getNodeAttribute(key("alibaba"), "color")).toBe(NODE_COLORS.investor);
  });

  it("looks nodes up by id and graph key, both ways", () => {
    expect(nodeById(model, "zhipu")?.label).toBe("Zhipu AI");
    expect(nodeById(model, "nope")).toBeUndefined();
    expect(graphKeyOf(model, "zhipu")).toBe("4");
    expect(graphKeyOf(model, "nope")).toBeUndefined();
    expect(idOfGraphKey(model, "4")).toBe("zhipu");
    expect(idOfGraphKey(model, "7")).toBeUndefined();
    expect(idOfGraphKey(model, "e0")).toBeUndefined();
  });

  it("reads no node from strings that are not node keys", () => {
    // Only "0" .. "6" are node keys; Number() reads "", " " as 0 and "0x1", "1.0" as 1.
    expect(["", " ", "0x1", "1.0"].map((notAKey) => idOfGraphKey(model, notAKey))).toEqual([undefined, undefined, undefined, undefined]);
  });

  it("knows the sample's layout is baked", () => {
    expect(model.baked).toBe(true);
  });
});

describe("hasBakedLayout", () => {
  it("is false for tests/fixtures/unbaked.json (no x, y) and for an empty or partly placed dataset", () => {
    expect(modelOfFile("unbaked.json").baked).toBe(false);
    const { dataset } = parseInvestmentGraph(sample());
    if (!dataset) throw new Error("sample does not load");
    expect(hasBakedLayout(dataset)).toBe(true);
    expect(hasBakedLayout({ ...dataset, nodes: [] })).toBe(false);
    const [first, ...rest] = dataset.nodes;
    if (!first) throw new Error("sample has no nodes");
    const { y: _y, ...unplaced } = first;
    expect(hasBakedLayout({ ...dataset, nodes: [unplaced, ...rest] })).toBe(false);
  });

  it("places unbaked nodes at the origin for the layout to move", () => {
    const model = modelOfFile("unbaked.json");
    expect(model.graph.getNodeAttributes("0")).toMatchObject({ x: 0, y: 0 });
  });
});

describe("a self-investment", () => {
  it("becomes a self-loop on the investor", () => {
    const document = sample();
    document.deals.push({ id: "self", investor: "tencent", target: "tencent", form: "cash", amountUsd: 1e6 });
    const model = modelOf(document);
    expect(model.graph.size).toBe(11);
    expect(model.graph.hasDirectedEdge("1", "1")).toBe(true);
  });
});

describe("ids that are names on Object.prototype (tests/fixtures/prototype-ids.json)", () => {
  const model = modelOfFile("prototype-ids.json");
  const key = (id: string): string => {
    const found = graphKeyOf(model, id);
    if (found === undefined) throw new Error(`no graph key for ${id}`);
    return found;
  };
  const visible = (patch: Partial<FilterState> = {}) =>
    computeVisible(model.index, model.dataset.nodes.length, { ...DEFAULT_FILTERS, ...patch });

  it("gives every node its own key and lookup", () => {
    expect(["__proto__", "constructor", "hasOwnProperty", "toString", "valueOf"].map(key)).toEqual(["0", "1", "2", "3", "4"]);
    expect(nodeById(model, "__proto__")?.label).toBe("Proto Capital");
    expect(nodeById(model, "toString")?.label).toBe("ToString Robotics");
    expect(idOfGraphKey(model, "2")).toBe("hasOwnProperty");
    expect(model.graph.order).toBe(5);
  });

  it.each<[string, string, boolean]>([
    ["__proto__", "constructor", true],
    ["__proto__", "toString", true],
    ["hasOwnProperty", "toString", true],
    ["hasOwnProperty", "constructor", true],
    ["constructor", "__proto__", false],
    ["__proto__", "hasOwnProperty", false],
    ["__proto__", "valueOf", false],
  ])("%s -> %s is an edge: %s", (from, to, expected) => {
    expect(model.graph.hasDirectedEdge(key(from), key(to))).toBe(expected);
  });

  it("counts their deals in the visible set", () => {
    // All four deals: 10M + 5M + undisclosed + 2M = 17M; valueOf has no deal and is not counted.
    const all = visible();
    expect([all.visibleDeals, all.visibleNodes, all.visiblePairs, all.visibleAmount]).toEqual([4, 4, 4, 17e6]);
    expect(Array.from(all.nodeDeals)).toEqual([2, 2, 2, 2, 0]);
    // __proto__ invested 10M + 5M; constructor raised 10M + 2M.
    expect(all.nodeAmount[0]).toBe(15e6);
    expect(all.nodeAmount[1]).toBe(12e6);
    // Only compute: the deal with id "constructor", __proto__ -> toString, 5M.
    const compute = visible({ forms: ["compute"] });
    expect([compute.visibleDeals, compute.visibleNodes, compute.visibleAmount]).toEqual([1, 2, 5e6]);
    // 2024 only, dated only: the deal "__proto__", 10M.
    const recent = visible({ years: [2024, 2024], includeUndated: false });
    expect([recent.visibleDeals, recent.visibleNodes, recent.visibleAmount]).toEqual([1, 2, 10e6]);
  });
});
