// Baked positions for the flagship graph. Each connected component is laid out on its own with
// ForceAtlas2 (LinLog, so startups cluster around the investors they share; then a pass that keeps
// circles from overlapping), from a seeded start; the largest component sits in the middle and the
// others (the US comparison) stand to its right. Deterministic: same tables, same picture.
import iterate from "graphology-layout-forceatlas2/iterate.js";
import { lcg, PPE, PPN } from "../../src/layout/matrices";

type Edge = readonly [string, string, number | null];

export interface LayoutOptions {
  /** Nodes moved to the middle of their component and pinned there (the two giants). */
  readonly centre?: readonly string[];
  /** Labels, so the main nodes' labels can be kept clear of each other. */
  readonly labels?: ReadonlyMap<string, string>;
  /** Nodes whose labels the picture needs (startups, big tech); the busiest nodes count too. */
  readonly main?: ReadonlySet<string>;
}
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

/**
 * Edges as [investor, target, amount or null]; amounts make big nodes claim more room. `centre` names
 * the nodes the picture is about (the two giants): after a free pass they are moved to the middle of
 * their component, side by side, pinned, and the rest settles around them again.
 */
export function bakeLayout(
  ids: readonly string[],
  edges: readonly Edge[],
  options: LayoutOptions = {},
): Map<string, { x: number; y: number }> {
  const { centre = [], labels = new Map<string, string>(), main: named = new Set<string>() } = options;
  const index = new Map(ids.map((id, i) => [id, i]));
  const links: Array<[number, number]> = [];
  const seen = new Set<string>();
  const amount = new Array<number>(ids.length).fill(0);
  const degree = new Array<number>(ids.length).fill(0);
  const deals = new Array<number>(ids.length).fill(0);
  for (const [source, target, value] of edges) {
    const s = index.get(source);
    const t = index.get(target);
    if (s === undefined || t === undefined) continue;
    deals[s] = (deals[s] ?? 0) + 1;
    deals[t] = (deals[t] ?? 0) + 1;
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
  const pinned = new Set(centre.map((id) => index.get(id)).filter((i): i is number => i !== undefined));
  const boxes = components.map((members) => layoutComponent(members, links, size, random, x, y, pinned));

  // Pack: the main component in the middle, the others in a column to its right, clear of it by a
  // gap, from the top down (sigma draws y upwards) and centred on the main one's height, each scaled
  // up to a readable share of the main one's width.
  const main = boxes[0];
  if (main) {
    const width = main.maxX - main.minX;
    const gap = 0.1 * width;
    const column = main.maxX + 2 * gap;
    const scales = components.map((members, c) => {
      const box = boxes[c];
      if (!box || c === 0) return 1;
      const extent = Math.max(box.maxX - box.minX, box.maxY - box.minY, 1e-9);
      return Math.max(1, (members.length > 2 ? 0.3 * width : 0.1 * width) / extent);
    });
    const height = boxes.reduce((sum, box, c) => (c === 0 ? sum : sum + (box.maxY - box.minY) * (scales[c] ?? 1) + gap), -gap);
    let cursorY = (main.minY + main.maxY) / 2 + height / 2;
    components.forEach((members, c) => {
      const box = boxes[c];
      if (!box || c === 0) return;
      const scale = scales[c] ?? 1;
      for (const i of members) {
        x[i] = column + ((x[i] ?? 0) - box.minX) * scale;
        y[i] = cursorY - (box.maxY - (y[i] ?? 0)) * scale;
      }
      cursorY -= (box.maxY - box.minY) * scale + gap;
    });
  }

  const labelled = ids.map((id, i) => named.has(id) || (degree[i] ?? 0) >= 2);
  // The app's radius (src/render/style.ts): area by amount, at least what the deal count gives.
  const radius = (i: number): number =>
    Math.min(22, Math.max(3 + 19 * Math.sqrt((amount[i] ?? 0) / maxAmount), 3 + 1.6 * Math.sqrt(Math.max(0, (deals[i] ?? 0) - 1))));
  separateLabels(x, y, radius, (i) => (labels.get(ids[i] ?? "") ?? "").length, labelled);

  const all = bounds(
    ids.map((_id, i) => i),
    x,
    y,
  );
  const scale = 2 / Math.max(all.maxX - all.minX, all.maxY - all.minY, 1e-9);
  const round = (value: number): number => Math.round(value * 1e4) / 1e4;
  const positions = new Map<string, { x: number; y: number }>();
  ids.forEach((id, i) => {
    positions.set(id, {
      x: round(((x[i] ?? 0) - (all.minX + all.maxX) / 2) * scale),
      y: round(((y[i] ?? 0) - (all.minY + all.maxY) / 2) * scale),
    });
  });
  return positions;
}

function layoutComponent(
  members: readonly number[],
  links: ReadonlyArray<[number, number]>,
  size: (i: number) => number,
  random: () => number,
  x: Float64Array,
  y: Float64Array,
  pinned: ReadonlySet<number>,
): Box {
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
    const anchors = members.map((node, k) => [node, k] as const).filter(([node]) => pinned.has(node));
    if (anchors.length > 0) {
      pinToCentre(
        nodes,
        members.length,
        anchors.map(([, k]) => k),
      );
      for (let k = 0; k < 1500; k++) iterate(SETTINGS, nodes, matrix);
    }
    const spaced = { ...SETTINGS, adjustSizes: true };
    for (let k = 0; k < 800; k++) iterate(spaced, nodes, matrix);
  }
  members.forEach((node, k) => {
    x[node] = nodes[k * PPN] ?? 0;
    y[node] = nodes[k * PPN + 1] ?? 0;
  });
  return bounds(members, x, y);
}

