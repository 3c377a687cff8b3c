// Keyboard moves through the graph: direction cone, angle penalty, partner order, busiest node, counts.
// Partner figures are worked out by hand from tests/fixtures/sample.json (deal list in visible.test.ts).
import { describe, expect, it } from "vitest";
import {
  busiestNode,
  nearestInDirection,
  nodeDealCounts,
  partnersInOrder,
  type Direction,
  type NodePoint,
} from "../../src/filter/keyboardNav";
import { computeVisible } from "../../src/filter/visible";
import { DEFAULT_FILTERS, type FilterState } from "../../src/state/filters";
import { modelOf, sample } from "./fixtures";

const origin: NodePoint = { node: 0, x: 100, y: 100 };
const at = (node: number, x: number, y: number): NodePoint => ({ node, x, y });

describe("nearestInDirection", () => {
  // A plus of four nodes 50 px away around the origin, in viewport coordinates (y down).
  const plus = [origin, at(1, 150, 100), at(2, 50, 100), at(3, 100, 50), at(4, 100, 150)];
  it.each<[Direction, number]>([
    ["right", 1],
    ["left", 2],
    ["up", 3],
    ["down", 4],
  ])("%s picks the node on that side", (direction, expected) => {
    expect(nearestInDirection(origin, direction, plus)).toBe(expected);
  });

  it("ignores nodes outside the ±45° cone, however near", () => {
    // At 60° below the axis: outside the cone for "right".
    const steep = at(1, 100 + 10 * Math.cos(Math.PI / 3), 100 + 10 * Math.sin(Math.PI / 3));
    expect(nearestInDirection(origin, "right", [origin, steep])).toBeNull();
    expect(nearestInDirection(origin, "down", [origin, steep])).toBe(1);
  });

  it("prefers a node straight ahead to a slightly nearer one off the axis", () => {
    const ahead = at(1, 200, 100); // 100 px, on the axis
    const aside = at(2, 100 + 90 * Math.cos(0.7), 100 - 90 * Math.sin(0.7)); // 90 px, 40° off
    expect(nearestInDirection(origin, "right", [aside, ahead])).toBe(1);
    // ...but not to one much nearer.
    const near = at(3, 100 + 30 * Math.cos(0.7), 100 - 30 * Math.sin(0.7));
    expect(nearestInDirection(origin, "right", [ahead, near])).toBe(3);
  });

  it("returns null when nothing lies that way, and never the node itself or one on the same spot", () => {
    expect(nearestInDirection(origin, "left", [origin, at(1, 150, 100)])).toBeNull();
    expect(nearestInDirection(origin, "right", [at(5, 100, 100)])).toBeNull();
  });
});

describe("partners, busiest node and counts", () => {
  const model = modelOf(sample());
  const visible = (patch: Partial<FilterState> = {}) =>
    computeVisible(model.index, model.dataset.nodes.length, { ...DEFAULT_FILTERS, ...patch });
  const node = (id: string): number => model.nodeIndexById.get(id) ?? -1;
  const ids = (nodes: readonly number[]): string[] => nodes.map((i) => model.dataset.nodes[i]?.id ?? "?");

  it("orders a node's partners by disclosed amount, then by deals", () => {
    // alibaba: moonshot 800M (d1), minimax 600M (d6), zhipu 100M (d3), megvii 5M (d8).
    expect(ids(partnersInOrder(model.index, visible(), node("alibaba")).map((p) => p.node))).toEqual([
      "moonshot",
      "minimax",
      "zhipu",
      "megvii",
    ]);
    // moonshot: alibaba 800M, then tencent (d2) and hongshan (d7) both undisclosed, one deal each: data order.
    const moonshot = partnersInOrder(model.index, visible(), node("moonshot"));
    expect(moonshot[0]).toEqual({ node: node("alibaba"), deals: 1, amount: 800e6 });
    expect(moonshot.slice(1).map((p) => p.amount)).toEqual([0, 0]);
    expect(moonshot.slice(1).map((p) => p.node)).toEqual([...moonshot.slice(1).map((p) => p.node)].sort((a, b) => a - b));
  });

  it("follows the filters: a partner joined only by filtered deals is not walked", () => {
    // 2023 only: alibaba keeps zhipu (d3); d1, d6 (2024) and d8 (2019) are filtered out.
    expect(
      ids(partnersInOrder(model.index, visible({ years: [2023, 2023], includeUndated: false }), node("alibaba")).map((p) => p.node)),
    ).toEqual(["zhipu"]);
  });

  it("finds the busiest visible node", () => {
    // alibaba has 4 deals (d1 d3 d6 d8), tencent 4 (d2 d4 d5 d10): alibaba's 1505M beats tencent's 301.5M.
    expect(ids([busiestNode(visible()) ?? -1])).toEqual(["alibaba"]);
    // cash only: tencent d2 d4 d5 (3), alibaba d1 d3 (2), moonshot d1 d2 d7 (3, 500M) vs tencent 300M.
    expect(ids([busiestNode(visible({ forms: ["cash"] })) ?? -1])).toEqual(["moonshot"]);
    expect(busiestNode(visible({ years: [2020, 2022], includeUndated: false }))).toBeNull();
  });

  it("counts a node's visible and undisclosed deals", () => {
    // moonshot: d1 800M, d2 and d7 undisclosed.
    expect(nodeDealCounts(model.index, visible(), node("moonshot"))).toEqual({ shown: 3, undisclosed: 2 });
    expect(nodeDealCounts(model.index, visible({ includeUndisclosed: false }), node("moonshot"))).toEqual({ shown: 1, undisclosed: 0 });
  });
});
