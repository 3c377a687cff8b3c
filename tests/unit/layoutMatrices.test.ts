// Layout matrices and the two ways positions reach the graph: with events (start) and quietly
// (while the worker runs, so sigma does not re-process everything per batch).
import { describe, expect, it } from "vitest";
import { assignPositions, positionsOf, PPN, seededPositions, writePositionsQuietly } from "../../src/layout/matrices";
import { modelOf, sample } from "./fixtures";

describe("layout positions", () => {
  it("writePositionsQuietly writes every node's x, y in graph order and emits no graph event", () => {
    const { graph } = modelOf(sample());
    const events: string[] = [];
    for (const name of ["eachNodeAttributesUpdated", "nodeAttributesUpdated", "attributesUpdated"] as const)
      graph.on(name, () => events.push(name));
    const positions = seededPositions(graph.order, 3);
    writePositionsQuietly(graph, positions);
    expect(events).toEqual([]);
    expect(graph.mapNodes((_key, attributes) => [attributes.x, attributes.y])).toEqual(
      Array.from({ length: graph.order }, (_unused, i) => [positions[2 * i], positions[2 * i + 1]]),
    );
  });

  it("gives the same attributes as assignPositions, which does emit one bulk event", () => {
    const quiet = modelOf(sample()).graph;
    const loud = modelOf(sample()).graph;
    let bulk = 0;
    loud.on("eachNodeAttributesUpdated", () => bulk++);
    const positions = seededPositions(quiet.order, 9);
    writePositionsQuietly(quiet, positions);
    assignPositions(loud, positions);
    expect(bulk).toBe(1);
    expect(quiet.mapNodes((_key, attributes) => attributes)).toEqual(loud.mapNodes((_key, attributes) => attributes));
  });

  it("positionsOf reads x, y out of a node matrix", () => {
    const nodes = new Float32Array(3 * PPN);
    for (let i = 0; i < 3; i++) {
      nodes[i * PPN] = i + 0.5;
      nodes[i * PPN + 1] = -i;
    }
    expect(Array.from(positionsOf(nodes))).toEqual([0.5, -0, 1.5, -1, 2.5, -2]);
  });
});
