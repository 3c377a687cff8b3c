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
