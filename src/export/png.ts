// The graph exactly as shown (filters, highlight, camera) drawn by a temporary sigma renderer
// through @sigma/export-image, at a chosen pixel ratio. Must not read the live WebGL canvases
// (they give blank layers) nor leave the forced pixel ratio behind.
import { drawOnCanvas, toBlob } from "@sigma/export-image";
import type Sigma from "sigma";
import type { EdgeAttributes, NodeAttributes } from "../model/graph";
import { affineOf, type ToViewport } from "./layers";

export type ExplorerSigma = Sigma<NodeAttributes, EdgeAttributes>;

/** A box drawn in the picture (a node's name), CSS px from the graph area's top-left corner. */
export interface PictureBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * Lets the temporary renderer place labels like the live view (render/labels.ts), and redraws; may
 * return what reads back the names it drew, which the picture's callouts keep clear of.
 */
export type PrepareRenderer = (renderer: Sigma) => (() => readonly PictureBox[]) | void;

export interface GraphPngOptions {
  readonly backgroundColor?: string;
  readonly prepare?: PrepareRenderer;
}

export interface GraphCanvasOptions {
  /** CSS pixels of the drawn area; the live view's size when absent. */
  readonly width?: number;
  readonly height?: number;
  /** Output pixels per CSS pixel, whatever the screen's own ratio is. */
  readonly scale: number;
  readonly backgroundColor?: string;
  /** Label colour for the picture (a dark background needs light labels). */
  readonly labelColor?: string;
  readonly prepare?: PrepareRenderer;
}

/** The quick picture of the view (tests and the console): live size, device ratio, white. */
export function graphPng(sigma: ExplorerSigma, options: GraphPngOptions = {}): Promise<Blob> {
  return toBlob(sigma, {
    format: "png",
    backgroundColor: options.backgroundColor ?? "#ffffff",
    withTempRenderer: (renderer) => options.prepare?.(renderer),
  });
}

/**
 * Draws the graph on a new canvas of width*scale x height*scale pixels. export-image has no scale
 * option: it and sigma both read window.devicePixelRatio, so the ratio is pinned to `scale` from
 * the call until the temporary renderer has drawn (synchronously, before withTempRenderer runs).
 */
export async function graphCanvas(
  sigma: ExplorerSigma,
  options: GraphCanvasOptions,
): Promise<{ canvas: HTMLCanvasElement; toViewport: ToViewport }> {
  return graphCanvasWithAnchors(sigma, options, []);
}

/** A node's centre and drawn radius in the picture, CSS px. */
export interface PictureAnchor {
  readonly x: number;
  readonly y: number;
  readonly radius: number;
}

/**
 * As graphCanvas, and where the nodes `keys` (graph keys) are drawn in it (hidden nodes are left out),
 * and the boxes of the names drawn (when `prepare` tells them).
 * `toViewport` places the layers drawn with the picture by the temporary renderer's own camera and size.
 */
export async function graphCanvasWithAnchors(
  sigma: ExplorerSigma,
  options: GraphCanvasOptions,
  keys: readonly string[],
): Promise<{ canvas: HTMLCanvasElement; anchors: Map<string, PictureAnchor>; labels: readonly PictureBox[]; toViewport: ToViewport }> {
  const restore = pinPixelRatio(options.scale);
  const anchors = new Map<string, PictureAnchor>();
  let labels: readonly PictureBox[] = [];
  let toViewport: ToViewport = (x, y) => sigma.graphToViewport({ x, y });
  try {
    const canvas = await drawOnCanvas(sigma, {
      width: options.width ?? null,
      height: options.height ?? null,
      backgroundColor: options.backgroundColor ?? "transparent",
      sigmaSettings: options.labelColor ? { labelColor: { color: options.labelColor } } : {},
      // Labels are placed and drawn again while the ratio is still pinned, then it is restored.
      withTempRenderer: (renderer) => {
        labels = options.prepare?.(renderer)?.() ?? [];
        toViewport = affineOf((x, y) => renderer.graphToViewport({ x, y }));
        restore();
        for (const key of keys) {
          const data = renderer.getNodeDisplayData(key);
          if (!data || data.hidden) continue;
          anchors.set(key, { ...renderer.framedGraphToViewport(data), radius: renderer.scaleSize(data.size) });
        }
      },
    });
    return { canvas, anchors, labels, toViewport };
  } finally {
    restore();
  }
}

/** Overrides window.devicePixelRatio; the returned function puts the original back (once). */
function pinPixelRatio(ratio: number): () => void {
  const own = Object.getOwnPropertyDescriptor(window, "devicePixelRatio");
  Object.defineProperty(window, "devicePixelRatio", { configurable: true, get: () => ratio });
  let restored = false;
  return () => {
    if (restored) return;
    restored = true;
    if (own) Object.defineProperty(window, "devicePixelRatio", own);
    else delete (window as { devicePixelRatio?: number }).devicePixelRatio;
  };
}
