// What is drawn beside the nodes for an arrangement: the year axis, group and tray names, the
// world outline under a map, and community names over their members. Canvas 2D, in layers under
// and over sigma's, redrawn after each sigma frame; the same drawers make the PNG export's layers.
// Must not: put data strings anywhere but fillText, or take pointer events from the graph.
import type { LayerDrawer, ToViewport } from "../export/layers";
import type { Mark } from "../layout/arrange/types";
import type { RenderTheme } from "./style";

export interface OverlayContent {
  readonly marks: readonly Mark[];
  /** The year filter's range (the axis shows only it), or null for the data's. */
  readonly years: readonly [number, number] | null;
  /** Names over the largest communities, at their members' centre (graph coordinates). */
  readonly clusters: ReadonlyArray<{ readonly label: string; readonly x: number; readonly y: number; readonly color: string }>;
  readonly theme: RenderTheme;
  readonly word: (mark: Extract<Mark, { kind: "text" }>) => string;
  /** The world outline, once its lazily loaded module is in; null before (or without a map). */
  readonly world: ((ctx: CanvasRenderingContext2D, toViewport: ToViewport, theme: RenderTheme) => void) | null;
}

const FONT = "system-ui, -apple-system, 'Segoe UI', 'Noto Sans CJK SC', 'Noto Sans CJK KR', sans-serif";

function haloText(ctx: CanvasRenderingContext2D, text: string, x: number, y: number, theme: RenderTheme): void {
  ctx.lineWidth = 4;
  ctx.lineJoin = "round";
  ctx.strokeStyle = theme.background;
  ctx.strokeText(text, x, y);
  ctx.fillText(text, x, y);
}

export const drawBack: (content: () => OverlayContent) => LayerDrawer = (content) => (ctx, toViewport, width) => {
  const { marks, theme, years, world } = content();
  if (world && marks.some((mark) => mark.kind === "world")) world(ctx, toViewport, theme);
  for (const mark of marks) {
    if (mark.kind !== "axis") continue;
    const ticks = mark.ticks.filter((tick) => !years || (tick.year >= years[0] && tick.year <= years[1]));
    const first = ticks[0];
    const last = ticks[ticks.length - 1];
    if (!first || !last) continue;
    const start = toViewport(first.x - mark.halfYear, mark.y);
    const end = toViewport(last.x + mark.halfYear, mark.y);
    ctx.strokeStyle = theme.undisclosedEdge;
    ctx.lineWidth = 1;
    ctx.beginPath();
    ctx.moveTo(Math.max(0, start.x), start.y);
    ctx.lineTo(Math.min(width, end.x), end.y);
    ctx.stroke();
    ctx.font = `600 12px ${FONT}`;
    ctx.textAlign = "center";
    ctx.textBaseline = "middle";
    ctx.fillStyle = theme.label;
    // Every year while there is room, else every second or fifth.
    const spacing = Math.abs(toViewport(mark.halfYear * 2, 0).x - toViewport(0, 0).x);
    const every = spacing >= 44 ? 1 : spacing >= 22 ? 2 : 5;
    for (const tick of ticks) {
      const at = toViewport(tick.x, mark.y);
      ctx.beginPath();
      ctx.moveTo(at.x - spacing / 2, at.y - 4);
      ctx.lineTo(at.x - spacing / 2, at.y + 4);
      ctx.stroke();
      if (tick.year % every === 0 || ticks.length === 1) haloText(ctx, String(tick.year), at.x, at.y, theme);
    }
  }
};

export const drawFront: (content: () => OverlayContent) => LayerDrawer = (content) => (ctx, toViewport) => {
  const { marks, clusters, theme, word } = content();
  ctx.textBaseline = "alphabetic";
  ctx.fillStyle = theme.label;
  for (const mark of marks) {
    if (mark.kind !== "text") continue;
    const at = toViewport(mark.x, mark.y);
    ctx.font = `700 13px ${FONT}`;
    ctx.textAlign = mark.align;
    haloText(ctx, mark.count === null ? word(mark) : `${word(mark)} (${mark.count.toLocaleString("en-US")})`, at.x, at.y, theme);
  }
  ctx.font = `700 15px ${FONT}`;
  ctx.textAlign = "center";
  for (const cluster of clusters) {
    const at = toViewport(cluster.x, cluster.y);
    ctx.fillStyle = cluster.color;
    haloText(ctx, cluster.label, at.x, at.y, theme);
  }
};

/** Two canvases in the graph container: one under sigma's layers, one over them. */
export function mountOverlayCanvases(
  container: HTMLElement,
  back: LayerDrawer,
  front: LayerDrawer,
  toViewport: ToViewport,
): { draw(): void; kill(): void } {
  const make = (name: string): HTMLCanvasElement => {
    const canvas = document.createElement("canvas");
    canvas.className = `graph__overlay graph__overlay--${name}`;
    canvas.setAttribute("aria-hidden", "true");
    canvas.style.cssText = "position:absolute;inset:0;pointer-events:none;width:100%;height:100%";
    return canvas;
  };
  const under = make("back");
  const over = make("front");
  container.prepend(under);
  // Over the graph's drawings but under sigma's mouse layer would be ideal; pointer-events:none suffices.
  container.append(over);
  const paint = (canvas: HTMLCanvasElement, drawer: LayerDrawer): void => {
    const cleared = clearedCanvas(canvas, container);
    if (cleared) drawer(cleared.ctx, toViewport, cleared.width, cleared.height);
  };
  return {
    draw: () => {
      paint(under, back);
      paint(over, front);
    },
    kill: () => {
      under.remove();
      over.remove();
    },
  };
}

/** An overlay canvas sized to its container at the screen's pixel ratio, cleared, drawing in CSS px. */
export function clearedCanvas(
  canvas: HTMLCanvasElement,
  container: HTMLElement,
  /** The container's size when known already (sigma's dimensions): reading it may force a layout. */
  size?: { readonly width: number; readonly height: number },
): { readonly ctx: CanvasRenderingContext2D; readonly width: number; readonly height: number } | null {
  const ratio = window.devicePixelRatio || 1;
  const width = size?.width ?? container.clientWidth;
  const height = size?.height ?? container.clientHeight;
  if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
  }
  const ctx = canvas.getContext("2d");
  if (!ctx) return null;
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, width, height);
  return { ctx, width, height };
}
