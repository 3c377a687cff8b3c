// Baked positions for the flagship graph: ForceAtlas2 (LinLog, so startups cluster around the
// investors they share) from a seeded start, with the two giants pinned at the centre and the US
// investors pinned to one side. Deterministic: same tables, same picture.
import iterate from "graphology-layout-forceatlas2/iterate.js";
import { lcg, PPE, PPN } from "../../src/layout/matrices";

/** Anchors in ForceAtlas2 units; everything else settles around them. */
const PINNED: Readonly<Record<string, readonly [number, number]>> = {
  alibaba: [-45, 0],
  tencent: [45, 0],
  microsoft: [330, -70],
  amazon: [345, 60],
  google: [300, 95],
  nvidia: [380, -5],
};

const ITERATIONS = 2500;

export function bakeLayout(ids: readonly string[], edges: ReadonlyArray<readonly [string, string]>): Map<string, { x: number; y: number }> {
  const random = lcg(2024);
  const index = new Map(ids.map((id, i) => [id, i]));
  const pairs = new Set<string>();
  const links: Array<[number, number]> = [];
  for (const [source, target] of edges) {
    const s = index.get(source);
    const t = index.get(target);
    if (s === undefined || t === undefined || pairs.has(`${s}>${t}`)) continue;
    pairs.add(`${s}>${t}`);
    links.push([s, t]);
  }
  const degree = new Array<number>(ids.length).fill(0);
  for (const [s, t] of links) {
    degree[s] = (degree[s] ?? 0) + 1;
    degree[t] = (degree[t] ?? 0) + 1;
  }
  const nodes = new Float32Array(ids.length * PPN);
  ids.forEach((id, i) => {
    const pinned = PINNED[id];
    const j = i * PPN;
    nodes[j] = pinned ? pinned[0] : (random() - 0.5) * 200;
    nodes[j + 1] = pinned ? pinned[1] : (random() - 0.5) * 200;
    nodes[j + 6] = 1 + (degree[i] ?? 0);
    nodes[j + 7] = 1;
    nodes[j + 8] = 2 + 2 * Math.sqrt(degree[i] ?? 0);
    nodes[j + 9] = pinned ? 1 : 0;
  });
  const matrix = new Float32Array(links.length * PPE);
  links.forEach(([s, t], k) => {
    matrix[k * PPE] = s * PPN;
    matrix[k * PPE + 1] = t * PPN;
    matrix[k * PPE + 2] = 1;
  });
  const settings = {
    linLogMode: true,
    outboundAttractionDistribution: false,
    adjustSizes: false,
    edgeWeightInfluence: 1,
    scalingRatio: 2,
    strongGravityMode: false,
    gravity: 0.4,
    slowDown: 5,
    barnesHutOptimize: false,
    barnesHutTheta: 0.5,
  };
  for (let k = 0; k < ITERATIONS; k++) iterate(settings, nodes, matrix);
  // Overlap removal: a few rounds with sizes taken into account.
  const spaced = { ...settings, adjustSizes: true };
  for (let k = 0; k < 300; k++) iterate(spaced, nodes, matrix);

  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < ids.length; i++) {
    const x = nodes[i * PPN] ?? 0;
    const y = nodes[i * PPN + 1] ?? 0;
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  const scale = 2 / Math.max(maxX - minX, maxY - minY, 1e-9);
  const round = (value: number): number => Math.round(value * 1e4) / 1e4;
  const positions = new Map<string, { x: number; y: number }>();
  ids.forEach((id, i) => {
    positions.set(id, {
      x: round(((nodes[i * PPN] ?? 0) - (minX + maxX) / 2) * scale),
      // Screen y grows downwards in sigma's default camera; graph y up. Keep the FA2 orientation.
      y: round(((nodes[i * PPN + 1] ?? 0) - (minY + maxY) / 2) * scale),
    });
  });
  return positions;
}
