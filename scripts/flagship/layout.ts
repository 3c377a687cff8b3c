// Baked positions for the flagship graph. Each connected component is laid out on its own with
// ForceAtlas2 (LinLog, so startups cluster around the investors they share; then a pass that keeps
// circles from overlapping), from a seeded start; the largest component sits in the middle and the
// others (the US comparison) stand to its right. Deterministic: same tables, same picture.
import iterate from "graphology-layout-forceatlas2/iterate.js";
import { lcg, PPE, PPN } from "../../src/layout/matrices";

type Edge = readonly [string, string, number | null];
interface Box {
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

const SETTINGS = {
  linLogMode: true,
  outboundAttractionDistribution: false,
  adjustSizes: false,
  edgeWeightInfluence: 1,
  scalingRatio: 6,
  strongGravityMode: false,
  gravity: 0.6,
  slowDown: 5,
  barnesHutOptimize: false,
  barnesHutTheta: 0.5,
};

/** Edges as [investor, target, amount or null]; amounts make big nodes claim more room. */
export function bakeLayout(ids: readonly string[], edges: readonly Edge[]): Map<string, { x: number; y: number }> {
  const index = new Map(ids.map((id, i) => [id, i]));
  const links: Array<[number, number]> = [];
  const seen = new Set<string>();
  const amount = new Array<number>(ids.length).fill(0);
  const degree = new Array<number>(ids.length).fill(0);
  for (const [source, target, value] of edges) {
    const s = index.get(source);
    const t = index.get(target);
    if (s === undefined || t === undefined) continue;
    amount[s] = (amount[s] ?? 0) + (value ?? 0);
    amount[t] = (amount[t] ?? 0) + (value ?? 0);
    if (seen.has(`${s}>${t}`)) continue;
    seen.add(`${s}>${t}`);
    links.push([s, t]);
    degree[s] = (degree[s] ?? 0) + 1;
    degree[t] = (degree[t] ?? 0) + 1;
  }
  const maxAmount = Math.max(1, ...amount);
  const size = (i: number): number => Math.max(4 + 3 * Math.sqrt(degree[i] ?? 0), 4 + 20 * Math.sqrt((amount[i] ?? 0) / maxAmount));

  const components = connectedComponents(ids.length, links).sort((a, b) => b.length - a.length || (a[0] ?? 0) - (b[0] ?? 0));
  const x = new Float64Array(ids.length);
  const y = new Float64Array(ids.length);
  const random = lcg(2024);
  const boxes = components.map((members) => layoutComponent(members, links, size, random, x, y));

  // Pack: the main component centred at the origin, the others in a column to its right, from the
  // top down (sigma draws y upwards), each scaled up to a readable share of the main one's width.
  const main = boxes[0];
  if (main) {
    const width = main.maxX - main.minX;
    const gap = 0.08 * width;
    let cursorY = main.maxY;
    const column = main.maxX + gap;
    components.forEach((members, c) => {
      const box = boxes[c];
      if (!box || c === 0) return;
      const extent = Math.max(box.maxX - box.minX, box.maxY - box.minY, 1e-9);
      const target = members.length > 2 ? 0.3 * width : 0.08 * width;
      const scale = Math.max(1, target / extent);
      for (const i of members) {
        x[i] = column + ((x[i] ?? 0) - box.minX) * scale;
        y[i] = cursorY - (box.maxY - (y[i] ?? 0)) * scale;
      }
      cursorY -= (box.maxY - box.minY) * scale + gap;
    });
  }

  const all = bounds(ids.map((_id, i) => i), x, y);
  const scale = 2 / Math.max(all.maxX - all.minX, all.maxY - all.minY, 1e-9);
  const round = (value: number): number => Math.round(value * 1e4) / 1e4;
  const positions = new Map<string, { x: number; y: number }>();
  ids.forEach((id, i) => {
    positions.set(id, { x: round(((x[i] ?? 0) - (all.minX + all.maxX) / 2) * scale), y: round(((y[i] ?? 0) - (all.minY + all.maxY) / 2) * scale) });
  });
  return positions;
}

function layoutComponent(members: readonly number[], links: ReadonlyArray<[number, number]>, size: (i: number) => number, random: () => number, x: Float64Array, y: Float64Array): Box {
  const local = new Map(members.map((node, k) => [node, k]));
  const nodes = new Float32Array(members.length * PPN);
  const own = links.filter(([s, t]) => local.has(s) && local.has(t));
  members.forEach((node, k) => {
    const j = k * PPN;
    nodes[j] = (random() - 0.5) * 100;
    nodes[j + 1] = (random() - 0.5) * 100;
    nodes[j + 6] = 1;
    nodes[j + 7] = 1;
    nodes[j + 8] = size(node);
  });
  const matrix = new Float32Array(own.length * PPE);
  own.forEach(([s, t], e) => {
    const a = local.get(s) ?? 0;
    const b = local.get(t) ?? 0;
    matrix[e * PPE] = a * PPN;
    matrix[e * PPE + 1] = b * PPN;
    matrix[e * PPE + 2] = 1;
    nodes[a * PPN + 6] = (nodes[a * PPN + 6] ?? 1) + 1;
    nodes[b * PPN + 6] = (nodes[b * PPN + 6] ?? 1) + 1;
  });
  if (members.length > 1) {
    for (let k = 0; k < 2500; k++) iterate(SETTINGS, nodes, matrix);
    const spaced = { ...SETTINGS, adjustSizes: true };
    for (let k = 0; k < 800; k++) iterate(spaced, nodes, matrix);
  }
  members.forEach((node, k) => {
    x[node] = nodes[k * PPN] ?? 0;
    y[node] = nodes[k * PPN + 1] ?? 0;
  });
  return bounds(members, x, y);
}

function bounds(members: readonly number[], x: Float64Array, y: Float64Array): Box {
  const box: Box = { minX: Infinity, maxX: -Infinity, minY: Infinity, maxY: -Infinity };
  for (const i of members) {
    box.minX = Math.min(box.minX, x[i] ?? 0);
    box.maxX = Math.max(box.maxX, x[i] ?? 0);
    box.minY = Math.min(box.minY, y[i] ?? 0);
    box.maxY = Math.max(box.maxY, y[i] ?? 0);
  }
  return box;
}

function connectedComponents(count: number, links: ReadonlyArray<[number, number]>): number[][] {
  const parent = Array.from({ length: count }, (_unused, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root] ?? root;
    return root;
  };
  for (const [s, t] of links) parent[find(s)] = find(t);
  const groups = new Map<number, number[]>();
  for (let i = 0; i < count; i++) {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), i]);
  }
  return [...groups.values()];
}
