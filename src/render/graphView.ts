// Draws the model's graph with sigma and keeps it in step with the store: filters and selection
// reach the picture through reducers that only look values up, then a partial refresh.
// Must not: rebuild or mutate the graph on filter changes, or hold state the store owns.
import Sigma from "sigma";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { VisibleSelector } from "../filter/select";
import type { VisibleSet } from "../filter/visible";
import type { EdgeAttributes, NodeAttributes } from "../model/graph";
import { graphKeyOf, idOfGraphKey, type Model } from "../model/model";
import type { AppState, AppStore } from "../state/store";
import { DIM_EDGE, DIM_NODE, edgeColor, edgeSize, nodeSize, scalesFor, type Scales } from "./style";

export interface GraphView {
  readonly sigma: Sigma<NodeAttributes, EdgeAttributes>;
  /** Resolves after the first frame with this model has been drawn. */
  readonly firstFrame: Promise<void>;
}

export interface GraphViewOptions {
  readonly onView?: (view: GraphView | null) => void;
}

type NodeData = Partial<NodeDisplayData> & Omit<NodeAttributes, "label">;
type EdgeData = Partial<EdgeDisplayData> & EdgeAttributes;

export function mountGraph(container: HTMLElement, store: AppStore, selectVisible: VisibleSelector, options: GraphViewOptions = {}): () => void {
  let current: ReturnType<typeof createView> | null = null;

  const sync = (state: AppState, previous: AppState | null): void => {
    if (state.model !== previous?.model) {
      current?.kill();
      current = state.model ? createView(container, store, state.model, selectVisible) : null;
      options.onView?.(current?.view ?? null);
      return;
    }
    current?.update(state, previous);
  };
  sync(store.getState(), null);
  const unsubscribe = store.subscribe((state, previous) => sync(state, previous));
  return () => {
    unsubscribe();
    current?.kill();
    options.onView?.(null);
  };
}

function createView(container: HTMLElement, store: AppStore, model: Model, selectVisible: VisibleSelector) {
  const { graph, index, dataset } = model;
  const scales: Scales = scalesFor(index, dataset.nodes.length);
  let visible: VisibleSet = selectVisible(store.getState()) ?? missingVisibleSet();
  let lang = store.getState().lang;
  let focusKey: string | null = keyOf(model, store.getState().focus);
  let hoverKey: string | null = null;
  /** Nodes to keep bright (the hovered or focused node and its visible neighbours); null = all. */
  let bright: Set<string> | null = null;

  const labels = dataset.nodes.map((node) => node.label);
  const localise = (): void => {
    dataset.nodes.forEach((node, i) => {
      labels[i] = (lang !== "en" && node.labels?.[lang]) || node.label;
    });
  };
  localise();

  const nodeReducer = (key: string, data: NodeData): NodeData => {
    const i = data.index;
    if (!visible.nodeDeals[i] && key !== focusKey) {
      data.hidden = true;
      return data;
    }
    data.size = nodeSize(visible.nodeAmount[i] ?? 0, scales);
    data.label = labels[i] ?? data.label;
    if (bright) {
      if (bright.has(key)) {
        data.forceLabel = true;
        data.zIndex = 2;
      } else {
        data.color = DIM_NODE;
        data.label = null;
        data.zIndex = 0;
      }
    }
    if (key === focusKey) data.highlighted = true;
    return data;
  };

  const edgeReducer = (key: string, data: EdgeData): EdgeData => {
    const p = data.index;
    if (!visible.pairDeals[p]) {
      data.hidden = true;
      return data;
    }
    data.size = edgeSize(visible.pairAmount[p] ?? 0, scales);
    data.color = edgeColor(visible, p, index.forms);
    if (bright) {
      const centre = hoverKey ?? focusKey;
      const [source, target] = graph.extremities(key);
      if (source !== centre && target !== centre) {
        data.color = DIM_EDGE;
        data.zIndex = 0;
      } else data.zIndex = 1;
    }
    return data;
  };

  const sigma = new Sigma<NodeAttributes, EdgeAttributes>(graph, container, {
    allowInvalidContainer: true,
    zIndex: true,
    defaultEdgeType: "line",
    labelFont: "system-ui, -apple-system, 'Segoe UI', 'Noto Sans CJK SC', 'Noto Sans CJK KR', sans-serif",
    labelSize: 13,
    labelWeight: "600",
    labelColor: { color: "#1F2933" },
    labelDensity: 0.6,
    labelGridCellSize: 90,
    labelRenderedSizeThreshold: 4,
    stagePadding: 40,
    minCameraRatio: 0.05,
    maxCameraRatio: 4,
    nodeReducer,
    edgeReducer,
  });

  let resolveFirst: () => void = () => {};
  const firstFrame = new Promise<void>((resolve) => {
    resolveFirst = resolve;
  });
  const neighbourhood = (centre: string | null): Set<string> | null => {
    if (centre === null || !graph.hasNode(centre)) return null;
    const set = new Set<string>([centre]);
    graph.forEachEdge(centre, (edge, _attributes, source, target) => {
      if (visible.pairDeals[graph.getEdgeAttribute(edge, "index")]) set.add(source === centre ? target : source);
    });
    return set;
  };

  sigma.once("afterRender", () => resolveFirst());
  bright = neighbourhood(focusKey);
  sigma.refresh();
  if (focusKey) moveCameraTo(sigma, focusKey);

  const refreshAll = (): void => {
    bright = neighbourhood(hoverKey ?? focusKey);
    sigma.refresh();
  };

  sigma.on("enterNode", ({ node }) => {
    hoverKey = node;
    container.style.cursor = "pointer";
    refreshAll();
  });
  sigma.on("leaveNode", () => {
    hoverKey = null;
    container.style.cursor = "";
    refreshAll();
  });
  sigma.on("clickNode", ({ node }) => {
    const id = idOfGraphKey(model, node) ?? null;
    store.setState({ focus: store.getState().focus === id ? null : id });
  });
  sigma.on("clickStage", () => {
    if (store.getState().focus !== null) store.setState({ focus: null });
  });

  const update = (state: AppState, previous: AppState | null): void => {
    const nextVisible = selectVisible(state);
    const filtersChanged = nextVisible !== null && nextVisible !== visible;
    const focusChanged = state.focus !== previous?.focus;
    const langChanged = state.lang !== lang;
    if (!filtersChanged && !focusChanged && !langChanged) return;
    if (nextVisible) visible = nextVisible;
    if (langChanged) {
      lang = state.lang;
      localise();
    }
    if (focusChanged) {
      focusKey = keyOf(model, state.focus);
      if (focusKey) moveCameraTo(sigma, focusKey);
    }
    if (filtersChanged && !focusChanged && !langChanged && bright === null) {
      refreshChanged(sigma, previousVisible, visible, scales, index.forms);
    } else refreshAll();
    previousVisible = visible;
  };
  let previousVisible = visible;

  return {
    view: { sigma, firstFrame },
    update,
    kill: () => sigma.kill(),
  };
}

