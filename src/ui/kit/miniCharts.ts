// Two small charts for the details panel: horizontal bars with a text label per row (amount by
// form) and columns per year. SVG through d3-selection; every bar also carries its value as text.
import { max } from "d3-array";
import { scaleBand, scaleLinear } from "d3-scale";
import { create } from "d3-selection";
import { el } from "./dom";

export interface BarItem {
  readonly label: string;
  readonly value: number;
  readonly color: string;
  readonly text: string;
}

/** A list, not a picture: each row is its label, a bar and the value in words. */
export function barList(items: readonly BarItem[]): HTMLElement {
  const list = el("ul", { class: "bar-list" });
  const top = max(items, (item) => item.value) ?? 0;
  for (const item of items) {
    const bar = el("span", { class: "bar-list__bar", "aria-hidden": "true" });
    bar.style.width = `${top > 0 ? Math.max(2, (100 * item.value) / top) : 0}%`;
    bar.style.background = item.color;
    const track = el("span", { class: "bar-list__track" });
    track.append(bar);
    const row = el("li", { class: "bar-list__row" });
    row.append(el("span", { class: "bar-list__label" }, item.label), track, el("span", { class: "bar-list__value" }, item.text));
    list.append(row);
  }
  return list;
}

/** Columns of an amount per year; the SVG is labelled with every value for screen readers. */
export function yearColumns(
  entries: ReadonlyArray<readonly [number, number]>,
  format: (value: number, year: number) => string,
  label: string,
): SVGSVGElement {
  const width = 260;
  const height = 64;
  const first = entries[0]?.[0] ?? 0;
  const last = entries[entries.length - 1]?.[0] ?? first;
  const years = Array.from({ length: last - first + 1 }, (_unused, i) => first + i);
  const values = new Map(entries);
  const x = scaleBand<number>().domain(years).range([0, width]).padding(0.15);
  const y = scaleLinear()
    .domain([0, max(entries, (entry) => entry[1]) ?? 1])
    .range([0, height - 14]);
  const svg = create("svg")
    .attr("class", "year-columns")
    .attr("viewBox", `0 0 ${width} ${height}`)
    .attr("role", "img")
    .attr("aria-label", `${label}: ${entries.map(([year, value]) => `${year} ${format(value, year)}`).join(", ")}`);
  svg
    .selectAll("rect")
    .data(years)
    .join("rect")
    .attr("x", (year) => x(year) ?? 0)
    .attr("width", x.bandwidth())
    .attr("y", (year) => height - 12 - y(values.get(year) ?? 0))
    .attr("height", (year) => y(values.get(year) ?? 0))
    .append("title")
    .text((year) => `${year}: ${format(values.get(year) ?? 0, year)}`);
  const ticks = years.length <= 6 ? years : [first, last];
  svg
    .selectAll("text")
    .data(ticks)
    .join("text")
    .attr("x", (year) => (x(year) ?? 0) + x.bandwidth() / 2)
    .attr("y", height - 1)
    .attr("text-anchor", (year) => (ticks.length === 2 ? (year === first ? "start" : "end") : "middle"))
    .text((year) => String(year));
  const node = svg.node();
  if (!node) throw new Error("d3 could not create an svg");
  return node;
}
