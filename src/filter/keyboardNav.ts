// Moving through the graph by keyboard: the nearest visible node in a direction, a node's partners
// in order, the busiest node, and the counts the live region reads. Pure: positions come in as numbers.
import type { DealIndex } from "../model/dealIndex";
import type { VisibleSet } from "./visible";

export type Direction = "left" | "right" | "up" | "down";

/** A node's place in viewport coordinates (CSS px, y grows downwards). */
export interface NodePoint {
  readonly node: number;
  readonly x: number;
  readonly y: number;
}

const VECTORS: Readonly<Record<Direction, readonly [number, number]>> = { right: [1, 0], left: [-1, 0], up: [0, -1], down: [0, 1] };
/** Half-width of the cone searched around the direction. */
const CONE = Math.PI / 4;
/** A node at the cone's edge counts as this many times farther than one straight ahead. */
const EDGE_PENALTY = 2;

/**
 * The node nearest to `from` within ±45° of `direction`, distance weighted by the angle off the
 * axis (so a node straight ahead beats a slightly nearer one off to the side); null when none.
 */
export function nearestInDirection(from: NodePoint, direction: Direction, candidates: readonly NodePoint[]): number | null {
  const [ux, uy] = VECTORS[direction];
  let best: number | null = null;
  let bestScore = Infinity;
  for (const candidate of candidates) {
    if (candidate.node === from.node) continue;
    const dx = candidate.x - from.x;
    const dy = candidate.y - from.y;
    const distance = Math.hypot(dx, dy);
    if (distance === 0) continue;
    const angle = Math.acos(Math.max(-1, Math.min(1, (dx * ux + dy * uy) / distance)));
    if (angle > CONE + 1e-9) continue;
    const score = distance * (1 + (EDGE_PENALTY - 1) * (angle / CONE));
    if (score < bestScore || (score === bestScore && best !== null && candidate.node < best)) {
      best = candidate.node;
      bestScore = score;
    }
  }
  return best;
}

/** A partner of a node within the filters: how much and how many visible deals join them. */
export interface Partner {
  readonly node: number;
  readonly deals: number;
  /** Disclosed amount of the visible deals between the two (0 when all are undisclosed). */
  readonly amount: number;
}

/** The node's partners through visible deals, largest disclosed amount first, then most deals. */
export function partnersInOrder(index: DealIndex, visible: VisibleSet, node: number): Partner[] {
  const byNode = new Map<number, { deals: number; amount: number }>();
  for (let d = 0; d < index.count; d++) {
    if (!visible.dealVisible[d]) continue;
    const investor = index.investor[d] ?? -1;
    const target = index.target[d] ?? -1;
    if (investor !== node && target !== node) continue;
    const other = investor === node ? target : investor;
    if (other === node) continue;
    const entry = byNode.get(other) ?? { deals: 0, amount: 0 };
    entry.deals++;
    const amount = visible.dealAmount[d] ?? Number.NaN;
    if (!Number.isNaN(amount)) entry.amount += amount;
    byNode.set(other, entry);
  }
  return [...byNode]
    .map(([partner, { deals, amount }]) => ({ node: partner, deals, amount }))
    .sort((a, b) => b.amount - a.amount || b.deals - a.deals || a.node - b.node);
}

/** The visible node with the most visible deals (ties: larger amount, then data order); null when none. */
export function busiestNode(visible: VisibleSet): number | null {
  let best: number | null = null;
  for (let i = 0; i < visible.nodeDeals.length; i++) {
    const deals = visible.nodeDeals[i] ?? 0;
    if (deals === 0) continue;
    if (best === null) {
      best = i;
      continue;
    }
    const bestDeals = visible.nodeDeals[best] ?? 0;
    if (deals > bestDeals || (deals === bestDeals && (visible.nodeAmount[i] ?? 0) > (visible.nodeAmount[best] ?? 0))) best = i;
  }
  return best;
}

/** Visible deals of a node and how many of them have no disclosed amount. */
export function nodeDealCounts(index: DealIndex, visible: VisibleSet, node: number): { shown: number; undisclosed: number } {
  let shown = 0;
  let undisclosed = 0;
  for (let d = 0; d < index.count; d++) {
    if (!visible.dealVisible[d] || (index.investor[d] !== node && index.target[d] !== node)) continue;
    shown++;
    if (Number.isNaN(visible.dealAmount[d] ?? Number.NaN)) undisclosed++;
  }
  return { shown, undisclosed };
}
