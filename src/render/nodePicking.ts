// Which node is under the pointer, found on the CPU from a grid of the drawn positions instead of
// sigma's WebGL picking: sigma reads one pixel back from its picking buffer on every pointer move,
// and readPixels waits for the GPU to finish all it was given (software WebGL: the last frame's
// links, tens of ms after a filter change). Same answer as sigma's: the disc under the point
// (radius: the node's drawn size), the one drawn on top when discs overlap (zIndex, then order).
// Must not: answer from stale positions. Until the grid matches sigma's positions again (after a
// layout step, an arrangement's move, a re-index), sigma's own picking answers.
import type Sigma from "sigma";
import type { EdgeAttributes, NodeAttributes } from "../model/graph";

/** Item indices bucketed in a uniform grid over their positions (compressed rows: cell -> items). */
export interface PickGrid {
  readonly minX: number;
  readonly minY: number;
  readonly cell: number;
  readonly columns: number;
  readonly rows: number;
  readonly start: Int32Array;
  readonly items: Int32Array;
}

/** A grid of about two items a cell over the points (x[i], y[i]); NaN positions are left out. */
export function buildPickGrid(x: ArrayLike<number>, y: ArrayLike<number>): PickGrid {
  const count = x.length;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < count; i++) {
    const px = x[i] ?? Number.NaN;
    const py = y[i] ?? Number.NaN;
    if (Number.isNaN(px) || Number.isNaN(py)) continue;
    if (px < minX) minX = px;
    if (px > maxX) maxX = px;
    if (py < minY) minY = py;
    if (py > maxY) maxY = py;
  }
  if (minX > maxX) return { minX: 0, minY: 0, cell: 1, columns: 1, rows: 1, start: new Int32Array(2), items: new Int32Array(0) };
  const side = Math.max(1, Math.ceil(Math.sqrt(count / 2)));
  const cell = Math.max(maxX - minX, maxY - minY, Number.EPSILON) / side;
  const columns = Math.floor((maxX - minX) / cell) + 1;
  const rows = Math.floor((maxY - minY) / cell) + 1;
  const cellOf = new Int32Array(count).fill(-1);
  const start = new Int32Array(columns * rows + 1);
  for (let i = 0; i < count; i++) {
    const px = x[i] ?? Number.NaN;
    const py = y[i] ?? Number.NaN;
    if (Number.isNaN(px) || Number.isNaN(py)) continue;
    const c = Math.floor((py - minY) / cell) * columns + Math.floor((px - minX) / cell);
    cellOf[i] = c;
    start[c + 1] = (start[c + 1] ?? 0) + 1;
  }
  for (let c = 0; c < columns * rows; c++) start[c + 1] = (start[c + 1] ?? 0) + (start[c] ?? 0);
  const fill = start.slice(0, columns * rows);
  const items = new Int32Array(start[columns * rows] ?? 0);
  for (let i = 0; i < count; i++) {
    const c = cellOf[i] ?? -1;
    if (c >= 0) items[(fill[c] = (fill[c] ?? 0) + 1) - 1] = i;
  }
  return { minX, minY, cell, columns, rows, start, items };
}

/** Calls `visit` with every item whose cell meets the square of half-side `reach` around (px, py). */
export function forEachNear(grid: PickGrid, px: number, py: number, reach: number, visit: (item: number) => void): void {
  const { minX, minY, cell, columns, rows, start, items } = grid;
  const fromColumn = Math.max(0, Math.floor((px - reach - minX) / cell));
  const toColumn = Math.min(columns - 1, Math.floor((px + reach - minX) / cell));
  const fromRow = Math.max(0, Math.floor((py - reach - minY) / cell));
  const toRow = Math.min(rows - 1, Math.floor((py + reach - minY) / cell));
  for (let row = fromRow; row <= toRow; row++) {
    for (let column = fromColumn; column <= toColumn; column++) {
      const c = row * columns + column;
      for (let k = start[c] ?? 0; k < (start[c + 1] ?? 0); k++) visit(items[k] ?? 0);
    }
  }
}

/** A candidate's disc as drawn: centre and radius in viewport px, draw order (higher is on top); null when not drawn. */
export interface DrawnDisc {
  readonly x: number;
  readonly y: number;
  readonly radius: number;
  readonly zIndex: number;
}

/** The item drawn on top among those whose disc holds the point: highest zIndex, then the later item. */
export function topmostHit(candidates: Iterable<number>, disc: (item: number) => DrawnDisc | null, px: number, py: number): number | null {
  let best: number | null = null;
  let bestZ = -Infinity;
  for (const item of candidates) {
    const d = disc(item);
    if (!d) continue;
    const dx = d.x - px;
    const dy = d.y - py;
    if (dx * dx + dy * dy > d.radius * d.radius) continue;
    if (d.zIndex > bestZ || (d.zIndex === bestZ && best !== null && item > best)) {
      best = item;
      bestZ = d.zIndex;
    }
  }
  return best;
}

/** sigma draws its picking buffer at half the CSS resolution (pickingDownSizingRatio: 2 x pixel ratio). */
const PICKING_STEP = 2;

/**
 * The point sigma's picking tests for a pointer: the centre of the picking buffer's pixel under it
 * (sigma's getPixelColor: column floor(x / 2), row floor(height / 2 - y / 2) from the bottom).
 */
