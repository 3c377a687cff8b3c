// One ForceAtlas2 step (Jacomy et al. 2014: degree-mass repulsion, linear or LinLog attraction,
// gravity, adaptive global speed) over one part's nodes, in place in the caller's arrays. Repulsion
// is exact for small parts and Barnes-Hut above EXACT_LIMIT. No graph library; no allocation per step.
import { BarnesHut } from "./barnesHut";

export interface ForceSettings {
  readonly scalingRatio: number;
  readonly gravity: number;
  readonly strongGravity: boolean;
  readonly linLog: boolean;
  /** Attraction divided by the source's mass: hubs pushed to the edge of their neighbourhood. */
  readonly outboundAttractionDistribution: boolean;
  readonly theta: number;
}

export const DEFAULT_FORCE: ForceSettings = {
  scalingRatio: 2,
  gravity: 1,
  strongGravity: false,
  linLog: false,
  outboundAttractionDistribution: false,
  theta: 1.2,
};

/** Parts up to this many nodes get exact repulsion (n^2 is cheaper than a tree here). */
const EXACT_LIMIT = 48;

/** Positions, masses and force buffers of every node (index = node index), shared by all parts. */
export interface ForceArrays {
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly mass: Float64Array;
  readonly fx: Float64Array;
  readonly fy: Float64Array;
  readonly oldFx: Float64Array;
  readonly oldFy: Float64Array;
}

export function forceArrays(count: number): ForceArrays {
  const make = (): Float64Array => new Float64Array(count);
  return { x: make(), y: make(), mass: make(), fx: make(), fy: make(), oldFx: make(), oldFy: make() };
}

/** One part being laid out: its nodes, its links as node pairs, and the adaptive speed. */
export interface ForcePart {
  readonly members: Uint32Array;
  readonly links: Uint32Array;
  speed: number;
  speedEfficiency: number;
}

export function forcePart(members: Uint32Array, links: Uint32Array): ForcePart {
  return { members, links, speed: 1, speedEfficiency: 1 };
}

const tree = new BarnesHut();

export function forceStep(part: ForcePart, arrays: ForceArrays, settings: ForceSettings): void {
  const { members, links } = part;
  const { x, y, mass, fx, fy, oldFx, oldFy } = arrays;
  for (const i of members) {
    oldFx[i] = fx[i] ?? 0;
    oldFy[i] = fy[i] ?? 0;
    fx[i] = 0;
    fy[i] = 0;
  }
  const kr = settings.scalingRatio;
  if (members.length > EXACT_LIMIT) {
    tree.build(members, x, y, mass);
    tree.repel(members, x, y, mass, fx, fy, kr, settings.theta);
  } else repelExactly(members, arrays, kr);

  // Gravity towards the part's centre of mass (each part is laid out in its own frame).
  let cx = 0;
  let cy = 0;
  let total = 0;
  for (const i of members) {
    const m = mass[i] ?? 0;
    cx += m * (x[i] ?? 0);
    cy += m * (y[i] ?? 0);
    total += m;
  }
  cx /= total || 1;
  cy /= total || 1;
  for (const i of members) {
    const dx = (x[i] ?? 0) - cx;
    const dy = (y[i] ?? 0) - cy;
    const distance = Math.sqrt(dx * dx + dy * dy);
    if (distance === 0) continue;
    const factor = settings.strongGravity ? kr * (mass[i] ?? 0) * settings.gravity : (kr * (mass[i] ?? 0) * settings.gravity) / distance;
    fx[i] = (fx[i] ?? 0) - dx * factor;
    fy[i] = (fy[i] ?? 0) - dy * factor;
  }

  for (let k = 0; k + 1 < links.length; k += 2) {
    const a = links[k] ?? 0;
    const b = links[k + 1] ?? 0;
    const dx = (x[a] ?? 0) - (x[b] ?? 0);
    const dy = (y[a] ?? 0) - (y[b] ?? 0);
    let factor = 1;
    if (settings.linLog) {
      const distance = Math.sqrt(dx * dx + dy * dy);
      if (distance === 0) continue;
      factor = Math.log(1 + distance) / distance;
    }
    if (settings.outboundAttractionDistribution) factor /= mass[a] ?? 1;
    fx[a] = (fx[a] ?? 0) - dx * factor;
    fy[a] = (fy[a] ?? 0) - dy * factor;
    fx[b] = (fx[b] ?? 0) + dx * factor;
    fy[b] = (fy[b] ?? 0) + dy * factor;
  }
  move(part, arrays);
}

function repelExactly(members: Uint32Array, arrays: ForceArrays, kr: number): void {
  const { x, y, mass, fx, fy } = arrays;
  for (let p = 0; p < members.length; p++) {
    const i = members[p] ?? 0;
    for (let q = p + 1; q < members.length; q++) {
      const j = members[q] ?? 0;
      const dx = (x[i] ?? 0) - (x[j] ?? 0);
      const dy = (y[i] ?? 0) - (y[j] ?? 0);
      const d2 = dx * dx + dy * dy;
      if (d2 === 0) continue;
      const f = (kr * (mass[i] ?? 0) * (mass[j] ?? 0)) / d2;
      fx[i] = (fx[i] ?? 0) + dx * f;
      fy[i] = (fy[i] ?? 0) + dy * f;
      fx[j] = (fx[j] ?? 0) - dx * f;
      fy[j] = (fy[j] ?? 0) - dy * f;
    }
  }
}

/** Gephi's adaptive speed: swinging (oscillation) against traction (steady pull) sets one global speed. */
function move(part: ForcePart, arrays: ForceArrays): void {
  const { members } = part;
  const { x, y, mass, fx, fy, oldFx, oldFy } = arrays;
  let swinging = 0;
  let traction = 0;
  for (const i of members) {
    const m = mass[i] ?? 0;
    const sx = (fx[i] ?? 0) - (oldFx[i] ?? 0);
    const sy = (fy[i] ?? 0) - (oldFy[i] ?? 0);
    const tx = (fx[i] ?? 0) + (oldFx[i] ?? 0);
    const ty = (fy[i] ?? 0) + (oldFy[i] ?? 0);
    swinging += m * Math.sqrt(sx * sx + sy * sy);
    traction += 0.5 * m * Math.sqrt(tx * tx + ty * ty);
  }
  const n = members.length;
  const estimated = 0.05 * Math.sqrt(n);
  let jitter = Math.max(Math.sqrt(estimated), Math.min(10, (estimated * traction) / (n * n)));
  if (traction > 0 && swinging / traction > 2) {
    if (part.speedEfficiency > 0.05) part.speedEfficiency *= 0.5;
    jitter = Math.max(jitter, 1);
  }
  const target = swinging > 0 ? (jitter * part.speedEfficiency * traction) / swinging : part.speed;
  if (swinging > jitter * traction) {
    if (part.speedEfficiency > 0.05) part.speedEfficiency *= 0.7;
  } else if (part.speed < 1000) part.speedEfficiency *= 1.3;
  part.speed += Math.min(target - part.speed, 0.5 * part.speed);
  for (const i of members) {
    const m = mass[i] ?? 0;
    const sx = (fx[i] ?? 0) - (oldFx[i] ?? 0);
    const sy = (fy[i] ?? 0) - (oldFy[i] ?? 0);
    const nodeSwinging = m * Math.sqrt(sx * sx + sy * sy);
    const factor = part.speed / (1 + Math.sqrt(part.speed * nodeSwinging));
    x[i] = (x[i] ?? 0) + (fx[i] ?? 0) * factor;
    y[i] = (y[i] ?? 0) + (fy[i] ?? 0) * factor;
  }
}
