// The graph view's pure parts: which items a filter change touches (diffVisible), the reducers as
// lookups, the highlight, and the one step per store update (stepView) that the view flushes once.
import { describe, expect, it } from "vitest";
import { computeVisible } from "../../src/filter/visible";
import { edgeKey, nodeKey } from "../../src/model/graph";
import { createReducers, type EdgeData, type NodeData } from "../../src/render/reducers";
import { diffVisible, type Keys } from "../../src/render/refresh";
import { brightOf, neighbourhood, sharedPortfolio } from "../../src/render/highlight";
import { initialViewState, stepView, targetOfView, type ViewContext, type ViewTarget } from "../../src/render/viewState";
import { localisedLabels } from "../../src/render/viewData";
import { RENDER_THEMES, scalesFor } from "../../src/render/style";
import { DEFAULT_FILTERS, type FilterState } from "../../src/state/filters";
import { modelOf, sample } from "./fixtures";

const model = modelOf(sample());
const { graph, index } = model;
const count = model.dataset.nodes.length;
const keys: Keys = {
  nodes: model.dataset.nodes.map((_node, i) => nodeKey(i)),
  edges: Array.from({ length: index.pairCount }, (_unused, p) => edgeKey(p)),
};
const key = (id: string): string => nodeKey(model.nodeIndexById.get(id) ?? -1);
const link = (investor: string, target: string): string => graph.edge(key(investor), key(target)) ?? "none";
const visibleWith = (filters: Partial<FilterState>) => computeVisible(index, count, { ...DEFAULT_FILTERS, ...filters });
const all = visibleWith({});

const contextOf = (large: boolean): ViewContext => ({ graph, keys, large, labelsFor: (lang) => localisedLabels(model, lang) });
const targetWith = (changes: Partial<ViewTarget> = {}): ViewTarget => ({
  visible: all,
  edgeThreshold: 0,
  lang: "en",
  theme: RENDER_THEMES.light,
  focusKey: null,
  hoverKey: null,
  keyboardKey: null,
  annotated: new Set(),
  compareKeys: [null, null],
  ...changes,
});
const viewOf = (large: boolean, changes: Partial<ViewTarget> = {}) =>
  initialViewState(contextOf(large), targetWith(changes), {
    nodeColors: model.dataset.nodes.map(() => "#123456"),
    edgeLabel: (p) => `pair ${p}`,
  });

describe("diffVisible", () => {
  it("lists the nodes that lose every deal and the links that disappear, and nothing else", () => {
    const changes = diffVisible(
      keys,
      { visible: all, threshold: 0 },
      { visible: visibleWith({ years: [2024, 2024], includeUndated: false }), threshold: 0 },
    );
    expect(new Set(changes.nodes)).toEqual(new Set([key("hongshan"), key("zhipu"), key("megvii")]));
    // 2024 keeps Alibaba -> Moonshot, Tencent -> Moonshot and Alibaba -> MiniMax: the other seven go.
    expect(changes.edges).toHaveLength(7);
    expect(changes.edges).not.toContain(link("alibaba", "moonshot"));
    expect(changes.edges).toContain(link("hongshan", "zhipu"));
    expect(changes.nodeVisibilityChanged).toBe(true);
  });

  it("re-reduces a link whose amount changes under a form filter, though it stays shown", () => {
    const changes = diffVisible(keys, { visible: all, threshold: 0 }, { visible: visibleWith({ forms: ["cash"] }), threshold: 0 });
    // d1 is $300M cloud credits + $500M cash: shown either way, drawn thinner under "cash".
    expect(changes.edges).toContain(link("alibaba", "moonshot"));
    expect(changes.edges).toContain(link("alibaba", "minimax"));
    expect(changes.edges).not.toContain(link("tencent", "minimax"));
    expect(changes.nodes).toEqual([key("megvii")]);
  });

  it("follows the edge threshold: links under it are hidden, with no node touched; the same set gives nothing", () => {
    const changes = diffVisible(keys, { visible: all, threshold: 0 }, { visible: all, threshold: 100e6 });
    // Kept: $800M, $100M, $250M and $600M; the six under $100M or undisclosed go.
    expect(changes.edges).toHaveLength(6);
    expect(changes.nodeVisibilityChanged).toBe(false);
    expect(diffVisible(keys, { visible: all, threshold: 5 }, { visible: all, threshold: 5 })).toEqual({
      nodes: [],
      edges: [],
      nodeVisibilityChanged: false,
    });
  });
});

describe("highlight", () => {
  it("is a node's visible neighbourhood, or two investors' shared portfolio", () => {
    expect(neighbourhood(graph, all, key("hongshan"))).toEqual(new Set([key("hongshan"), key("moonshot"), key("zhipu")]));
    expect(neighbourhood(graph, visibleWith({ years: [2023, 2024], includeUndated: false }), key("hongshan"))).toEqual(
      new Set([key("hongshan"), key("moonshot")]),
    );
    expect(sharedPortfolio(graph, all, key("alibaba"), key("tencent"))).toEqual(
      new Set([key("alibaba"), key("tencent"), key("moonshot"), key("zhipu"), key("minimax"), key("megvii")]),
    );
    expect(brightOf(graph, { visible: all, centre: null, compareKeys: [key("alibaba"), null] })).toBeNull();
  });
});

