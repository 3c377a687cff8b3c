// The export button's picture: the graph as shown, drawn at the chosen scale by a temporary
// renderer, inside an optional frame (title, filters, legend, credit, date). Loaded on first use.
// Must not: screen-scrape the live canvas, or return a blank or over-sized file instead of an error.
import "../words/toolWords";
import type { AppState } from "../state/store";
import type { PngExportChoice } from "./options";
import { t } from "../words/i18n";
import { drawFrame, layoutFrame, type FrameLayout } from "./frame";
import { frameContentOf } from "./frameContent";
import { checkPixels, fileName, geometry } from "./options";
import { graphCanvasWithAnchors, type ExplorerSigma, type PrepareRenderer } from "./png";
import { drawCallouts, type PictureCallout } from "./calloutsPng";
import { graphKeyOf } from "../model/model";
import { annotationsShown, annotationText } from "../state/storyStep";
import type { PictureLayers } from "./layers";

export interface ExportTheme {
  readonly background: string;
  readonly text: string;
  readonly muted: string;
}

export const LIGHT: ExportTheme = { background: "#ffffff", text: "#1F2933", muted: "#52606D" };
export const DARK: ExportTheme = { background: "#111827", text: "#E5E7EB", muted: "#9AA5B1" };

export interface ExportedPng {
  readonly blob: Blob;
  readonly fileName: string;
  /** Output pixels. */
  readonly width: number;
  readonly height: number;
  readonly milliseconds: number;
}

export class ExportError extends Error {}

/** Makes the PNG; throws ExportError (with a message for the reader) when it cannot. */
export async function exportPng(
  sigma: ExplorerSigma,
  state: AppState,
  choice: PngExportChoice,
  theme: ExportTheme = state.theme === "dark" ? DARK : LIGHT,
  layers: PictureLayers = {},
  prepare?: PrepareRenderer,
): Promise<ExportedPng> {
  const started = performance.now();
  const today = new Date();
  // Community colours need Louvain's result (loaded with it on first use, then memoised).
  const communities =
    state.display.color === "community" && state.model ? (await import("../model/communities")).communitiesOf(state.model) : null;
  const content = frameContentOf(state, today, communities);
  if (!content) throw new ExportError(t(state.lang, "export.noData"));
  const measurer = document.createElement("canvas").getContext("2d");
  if (!measurer) throw new ExportError(t(state.lang, "export.noCanvas"));
  const measure = (text: string, font: string): number => {
    measurer.font = font;
    return measurer.measureText(text).width;
  };
  const live = sigma.getDimensions();
  const width = choice.size === "view" ? live.width : geometry(choice, live, { header: 0, footer: 0 }).width;
  const frame: FrameLayout | null = choice.frame ? layoutFrame(content, width, measure) : null;
  const shape = geometry(choice, live, frame ?? { header: 0, footer: 0 });
  const size = checkPixels(shape.width, shape.height, choice.scale);
  if ("error" in size) throw new ExportError(size.error);

  const annotated = state.model
    ? annotationsShown(state).flatMap((annotation) => {
        const key = state.model ? graphKeyOf(state.model, annotation.node) : undefined;
        return key === undefined ? [] : [{ key, text: annotationText(annotation, state.lang) }];
      })
    : [];
  const graph = await graphCanvasWithAnchors(
    sigma,
    {
      width: shape.graph.width,
      height: shape.graph.height,
      scale: choice.scale,
      labelColor: theme.text,
      ...(prepare ? { prepare } : {}),
    },
    annotated.map((annotation) => annotation.key),
  );
  const callouts: PictureCallout[] = annotated.flatMap(({ key, text }) => {
    const anchor = graph.anchors.get(key);
    // A node outside the picture (filtered out, or off the camera) gets no callout, as on screen.
    const inside = anchor && anchor.x >= 0 && anchor.y >= 0 && anchor.x <= shape.graph.width && anchor.y <= shape.graph.height;
    return anchor && inside ? [{ ...anchor, text }] : [];
  });
  const canvas = document.createElement("canvas");
  canvas.width = size.width;
  canvas.height = size.height;
  const ctx = canvas.getContext("2d");
  if (!ctx) throw new ExportError(t(state.lang, "export.noCanvas"));
  ctx.scale(choice.scale, choice.scale);
  if (!choice.transparent) {
    ctx.fillStyle = theme.background;
    ctx.fillRect(0, 0, shape.width, shape.height);
  }
  const { x: gx, y: gy, width: gw, height: gh } = shape.graph;
  const layer = (draw: PictureLayers["back"]): void => {
    if (!draw) return;
    ctx.save();
    ctx.translate(gx, gy);
    ctx.beginPath();
    ctx.rect(0, 0, gw, gh);
    ctx.clip();
    draw(ctx, graph.toViewport, gw, gh);
    ctx.restore();
  };
  layer(layers.back);
  ctx.drawImage(graph.canvas, gx, gy, gw, gh);
  layer(layers.front);
  drawCallouts(ctx, callouts, shape.graph, theme, measure, graph.labels);
  if (frame) drawFrame(ctx, frame, shape.graph.y + shape.graph.height, theme);

  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
  // A canvas the browser could not allocate encodes to nothing: say so rather than save an empty file.
  if (!blob || blob.size === 0) throw new ExportError(t(state.lang, "export.failed"));
  return {
    blob,
    fileName: fileName(content.title, today),
    width: size.width,
    height: size.height,
    milliseconds: performance.now() - started,
  };
}

/** For the command line and tests: the PNG's bytes as base64 (page.evaluate carries strings well). */
export async function toBase64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
