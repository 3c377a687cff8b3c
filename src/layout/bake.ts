// Bakes positions in one go (no worker) with the app's layout engine: one link per linked pair in
// deal order, as the app's worker gets them (`linkPairsOf` in linkPairs.ts), the same seed and
// settings, so `npm run layout`, `npm run publish` and the app draw the same picture. Pure. Works on
// the dataset, not a graph object, so a 500,000-deal file stays within memory.
import type { Dataset } from "../io/parse";
import { createLayoutRun, DEFAULT_ENGINE } from "./engine";

export interface BakeOptions {
  /** Plain force steps for each large part, without the coarsening (the engine's multilevel schedule otherwise). */
  readonly iterations?: number;
  readonly seed?: number;
  /** Called about every percent of the work. */
  readonly onProgress?: (done: number, total: number) => void;
}

export interface BakedLayout {
  /** x, y per node in data order, rounded to 2 decimals so files stay small and stable. */
  readonly positions: ReadonlyArray<readonly [number, number]>;
  readonly seed: number;
}

/** Linked pairs as node indices [source, target, ...], the first deal's direction, no self-links. */
export function datasetLinks(dataset: Pick<Dataset, "nodes" | "deals">): Uint32Array {
  const indexById = new Map<string, number>();
  dataset.nodes.forEach((node, i) => indexById.set(node.id, i));
  const order = dataset.nodes.length;
  const seen = new Set<number>();
  const links: number[] = [];
  for (const deal of dataset.deals) {
    const source = indexById.get(deal.investor);
    const target = indexById.get(deal.target);
    if (source === undefined || target === undefined || source === target) continue;
    const key = Math.min(source, target) * order + Math.max(source, target);
    if (seen.has(key)) continue;
    seen.add(key);
    links.push(source, target);
  }
  return Uint32Array.from(links);
}

export function bakeLayout(dataset: Pick<Dataset, "nodes" | "deals">, options: BakeOptions = {}): BakedLayout {
  const seed = options.seed ?? 42;
  const { iterations } = options;
  const run = createLayoutRun({
    count: dataset.nodes.length,
    links: datasetLinks(dataset),
    seed,
    ...(iterations === undefined
      ? {}
      : {
          settings: {
            iterations: (n: number) => (n <= 2 ? 0 : n <= 48 ? Math.min(iterations, DEFAULT_ENGINE.iterations(n)) : iterations),
            multilevelFrom: Number.POSITIVE_INFINITY,
          },
        }),
  });
  let percent = 0;
  while (run.step()) {
    const now = Math.floor((100 * run.done) / (run.total || 1));
    if (now > percent) options.onProgress?.(run.done, run.total);
    percent = Math.max(percent, now);
  }
  options.onProgress?.(run.total, run.total);
  const xy = run.positions();
  const round = (value: number): number => Math.round(value * 100) / 100;
  const positions = Array.from(
    { length: dataset.nodes.length },
    (_unused, i) => [round(xy[2 * i] ?? 0), round(xy[2 * i + 1] ?? 0)] as const,
  );
  return { positions, seed };
}
