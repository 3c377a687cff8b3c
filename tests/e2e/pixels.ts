// Looks at screenshots as pictures: decoded with pngjs, never judged by file size.
import { PNG } from "pngjs";

export interface PixelSummary {
  width: number;
  height: number;
  /** Share of pixels that differ clearly from the background colour (the top-left pixel). */
  inkShare: number;
  /** Distinct colours, quantised to 4 bits per channel. */
  colours: number;
}

export function summarise(buffer: Buffer): PixelSummary {
  const png = PNG.sync.read(buffer);
  const { width, height, data } = png;
  const [r0, g0, b0] = [data[0] ?? 0, data[1] ?? 0, data[2] ?? 0];
  let ink = 0;
  const colours = new Set<number>();
  for (let i = 0; i < data.length; i += 4) {
    const r = data[i] ?? 0;
    const g = data[i + 1] ?? 0;
    const b = data[i + 2] ?? 0;
    if (Math.abs(r - r0) + Math.abs(g - g0) + Math.abs(b - b0) > 60) ink++;
    colours.add(((r >> 4) << 8) | ((g >> 4) << 4) | (b >> 4));
  }
  return { width, height, inkShare: ink / (width * height), colours: colours.size };
}

/** Share of pixels that differ between two screenshots of the same size. */
export function difference(a: Buffer, b: Buffer): number {
  const pa = PNG.sync.read(a);
  const pb = PNG.sync.read(b);
  if (pa.width !== pb.width || pa.height !== pb.height) return 1;
  let changed = 0;
  for (let i = 0; i < pa.data.length; i += 4) {
    const delta =
      Math.abs((pa.data[i] ?? 0) - (pb.data[i] ?? 0)) +
      Math.abs((pa.data[i + 1] ?? 0) - (pb.data[i + 1] ?? 0)) +
      Math.abs((pa.data[i + 2] ?? 0) - (pb.data[i + 2] ?? 0));
    if (delta > 30) changed++;
  }
  return changed / (pa.width * pa.height);
}

/** Share of pixels inside a box (x, y, width, height in image pixels) that differ clearly from the image's background. */
export function inkIn(buffer: Buffer, box: { x: number; y: number; width: number; height: number }): number {
  const { width, data } = PNG.sync.read(buffer);
  const [r0, g0, b0] = [data[0] ?? 0, data[1] ?? 0, data[2] ?? 0];
  let ink = 0;
  for (let y = box.y; y < box.y + box.height; y++) {
    for (let x = box.x; x < box.x + box.width; x++) {
      const i = (y * width + x) * 4;
      if (Math.abs((data[i] ?? 0) - r0) + Math.abs((data[i + 1] ?? 0) - g0) + Math.abs((data[i + 2] ?? 0) - b0) > 60) ink++;
    }
  }
  return ink / (box.width * box.height);
}