/**
 * Moves the anchors' midpoint to the component's centroid, keeping their direction from one another
 * but bringing them within reach (a quarter to two fifths of the median radius), and pins them.
 */
function pinToCentre(nodes: Float32Array, count: number, anchors: readonly number[]): void {
  const at = (k: number, axis: 0 | 1): number => nodes[k * PPN + axis] ?? 0;
  let cx = 0;
  let cy = 0;
  for (let k = 0; k < count; k++) {
    cx += at(k, 0) / count;
    cy += at(k, 1) / count;
  }
  const radii = Array.from({ length: count }, (_unused, k) => Math.hypot(at(k, 0) - cx, at(k, 1) - cy)).sort((a, b) => a - b);
  const radius = radii[Math.floor(count / 2)] ?? 1;
  const mx = anchors.reduce((sum, k) => sum + at(k, 0), 0) / anchors.length;
  const my = anchors.reduce((sum, k) => sum + at(k, 1), 0) / anchors.length;
  const spread = Math.max(...anchors.map((k) => Math.hypot(at(k, 0) - mx, at(k, 1) - my)), 1e-9);
  const stretch = Math.min(Math.max(spread, 0.25 * radius), 0.4 * radius) / spread;
  for (const k of anchors) {
    nodes[k * PPN] = cx + (at(k, 0) - mx) * stretch;
    nodes[k * PPN + 1] = cy + (at(k, 1) - my) * stretch;
    nodes[k * PPN + 9] = 1;
  }
}

/**
 * Pushes nodes apart until no two boxes overlap at the app's scale (a graph about 820 x 540 px, 13 px semibold
 * labels of up to 9 px a character at the right of the circle). Where a main node is involved both
 * boxes hold circle and label, so no label runs into a main node's label; two minor nodes only keep
 * their circles apart (the renderer's label grid shows one of them). Deterministic: fixed pair
 * order, a fixed number of passes; moves along the axis of least overlap.
 */
function separateLabels(
  x: Float64Array,
  y: Float64Array,
  radius: (i: number) => number,
  chars: (i: number) => number,
  main: readonly boolean[],
): void {
  const count = x.length;
  for (let pass = 0; pass < 600; pass++) {
    const box = bounds(
      Array.from({ length: count }, (_unused, i) => i),
      x,
      y,
    );
    const px = Math.min(820 / Math.max(box.maxX - box.minX, 1e-9), 540 / Math.max(box.maxY - box.minY, 1e-9));
    const rect = (i: number, labelled: boolean): [number, number, number, number] => {
      const r = radius(i);
      const cx = (x[i] ?? 0) * px;
      const cy = (y[i] ?? 0) * px;
      const half = labelled ? Math.max(r, 9) + 2 : r + 1;
      return [cx - r - 2, cx + r + (labelled ? 6 + 9 * chars(i) : 2), cy - half, cy + half];
    };
    let moved = false;
    for (let i = 0; i < count; i++) {
      for (let j = i + 1; j < count; j++) {
        const labelled = Boolean(main[i] || main[j]);
        const a = rect(i, labelled);
        const b = rect(j, labelled);
        const ox = Math.min(a[1], b[1]) - Math.max(a[0], b[0]);
        const oy = Math.min(a[3], b[3]) - Math.max(a[2], b[2]);
        if (ox <= 0 || oy <= 0) continue;
        moved = true;
        if (oy <= ox) {
          const sign = (y[j] ?? 0) > (y[i] ?? 0) || ((y[j] ?? 0) === (y[i] ?? 0) && j > i) ? 1 : -1;
          const step = (Math.min(oy, 6) / 2 + 0.25) / px;
          y[i] = (y[i] ?? 0) - sign * step;
          y[j] = (y[j] ?? 0) + sign * step;
        } else {
          const sign = (x[j] ?? 0) > (x[i] ?? 0) || ((x[j] ?? 0) === (x[i] ?? 0) && j > i) ? 1 : -1;
          const step = (Math.min(ox, 6) / 2 + 0.25) / px;
          x[i] = (x[i] ?? 0) - sign * step;
          x[j] = (x[j] ?? 0) + sign * step;
        }
      }
    }
    if (!moved) return;
  }
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