function missingVisibleSet(): never {
  throw new Error("graphView: no visible set for a loaded model (selector out of step with the store)");
}

function keyOf(model: Model, id: string | null): string | null {
  return id === null ? null : (graphKeyOf(model, id) ?? null);
}

/** Re-reduces only the nodes and edges whose visibility, size or colour changed. */
function refreshChanged(
  sigma: Sigma<NodeAttributes, EdgeAttributes>,
  before: VisibleSet,
  after: VisibleSet,
  scales: Scales,
  forms: readonly string[],
): void {
  const graph = sigma.getGraph();
  const nodes: string[] = [];
  const edges: string[] = [];
  let shown = false;
  graph.forEachNode((key, attributes) => {
    const i = attributes.index;
    const was = (before.nodeDeals[i] ?? 0) > 0;
    const is = (after.nodeDeals[i] ?? 0) > 0;
    if (was !== is || nodeSize(before.nodeAmount[i] ?? 0, scales) !== nodeSize(after.nodeAmount[i] ?? 0, scales)) {
      nodes.push(key);
      if (is) shown = true;
    }
  });
  graph.forEachEdge((key, attributes) => {
    const p = attributes.index;
    if (
      (before.pairDeals[p] ?? 0) > 0 !== (after.pairDeals[p] ?? 0) > 0 ||
      before.pairAmount[p] !== after.pairAmount[p] ||
      edgeColor(before, p, forms) !== edgeColor(after, p, forms)
    )
      edges.push(key);
  });
  if (nodes.length === 0 && edges.length === 0) return;
  // Sizes and newly shown labels need sigma's label grid rebuilt; pure hides and recolours do not.
  sigma.refresh({ partialGraph: { nodes, edges }, skipIndexation: !shown && nodes.length === 0 });
}

/** Brings a node into view when it is off screen; a node already in view stays where the reader saw it. */
function moveCameraTo(sigma: Sigma<NodeAttributes, EdgeAttributes>, key: string): void {
  const position = sigma.getNodeDisplayData(key);
  if (!position) return;
  const { width, height } = sigma.getDimensions();
  const onScreen = sigma.framedGraphToViewport(position);
  const margin = 40;
  if (onScreen.x >= margin && onScreen.x <= width - margin && onScreen.y >= margin && onScreen.y <= height - margin) return;
  const reduced = typeof window !== "undefined" && window.matchMedia?.("(prefers-reduced-motion: reduce)").matches;
  const target = { x: position.x, y: position.y, ratio: sigma.getCamera().ratio };
  if (reduced) sigma.getCamera().setState(target);
  else void sigma.getCamera().animate(target, { duration: 400 });
}
