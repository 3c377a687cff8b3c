// After a story step, the camera frames what the step shows (the visible nodes' box, padded):
// a ~600 ms glide, a cut under prefers-reduced-motion. Later refits (layout settled, resize) only
// while the reader has not moved the camera themselves. Reads the store; never changes it.
import type Sigma from "sigma";
import type { CameraState } from "sigma/types";
import type { VisibleSelector } from "../filter/select";
import type { EdgeAttributes, NodeAttributes } from "../model/graph";
import { nodeKey } from "../model/graph";
import type { AppState, AppStore } from "../state/store";

type ExplorerSigma = Sigma<NodeAttributes, EdgeAttributes>;

const GLIDE_MS = 600;
/** Room around the framed nodes, in CSS px, for labels and callouts. */
const PADDING = 56;

/** The camera that shows every visible node (and the step's focus) inside the view with padding. */
export function fittingCamera(sigma: ExplorerSigma, state: AppState, selectVisible: VisibleSelector): Partial<CameraState> | null {
  const visible = selectVisible(state);
  const model = state.model;
  if (!visible || !model) return null;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const include = (key: string): void => {
    const data = sigma.getNodeDisplayData(key);
    if (!data) return;
    minX = Math.min(minX, data.x);
    maxX = Math.max(maxX, data.x);
    minY = Math.min(minY, data.y);
    maxY = Math.max(maxY, data.y);
  };
  visible.nodeDeals.forEach((deals, i) => {
    if (deals > 0) include(nodeKey(i));
  });
  const focusKey = state.focus === null ? undefined : model.nodeIndexById.get(state.focus);
  if (focusKey !== undefined) include(nodeKey(focusKey));
  if (!Number.isFinite(minX)) return null;
  // Framed-graph units per CSS pixel at the current ratio, measured (sigma's own aspect correction included).
  const { width, height } = sigma.getDimensions();
  if (width <= 2 * PADDING || height <= 2 * PADDING) return null;
  const camera = sigma.getCamera().getState();
  const a = sigma.viewportToFramedGraph({ x: 0, y: 0 });
  const b = sigma.viewportToFramedGraph({ x: width, y: height });
  const perPxX = Math.abs(b.x - a.x) / width / camera.ratio;
  const perPxY = Math.abs(b.y - a.y) / height / camera.ratio;
  if (!(perPxX > 0 && perPxY > 0)) return null;
  const ratio = Math.max((maxX - minX) / perPxX / (width - 2 * PADDING), (maxY - minY) / perPxY / (height - 2 * PADDING), 0.15);
  return { x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio: Math.min(ratio, 1.5), angle: 0 };
}

export function mountStoryCamera(store: AppStore, selectVisible: VisibleSelector, sigmaOf: () => ExplorerSigma | null): () => void {
  let readerMoved = false;
  let watched: HTMLElement | null = null;
  const onReader = (): void => {
    readerMoved = true;
  };
  const readerEvents = ["wheel", "pointerdown", "touchstart", "keydown"] as const;
  const watch = (sigma: ExplorerSigma): void => {
    const container = sigma.getContainer();
    if (container === watched) return;
    for (const type of readerEvents) watched?.removeEventListener(type, onReader);
    watched = container;
    for (const type of readerEvents) container.addEventListener(type, onReader, { passive: true });
  };

  const fit = (animate: boolean): void => {
    const sigma = sigmaOf();
    if (!sigma) return;
    watch(sigma);
    const target = fittingCamera(sigma, store.getState(), selectVisible);
    if (!target) return;
    const reduced = window.matchMedia?.("(prefers-reduced-motion: reduce)").matches === true;
    if (animate && !reduced) void sigma.getCamera().animate(target, { duration: GLIDE_MS });
    else sigma.getCamera().setState(target);
  };

  const resize = new ResizeObserver(() => {
    const state = store.getState();
    if (state.step !== null && state.load === "ready" && !readerMoved) fit(false);
  });
  let observed: HTMLElement | null = null;

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.step === null || state.load !== "ready") return;
    const sigma = sigmaOf();
    if (sigma && observed !== sigma.getContainer()) {
      observed = sigma.getContainer();
      resize.disconnect();
      resize.observe(observed);
    }
    // A step change is the reader's own request to see the step: it reframes even after they panned.
    if (state.step !== previous.step) {
      readerMoved = false;
      fit(previous.load === "ready");
    } else if (previous.load !== "ready" || (previous.layout.running && !state.layout.running)) {
      if (!readerMoved) fit(false);
    }
  });
  return () => {
    unsubscribe();
    resize.disconnect();
    for (const type of readerEvents) watched?.removeEventListener(type, onReader);
  };
}
