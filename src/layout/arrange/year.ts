// The network along a time axis: each startup at the year of its first deal (above the axis), each
// investor at the median year of its deals (below), undated ones in a column before the first year.
// Pure: positions come from the data only; a year filter moves the camera and the axis, not nodes.
import { UNDATED } from "../../model/dealIndex";
import type { Model } from "../../model/model";
import { dealCounts } from "./pairs";
import { emptyPlacement, type Mark, type Placement } from "./types";

/** Graph units per year; a node's spacing is about one unit. */
export const YEAR_WIDTH = 10;
const ROW = 3.2;
const AXIS_GAP = 4;

/** Year of each startup's first deal and each investor's median deal year; NaN when undated. */
export function nodeYears(model: Model): Float64Array {
  const { index, dataset } = model;
  const asInvestor: number[][] = dataset.nodes.map(() => []);
  const first = new Float64Array(dataset.nodes.length).fill(Number.NaN);
  for (let d = 0; d < index.count; d++) {
    const year = index.year[d] ?? UNDATED;
    if (year === UNDATED) continue;
    asInvestor[index.investor[d] ?? 0]?.push(year);
    const to = index.target[d] ?? 0;
    if (!((first[to] ?? Number.NaN) <= year)) first[to] = year;
  }
  const years = new Float64Array(dataset.nodes.length).fill(Number.NaN);
  dataset.nodes.forEach((node, i) => {
    const own = asInvestor[i] ?? [];
    if (node.kind === "startup" && !Number.isNaN(first[i] ?? Number.NaN)) years[i] = first[i] ?? Number.NaN;
    else if (own.length > 0) {
      own.sort((a, b) => a - b);
      const mid = own.length >> 1;
      years[i] = own.length % 2 ? (own[mid] ?? 0) : ((own[mid - 1] ?? 0) + (own[mid] ?? 0)) / 2;
    } else years[i] = first[i] ?? Number.NaN;
  });
  return years;
}

export function byYear(model: Model): Placement {
  const count = model.dataset.nodes.length;
  const years = nodeYears(model);
  const deals = dealCounts(model.index, count);
  const extent = model.index.yearExtent ?? [0, 0];
  const { x, y } = emptyPlacement(count);
  // Buckets: one per (side, whole year); undated nodes share a bucket one year before the first.
  const buckets = new Map<string, number[]>();
  let undated = 0;
  model.dataset.nodes.forEach((node, i) => {
    const year = years[i] ?? Number.NaN;
    const slot = Number.isNaN(year) ? extent[0] - 1 : Math.round(year);
    if (Number.isNaN(year)) undated++;
    const key = `${node.kind === "startup" ? "s" : "i"}${slot}`;
    const list = buckets.get(key);
    if (list) list.push(i);
    else buckets.set(key, [i]);
  });
  for (const [key, members] of buckets) {
    const above = key.startsWith("s");
    const slot = Number(key.slice(1));
    // The busiest nearest the axis; a grid as wide as most of a year, growing away from the axis.
    members.sort((a, b) => (deals[b] ?? 0) - (deals[a] ?? 0) || a - b);
    const columns = Math.min(8, Math.max(1, Math.ceil(Math.sqrt(members.length / 8))));
    const width = YEAR_WIDTH * 0.8;
    const step = columns > 1 ? width / (columns - 1) : 0;
    members.forEach((node, at) => {
      const column = at % columns;
      const row = Math.floor(at / columns);
      // Within its year a node sits by its exact (median) year, so a column reads left to right.
      const exact = years[node] ?? Number.NaN;
      const shift = Number.isNaN(exact) ? 0 : (exact - slot) * YEAR_WIDTH * 0.1;
      x[node] = (slot - extent[0]) * YEAR_WIDTH - width / 2 + (columns > 1 ? column * step : width / 2) + shift;
      y[node] = (above ? 1 : -1) * (AXIS_GAP + row * ROW);
    });
  }
  const ticks: Array<{ year: number; x: number }> = [];
  for (let year = extent[0]; year <= extent[1]; year++) ticks.push({ year, x: (year - extent[0]) * YEAR_WIDTH });
  const marks: Mark[] = [{ kind: "axis", y: 0, ticks, halfYear: YEAR_WIDTH / 2 }];
  if (undated > 0)
    marks.push({ kind: "text", text: { word: "undated" }, count: undated, x: -YEAR_WIDTH, y: -AXIS_GAP / 2, align: "center" });
  return { x, y, marks };
}

/** Graph x of a year on the axis (the camera follows the year filter with it). */
export function yearX(model: Model, year: number): number {
  return (year - (model.index.yearExtent?.[0] ?? 0)) * YEAR_WIDTH;
}
