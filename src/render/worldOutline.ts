// The countries under the map layout: world-atlas 110m TopoJSON through topojson-client, projected
// once with the map layout's own projection into Path2D objects, then drawn through the camera's
// affine map. Loaded only when layout=map is chosen (a dynamic import), never in the first chunk.
import { geoPath } from "d3-geo";
import { feature, mesh } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import countries from "world-atlas/countries-110m.json";
import type { ToViewport } from "../export/layers";
import { mapProjection } from "../layout/arrange/map";
import type { RenderTheme } from "./style";

// A JSON import has the shape of the file; the package documents it as this topology.
const topology = countries as unknown as Topology<{ countries: GeometryCollection }>;
const path = geoPath(mapProjection());
const land = new Path2D(path(feature(topology, topology.objects.countries)) ?? "");
const borders = new Path2D(path(mesh(topology, topology.objects.countries, (a, b) => a !== b)) ?? "");

export function drawWorld(ctx: CanvasRenderingContext2D, toViewport: ToViewport, theme: RenderTheme): void {
  const o = toViewport(0, 0);
  const ex = toViewport(1, 0);
  const ey = toViewport(0, 1);
  const scale = Math.hypot(ex.x - o.x, ex.y - o.y);
  if (!(scale > 0)) return;
  ctx.save();
  // Projected (px, py) is graph (px, -py): the graph's y axis points the other way.
  ctx.transform(ex.x - o.x, ex.y - o.y, -(ey.x - o.x), -(ey.y - o.y), o.x, o.y);
  ctx.fillStyle = theme.name === "dark" ? "#1A2230" : "#EEF1F4";
  ctx.fill(land);
  ctx.strokeStyle = theme.name === "dark" ? "#334155" : "#C9D1DA";
  ctx.lineWidth = 0.8 / scale;
  ctx.stroke(borders);
  ctx.restore();
}
