// Sizes of an exported picture: social-card presets or the live view, times the chosen scale,
// checked against the largest canvas every browser draws. Pure: no DOM, unit-tested in Node.

/** What the export dialog asks: a size preset or the live view, a scale, a background, a frame. */
export const EXPORT_SIZES = ["view", "1200x630", "1200x675", "1080x1080"] as const;
export type ExportSize = (typeof EXPORT_SIZES)[number];
export const EXPORT_SCALES = [1, 2, 3, 4] as const;

export interface PngExportChoice {
  readonly size: ExportSize;
  readonly scale: (typeof EXPORT_SCALES)[number];
  readonly transparent: boolean;
  readonly frame: boolean;
}

export const DEFAULT_CHOICE: PngExportChoice = { size: "view", scale: 2, transparent: false, frame: true };

/** iOS Safari refuses canvases over 16,777,216 pixels (4096 x 4096) and gives a blank image. */
export const MAX_PIXELS = 16_777_216;

export const PRESETS: Readonly<Record<Exclude<ExportSize, "view">, { width: number; height: number }>> = {
  "1200x630": { width: 1200, height: 630 },
  "1200x675": { width: 1200, height: 675 },
  "1080x1080": { width: 1080, height: 1080 },
};

/** Graph area kept even when a small card leaves little room beside the text. */
const MIN_GRAPH = 120;

export interface ExportGeometry {
  /** The whole picture, in CSS pixels (multiply by scale for output pixels). */
  readonly width: number;
  readonly height: number;
  /** Where the graph goes inside it. */
  readonly graph: { readonly x: number; readonly y: number; readonly width: number; readonly height: number };
}

/**
 * The view size keeps the graph as large as on screen and adds the frame around it; a preset is the
 * whole picture, the frame taking its share. `frame` is the header and footer height (0 without one).
 */
export function geometry(
  choice: Pick<PngExportChoice, "size">,
  view: { width: number; height: number },
  frame: { header: number; footer: number },
): ExportGeometry {
  if (choice.size === "view") {
    const width = Math.max(1, Math.round(view.width));
    const graphHeight = Math.max(1, Math.round(view.height));
    return { width, height: graphHeight + frame.header + frame.footer, graph: { x: 0, y: frame.header, width, height: graphHeight } };
  }
  const preset = PRESETS[choice.size];
  const graphHeight = Math.max(MIN_GRAPH, preset.height - frame.header - frame.footer);
  return {
    width: preset.width,
    height: preset.height,
    graph: { x: 0, y: frame.header, width: preset.width, height: Math.min(graphHeight, preset.height) },
  };
}

/** Output pixels of a picture, or a message saying why it cannot be made. */
export function checkPixels(width: number, height: number, scale: number): { width: number; height: number } | { error: string } {
  const out = { width: Math.round(width * scale), height: Math.round(height * scale) };
  if (out.width * out.height <= MAX_PIXELS) return out;
  const fits = Math.floor(Math.sqrt(MAX_PIXELS / (width * height)) * 10) / 10;
  return {
    error: `${out.width} × ${out.height} px is more than ${MAX_PIXELS.toLocaleString("en-US")} pixels, the largest picture every browser can draw (iOS Safari); choose a scale up to ${Math.max(1, Math.floor(fits))}x or a smaller size.`,
  };
}

/** "china-s-tech-giants-2026-11-25.png": safe on every file system. */
export function fileName(title: string, date: Date): string {
  const slug =
    title
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60) || "network";
  return `${slug}-${date.toISOString().slice(0, 10)}.png`;
}
