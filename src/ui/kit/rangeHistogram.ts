// A d3 histogram with a horizontal brush: drag to pick a range, double-click to clear.
// It reports ranges the person brushed; ranges set from the store move the brush without echo.
import { brushX, type BrushBehavior, type D3BrushEvent } from "d3-brush";
import { scaleLinear, scaleLog, type ScaleContinuousNumeric } from "d3-scale";
import { select } from "d3-selection";

export interface Bin {
  readonly x0: number;
  readonly x1: number;
  readonly count: number;
}

export interface RangeHistogramOptions {
  readonly bins: readonly Bin[];
  readonly domain: readonly [number, number];
  readonly log: boolean;
  readonly label: string;
  readonly tickFormat: (value: number) => string;
  readonly ticks: readonly number[];
  /** Snaps a brushed pixel range to data values; null when the brush was cleared. */
  readonly onBrush: (range: readonly [number, number] | null) => void;
  readonly snap: (range: readonly [number, number]) => readonly [number, number];
  readonly color: string;
}

export interface RangeHistogram {
  /** Moves the brush to show `range` (data values), or clears it. Does not call onBrush. */
  setRange(range: readonly [number, number] | null): void;
  dispose(): void;
}

const HEIGHT = 64;
const MARGIN = { top: 4, right: 8, bottom: 18, left: 8 };

export function mountRangeHistogram(container: HTMLElement, options: RangeHistogramOptions): RangeHistogram {
  const svg = select(container)
    .append("svg")
    .attr("class", "histogram")
    .attr("role", "img")
    .attr("aria-label", options.label)
    .attr("height", HEIGHT);
  let scale: ScaleContinuousNumeric<number, number> = options.log ? scaleLog() : scaleLinear();
  let range: readonly [number, number] | null = null;
  let brush: BrushBehavior<unknown> | null = null;
  const brushLayer = (): ReturnType<typeof svg.select<SVGGElement>> => svg.select<SVGGElement>("g.histogram__brush");

  const draw = (): void => {
    const width = Math.max(160, container.clientWidth || 240);
    svg.attr("width", width).attr("viewBox", `0 0 ${width} ${HEIGHT}`);
    svg.selectAll("*").remove();
    scale = (options.log ? scaleLog() : scaleLinear()).domain(options.domain).range([MARGIN.left, width - MARGIN.right]);
    const maxCount = Math.max(1, ...options.bins.map((bin) => bin.count));
    const y = scaleLinear()
      .domain([0, maxCount])
      .range([HEIGHT - MARGIN.bottom, MARGIN.top]);

    svg
      .append("g")
      .attr("class", "histogram__bars")
      .selectAll("rect")
      .data(options.bins)
      .join("rect")
      .attr("x", (bin) => scale(bin.x0) + 0.5)
      .attr("width", (bin) => Math.max(1, scale(bin.x1) - scale(bin.x0) - 1))
      .attr("y", (bin) => y(bin.count))
      .attr("height", (bin) => y(0) - y(bin.count))
      .attr("fill", options.color);

    const axis = svg.append("g").attr("class", "histogram__axis").attr("aria-hidden", "true");
    axis
      .selectAll("text")
      .data(options.ticks)
      .join("text")
      .attr("x", (tick) => scale(tick))
      .attr("y", HEIGHT - 4)
      // Ticks at the ends would be cut off: anchor them inwards.
      .attr("text-anchor", (tick) =>
        scale(tick) - MARGIN.left < 16 ? "start" : width - MARGIN.right - scale(tick) < 16 ? "end" : "middle",
      )
      .text((tick) => options.tickFormat(tick));

    brush = brushX()
      .extent([
        [MARGIN.left, MARGIN.top],
        [width - MARGIN.right, HEIGHT - MARGIN.bottom],
      ])
      .on("end", (event: D3BrushEvent<unknown>) => {
        if (!event.sourceEvent) return; // programmatic move: the store already knows
        const selection = event.selection;
        const [a, b] = selection ?? [];
        if (typeof a !== "number" || typeof b !== "number") {
          options.onBrush(null);
          return;
        }
        const snapped = options.snap([scale.invert(a), scale.invert(b)]);
        options.onBrush(snapped);
      });
    svg.append("g").attr("class", "histogram__brush").call(brush);
    moveBrush();
  };

  const moveBrush = (): void => {
    if (!brush) return;
    const layer = brushLayer();
    if (range) brush.move(layer, [scale(range[0]), scale(range[1])]);
    else brush.move(layer, null);
  };

  const observer = new ResizeObserver(() => draw());
  observer.observe(container);
  draw();

  return {
    setRange(next) {
      range = next;
      moveBrush();
    },
    dispose() {
      observer.disconnect();
      svg.remove();
    },
  };
}
