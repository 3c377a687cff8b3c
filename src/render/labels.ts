// Node labels drawn on the side the arrangement asks for: left of the node for the investors'
// column of the bipartite layout (so labels sit outside the columns), right of it otherwise.
import type { Attributes } from "graphology-types";
import type { Settings } from "sigma/settings";
import type { NodeDisplayData, PartialButFor } from "sigma/types";

export function sideLabelDrawer<N extends Attributes, E extends Attributes, G extends Attributes>(
  context: CanvasRenderingContext2D,
  data: PartialButFor<NodeDisplayData, "x" | "y" | "size" | "label" | "color">,
  settings: Settings<N, E, G>,
): void {
  if (!data.label) return;
  const size = settings.labelSize;
  context.fillStyle = settings.labelColor.color ?? "#000";
  context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  const left = "labelSide" in data && data.labelSide === "left";
  context.textAlign = left ? "right" : "left";
  context.fillText(data.label, left ? data.x - data.size - 3 : data.x + data.size + 3, data.y + size / 3);
  context.textAlign = "left";
}
