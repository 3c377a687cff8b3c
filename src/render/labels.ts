// Label placement: sigma's drawers only record the labels it wants this frame; after the frame a
// greedy pass keeps, in priority order, those that fit inside the view and clear every kept label.
// Must not: draw a label that overlaps another or the container's edge, or keep state across renderers.
import { drawStraightEdgeLabel, type EdgeLabelDrawingFunction, type NodeLabelDrawingFunction } from "sigma/rendering";
import type { Settings } from "sigma/settings";
import type { EdgeAttributes, NodeAttributes } from "../model/graph";
import { inside, overlaps, placeLabels, type LabelBox, type LabelCandidate } from "./labelPlacement";

export type { LabelBox } from "./labelPlacement";

/** Axis-aligned box around a straight edge's label as sigma draws it (rotated along the link). */
function edgeLabelBox(
  text: number,
  size: number,
  edgeSize: number,
  source: { x: number; y: number },
  target: { x: number; y: number },
): Omit<LabelBox, "key"> {
  const angle = Math.atan2(target.y - source.y, target.x - source.x);
  const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
  const cx = (source.x + target.x) / 2;
  const cy = (source.y + target.y) / 2;
  const xs: number[] = [];
  const ys: number[] = [];
  for (const [lx, ly] of [
    [-text / 2, edgeSize / 2],
    [text / 2, edgeSize / 2],
    [-text / 2, edgeSize / 2 + size * 1.3],
    [text / 2, edgeSize / 2 + size * 1.3],
  ] as const) {
    xs.push(cx + lx * cos - ly * sin);
    ys.push(cy + lx * sin + ly * cos);
  }
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

/** What placement needs of a renderer: the live view's, or an export's temporary one. */
export interface LabelRenderer {
  getCanvases(): { [layer: string]: HTMLCanvasElement };
  getDimensions(): { width: number; height: number };
  on(event: "afterRender", listener: () => void): unknown;
  off(event: "afterRender", listener: () => void): unknown;
}
type ExplorerSigma = LabelRenderer;
type NodeCall = Parameters<NodeLabelDrawingFunction<NodeAttributes, EdgeAttributes>>;
type EdgeCall = Parameters<EdgeLabelDrawingFunction<NodeAttributes, EdgeAttributes>>;

export interface LabelLayer {
  /** For sigma's `defaultDrawNodeLabel` / `defaultDrawEdgeLabel`: they record, `attach` draws. */
  readonly drawNodeLabel: NodeLabelDrawingFunction<NodeAttributes, EdgeAttributes>;
  readonly drawEdgeLabel: EdgeLabelDrawingFunction<NodeAttributes, EdgeAttributes>;
  /** Places and draws the recorded labels after each of this renderer's frames (live or export). */
  attach(renderer: ExplorerSigma): () => void;
  /** The node labels drawn in the renderer's last frame. */
  boxes(renderer: ExplorerSigma): readonly LabelBox[];
}

const fontOf = (settings: Settings<NodeAttributes, EdgeAttributes>, edge: boolean): string =>
  edge
    ? `${settings.edgeLabelWeight} ${settings.edgeLabelSize}px ${settings.edgeLabelFont}`
    : `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;

/** `halo`: the background colour drawn around each name, so it stays readable over discs and links. */
export function createLabelLayer(halo: () => string): LabelLayer {
  const nodeCalls = new WeakMap<CanvasRenderingContext2D, NodeCall[]>();
  const edgeCalls = new WeakMap<CanvasRenderingContext2D, EdgeCall[]>();
  const drawn = new WeakMap<ExplorerSigma, readonly LabelBox[]>();
  const record = <T>(map: WeakMap<CanvasRenderingContext2D, T[]>, context: CanvasRenderingContext2D, call: T): void => {
    const list = map.get(context);
    if (list) list.push(call);
    else map.set(context, [call]);
  };

  const flush = (renderer: ExplorerSigma): void => {
    const context = renderer.getCanvases()["labels"]?.getContext("2d");
    if (!context) return;
    const calls = nodeCalls.get(context) ?? [];
    nodeCalls.delete(context);
    // The names a story callout points at first (reducers.ts), then forced labels (the busiest nodes), then bigger discs.
    const first = (data: NodeCall[1]): number => Number("labelFirst" in data && data.labelFirst === true);
    calls.sort(([, a], [, b]) => first(b) - first(a) || Number(b.forceLabel === true) - Number(a.forceLabel === true) || b.size - a.size);
    const candidates: LabelCandidate[] = [];
    const byKey = new Map<string, NodeCall>();
    for (const call of calls) {
      const [, data, settings] = call;
      const key = String(data.key);
      if (!data.label || byKey.has(key)) continue;
      context.font = fontOf(settings, false);
      byKey.set(key, call);
      const left = "labelSide" in data && data.labelSide === "left";
      candidates.push({
        key,
        x: data.x,
        y: data.y,
        radius: data.size,
        width: Math.ceil(context.measureText(data.label).width) + 2,
        height: Math.ceil(settings.labelSize * 1.3),
        left,
      });
    }
    const { width, height } = renderer.getDimensions();
    const boxes = placeLabels(candidates, width, height);
    context.save();
    context.textBaseline = "middle";
    context.lineJoin = "round";
    context.lineWidth = 3;
    context.strokeStyle = halo();
    for (const box of boxes) {
      const [, data, settings] = byKey.get(box.key) ?? [];
      if (!data || !settings) continue;
      const { labelColor } = settings;
      const attribute = labelColor.attribute ? (data as Record<string, unknown>)[labelColor.attribute] : undefined;
      context.fillStyle = typeof attribute === "string" ? attribute : (labelColor.color ?? "#000");
      context.font = fontOf(settings, false);
      context.strokeText(data.label ?? "", box.x + 1, box.y + box.height / 2);
      context.fillText(data.label ?? "", box.x + 1, box.y + box.height / 2);
    }
    context.restore();
    drawn.set(renderer, boxes);
    flushEdges(renderer);
  };

  /** Link labels (on hover) give way to node names and to each other. */
  const flushEdges = (renderer: ExplorerSigma): void => {
    const edgeContext = renderer.getCanvases()["edgeLabels"]?.getContext("2d");
    if (!edgeContext) return;
    const edges = edgeCalls.get(edgeContext) ?? [];
    edgeCalls.delete(edgeContext);
    const { width, height } = renderer.getDimensions();
    const taken: Array<Omit<LabelBox, "key">> = [...(drawn.get(renderer) ?? [])];
    for (const call of edges) {
      const [, edgeData, source, target, settings] = call;
      if (!edgeData.label) continue;
      edgeContext.font = fontOf(settings, true);
      const length = Math.hypot(target.x - source.x, target.y - source.y) - source.size - target.size;
      const text = Math.min(edgeContext.measureText(edgeData.label).width, Math.max(0, length));
      const box = edgeLabelBox(text, settings.edgeLabelSize, edgeData.size, source, target);
      if (!inside(box, width, height) || taken.some((other) => overlaps(box, other))) continue;
      taken.push(box);
      drawStraightEdgeLabel<NodeAttributes, EdgeAttributes>(...call);
    }
  };

  // sigma redraws link labels on hover without a full frame (no afterRender): those are placed in a
  // microtask, after sigma's synchronous drawing.
  const rendererOfEdgeContext = new WeakMap<CanvasRenderingContext2D, ExplorerSigma>();
  let edgeFlushQueued = false;
  return {
    drawNodeLabel: (...call) => record(nodeCalls, call[0], call),
    drawEdgeLabel: (...call) => {
      record(edgeCalls, call[0], call);
      const renderer = rendererOfEdgeContext.get(call[0]);
      if (!renderer || edgeFlushQueued) return;
      edgeFlushQueued = true;
      queueMicrotask(() => {
        edgeFlushQueued = false;
        flushEdges(renderer);
      });
    },
    attach(renderer) {
      const listener = (): void => flush(renderer);
      renderer.on("afterRender", listener);
      const edgeContext = renderer.getCanvases()["edgeLabels"]?.getContext("2d");
      if (edgeContext) rendererOfEdgeContext.set(edgeContext, renderer);
      // The frame sigma drew before this (its constructor's) is placed now.
      flush(renderer);
      return () => void renderer.off("afterRender", listener);
    },
    boxes: (renderer) => drawn.get(renderer) ?? [],
  };
}
