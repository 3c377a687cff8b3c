// Seeded start positions for each part's core, and the picture assembled from the cores: each part
// scaled to one median link length, leaves placed, parts packed. Pure; reads the force arrays only.
import type { ForcePart } from "./force";
import type { GraphShape } from "./graphShape";
import { placeLeaves, type LeafGroups } from "./leaves";
import { lcg } from "./matrices";
import { packParts } from "./pack";

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** Seeded discs (shuffled phyllotaxis, so index order carries no shape), or `start` centred per part. */
export function startPositions(cores: readonly ForcePart[], x: Float64Array, y: Float64Array, seed: number, start?: Float32Array): void {
  const random = lcg(seed);
  for (const core of cores) {
    const members = core.members;
    if (start) {
      let cx = 0;
      let cy = 0;
      for (const i of members) {
        cx += start[2 * i] ?? 0;
        cy += start[2 * i + 1] ?? 0;
      }
      cx /= members.length || 1;
      cy /= members.length || 1;
      // A run stopped on a coarse level left merged nodes on one point, where no force parts them:
      // a nudge of a ten-thousandth of the part's reach does.
      let reach = 0;
      for (const i of members) reach = Math.max(reach, Math.abs((start[2 * i] ?? 0) - cx), Math.abs((start[2 * i + 1] ?? 0) - cy));
      const nudge = 1e-4 * (reach || 1);
      for (const i of members) {
        x[i] = (start[2 * i] ?? 0) - cx + (random() - 0.5) * nudge;
        y[i] = (start[2 * i + 1] ?? 0) - cy + (random() - 0.5) * nudge;
      }
      continue;
    }
    const slots = Array.from({ length: members.length }, (_unused, k) => k);
    for (let k = slots.length - 1; k > 0; k--) {
      const j = Math.floor(random() * (k + 1));
      [slots[k], slots[j]] = [slots[j] ?? 0, slots[k] ?? 0];
    }
    members.forEach((i, k) => {
      const slot = slots[k] ?? 0;
      const radius = 2 * Math.sqrt(slot + 0.5);
      x[i] = radius * Math.cos(slot * GOLDEN_ANGLE) + random() - 0.5;
      y[i] = radius * Math.sin(slot * GOLDEN_ANGLE) + random() - 0.5;
    });
  }
}

export interface AssembleInput {
  readonly shape: GraphShape;
  readonly parentOf: Int32Array;
  readonly groups: LeafGroups;
  readonly part: Uint32Array;
  readonly cores: readonly ForcePart[];
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly leafSpacing: number;
  readonly gap: number;
}

export function assemble(input: AssembleInput): Float32Array {
  const { shape, parentOf, groups, part, cores, x, y } = input;
  const count = shape.count;
  const lx = new Float64Array(count);
  const ly = new Float64Array(count);
  // The unit: the median core link of the largest part with core links; every part is scaled to it.
  const medians = cores.map((core) => medianLength(core.links, x, y));
  let unit = 1;
  let unitSize = 0;
  cores.forEach((core, p) => {
    const median = medians[p] ?? 0;
    if (median > 0 && core.members.length > unitSize) {
      unit = median;
      unitSize = core.members.length;
    }
  });
  cores.forEach((core, p) => {
    const median = medians[p] ?? 0;
    const scale = median > 0 ? unit / median : 1;
    let cx = 0;
    let cy = 0;
    for (const i of core.members) {
      cx += x[i] ?? 0;
      cy += y[i] ?? 0;
    }
    cx /= core.members.length || 1;
    cy /= core.members.length || 1;
    for (const i of core.members) {
      lx[i] = ((x[i] ?? 0) - cx) * scale;
      ly[i] = ((y[i] ?? 0) - cy) * scale;
    }
  });
  placeLeaves(shape, groups, parentOf, lx, ly, () => input.leafSpacing * unit);

  // Each part's bounding circle (around its box centre), then the packing.
  const partCount = cores.length;
  const minX = new Float64Array(partCount).fill(Infinity);
  const minY = new Float64Array(partCount).fill(Infinity);
  const maxX = new Float64Array(partCount).fill(-Infinity);
  const maxY = new Float64Array(partCount).fill(-Infinity);
  for (let i = 0; i < count; i++) {
    const p = part[i] ?? 0;
    minX[p] = Math.min(minX[p] ?? 0, lx[i] ?? 0);
    maxX[p] = Math.max(maxX[p] ?? 0, lx[i] ?? 0);
    minY[p] = Math.min(minY[p] ?? 0, ly[i] ?? 0);
    maxY[p] = Math.max(maxY[p] ?? 0, ly[i] ?? 0);
  }
  const radii = new Float64Array(partCount);
  for (let i = 0; i < count; i++) {
    const p = part[i] ?? 0;
    const dx = (lx[i] ?? 0) - ((minX[p] ?? 0) + (maxX[p] ?? 0)) / 2;
    const dy = (ly[i] ?? 0) - ((minY[p] ?? 0) + (maxY[p] ?? 0)) / 2;
    radii[p] = Math.max(radii[p] ?? 0, Math.sqrt(dx * dx + dy * dy));
  }
  spreadLargest(part, lx, ly, minX, minY, maxX, maxY, radii, input.gap * unit);
  const centres = packParts(radii, input.gap * unit);
  const positions = new Float32Array(2 * count);
  for (let i = 0; i < count; i++) {
    const p = part[i] ?? 0;
    positions[2 * i] = (lx[i] ?? 0) - ((minX[p] ?? 0) + (maxX[p] ?? 0)) / 2 + (centres[2 * p] ?? 0);
    positions[2 * i + 1] = (ly[i] ?? 0) - ((minY[p] ?? 0) + (maxY[p] ?? 0)) / 2 + (centres[2 * p + 1] ?? 0);
  }
  // One extent whatever the forces did: the seeded start's (a view following the run keeps its scale).
  let reach = 0;
  for (let k = 0; k < positions.length; k += 2) reach = Math.max(reach, Math.hypot(positions[k] ?? 0, positions[k + 1] ?? 0));
  const scale = reach > 0 ? (10 * Math.sqrt(count)) / reach : 1;
  for (let k = 0; k < positions.length; k++) positions[k] = (positions[k] ?? 0) * scale;
  return positions;
}

