// Follows a running layout on screen: moved nodes are rewritten in sigma's buffers a slice per
// frame, within a time budget, and the camera keeps the growing picture in view.
// Must not: re-index (label grid, every edge) while the layout runs; that is one re-index at the end.
import type Sigma from "sigma";
import type { EdgeAttributes, NodeAttributes } from "../model/graph";
import { setDrawing } from "./flatPrograms";

/** Main-thread time per frame spent on moving nodes; a long task starts at 50 ms. */
export const FOLLOW_BUDGET_MS = 12;
/** Nodes per partial refresh between two looks at the clock. */
const SLICE = 500;
/**
 * Layers with nothing to show while the layout runs. sigma clears every WebGL layer each frame, and
 * a compositor without GPU reads each visible one back, waiting on the rasteriser: hidden, they cost nothing.
 */
const IDLE_LAYERS = ["edges", "edgeLabels", "hoverNodes", "hovers"] as const;

/**
 * The two steps of sigma's partial refresh (`refresh({ partialGraph, skipIndexation })`) without
 * its render: a sweep writes every node's slot in slices over several frames and draws once at the
 * end. A render per slice drew the picture ~20 times per sweep, each frame waiting ~0.3 s on
 * software WebGL (docs/decisions.md).
 */
interface SigmaInternals {
  updateNode(key: string): void;
  addNodeToProgram(key: string, nodeIndex: number, programIndex: number): void;
  readonly nodeIndices: Readonly<Record<string, number>>;
  readonly nodeProgramIndex: Readonly<Record<string, number>>;
}

function rewriteNodes(sigma: Sigma<NodeAttributes, EdgeAttributes>, keys: readonly string[]): void {
  const internals = sigma as unknown as SigmaInternals;
  for (const key of keys) {
    internals.updateNode(key);
    const programIndex = internals.nodeProgramIndex[key];
    const nodeIndex = internals.nodeIndices[key];
    if (programIndex !== undefined && nodeIndex !== undefined) internals.addNodeToProgram(key, nodeIndex, programIndex);
  }
}

export interface LayoutFollower {
  /** The layout wrote new positions into the graph's attributes (without graph events). */
  positionsChanged(): void;
  /** Stops following; pending slices are dropped (the caller re-indexes and brings links back: afterLayout). */
  stop(): void;
}

export function followLayout(
  sigma: Sigma<NodeAttributes, EdgeAttributes>,
  nodeKeys: readonly string[],
  budgetMs = FOLLOW_BUDGET_MS,
): LayoutFollower {
  /** Next node to rewrite, and how many are left in the current sweep over all nodes. */
  let cursor = 0;
  let left = 0;
  let frame = 0;
  let stopped = false;
  const canvases = sigma.getCanvases();
  for (const layer of IDLE_LAYERS) canvases[layer]?.style.setProperty("visibility", "hidden");
  setDrawing(sigma, { links: false, picking: false });

  const step = (): void => {
    frame = 0;
    if (stopped) return;
    const started = performance.now();
    while (left > 0 && performance.now() - started < budgetMs) {
      const count = Math.min(SLICE, left, nodeKeys.length - cursor);
      // Only these nodes' data and buffer slots; no label grid, no edges (not drawn while the
      // layout runs). Positions are normalised with the extent of the last indexation.
      rewriteNodes(sigma, nodeKeys.slice(cursor, cursor + count));
      cursor = (cursor + count) % nodeKeys.length;
      left -= count;
    }
    if (left > 0) frame = requestAnimationFrame(step);
    else {
      fitCamera(sigma, nodeKeys);
      sigma.scheduleRender();
    }
  };

  return {
    positionsChanged() {
      if (stopped || nodeKeys.length === 0) return;
      // A new sweep over every node, starting where the last one stopped (newest positions win).
      left = nodeKeys.length;
      if (!frame) frame = requestAnimationFrame(step);
    },
    stop() {
      stopped = true;
      for (const layer of IDLE_LAYERS) canvases[layer]?.style.removeProperty("visibility");
      if (frame) cancelAnimationFrame(frame);
      frame = 0;
    },
  };
}

/**
 * Points the camera at the nodes' current extent. Nodes keep the normalisation of the last
 * indexation, so a layout that spreads out leaves the unit square; moving the camera costs no
 * re-processing, unlike re-normalising.
 */
function fitCamera(sigma: Sigma<NodeAttributes, EdgeAttributes>, nodeKeys: readonly string[]): void {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const key of nodeKeys) {
    const data = sigma.getNodeDisplayData(key);
    if (!data || data.hidden) continue;
    if (data.x < minX) minX = data.x;
    if (data.x > maxX) maxX = data.x;
    if (data.y < minY) minY = data.y;
    if (data.y > maxY) maxY = data.y;
  }
  if (!(maxX >= minX && maxY >= minY)) return;
  const camera = sigma.getCamera();
  const ratio = Math.min(camera.maxRatio ?? Infinity, Math.max(camera.minRatio ?? 0, Math.max(maxX - minX, maxY - minY, 1e-3)));
  camera.setState({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio, angle: 0 });
}

/**
 * After a layout, once the frame saying it ended is painted: `reindex` (scheduled: indexed in one
 * frame, processed and drawn nodes only in the next), then links back for the frame after,
 * then picking. Each frame's GPU work stays a fraction of one frame doing all three (~1.5 s under
 * load on 38k nodes, 63k links). `live` false (a new run, the view killed) ends it.
 */
export function afterLayout(sigma: Sigma<NodeAttributes, EdgeAttributes>, live: () => boolean, reindex: () => void): void {
  const afterRender = (next: () => void): void => {
    sigma.once("afterRender", () => {
      if (live()) next();
    });
  };
  const stages = (): void => {
    if (!live()) return;
    reindex();
    sigma.scheduleRender();
    afterRender(() => {
      setDrawing(sigma, { links: true, picking: false });
      sigma.scheduleRender();
      afterRender(() => {
        setDrawing(sigma, { links: true, picking: true });
        sigma.scheduleRender();
      });
    });
  };
  // Indexed in an animation frame's callback, so that sigma's render (processing) falls in the next
  // frame: a task before the frame would share one long frame with it.
  requestAnimationFrame(() => setTimeout(() => requestAnimationFrame(stages), 0));
}

/**
 * Follows the store's layout state: starts following when it runs, re-indexes once when it ends
 * (`ended`). While it runs `view.layoutRunning` hides links and labels (reducers.ts).
 */
export function trackLayout(
  sigma: Sigma<NodeAttributes, EdgeAttributes>,
  keys: { readonly nodes: readonly string[]; readonly edges: readonly string[] },
  view: { layoutRunning: boolean },
  ended: () => void,
): { follow(layout: { readonly running: boolean }): void; stop(): void } {
  let follower: LayoutFollower | null = null;
  return {
    follow(layout) {
      if (layout.running && !follower) {
        view.layoutRunning = true;
        // No indexation here: the first run's seeded start was in the graph before sigma's first
        // one (layout/supervisor.ts seedLayout), a re-run starts from the picture indexed last.
        follower = followLayout(sigma, keys.nodes);
      } else if (layout.running) follower?.positionsChanged();
      else if (follower) {
        follower.stop();
        follower = null;
        view.layoutRunning = false;
        sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
        ended();
      }
    },
    stop: () => follower?.stop(),
  };
}
