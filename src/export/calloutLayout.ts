// Places annotation callouts next to their nodes: the first side that stays inside the picture and
// clear of the callouts placed before it and of the names drawn, else the side that overlaps least. Pure geometry (CSS px),
// shared by the live view (ui/story) and the PNG export so both put a callout in the same place.

export interface CalloutAnchor {
  /** The node's centre in the picture. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** The node's drawn radius: the callout keeps clear of it. */
  readonly radius?: number;
}

export interface PlacedCallout {
  /** Top-left corner of the callout box. */
  readonly left: number;
  readonly top: number;
  /** Where the leader line meets the box. */
  readonly lineX: number;
  readonly lineY: number;
}

export interface CalloutBounds {
  readonly width: number;
  readonly height: number;
  /** Pixels at the top covered by something else (the caption). */
  readonly top?: number;
  /** Boxes a callout should not cover: the node names drawn (x, y: top-left corner). */
  readonly avoid?: ReadonlyArray<{ readonly x: number; readonly y: number; readonly width: number; readonly height: number }>;
}

/** Distance from the node's edge to the near edge of its callout. */
export const CALLOUT_GAP = 18;
const MARGIN = 4;

type Box = { left: number; top: number; width: number; height: number };

/** One placement per anchor, in order; earlier anchors get the better sides. */
export function placeCallouts(anchors: readonly CalloutAnchor[], bounds: CalloutBounds): PlacedCallout[] {
  const placed: Box[] = [];
  const names: Box[] = (bounds.avoid ?? []).map(({ x, y, width, height }) => ({ left: x, top: y, width, height }));
  return anchors.map((anchor) => {
    let best: Box | null = null;
    let bestCost = Infinity;
    for (const box of candidates(anchor)) {
      const cost =
        outside(box, bounds) * 4 +
        placed.reduce((sum, other) => sum + overlap(box, other), 0) +
        names.reduce((sum, name) => sum + overlap(box, name), 0);
      if (cost < bestCost) {
        best = box;
        bestCost = cost;
        if (cost === 0) break;
      }
    }
    const box = clamp(best ?? { left: anchor.x, top: anchor.y, width: anchor.width, height: anchor.height }, bounds);
    placed.push(box);
    return { left: box.left, top: box.top, ...nearestPoint(box, anchor) };
  });
}

function candidates({ x, y, width, height, radius = 0 }: CalloutAnchor): Box[] {
  const g = CALLOUT_GAP + radius;
  const d = g * 0.7;
  // Labels are drawn to the right of their node: the sides above and below keep the name readable.
  return [
    { left: x - width / 2, top: y - g - height, width, height }, // above
    { left: x - width / 2, top: y + g, width, height }, // below
    { left: x + d, top: y - d - height, width, height }, // upper right
    { left: x - d - width, top: y - d - height, width, height }, // upper left
    { left: x + d, top: y + d, width, height }, // lower right
    { left: x - d - width, top: y + d, width, height }, // lower left
    { left: x - g - width, top: y - height / 2, width, height }, // left
    { left: x + g, top: y - height / 2, width, height }, // right
    // Farther out, when the near sides are taken (a crowded picture, a phone).
    { left: x - width / 2, top: y - 2.5 * g - height, width, height }, // far above
    { left: x - width / 2, top: y + 2.5 * g, width, height }, // far below
  ];
}

function outside(box: Box, bounds: CalloutBounds): number {
  const top = bounds.top ?? 0;
  const inside = overlap(box, {
    left: MARGIN,
    top: top + MARGIN,
    width: bounds.width - 2 * MARGIN,
    height: bounds.height - top - 2 * MARGIN,
  });
  return box.width * box.height - inside;
}

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.left + a.width, b.left + b.width) - Math.max(a.left, b.left);
  const h = Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}

/** Keeps a box inside the picture when it fits at all (a callout wider than the picture starts at its left). */
function clamp(box: Box, bounds: CalloutBounds): Box {
  const minTop = (bounds.top ?? 0) + MARGIN;
  const left = Math.max(MARGIN, Math.min(box.left, bounds.width - MARGIN - box.width));
  const top = Math.max(minTop, Math.min(box.top, bounds.height - MARGIN - box.height));
  return { ...box, left, top };
}

function nearestPoint(box: Box, anchor: CalloutAnchor): { lineX: number; lineY: number } {
  return {
    lineX: Math.max(box.left, Math.min(anchor.x, box.left + box.width)),
    lineY: Math.max(box.top, Math.min(anchor.y, box.top + box.height)),
  };
}
