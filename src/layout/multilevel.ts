// A big part's core laid out through its coarsening hierarchy: the coarsest level from a seeded disc,
// then each finer level from its merged nodes' places (spread by the area they need, jittered apart)
// with a few force steps, the finest in the caller's arrays. One unit of work is one force step.
import { hierarchy, type CoarseLevel } from "./coarsen";
import { forceArrays, forcePart, forceStep, type ForceArrays, type ForcePart, type ForceSettings } from "./force";
import { degreeOf, graphShape } from "./graphShape";
import { lcg } from "./matrices";

export interface LevelSteps {
  /** Force steps at the coarsest level, at each level between, and at the finest (the core itself). */
  readonly coarsest: number;
  readonly between: number;
  readonly finest: number;
  /** Coarsening stops at this many nodes. */
  readonly smallest: number;
}

export const DEFAULT_LEVEL_STEPS: LevelSteps = { coarsest: 300, between: 40, finest: 50, smallest: 100 };

export interface MultilevelRun {
  /** Force steps over all levels, and their cost in node-steps. */
  readonly total: number;
  readonly cost: number;
  /** Node-steps done so far. */
  spent(): number;
  /** One force step at the current level; false once the finest level is done. */
  step(): boolean;
  /** Writes the current level's picture onto the core's nodes in the caller's arrays (a no-op at the finest). */
  project(): void;
}

interface Level {
  readonly arrays: ForceArrays;
  readonly part: ForcePart;
  readonly steps: number;
  /** Each node's node one level coarser (absent at the coarsest). */
  readonly up?: Uint32Array;
}

export function multilevelRun(core: ForcePart, arrays: ForceArrays, force: ForceSettings, steps: LevelSteps, seed: number): MultilevelRun {
  const members = core.members;
  const n = members.length;
  const local = new Map<number, number>();
  members.forEach((node, k) => local.set(node, k));
  const links = core.links.map((node) => local.get(node) ?? 0);
  const coarse = hierarchy(n, links, steps.smallest, seed);
  // levels[0] is the finest (the caller's arrays); levels[l] for l >= 1 has arrays of its own.
  const levels: Level[] = [{ arrays, part: core, steps: steps.finest, ...(coarse[0] ? { up: coarse[0].up } : {}) }];
  coarse.forEach((level, l) => levels.push(ownLevel(level, coarse[l + 1]?.up, l === coarse.length - 1 ? steps.coarsest : steps.between)));
  if (levels.length === 1) levels[0] = { arrays, part: core, steps: steps.coarsest };
  const random = lcg(seed);
  let at = levels.length - 1;
  const top = levels[at];
  if (top && at > 0) disc(top, random);
  let done = 0;
  let stepAt = 0;
  let spent = 0;
  const total = levels.reduce((sum, level) => sum + level.steps, 0);

  return {
    total,
    cost: levels.reduce((sum, level) => sum + level.steps * level.part.members.length, 0),
    spent: () => spent,
    step() {
      const level = levels[at];
      if (!level || done >= total) return false;
      if (stepAt < level.steps) forceStep(level.part, level.arrays, force);
      stepAt++;
      done++;
      spent += level.part.members.length;
      if (stepAt >= level.steps && at > 0) {
        const finer = levels[at - 1];
        if (finer) prolong(level, finer, random);
        at--;
        stepAt = 0;
      }
      return done < total;
    },
    project() {
      if (at === 0) return;
      const source = levels[at];
      if (!source) return;
      for (let k = 0; k < n; k++) {
        let c = k;
        for (let l = 0; l < at; l++) c = levels[l]?.up?.[c] ?? 0;
        const node = members[k] ?? 0;
        arrays.x[node] = source.arrays.x[c] ?? 0;
        arrays.y[node] = source.arrays.y[c] ?? 0;
      }
    },
  };
}

function ownLevel(level: CoarseLevel, up: Uint32Array | undefined, steps: number): Level {
  const arrays = forceArrays(level.count);
  const shape = graphShape(level.count, level.links);
  for (let i = 0; i < level.count; i++) arrays.mass[i] = 1 + degreeOf(shape, i);
  const part = forcePart(
    Uint32Array.from({ length: level.count }, (_unused, i) => i),
    level.links,
  );
  return { arrays, part, steps, ...(up ? { up } : {}) };
}

function disc(level: Level, random: () => number): void {
  const { x, y } = level.arrays;
  const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
  level.part.members.forEach((i, k) => {
    const radius = 2 * Math.sqrt(k + 0.5);
    x[i] = radius * Math.cos(k * GOLDEN_ANGLE) + random() - 0.5;
    y[i] = radius * Math.sin(k * GOLDEN_ANGLE) + random() - 0.5;
  });
}

/** Each finer node at its coarse node's place, the picture spread by the square root of the node ratio, jittered. */
function prolong(coarse: Level, finer: Level, random: () => number): void {
  const up = finer.up;
  if (!up) return;
  const cx = coarse.arrays.x;
  const cy = coarse.arrays.y;
  const spread = Math.sqrt(finer.part.members.length / Math.max(1, coarse.part.members.length));
  const jitter = 0.25 * medianLink(coarse) * spread;
  finer.part.members.forEach((node, k) => {
    const c = up[k] ?? 0;
    finer.arrays.x[node] = (cx[c] ?? 0) * spread + (random() - 0.5) * jitter;
    finer.arrays.y[node] = (cy[c] ?? 0) * spread + (random() - 0.5) * jitter;
  });
  finer.part.speed = 1;
  finer.part.speedEfficiency = 1;
}

function medianLink(level: Level): number {
  const { links } = level.part;
  const { x, y } = level.arrays;
  const lengths = new Float64Array(links.length >> 1);
  for (let k = 0; k < lengths.length; k++) {
    const a = links[2 * k] ?? 0;
    const b = links[2 * k + 1] ?? 0;
    lengths[k] = Math.hypot((x[a] ?? 0) - (x[b] ?? 0), (y[a] ?? 0) - (y[b] ?? 0));
  }
  lengths.sort();
  return lengths[lengths.length >> 1] ?? 1;
}
