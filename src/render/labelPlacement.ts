// Where labels go: a greedy pass over candidates in priority order that keeps those fitting inside
// the view and clear of every label kept before. Pure (no canvas); render/labels.ts measures and draws.
// Must not: return a box that overlaps another or crosses the view's edge.

/** A drawn label's box in CSS pixels of the graph container (DESIGN.md section 4, `labelBoxes`). */
export interface LabelBox {
  readonly key: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface LabelCandidate {
  readonly key: string;
  /** Centre of the node's disc and its radius, in viewport pixels. */
  readonly x: number;
  readonly y: number;
  readonly radius: number;
  /** The text's measured size. */
  readonly width: number;
  readonly height: number;
  /** Left of the disc first (the investors' column of the bipartite arrangement keeps its names outside). */
  readonly left?: boolean;
}

/** Space kept between a disc and its label, and between two labels. */
const GAP = 3;
const SPACING = 1;

/** Right of the disc (sigma's own place) first, then left, below and above; left first when asked. */
function anchors(c: LabelCandidate): Array<{ x: number; y: number }> {
  const middle = c.y - c.height / 2;
  const centre = c.x - c.width / 2;
  const right = { x: c.x + c.radius + GAP, y: middle };
  const left = { x: c.x - c.radius - GAP - c.width, y: middle };
  return [
    c.left ? left : right,
    c.left ? right : left,
    { x: centre, y: c.y + c.radius + GAP },
    { x: centre, y: c.y - c.radius - GAP - c.height },
  ];
}

export function overlaps(a: Omit<LabelBox, "key">, b: Omit<LabelBox, "key">, spacing = 0): boolean {
  return a.x < b.x + b.width + spacing && b.x < a.x + a.width + spacing && a.y < b.y + b.height + spacing && b.y < a.y + a.height + spacing;
}

export function inside(box: Omit<LabelBox, "key">, width: number, height: number): boolean {
  return box.x >= 0 && box.y >= 0 && box.x + box.width <= width && box.y + box.height <= height;
}

/**
 * Candidates in priority order; each takes the first of its anchors that lies inside a
 * width x height view and clears every label kept before it, or is dropped. Pure.
 */
export function placeLabels(candidates: readonly LabelCandidate[], width: number, height: number): LabelBox[] {
  const kept: LabelBox[] = [];
  for (const candidate of candidates) {
    for (const anchor of anchors(candidate)) {
      const box = { key: candidate.key, x: anchor.x, y: anchor.y, width: candidate.width, height: candidate.height };
      if (inside(box, width, height) && !kept.some((other) => overlaps(box, other, SPACING))) {
        kept.push(box);
        break;
      }
    }
  }
  return kept;
}
