// The layout of a whole network, step by step: separate parts found, single-link leaves set aside,
// each part's core laid out by ForceAtlas2 (largest first), then leaves placed around their one
// neighbour and parts packed around the largest. Seeded and deterministic; no DOM, no timers.
import { DEFAULT_FORCE, forceArrays, forcePart, forceStep, type ForcePart, type ForceSettings } from "./force";
import { graphShape, leavesOf, partsOf, type GraphShape, type LinkPairs } from "./graphShape";
import { assemble, startPositions } from "./assemble";
import { leafGroups } from "./leaves";

export interface EngineSettings {
  readonly force: ForceSettings;
  /** Force steps for a core of n nodes. */
  readonly iterations: (n: number) => number;
  /** Leaves' distance from their neighbour, in median core links. */
  readonly leafSpacing: number;
  /** Space between packed parts, in median core links. */
  readonly gap: number;
}

export const DEFAULT_ENGINE: EngineSettings = {
  force: { ...DEFAULT_FORCE, linLog: true },
  iterations: (n) => (n <= 2 ? 0 : n <= 48 ? 120 : 300),
  leafSpacing: 0.12,
  gap: 1,
};

export interface LayoutRunOptions {
  readonly count: number;
  readonly links: LinkPairs;
  readonly seed?: number;
  /** Continue from these positions (x, y per node) instead of a seeded start. */
  readonly start?: Float32Array;
  readonly settings?: Partial<EngineSettings>;
}

export interface LayoutRun {
  /** Work units done and in all (one unit: one force step of a big core, or a batch of small parts). */
  readonly done: number;
  readonly total: number;
  /** Does one unit of work; false once everything is done. */
  step(): boolean;
  /** Every node's x, y now: cores as they are, leaves placed, parts packed. */
  positions(): Float32Array;
}

/** Small parts laid out per unit of work. */
const SMALL_BATCH = 40;
const BIG_CORE = 48;

export function createLayoutRun(options: LayoutRunOptions): LayoutRun {
  const settings: EngineSettings = { ...DEFAULT_ENGINE, ...options.settings };
  const shape = graphShape(options.count, options.links);
  const parentOf = leavesOf(shape);
  const groups = leafGroups(parentOf);
  const { part, count: partCount } = partsOf(shape);
  const arrays = forceArrays(shape.count);
  const cores = coresOf(shape, parentOf, part, partCount);
  for (let i = 0; i < shape.count; i++) arrays.mass[i] = 1 + ((shape.offsets[i + 1] ?? 0) - (shape.offsets[i] ?? 0));
  startPositions(cores, arrays.x, arrays.y, options.seed ?? 42, options.start);

  // Work: big cores one step at a time (largest first), then small parts in batches.
  const order = Array.from({ length: partCount }, (_unused, p) => p).sort(
    (a, b) => (cores[b]?.members.length ?? 0) - (cores[a]?.members.length ?? 0) || a - b,
  );
  const big = order.filter((p) => (cores[p]?.members.length ?? 0) > BIG_CORE);
  const small = order.filter((p) => (cores[p]?.members.length ?? 0) <= BIG_CORE);
  const steps = big.map((p) => settings.iterations(cores[p]?.members.length ?? 0));
  const total = steps.reduce((sum, n) => sum + n, 0) + Math.ceil(small.length / SMALL_BATCH);
  let done = 0;
  let bigAt = 0;
  let bigStep = 0;
  let smallAt = 0;

  return {
    get done() {
      return done;
    },
    total,
    step() {
      if (done >= total) return false;
      if (bigAt < big.length) {
        const core = cores[big[bigAt] ?? 0];
        if (core && bigStep < (steps[bigAt] ?? 0)) forceStep(core, arrays, settings.force);
        bigStep++;
        if (bigStep >= (steps[bigAt] ?? 0)) {
          bigAt++;
          bigStep = 0;
        }
      } else {
        for (const p of small.slice(smallAt, smallAt + SMALL_BATCH)) {
          const core = cores[p];
          if (!core) continue;
          const n = settings.iterations(core.members.length);
          for (let k = 0; k < n; k++) forceStep(core, arrays, settings.force);
        }
        smallAt += SMALL_BATCH;
      }
      done++;
      return done < total;
    },
    positions: () =>
      assemble({ shape, parentOf, groups, part, cores, x: arrays.x, y: arrays.y, leafSpacing: settings.leafSpacing, gap: settings.gap }),
  };
}

/** Each part's core nodes and core links. */
function coresOf(shape: GraphShape, parentOf: Int32Array, part: Uint32Array, partCount: number): ForcePart[] {
  const memberCount = new Uint32Array(partCount);
  const linkCount = new Uint32Array(partCount);
  for (let i = 0; i < shape.count; i++) {
    if ((parentOf[i] ?? -1) >= 0) continue;
    const p = part[i] ?? 0;
    memberCount[p] = (memberCount[p] ?? 0) + 1;
    for (let j = shape.offsets[i] ?? 0; j < (shape.offsets[i + 1] ?? 0); j++) {
      const q = shape.neighbours[j] ?? 0;
      if (q > i && (parentOf[q] ?? -1) < 0) linkCount[p] = (linkCount[p] ?? 0) + 1;
    }
  }
  const members = Array.from(memberCount, (n) => new Uint32Array(n));
  const links = Array.from(linkCount, (n) => new Uint32Array(2 * n));
  const memberFill = new Uint32Array(partCount);
  const linkFill = new Uint32Array(partCount);
  for (let i = 0; i < shape.count; i++) {
    if ((parentOf[i] ?? -1) >= 0) continue;
    const p = part[i] ?? 0;
    const list = members[p];
    const at = memberFill[p] ?? 0;
    if (list) list[at] = i;
    memberFill[p] = at + 1;
    for (let j = shape.offsets[i] ?? 0; j < (shape.offsets[i + 1] ?? 0); j++) {
      const q = shape.neighbours[j] ?? 0;
      const pairs = links[p];
      if (q <= i || (parentOf[q] ?? -1) >= 0 || !pairs) continue;
      const slot = linkFill[p] ?? 0;
      pairs[slot] = i;
      pairs[slot + 1] = q;
      linkFill[p] = slot + 2;
    }
  }
  return members.map((list, p) => forcePart(list, links[p] ?? new Uint32Array(0)));
}
