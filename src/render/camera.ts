// Camera moves the view makes on its own: bring a node into view, animated unless the reader
// prefers reduced motion. Must not: move a node that is already on screen.
import type Sigma from "sigma";
import type { CameraState } from "sigma/types";
import type { EdgeAttributes, NodeAttributes } from "../model/graph";

type InvestmentSigma = Sigma<NodeAttributes, EdgeAttributes>;

/** Brings a node into view when it is off screen; a node already in view stays where the reader saw it. */
export function moveCameraTo(sigma: InvestmentSigma, key: string, margin = 40): void {
  const position = sigma.getNodeDisplayData(key);
  if (!position) return;
  const { width, height } = sigma.getDimensions();
  const onScreen = sigma.framedGraphToViewport(position);
  if (onScreen.x >= margin && onScreen.x <= width - margin && onScreen.y >= margin && onScreen.y <= height - margin) return;
  moveCamera(sigma, { x: position.x, y: position.y, ratio: sigma.getCamera().ratio });
}

/** Animated unless the reader prefers reduced motion. */
export function moveCamera(sigma: InvestmentSigma, target: Partial<CameraState>): void {
  const reduced = typeof window !== "undefined" && window.matchMedia?.("(prefers-reduced-motion: reduce)").matches;
  if (reduced) sigma.getCamera().setState(target);
  else void sigma.getCamera().animate(target, { duration: 400 });
}

/** Focus moves the camera to the node; closing the details returns the reader to where they were. */
export function focusCamera(sigma: InvestmentSigma): (before: string | null, after: string | null) => void {
  let saved: CameraState | null = null;
  return (before, after) => {
    if (before === after) return;
    if (before === null) saved = sigma.getCamera().getState();
    if (after !== null) moveCameraTo(sigma, after);
    else if (saved) {
      moveCamera(sigma, saved);
      saved = null;
    }
  };
}

/**
 * Calls `stepped` when the zoom crosses a power of two (the edge budget's steps, density.ts), unless
 * `paused` (the layout moves the camera to follow the nodes; links are hidden until it ends anyway).
 */
export function onZoomStep(sigma: InvestmentSigma, paused: () => boolean, stepped: () => void): void {
  let bucket = Math.round(Math.log2(sigma.getCamera().ratio));
  sigma.getCamera().on("updated", ({ ratio }) => {
    const next = Math.round(Math.log2(ratio));
    if (next === bucket || paused()) return;
    bucket = next;
    stepped();
  });
}
