// Organisations at their place on an Equal Earth map: the node's lat/lon, else its city's (offline
// table); one city's nodes spread on a small spiral so none hides another; the unplaced in a tray
// row below. Pure: d3-geo's projection maths, no drawing (the outline is render's, loaded lazily).
import { geoEqualEarth, type GeoProjection } from "d3-geo";
import { cityCoordinates } from "../../config/cities";
import type { NodeRecord } from "../../io/schema";
import type { Model } from "../../model/model";
import { dealCounts, spiral } from "./pairs";
import { emptyPlacement, type Mark, type Placement } from "./types";

/** The map's projection; graph coordinates are (x, -y) of it (graph y points up). */
export function mapProjection(): GeoProjection {
  return geoEqualEarth().scale(100).translate([0, 0]);
}

/** [lat, lon] of a node: its own coordinates win over its city's; null when unknown. */
export function placeOf(node: Pick<NodeRecord, "lat" | "lon" | "city">): readonly [number, number] | null {
  if (node.lat !== undefined && node.lon !== undefined) return [node.lat, node.lon];
  return cityCoordinates(node.city);
}

/** Graph coordinates of a place. */
export function projectPlace(place: readonly [number, number], projection: GeoProjection = mapProjection()): { x: number; y: number } {
  const [px, py] = projection([place[1], place[0]]) ?? [0, 0];
  return { x: px, y: -py };
}

export function byPlace(model: Model): Placement {
  const { nodes } = model.dataset;
  const projection = mapProjection();
  const deals = dealCounts(model.index, nodes.length);
  const { x, y } = emptyPlacement(nodes.length);
  const atPlace = new Map<string, { x: number; y: number; members: number[] }>();
  const tray: number[] = [];
  nodes.forEach((node, i) => {
    const place = placeOf(node);
    if (!place) {
      tray.push(i);
      return;
    }
    const key = `${place[0].toFixed(3)},${place[1].toFixed(3)}`;
    const found = atPlace.get(key);
    if (found) found.members.push(i);
    else atPlace.set(key, { ...projectPlace(place, projection), members: [i] });
  });

  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const place of atPlace.values()) {
    minX = Math.min(minX, place.x);
    maxX = Math.max(maxX, place.x);
    minY = Math.min(minY, place.y);
    maxY = Math.max(maxY, place.y);
  }
  if (atPlace.size === 0) [minX, maxX, minY, maxY] = [-100, 100, -50, 50];
  // Nodes are drawn in pixels whatever the zoom: spacing is a share of the data's extent, so a
  // city's spiral is a few node widths across at the first view and opens up as one zooms in.
  const extent = Math.max(maxX - minX, maxY - minY, 20);
  const spacing = extent / 160;
  for (const place of atPlace.values()) {
    place.members.sort((a, b) => (deals[b] ?? 0) - (deals[a] ?? 0) || a - b);
    place.members.forEach((node, i) => {
      const { dx, dy } = spiral(i, spacing);
      x[node] = place.x + dx;
      y[node] = place.y + dy;
    });
  }
  // The tray: rows under the map, as wide as the map, busiest first.
  tray.sort((a, b) => (deals[b] ?? 0) - (deals[a] ?? 0) || a - b);
  const step = spacing * 2.5;
  const perRow = Math.max(1, Math.floor((maxX - minX) / step) + 1);
  const trayTop = minY - extent * 0.12;
  tray.forEach((node, i) => {
    x[node] = minX + (i % perRow) * step;
    y[node] = trayTop - Math.floor(i / perRow) * step;
  });
  const marks: Mark[] = [{ kind: "world" }];
  if (tray.length > 0)
    marks.push({ kind: "text", text: { word: "noPlace" }, count: tray.length, x: minX, y: trayTop + step * 1.2, align: "left" });
  return { x, y, marks };
}
