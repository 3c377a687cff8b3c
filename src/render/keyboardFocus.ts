// The keyboard's node in the picture: a ring drawn around it (a DOM overlay that follows every
// frame) and the camera following it off screen. Must not: move the keyboard or write to the store.
import type Sigma from "sigma";
import type { EdgeAttributes, NodeAttributes } from "../model/graph";
import { moveCameraTo } from "./camera";

/** Gap between the node's edge and the ring, in CSS px. */
const RING_GAP = 4;

export interface KeyboardRing {
  /** Puts the ring on a node (graph key), or takes it away; brings the node into view. */
  set(key: string | null): void;
  kill(): void;
}

export function createKeyboardRing(sigma: Sigma<NodeAttributes, EdgeAttributes>, container: HTMLElement): KeyboardRing {
  const ring = document.createElement("div");
  ring.className = "graph__ring";
  ring.setAttribute("aria-hidden", "true");
  ring.hidden = true;
  container.append(ring);
  let current: string | null = null;

  const place = (): void => {
    const data = current === null ? undefined : sigma.getNodeDisplayData(current);
    if (!data || data.hidden) {
      ring.hidden = true;
      return;
    }
    const { x, y } = sigma.framedGraphToViewport(data);
    const radius = sigma.scaleSize(data.size) + RING_GAP;
    ring.hidden = false;
    ring.style.width = ring.style.height = `${2 * radius}px`;
    ring.style.transform = `translate(${x - radius}px, ${y - radius}px)`;
  };
  sigma.on("afterRender", place);

  return {
    set(key) {
      if (key === current) return;
      current = key;
      if (key !== null) moveCameraTo(sigma, key, 60);
      place();
    },
    kill() {
      sigma.off("afterRender", place);
      ring.remove();
    },
  };
}

/** Where the drawn nodes are now, in CSS px of the graph container (for moving by arrow keys). */
export function viewportPoints(sigma: Sigma<NodeAttributes, EdgeAttributes>): Array<{ node: number; x: number; y: number }> {
  const points: Array<{ node: number; x: number; y: number }> = [];
  sigma.getGraph().forEachNode((key, attributes) => {
    const data = sigma.getNodeDisplayData(key);
    if (!data || data.hidden) return;
    const { x, y } = sigma.framedGraphToViewport(data);
    points.push({ node: attributes.index, x, y });
  });
  return points;
}
