// Bakes ForceAtlas2 positions in one go (no worker): the same seeded start, settings and iteration
// count as the app's layout worker, so `npm run layout`, `npm run publish` and the app agree. Pure.
import iterate from "graphology-layout-forceatlas2/iterate.js";
import type { InvestmentGraph } from "../model/graph";
import { buildMatrices, layoutIterations, layoutSettings, PPN, seededPositions } from "./matrices";

export interface BakeOptions {
  readonly iterations?: number;
  readonly seed?: number;
  /** Called every 50 iterations. */
  readonly onProgress?: (done: number, total: number) => void;
}

export interface BakedLayout {
  /** x, y per node in graph (= data) order, rounded to 2 decimals so files stay small and stable. */
  readonly positions: ReadonlyArray<readonly [number, number]>;
  readonly iterations: number;
  readonly seed: number;
}

export function bakeLayout(graph: InvestmentGraph, options: BakeOptions = {}): BakedLayout {
  const iterations = options.iterations ?? layoutIterations(graph.order);
  const seed = options.seed ?? 42;
  const { nodes, edges } = buildMatrices(graph, seededPositions(graph.order, seed));
  const settings = layoutSettings(graph.order);
  for (let k = 0; k < iterations; k++) {
    iterate(settings, nodes, edges);
    if (k % 50 === 49) options.onProgress?.(k + 1, iterations);
  }
  const round = (value: number): number => Math.round(value * 100) / 100;
  const positions = Array.from({ length: graph.order }, (_, i) => [round(nodes[i * PPN] ?? 0), round(nodes[i * PPN + 1] ?? 0)] as const);
  return { positions, iterations, seed };
}
