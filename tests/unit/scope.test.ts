// Scope (ego=, depth=, component=largest, top=N): its URL parameters, its transitions and the pass
// that keeps only part of the network, combined with the year / amount / form filters.
import { describe, expect, it } from "vitest";
import { visibleOf } from "../../src/filter/select";
import { largestComponent, mostActiveInvestors, scopePairs } from "../../src/filter/scope";
import { computeVisible } from "../../src/filter/visible";
import { pairEnds } from "../../src/layout/arrange/pairs";
import { DEFAULT_DISPLAY, setArrangement, setColorMode } from "../../src/state/display";
import { DEFAULT_FILTERS, isFiltered, resetFilters, type FilterState } from "../../src/state/filters";
import { clearScope, NO_SCOPE, setComponent, setDepth, setEgo, setTop } from "../../src/state/scope";
import { parseUrlState, writeUrlState, type UrlContext } from "../../src/state/url";
import { modelOf, sample, type RawDocument } from "./fixtures";

/** The sample plus a separate part: "solo" backing "island" (two deals). */
function withIsland(): RawDocument {
  const doc = sample();
  doc.nodes.push({ id: "solo", label: "Solo", kind: "investor" }, { id: "island", label: "Island", kind: "startup" });
  doc.deals.push(
    { id: "x1", investor: "solo", target: "island", form: "cash", date: "2020", amountUsd: 5 },
    { id: "x2", investor: "solo", target: "island", form: "cash", date: "2023", amountUsd: 7 },
  );
  return doc;
}
const model = modelOf(withIsland());
const context: UrlContext = {
  yearExtent: model.index.yearExtent,
  forms: model.index.forms,
  hasNode: (id) => model.nodeIndexById.has(id),
  nodeIds: () => model.nodeIndexById.keys(),
};
const parse = (query: string) => parseUrlState(new URLSearchParams(query), context);
const idsOf = (nodeDeals: Uint32Array): string[] =>
  model.dataset.nodes
    .filter((_n, i) => (nodeDeals[i] ?? 0) > 0)
    .map((node) => node.id)
    .sort();
const filters = (patch: Partial<FilterState>): FilterState => ({ ...DEFAULT_FILTERS, ...patch });

/** Neighbours of a node by brute force over the deals (either direction). */
function neighbours(id: string): Set<string> {
  const found = new Set<string>();
  for (const deal of model.dataset.deals) {
    if (deal.investor === id) found.add(deal.target);
    if (deal.target === id) found.add(deal.investor);
  }
  return found;
}

describe("scope in the URL", () => {
  it("reads ego, depth, component and top, and writes them back", () => {
    const { state, notices } = parse("ego=alibaba&depth=2&component=largest&top=3");
    expect(notices).toEqual([]);
    expect(state.filters.scope).toEqual({ ego: "alibaba", depth: 2, component: "largest", top: 3 });
    const written = writeUrlState(new URLSearchParams(), state);
    expect(written.toString()).toBe("ego=alibaba&depth=2&component=largest&top=3");
    expect(parse(written.toString()).state).toEqual(state);
  });

  it.each([
    ["ego=nobody", "ego"],
    ["ego=alibaba&depth=7", "depth"],
    ["depth=2", "depth"],
    ["top=-1", "top"],
    ["top=0", "top"],
    ["top=2.5", "top"],
    ["component=smallest", "component"],
    ["layout=spiral", "layout"],
    ["color=rainbow", "color"],
  ])("%s: a notice naming the parameter, the view unchanged", (query, parameter) => {
    const { state, notices } = parse(query);
    expect(notices.map((notice) => notice.path)).toContain(`URL parameter "${parameter}"`);
    if (parameter !== "depth" || query === "depth=2") expect(state.filters).toEqual(DEFAULT_FILTERS);
    if (parameter === "depth" && query.includes("ego")) expect(state.filters.scope).toEqual({ ...NO_SCOPE, ego: "alibaba" });
    expect(state.display).toEqual(DEFAULT_DISPLAY);
  });

  it("names the unknown layout and offers the nearest", () => {
    const { notices } = parse("layout=bipartit");
    expect(notices[0]?.message).toContain('"bipartit"');
    expect(notices[0]?.message).toContain('did you mean "bipartite"');
  });

  it("reads layout and color", () => {
    expect(parse("layout=map&color=community").state.display).toEqual({ arrangement: "map", color: "community" });
  });
});

