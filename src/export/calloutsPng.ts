// Annotation callouts drawn into an exported picture, placed as on screen (calloutLayout.ts): a box
// with the text next to its node and a leader line, clear of the names the picture draws, as the live
// view keeps them. Canvas 2D; data strings only via fillText.
import { placeCallouts, type CalloutBounds } from "./calloutLayout";
import { wrapLines, type FrameTheme, type Measure } from "./frame";

export interface PictureCallout {
  readonly x: number;
  readonly y: number;
  readonly radius: number;
  readonly text: string;
}

const FONT = "400 12px system-ui, -apple-system, 'Segoe UI', 'Noto Sans CJK SC', 'Noto Sans CJK KR', sans-serif";
const LINE = 16;
const PAD_X = 8;
const PAD_Y = 4;
const MAX_WIDTH = 220;

/**
 * Draws the callouts inside the graph area (x0, y0, width, height) of a context scaled to CSS px,
 * away from `names` (the node labels drawn in the area, in its own coordinates) where there is room.
 */
export function drawCallouts(
  ctx: CanvasRenderingContext2D,
  callouts: readonly PictureCallout[],
  area: { x: number; y: number; width: number; height: number },
  theme: FrameTheme & { background: string },
  measure: Measure,
  names: NonNullable<CalloutBounds["avoid"]> = [],
): void {
  if (callouts.length === 0) return;
  const inner = Math.min(MAX_WIDTH, area.width * 0.6) - 2 * PAD_X;
  const boxes = callouts.map((callout) => {
    const lines = wrapLines(callout.text, inner, (text) => measure(text, FONT), 4);
    const width = Math.max(...lines.map((line) => measure(line, FONT))) + 2 * PAD_X;
    return { callout, lines, width, height: lines.length * LINE + 2 * PAD_Y };
  });
  const placed = placeCallouts(
    boxes.map(({ callout, width, height }) => ({ x: callout.x, y: callout.y, radius: callout.radius, width, height })),
    { width: area.width, height: area.height, avoid: names },
  );
  ctx.save();
  ctx.translate(area.x, area.y);
  boxes.forEach(({ callout, lines, width, height }, i) => {
    const box = placed[i];
    if (!box) return;
    ctx.strokeStyle = theme.muted;
    ctx.lineWidth = 1.25;
    ctx.beginPath();
    ctx.moveTo(callout.x, callout.y);
    ctx.lineTo(box.lineX, box.lineY);
    ctx.stroke();
    ctx.fillStyle = theme.background;
    ctx.beginPath();
    ctx.roundRect(box.left, box.top, width, height, 5);
    ctx.fill();
    ctx.stroke();
    ctx.fillStyle = theme.text;
    ctx.font = FONT;
    ctx.textBaseline = "alphabetic";
    ctx.textAlign = "left";
    lines.forEach((line, row) => ctx.fillText(line, box.left + PAD_X, box.top + PAD_Y + row * LINE + LINE * 0.75));
  });
  ctx.restore();
}
