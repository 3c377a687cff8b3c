// Layers drawn with the graph in the PNG export and on screen: under it (the map, the year axis)
// and over it (group and cluster names). The renderer supplies them; export only calls them.
// Must not: read the live view's camera (an export has its own renderer, size and scale).

/** Graph coordinates -> CSS pixels of the drawn area. */
export type ToViewport = (x: number, y: number) => { x: number; y: number };

export type LayerDrawer = (ctx: CanvasRenderingContext2D, toViewport: ToViewport, width: number, height: number) => void;

export interface PictureLayers {
  readonly back?: LayerDrawer;
  readonly front?: LayerDrawer;
}

/** Freezes a renderer's graph -> viewport map (an affine map while the camera is not rotated). */
export function affineOf(map: ToViewport): ToViewport {
  const o = map(0, 0);
  const ex = map(1, 0);
  const ey = map(0, 1);
  const [a, b, c, d] = [ex.x - o.x, ex.y - o.y, ey.x - o.x, ey.y - o.y];
  return (x, y) => ({ x: o.x + a * x + c * y, y: o.y + b * x + d * y });
}