describe("reducers", () => {
  const scales = scalesFor(index, count);
  const reduce = (view: ReturnType<typeof viewOf>) => {
    const { nodeReducer, edgeReducer } = createReducers(graph, index.forms, scales, view);
    return {
      node: (k: string): NodeData => nodeReducer(k, { ...graph.getNodeAttributes(k) }),
      edge: (k: string): EdgeData => edgeReducer(k, { ...graph.getEdgeAttributes(k) }),
    };
  };

  it("hide filtered nodes and links, except the focused node", () => {
    const view = viewOf(false, { visible: visibleWith({ years: [2024, 2024], includeUndated: false }), focusKey: key("megvii") });
    const { node, edge } = reduce(view);
    expect(node(key("zhipu")).hidden).toBe(true);
    expect(node(key("megvii")).hidden).toBeUndefined();
    expect(node(key("megvii")).highlighted).toBe(true);
    expect(edge(link("hongshan", "zhipu")).hidden).toBe(true);
    expect(edge(link("alibaba", "moonshot")).hidden).toBeUndefined();
  });

  it("dim what is not bright on small graphs, and label the centre's links", () => {
    const view = viewOf(false, { hoverKey: key("hongshan") });
    const { node, edge } = reduce(view);
    expect(node(key("alibaba")).color).toBe(RENDER_THEMES.light.dimNode);
    expect(node(key("moonshot")).forceLabel).toBe(true);
    expect(node(key("moonshot")).color).toBe("#123456");
    expect(edge(link("alibaba", "zhipu")).color).toBe(RENDER_THEMES.light.dimEdge);
    const own = edge(link("hongshan", "zhipu"));
    expect(own.label).toBe(`pair ${graph.getEdgeAttributes(link("hongshan", "zhipu")).index}`);
    expect(own.zIndex).toBe(1);
  });

  it("hide links under the edge budget's threshold unless they touch the centre", () => {
    const view = viewOf(true, { edgeThreshold: 100e6, focusKey: key("alibaba") });
    const { edge, node } = reduce(view);
    expect(edge(link("tencent", "zhipu")).hidden).toBe(true);
    // Alibaba -> Megvii is $5M, under the threshold, but Alibaba is focused.
    expect(edge(link("alibaba", "megvii")).hidden).toBeUndefined();
    // Large graphs do not dim the rest.
    expect(node(key("hongshan")).color).toBe("#123456");
  });
});

describe("stepView", () => {
  it("hover on a small graph re-reduces everything (dimming) and leaves the old state as it was", () => {
    const view = viewOf(false);
    const step = stepView(contextOf(false), view, targetWith({ hoverKey: key("hongshan") }));
    expect(step.all).toBe(true);
    expect(step.view.centre).toBe(key("hongshan"));
    expect(view.centre).toBeNull();
    expect(view.hoverKey).toBeNull();
  });

  it("hover on a large graph touches nothing in sigma; focus touches its neighbourhood and links only", () => {
    const context = contextOf(true);
    const view = viewOf(true);
    const hovered = stepView(context, view, targetWith({ hoverKey: key("hongshan") }));
    expect([hovered.all, hovered.nodes.size, hovered.edges.size]).toEqual([false, 0, 0]);
    expect(hovered.view.hoverKey).toBe(key("hongshan"));
    const focused = stepView(context, hovered.view, targetWith({ hoverKey: key("hongshan"), focusKey: key("hongshan") }));
    expect(focused.all).toBe(false);
    expect(focused.nodes).toEqual(new Set([key("hongshan"), key("moonshot"), key("zhipu")]));
    expect(focused.edges).toEqual(new Set([link("hongshan", "moonshot"), link("hongshan", "zhipu")]));
    // The same target again: nothing to draw.
    const again = stepView(context, focused.view, targetOfView(focused.view));
    expect([again.all, again.nodes.size, again.edges.size, again.reindex, again.themeChanged]).toEqual([false, 0, 0, false, false]);
  });

  it("a filter change gives the diff, the busiest labels that changed, and a highlight that followed the filter", () => {
    const context = contextOf(true);
    const view = viewOf(true, { focusKey: key("hongshan") });
    const year = visibleWith({ years: [2024, 2024], includeUndated: false });
    const step = stepView(context, view, targetWith({ focusKey: key("hongshan"), visible: year }));
    const diff = diffVisible(keys, { visible: all, threshold: 0 }, { visible: year, threshold: 0 });
    for (const k of diff.nodes) expect(step.nodes.has(k)).toBe(true);
    for (const k of diff.edges) expect(step.edges.has(k)).toBe(true);
    expect(step.visibilityChanged).toBe(true);
    // Hongshan has no 2024 deal: its neighbourhood shrank to itself.
    expect(step.view.bright).toEqual(new Set([key("hongshan")]));
    expect(step.view.leading).not.toEqual(view.leading);
  });

  it("a language change re-indexes with the new labels; a keyboard move touches the old and new node", () => {
    const context = contextOf(false);
    const view = viewOf(false, { keyboardKey: key("alibaba") });
    const ko = stepView(context, view, targetWith({ lang: "ko", keyboardKey: key("alibaba") }));
    expect(ko.reindex).toBe(true);
    expect(ko.view.labels[model.nodeIndexById.get("alibaba") ?? -1]).toBe("알리바바");
    const moved = stepView(context, view, targetWith({ keyboardKey: key("tencent") }));
    expect(moved.nodes).toEqual(new Set([key("alibaba"), key("tencent")]));
    expect(moved.all).toBe(false);
    expect(stepView(context, view, targetWith({ keyboardKey: key("alibaba"), theme: RENDER_THEMES.dark })).themeChanged).toBe(true);
  });
});