describe("scope transitions", () => {
  it("sets and clears, storing an empty scope as none", () => {
    const a = setEgo("alibaba", 2)(DEFAULT_FILTERS);
    expect(a.scope).toEqual({ ...NO_SCOPE, ego: "alibaba", depth: 2 });
    expect(setDepth(1)(a).scope?.depth).toBe(1);
    expect(setEgo(null)(a)).toEqual(DEFAULT_FILTERS);
    expect(setEgo(null)(a).scope).toBeUndefined();
    expect(setTop(-1)(DEFAULT_FILTERS)).toBe(DEFAULT_FILTERS);
    expect(setComponent("largest")(DEFAULT_FILTERS).scope?.component).toBe("largest");
    expect(clearScope()(setTop(2)(a))).toEqual(DEFAULT_FILTERS);
    expect(isFiltered(setTop(2)(DEFAULT_FILTERS))).toBe(true);
    expect(resetFilters()(setTop(2)(DEFAULT_FILTERS))).toEqual(DEFAULT_FILTERS);
    expect(setDepth(2)(DEFAULT_FILTERS)).toBe(DEFAULT_FILTERS);
  });

  it("changes the arrangement and colour key only when they differ", () => {
    expect(setArrangement("force")(DEFAULT_DISPLAY)).toBe(DEFAULT_DISPLAY);
    expect(setArrangement("map")(DEFAULT_DISPLAY)).toEqual({ arrangement: "map", color: "kind" });
    expect(setColorMode("sector")(DEFAULT_DISPLAY)).toEqual({ arrangement: "force", color: "sector" });
  });
});

describe("the scope pass", () => {
  it("ego depth 1: the node and its partners, links among them only", () => {
    const visible = visibleOf(model, setEgo("moonshot")(DEFAULT_FILTERS));
    expect(idsOf(visible.nodeDeals)).toEqual([...neighbours("moonshot"), "moonshot"].sort());
  });

  it("ego depth 2 reaches partners of partners", () => {
    const two = new Set([...neighbours("moonshot")].flatMap((id) => [...neighbours(id), id]));
    const visible = visibleOf(model, setEgo("moonshot", 2)(DEFAULT_FILTERS));
    expect(idsOf(visible.nodeDeals)).toEqual([...two].sort());
  });

  it("component=largest leaves out the separate part", () => {
    const visible = visibleOf(model, setComponent("largest")(DEFAULT_FILTERS));
    const all = visibleOf(model, DEFAULT_FILTERS);
    expect(idsOf(visible.nodeDeals)).not.toContain("solo");
    expect(idsOf(visible.nodeDeals)).not.toContain("island");
    expect(visible.visibleDeals).toBe(all.visibleDeals - 2);
    expect(largestComponent(pairEnds(model.index), model.dataset.nodes.length).reduce((a, b) => a + b, 0)).toBe(
      model.dataset.nodes.length - 2,
    );
  });

  it("top=N: the N investors with most deals and only their deals", () => {
    const counts = new Map<string, number>();
    for (const deal of model.dataset.deals) counts.set(deal.investor, (counts.get(deal.investor) ?? 0) + 1);
    const top = mostActiveInvestors(model, 2);
    const topIds = [...top].map((i) => model.dataset.nodes[i]?.id ?? "");
    const least = Math.min(...topIds.map((id) => counts.get(id) ?? 0));
    for (const [id, n] of counts) if (!topIds.includes(id)) expect(n, id).toBeLessThanOrEqual(least);
    const visible = visibleOf(model, setTop(2)(DEFAULT_FILTERS));
    expect(visible.visibleDeals).toBe(model.dataset.deals.filter((deal) => topIds.includes(deal.investor)).length);
  });

  it("combines with the year filter: counts are the deals in both", () => {
    const scoped = setEgo("alibaba")(filters({ years: [2023, 2024] }));
    const visible = visibleOf(model, scoped);
    const ego = new Set([...neighbours("alibaba"), "alibaba"]);
    const expected = model.dataset.deals.filter(
      (deal) =>
        ego.has(deal.investor) && ego.has(deal.target) && Number(deal.date?.slice(0, 4)) >= 2023 && Number(deal.date?.slice(0, 4)) <= 2024,
    );
    expect(visible.visibleDeals).toBe(expected.length);
    expect(visible.visibleAmount).toBe(expected.reduce((sum, deal) => sum + (deal.amountUsd ?? 0), 0));
  });

  it("is null for no scope and memoised for a scope", () => {
    expect(scopePairs(model, undefined)).toBeNull();
    const scope = setTop(1)(DEFAULT_FILTERS).scope;
    expect(scopePairs(model, scope)).toBe(scopePairs(model, scope));
    expect(computeVisible(model.index, model.dataset.nodes.length, DEFAULT_FILTERS, null).visibleDeals).toBe(model.dataset.deals.length);
  });
});
