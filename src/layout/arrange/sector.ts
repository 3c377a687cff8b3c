// Startups grouped by sector (a disc each, "other" for none) on a circle sized by membership; an
// investor funding one sector rings that disc, one funding several sits at the weighted centre of
// theirs (inside the circle). Pure: positions from the model.
import type { Model } from "../../model/model";
import { dealCounts, pairEnds, spiral } from "./pairs";
import { emptyPlacement, type Mark, type Placement } from "./types";

const SPACING = 2;
const GAP = 3;

/** The sector key of a node: its trimmed sector, or null ("other"). */
export function sectorOf(sector: string | undefined): string | null {
  const trimmed = sector?.trim();
  return trimmed ? trimmed : null;
}

export function bySector(model: Model): Placement {
  const { nodes } = model.dataset;
  const count = nodes.length;
  const deals = dealCounts(model.index, count);
  const ends = pairEnds(model.index);
  const { x, y } = emptyPlacement(count);

  // Groups of startups, largest first, "other" last; a Map keyed by data strings.
  const groupOf = new Int32Array(count).fill(-1);
  const groups: Array<{ key: string | null; startups: number[]; loyal: number[]; cx: number; cy: number; radius: number }> = [];
  const byKey = new Map<string | null, number>();
  nodes.forEach((node, i) => {
    if (node.kind !== "startup") return;
    const key = sectorOf(node.sector);
    let g = byKey.get(key);
    if (g === undefined) {
      g = groups.push({ key, startups: [], loyal: [], cx: 0, cy: 0, radius: 0 }) - 1;
      byKey.set(key, g);
    }
    groups[g]?.startups.push(i);
    groupOf[i] = g;
  });
  const order = groups
    .map((_group, g) => g)
    .sort((a, b) => {
      const ga = groups[a];
      const gb = groups[b];
      if (!ga || !gb) return 0;
      if ((ga.key === null) !== (gb.key === null)) return ga.key === null ? 1 : -1;
      return gb.startups.length - ga.startups.length || String(ga.key).localeCompare(String(gb.key));
    });

  // Each investor's deals per group.
  const weights = new Map<number, Map<number, number>>();
  for (let p = 0; p < ends.source.length; p++) {
    const investor = ends.source[p] ?? 0;
    const g = groupOf[ends.target[p] ?? 0] ?? -1;
    if (g < 0 || nodes[investor]?.kind === "startup") continue;
    let own = weights.get(investor);
    if (!own) weights.set(investor, (own = new Map<number, number>()));
    own.set(g, (own.get(g) ?? 0) + (ends.deals[p] ?? 0));
  }
  const spread: number[] = [];
  const loose: number[] = [];
  nodes.forEach((node, i) => {
    if (node.kind === "startup") return;
    const own = weights.get(i);
    if (!own) loose.push(i);
    else if (own.size === 1) groups[own.keys().next().value ?? 0]?.loyal.push(i);
    else spread.push(i);
  });

  for (const group of groups) {
    group.startups.sort((a, b) => (deals[b] ?? 0) - (deals[a] ?? 0) || a - b);
    group.loyal.sort((a, b) => (deals[b] ?? 0) - (deals[a] ?? 0) || a - b);
    group.radius = SPACING * Math.sqrt(group.startups.length + group.loyal.length) + SPACING;
  }
  // Groups around a circle, each taking an arc as long as its diameter; the middle holds the
  // investors of several sectors, so the circle is at least wide enough for them.
  const hub = SPACING * Math.sqrt(spread.length + 1) + GAP;
  const circumference = order.reduce((sum, g) => sum + 2 * (groups[g]?.radius ?? 0) + GAP, 0);
  const largest = groups[order[0] ?? 0]?.radius ?? 0;
  const ring = order.length === 1 ? 0 : Math.max(circumference / (2 * Math.PI), largest + hub);
  let along = 0;
  for (const g of order) {
    const group = groups[g];
    if (!group) continue;
    const angle = Math.PI / 2 - ((along + group.radius + GAP / 2) / circumference) * 2 * Math.PI;
    along += 2 * group.radius + GAP;
    group.cx = ring * Math.cos(angle);
    group.cy = ring * Math.sin(angle);
    // One spiral: the busiest startups in the middle, the sector's own investors around them.
    [...group.startups, ...group.loyal].forEach((node, i) => {
      const { dx, dy } = spiral(i, SPACING);
      x[node] = group.cx + dx;
      y[node] = group.cy + dy;
    });
  }

  // Investors of several sectors: at the deal-weighted centre of their groups, spread where they meet.
  const cells = new Map<string, number>();
  for (const investor of spread.sort((a, b) => (deals[b] ?? 0) - (deals[a] ?? 0) || a - b)) {
    let sx = 0;
    let sy = 0;
    let total = 0;
    for (const [g, weight] of weights.get(investor) ?? []) {
      sx += (groups[g]?.cx ?? 0) * weight;
      sy += (groups[g]?.cy ?? 0) * weight;
      total += weight;
    }
    const cx = sx / total;
    const cy = sy / total;
    const cell = `${Math.round(cx / (SPACING * 3))},${Math.round(cy / (SPACING * 3))}`;
    const seen = cells.get(cell) ?? 0;
    cells.set(cell, seen + 1);
    const { dx, dy } = spiral(seen, SPACING);
    x[investor] = cx + dx;
    y[investor] = cy + dy;
  }
  // Investors with no startup at all (they back only other investors): a row below the circle.
  const bottom = -ring - largest - GAP * 2;
  loose.forEach((investor, i) => {
    x[investor] = (i - (loose.length - 1) / 2) * SPACING * 1.5;
    y[investor] = bottom;
  });

  const marks: Mark[] = order.map((g) => {
    const group = groups[g];
    return {
      kind: "text",
      text: group?.key ?? { word: "other" },
      count: group?.startups.length ?? 0,
      x: group?.cx ?? 0,
      y: (group?.cy ?? 0) + (group?.radius ?? 0) + SPACING * 0.6,
      align: "center",
    } as const;
  });
  return { x, y, marks };
}
