// The layout of a whole network, step by step: separate parts found, single-link leaves set aside,
// each part's core laid out by ForceAtlas2 (largest first), then leaves placed around their one
// neighbour and parts packed around the largest. Seeded and deterministic; no DOM, no timers.
import { DEFAULT_FORCE, forceArrays, forcePart, forceStep, type ForceArrays, type ForcePart, type ForceSettings } from "./force";
import { graphShape, leavesOf, partsOf, type GraphShape, type LinkPairs } from "./graphShape";
import { assemble, startPositions } from "./assemble";
import { leafGroups } from "./leaves";
import { DEFAULT_LEVEL_STEPS, multilevelRun, type LevelSteps } from "./multilevel";

export interface EngineSettings {
  readonly force: ForceSettings;
  /** Force steps for a core of n nodes. */
  readonly iterations: (n: number) => number;
  /** Leaves' distance from their neighbour, in median core links. */
  readonly leafSpacing: number;
  /** Space between packed parts, in median core links. */
  readonly gap: number;
  /** Cores of at least this many nodes, laid out from scratch, go through a coarsening hierarchy. */
  readonly multilevelFrom: number;
  readonly levelSteps: LevelSteps;
}

export const DEFAULT_ENGINE: EngineSettings = {
  force: { ...DEFAULT_FORCE, linLog: true },
  iterations: (n) => (n <= 2 ? 0 : n <= 48 ? 120 : 300),
  leafSpacing: 0.12,
  gap: 1,
  multilevelFrom: 1000,
  levelSteps: DEFAULT_LEVEL_STEPS,
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
  /** Work done and in all, in node-steps (one force step of one node): their ratio is the progress. */
  readonly done: number;
  readonly total: number;
  /** Does one unit of work (a force step of a big core, or a batch of small parts); false once everything is done. */
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
  const runs = big
    .map((p, k) => bigRun(cores[p], arrays, settings, options.start === undefined, (options.seed ?? 42) + k))
    .filter((run) => run.total > 0);
  // Work counted in node-steps, so progress moves as time does (a coarse level's step is cheap).
  const smallCost = (p: number): number => {
    const n = cores[p]?.members.length ?? 0;
    return 1 + n * settings.iterations(n);
  };
  const total = runs.reduce((sum, run) => sum + run.cost, 0) + small.reduce((sum, p) => sum + smallCost(p), 0);
  let smallDone = 0;
  let bigAt = 0;
  let smallAt = 0;

  return {
    get done() {
      return runs.reduce((sum, run) => sum + run.spent(), smallDone);
    },
    total,
    step() {
      if (bigAt < runs.length) {
        if (!runs[bigAt]?.step()) bigAt++;
      } else if (smallAt < small.length) {
        for (const p of small.slice(smallAt, smallAt + SMALL_BATCH)) {
          const core = cores[p];
          smallDone += smallCost(p);
          if (!core) continue;
          const n = settings.iterations(core.members.length);
          for (let k = 0; k < n; k++) forceStep(core, arrays, settings.force);
        }
        smallAt += SMALL_BATCH;
      }
      return bigAt < runs.length || smallAt < small.length;
    },
    positions: () => {
      runs[bigAt]?.project();
      return assemble({
        shape,
        parentOf,
        groups,
        part,
        cores,
        x: arrays.x,
        y: arrays.y,
        leafSpacing: settings.leafSpacing,
        gap: settings.gap,
      });
    },
  };
}

export interface BigRun {
  /** Force steps, and their cost in node-steps. */
  readonly total: number;
  readonly cost: number;
  /** One step; false once all are done. */
  step(): boolean;
  /** Node-steps done so far. */
  spent(): number;
  project(): void;
}

/** A big core's steps: through the coarsening hierarchy from scratch, or plain force steps to continue. */
function bigRun(core: ForcePart | undefined, arrays: ForceArrays, settings: EngineSettings, fresh: boolean, seed: number): BigRun {
  if (!core) return { total: 0, cost: 0, step: () => false, spent: () => 0, project: () => undefined };
  if (fresh && core.members.length >= settings.multilevelFrom)
    return multilevelRun(core, arrays, settings.force, settings.levelSteps, seed);
  // Going on from a picture: a big core's refinement, not a whole run again.
  const total = core.members.length >= settings.multilevelFrom ? 2 * settings.levelSteps.finest : settings.iterations(core.members.length);
  const n = core.members.length;
  let done = 0;
  return {
    total,
    cost: total * n,
    step() {
      if (done < total) forceStep(core, arrays, settings.force);
      done = Math.min(total, done + 1);
      return done < total;
    },
    spent: () => done * n,
    project: () => undefined,
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