export function pickingSample(pointer: { readonly x: number; readonly y: number }, height: number): { x: number; y: number } {
  const column = Math.floor(pointer.x / PICKING_STEP);
  const row = Math.floor(height / PICKING_STEP - pointer.y / PICKING_STEP);
  return { x: (column + 0.5) * PICKING_STEP, y: height - (row + 0.5) * PICKING_STEP };
}

interface PickingInternals {
  getNodeAtPosition(position: { x: number; y: number }): string | null;
}

/** How long positions must stay still before the grid is rebuilt (a layout writes them every frame). */
const SETTLE_MS = 150;

/**
 * Replaces sigma's node picking with the grid (nodeKeys[i] is item i). Returns the way back.
 * The grid follows sigma's positions: every refresh that lists nodes is checked against it, soon
 * after (a timer, so a filter change pays nothing); a re-index or a moved node rebuilds it once
 * positions have settled. Meanwhile, sigma's own picking answers.
 */
export function mountNodePicking(sigma: Sigma<NodeAttributes, EdgeAttributes>, nodeKeys: readonly string[]): () => void {
  const internals = sigma as unknown as PickingInternals;
  const own = internals.getNodeAtPosition.bind(sigma);
  const originalRefresh = sigma.refresh.bind(sigma);
  const count = nodeKeys.length;
  const x = new Float64Array(count);
  const y = new Float64Array(count);
  const sizes = new Float64Array(count);
  let grid: PickGrid | null = null;
  let maxSize = 0;
  let pending: Array<readonly string[]> = [];
  let checkTimer: ReturnType<typeof setTimeout> | null = null;
  let rebuildTimer: ReturnType<typeof setTimeout> | null = null;

  const rebuild = (): void => {
    rebuildTimer = null;
    pending = [];
    maxSize = 0;
    for (let i = 0; i < count; i++) {
      const data = sigma.getNodeDisplayData(nodeKeys[i] ?? "");
      x[i] = data ? data.x : Number.NaN;
      y[i] = data ? data.y : Number.NaN;
      sizes[i] = data ? data.size : 0;
      if (data && data.size > maxSize) maxSize = data.size;
    }
    grid = buildPickGrid(x, y);
  };
  const stale = (): void => {
    grid = null;
    pending = [];
    if (rebuildTimer !== null) clearTimeout(rebuildTimer);
    rebuildTimer = setTimeout(rebuild, SETTLE_MS);
  };
  /** Did the refreshed nodes move (or change size) since the grid was built? */
  const check = (): void => {
    checkTimer = null;
    const lists = pending;
    pending = [];
    if (!grid) return;
    for (const list of lists) {
      for (const key of list) {
        const data = sigma.getNodeDisplayData(key);
        // Node keys are their index (model/graph.ts, nodeKey).
        const i = Number(key);
        if (!data || (data.x === x[i] && data.y === y[i] && data.size === sizes[i])) continue;
        stale();
        return;
      }
    }
  };

  sigma.refresh = (options) => {
    const result = originalRefresh(options);
    if (!options?.partialGraph) stale();
    else if (grid && options.partialGraph.nodes?.length) {
      pending.push(options.partialGraph.nodes);
      checkTimer ??= setTimeout(check, 0);
    }
    return result;
  };
  // A re-index normalises every position anew (the graph's extent may have changed).
  const onProcess = (): void => stale();
  sigma.on("afterProcess", onProcess);

  internals.getNodeAtPosition = (pointer) => {
    if (!grid || pending.length > 0) return own(pointer);
    const position = pickingSample(pointer, sigma.getDimensions().height);
    const centre = sigma.viewportToFramedGraph(position);
    const edge = sigma.viewportToFramedGraph({ x: position.x + sigma.scaleSize(maxSize), y: position.y });
    const reach = Math.hypot(edge.x - centre.x, edge.y - centre.y);
    // Framed-graph units per unit of size (sizes scale linearly); a little slack, the exact test follows.
    const perSize = maxSize > 0 ? (reach / maxSize) * 1.05 : 0;
    const candidates: number[] = [];
    forEachNear(grid, centre.x, centre.y, reach * 1.05, (item) => {
      const dx = (x[item] ?? 0) - centre.x;
      const dy = (y[item] ?? 0) - centre.y;
      const r = (sizes[item] ?? 0) * perSize;
      if (dx * dx + dy * dy <= r * r) candidates.push(item);
    });
    const hit = topmostHit(
      candidates,
      (item) => {
        const data = sigma.getNodeDisplayData(nodeKeys[item] ?? "");
        if (!data || data.hidden) return null;
        const at = sigma.framedGraphToViewport(data);
        return { x: at.x, y: at.y, radius: sigma.scaleSize(data.size), zIndex: data.zIndex };
      },
      position.x,
      position.y,
    );
    return hit === null ? null : (nodeKeys[hit] ?? null);
  };
  rebuildTimer = setTimeout(rebuild, SETTLE_MS);

  return () => {
    if (checkTimer !== null) clearTimeout(checkTimer);
    if (rebuildTimer !== null) clearTimeout(rebuildTimer);
    sigma.off("afterProcess", onProcess);
    // The overrides are the instance's own properties: without them, sigma's methods answer again.
    delete (sigma as Partial<Pick<typeof sigma, "refresh">>).refresh;
    delete (internals as Partial<PickingInternals>).getNodeAtPosition;
  };
}
