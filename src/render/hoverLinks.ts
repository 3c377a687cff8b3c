// Hover on large graphs: the hovered node's visible links drawn on a 2D canvas between sigma's
// links and nodes, so a hover changes no sigma buffer and costs no WebGL frame (sigma's own hover
// layer draws the node and its name). Redrawn after each frame, so it follows the camera.
// Must not: re-reduce or refresh anything in sigma.
import type Sigma from "sigma";
import type { VisibleSet } from "../filter/visible";
import type { EdgeAttributes, NodeAttributes } from "../model/graph";
import { clearedCanvas } from "./overlays";

export interface LinkLook {
  readonly size: number;
  readonly color: string;
}

export interface HoverLinks {
  /** The hovered node (graph key), or null. */
  set(key: string | null): void;
  kill(): void;
}

export function mountHoverLinks(
  sigma: Sigma<NodeAttributes, EdgeAttributes>,
  container: HTMLElement,
  visible: () => VisibleSet,
  look: (pair: number) => LinkLook,
): HoverLinks {
  const graph = sigma.getGraph();
  const canvas = document.createElement("canvas");
  canvas.className = "graph__hover-links";
  canvas.setAttribute("aria-hidden", "true");
  canvas.style.cssText = "position:absolute;inset:0;pointer-events:none;width:100%;height:100%";
  const nodesLayer = sigma.getCanvases()["nodes"];
  if (nodesLayer?.parentElement === container) container.insertBefore(canvas, nodesLayer);
  else container.append(canvas);
  let current: string | null = null;
  let drawn = false;

  const draw = (): void => {
    if (current === null && !drawn) return;
    // sigma's own size of the container: reading the container's in the pointer's event forced a layout.
    const cleared = clearedCanvas(canvas, container, sigma.getDimensions());
    if (!cleared) return;
    const { ctx: context } = cleared;
    drawn = false;
    const centre = current;
    if (centre === null || !graph.hasNode(centre)) return;
    const shown = visible();
    context.lineCap = "round";
    graph.forEachEdge(centre, (_edge, attributes, source, target) => {
      if (!shown.pairDeals[attributes.index]) return;
      const from = sigma.getNodeDisplayData(source);
      const to = sigma.getNodeDisplayData(target);
      if (!from || !to) return;
      const a = sigma.framedGraphToViewport(from);
      const b = sigma.framedGraphToViewport(to);
      const { size, color } = look(attributes.index);
      context.strokeStyle = color;
      context.lineWidth = Math.max(1, sigma.scaleSize(size));
      context.beginPath();
      context.moveTo(a.x, a.y);
      context.lineTo(b.x, b.y);
      context.stroke();
    });
    drawn = true;
  };
  sigma.on("afterRender", draw);

  return {
    set(key) {
      if (key === current) return;
      current = key;
      draw();
    },
    kill() {
      sigma.off("afterRender", draw);
      canvas.remove();
    },
  };
}