function medianLength(links: Uint32Array, x: Float64Array, y: Float64Array): number {
  const lengths = new Float64Array(links.length >> 1);
  for (let k = 0; k < lengths.length; k++) {
    const a = links[2 * k] ?? 0;
    const b = links[2 * k + 1] ?? 0;
    lengths[k] = Math.hypot((x[a] ?? 0) - (x[b] ?? 0), (y[a] ?? 0) - (y[b] ?? 0));
  }
  if (lengths.length === 0) return 0;
  lengths.sort();
  return lengths[lengths.length >> 1] ?? 0;
}

/**
 * Gives the largest part as much room per node as the others get: at one median link per link, a
 * 27,000-node part is a blob a tenth as wide as the rings of small parts around it. Scales it about
 * its box centre (its shape, and so its neighbourhoods, unchanged) and updates its box and radius.
 */
function spreadLargest(
  part: Uint32Array,
  lx: Float64Array,
  ly: Float64Array,
  minX: Float64Array,
  minY: Float64Array,
  maxX: Float64Array,
  maxY: Float64Array,
  radii: Float64Array,
  gap: number,
): void {
  const partCount = radii.length;
  if (partCount < 2) return;
  const nodes = new Uint32Array(partCount);
  for (let i = 0; i < part.length; i++) nodes[part[i] ?? 0] = (nodes[part[i] ?? 0] ?? 0) + 1;
  let largest = 0;
  for (let p = 1; p < partCount; p++) if ((nodes[p] ?? 0) > (nodes[largest] ?? 0)) largest = p;
  let otherArea = 0;
  let otherNodes = 0;
  for (let p = 0; p < partCount; p++) {
    if (p === largest) continue;
    otherArea += Math.PI * ((radii[p] ?? 0) + gap / 2) ** 2;
    otherNodes += nodes[p] ?? 0;
  }
  const radius = radii[largest] ?? 0;
  if (otherNodes === 0 || radius === 0) return;
  const wanted = Math.sqrt((otherArea * (nodes[largest] ?? 0)) / otherNodes / Math.PI);
  const factor = wanted / radius;
  if (!(factor > 1)) return;
  const cx = ((minX[largest] ?? 0) + (maxX[largest] ?? 0)) / 2;
  const cy = ((minY[largest] ?? 0) + (maxY[largest] ?? 0)) / 2;
  for (let i = 0; i < part.length; i++) {
    if (part[i] !== largest) continue;
    lx[i] = cx + ((lx[i] ?? 0) - cx) * factor;
    ly[i] = cy + ((ly[i] ?? 0) - cy) * factor;
  }
  minX[largest] = cx + ((minX[largest] ?? 0) - cx) * factor;
  maxX[largest] = cx + ((maxX[largest] ?? 0) - cx) * factor;
  minY[largest] = cy + ((minY[largest] ?? 0) - cy) * factor;
  maxY[largest] = cy + ((maxY[largest] ?? 0) - cy) * factor;
  radii[largest] = wanted;
}
