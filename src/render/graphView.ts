// Draws the model's graph with sigma and keeps it in step with the store: filters and selection
// reach the picture through lookup reducers and a refresh of only what changed.
// Must not: rebuild or mutate the graph on filter changes, or hold state the store owns.
import Sigma from "sigma";
import type { CameraState } from "sigma/types";
import { moveCamera, moveCameraTo } from "./camera";
import { createKeyboardRing } from "./keyboardFocus";
import type { VisibleSelector } from "../filter/select";
import { edgeKey, nodeKey, type EdgeAttributes, type NodeAttributes } from "../model/graph";
import { graphKeyOf, idOfGraphKey, type Model } from "../model/model";
import type { AppState, AppStore } from "../state/store";
import { createReducers, neighbourhood, sharedPortfolio, type ViewState } from "./reducers";
import type { VisibleSet } from "../filter/visible";
import { drawnPairs, thresholdsFor } from "./density";
import { applyChanges, diffVisible, LARGE_GRAPH } from "./refresh";
import { localisedLabels, nodeColorsOf } from "./viewData";
import { linkLabeller } from "./linkLabels";
import { sigmaSettings } from "./sigmaSettings";
import { followLayout, type LayoutFollower } from "./layoutFollow";
import { leadingNodes, RENDER_THEMES, scalesFor } from "./style";
import { apply, hoverNode, rendererFailed, selectNode, toggleSelection } from "../state/transitions";
import { publishDensity as publish, type DensityStore } from "../state/density";
import { createLabelLayer, type LabelBox } from "./labels";
import { labelDensityFor } from "./labelDensity";
import { mountArrangement } from "./arrangement";
import type { PictureLayers } from "../export/layers";

/** How many of the busiest visible nodes always show their label. */
const LEADING_LABELS = 6;

export interface GraphView {
  readonly sigma: Sigma<NodeAttributes, EdgeAttributes>;
  /** Resolves after the first frame with this model has been drawn. */
  readonly firstFrame: Promise<void>;
  /** Re-indexes everything (after a layout moved nodes): keeps filtered nodes' labels ready. */
  reindex(): void;
  /** The node labels drawn in the last frame (graph keys, CSS px of the container). */
  readonly labelBoxes: () => readonly LabelBox[];
  /** Gives an export's temporary renderer the same label placement, and draws it anew. */
  readonly placeLabelsOn: (renderer: Sigma) => void;
  /** Displayed positions (the arrangement's, else the graph's), in data order. */
  positions(): Array<[number, number]>;
  /** Resolves once the arrangement asked for is drawn. */
  arranged(): Promise<void>;
  /** Axis, map and names drawn with the graph: the PNG export draws them too. */
  readonly layers: PictureLayers;
}

export interface GraphViewOptions {
  readonly onView?: (view: GraphView | null) => void;
  /** Where the count of drawn links goes (the legend reads it); its own store, so zooming does not notify the app. */
  readonly density?: DensityStore;
}

export function mountGraph(
  container: HTMLElement,
  store: AppStore,
  selectVisible: VisibleSelector,
  options: GraphViewOptions = {},
): () => void {
  let current: ReturnType<typeof createView> | null = null;
  const sync = (state: AppState, previous: AppState | null): void => {
    if (state.model !== previous?.model) {
      current?.kill();
      // Cleared first: a store update made while the new view is built must not reach the old one.
      current = null;
      try {
        current = state.model ? createView(container, store, state.model, selectVisible, options.density) : null;
      } catch (error) {
        // No WebGL (blocked, old device, lost GPU): the fallback picture and table stand in (ui/fallback.ts).
        console.warn("graphView: cannot draw the graph", error);
        apply(store, rendererFailed());
      }
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

function createView(container: HTMLElement, store: AppStore, model: Model, selectVisible: VisibleSelector, density?: DensityStore) {
  const { graph, index, dataset } = model;
  const initial = store.getState();
  const large = graph.order > LARGE_GRAPH;
  let killed = false;
  const view: ViewState = {
    visible: selectVisible(initial) ?? missingVisibleSet(),
    labels: localisedLabels(model, initial.lang),
    focusKey: keyOf(model, initial.focus),
    hoverKey: null,
    keyboardKey: keyOf(model, initial.keyboardNode),
    bright: null,
    // Dimming every other item means re-drawing all of them: fine for thousands, not for 100k.
    dimOthers: !large,
    indexAll: false,
    leading: new Set(),
    edgeThreshold: 0,
    theme: RENDER_THEMES[initial.theme],
    nodeColors: nodeColorsOf(model, RENDER_THEMES[initial.theme]),
    edgeLabel: () => "",
    layoutRunning: false,
    place: null,
    labelLeft: null,
    edgeType: null,
  };
  view.leading = leadingNodes(view.visible, LEADING_LABELS);
  const linkLabels = linkLabeller(model, view, () => store.getState());
  view.edgeLabel = linkLabels.label;
  const keys = {
    nodes: dataset.nodes.map((_node, i) => nodeKey(i)),
    edges: Array.from({ length: index.pairCount }, (_unused, p) => edgeKey(p)),
  };
  const scales = scalesFor(index, dataset.nodes.length);
  const { nodeReducer, edgeReducer } = createReducers(graph, index.forms, scales, view);
  const edgeThreshold = thresholdsFor(scales.unfiltered);

  // Everything the first frame needs is set before sigma's constructor, whose own full refresh is
  // then the only indexation at load; large graphs index every node (labels ready for later).
  view.edgeThreshold = large ? edgeThreshold(view.visible, 1) : 0;
  /** What stays bright: the hovered or focused node's neighbourhood, else two compared investors. */
  let compareKeys: readonly [string | null, string | null] = compareKeysOf(model, initial.compare);
  const brightSet = (): Set<string> | null =>
    neighbourhood(graph, view.visible, view.hoverKey ?? view.focusKey) ??
    sharedPortfolio(graph, view.visible, compareKeys[0], compareKeys[1]);
  view.bright = brightSet();
  view.indexAll = large;
  const labelLayer = createLabelLayer(() => view.theme.background);
  const sigma = new Sigma<NodeAttributes, EdgeAttributes>(graph, container, {
    ...sigmaSettings(view, container.clientWidth, large, labelLayer),
    nodeReducer,
    edgeReducer,
  });
  // sigma's constructor drew the first frame: its recorded labels are placed and drawn now.
  labelLayer.attach(sigma);
  // A lost context (GPU reset, too many contexts) leaves blank canvases: hand over to the fallback.
  for (const canvas of Object.values(sigma.getCanvases())) {
    canvas.addEventListener("webglcontextlost", () => {
      if (!killed) apply(store, rendererFailed());
    });
  }

  /** Full re-index; on large graphs filtered nodes are indexed too, then hidden without re-indexing. */
  const reindex = (): void => {
    reindexDue = false;
    view.bright = brightSet();
    if (!large) {
      sigma.refresh();
      return;
    }
    view.indexAll = true;
    sigma.refresh();
    hideFiltered();
  };

  /**
   * The one full re-index owed at the end of a layout (seconds on 40k nodes). It waits until the
   * frame that says "settled" has been painted, so Stop answers at once; a re-index asked for
   * meanwhile, or a new layout run, makes it moot.
   */
  let reindexDue = false;
  const reindexSoon = (): void => {
    reindexDue = true;
    requestAnimationFrame(() =>
      setTimeout(() => {
        if (reindexDue && !killed && !view.layoutRunning) reindex();
      }, 0),
    );
  };

  /**
   * While the layout runs, links and labels wait and nodes move a slice per frame (layoutFollow.ts):
   * sigma's own answer to moved nodes re-processes every node, link and label at once.
   */
  let follower: LayoutFollower | null = null;
  const followLayoutState = (layout: AppState["layout"]): void => {
    if (layout.running && !follower) {
      view.layoutRunning = true;
      follower = followLayout(sigma, keys.nodes);
      // Indexation is due anyway (the layout's start positions): scheduled, so it happens once.
      sigma.refresh({ partialGraph: { nodes: keys.nodes, edges: keys.edges }, schedule: true });
    } else if (layout.running) follower?.positionsChanged();
    else if (follower) {
      follower.stop();
      follower = null;
      view.layoutRunning = false;
      sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
      reindexSoon();
    }
  };

  /** After an indexation with every node: hides the filtered ones without indexing again. */
  const hideFiltered = (): void => {
    view.indexAll = false;
    const hidden = graph.filterNodes((key, attributes) => !view.visible.nodeDeals[attributes.index] && key !== view.focusKey);
    if (hidden.length > 0) sigma.refresh({ partialGraph: { nodes: hidden }, skipIndexation: true });
  };

  /** Re-reduces what a highlight touches: everything when dimming, else the neighbourhoods. */
  const refreshHighlight = (before: Set<string> | null): void => {
    view.bright = brightSet();
    if (view.dimOthers) {
      sigma.refresh({ partialGraph: { nodes: graph.nodes(), edges: graph.edges() }, skipIndexation: true });
      return;
    }
    const nodes = new Set([...(before ?? []), ...(view.bright ?? [])]);
    const edges = new Set<string>();
    for (const node of nodes) graph.forEachEdge(node, (edge) => void edges.add(edge));
    sigma.refresh({ partialGraph: { nodes: [...nodes], edges: [...edges] }, skipIndexation: true });
  };

  /** Hover comes from the pointer here or from the store (a list previewing a node by keyboard). */
  const setHover = (key: string | null): void => {
    if (key === view.hoverKey) return;
    const before = view.bright;
    view.hoverKey = key;
    refreshHighlight(before);
  };
  sigma.on("enterNode", ({ node }) => {
    container.style.cursor = "pointer";
    setHover(node);
    apply(store, hoverNode(idOfGraphKey(model, node) ?? null));
  });
  sigma.on("leaveNode", () => {
    container.style.cursor = "";
    setHover(null);
    apply(store, hoverNode(null));
  });
  sigma.on("clickNode", ({ node }) => {
    const id = idOfGraphKey(model, node);
    if (id !== undefined) apply(store, toggleSelection(id));
  });
  sigma.on("clickStage", () => {
    apply(store, selectNode(null));
  });

  /** Pair amount below which links are not drawn, for the current zoom; 0 on small graphs. */
  const thresholdFor = (visible: VisibleSet): number => (large ? edgeThreshold(visible, sigma.getCamera().ratio) : 0);

  /** Tells the panels how many links are drawn; after the current store update has finished. */
  const publishDensity = (): void => {
    const visiblePairs = view.visible.visiblePairs;
    const drawn = drawnPairs(view.visible, view.edgeThreshold);
    if (density) publish(density, { drawn, visible: visiblePairs });
  };

  /** Moves the picture to a new visible set and edge threshold, re-reducing only what changed. */
  const redraw = (nextVisible: VisibleSet, threshold: number): void => {
    const changes = diffVisible(keys, { visible: view.visible, threshold: view.edgeThreshold }, { visible: nextVisible, threshold });
    const leading = leadingNodes(nextVisible, LEADING_LABELS);
    for (const i of new Set([...view.leading, ...leading]))
      if (view.leading.has(i) !== leading.has(i)) changes.nodes.push(keys.nodes[i] ?? "");
    view.visible = nextVisible;
    view.leading = leading;
    view.edgeThreshold = threshold;
    applyChanges(sigma, changes);
    // The neighbourhood may have changed with the filters; re-reduce what it touches too.
    if (view.bright) refreshHighlight(view.bright);
    publishDensity();
  };

  // Zooming in raises the edge budget: recompute when the zoom crosses a power of two.
  let zoomBucket = Math.round(Math.log2(sigma.getCamera().ratio));
  if (large) {
    sigma.getCamera().on("updated", ({ ratio }) => {
      const bucket = Math.round(Math.log2(ratio));
      // The layout moves the camera to follow the nodes; links are hidden until it ends anyway.
      if (bucket === zoomBucket || view.layoutRunning) return;
      zoomBucket = bucket;
      const threshold = thresholdFor(view.visible);
      if (threshold !== view.edgeThreshold) redraw(view.visible, threshold);
    });
  }

  if (large) hideFiltered();
  publishDensity();
  const arrangement = mountArrangement(sigma, container, store, model, view, !large);
  // sigma drew synchronously in its constructor; the frame is on screen at the next animation frame.
  const firstFrame = new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
  if (view.focusKey) moveCameraTo(sigma, view.focusKey);
  if (initial.layout.running) followLayoutState(initial.layout);

  let cameraBeforeFocus: CameraState | null = null;
  const update = (state: AppState, previous: AppState): void => {
    const nextVisible = selectVisible(state) ?? view.visible;
    arrangement.update(state, previous);
    if (state.layout !== previous.layout) followLayoutState(state.layout);
    if (state.lang !== previous.lang) {
      view.labels = localisedLabels(model, state.lang);
      view.visible = nextVisible;
      view.leading = leadingNodes(nextVisible, LEADING_LABELS);
      view.focusKey = keyOf(model, state.focus);
      reindex();
      return;
    }
    if (state.theme !== previous.theme) {
      view.theme = RENDER_THEMES[state.theme];
      // One scheduled full refresh re-reduces every item with the new colours (a rare event).
      sigma.setSettings({ labelColor: { color: view.theme.label }, edgeLabelColor: { color: view.theme.label } });
    }
    if (nextVisible !== view.visible) redraw(nextVisible, thresholdFor(nextVisible));
    if (state.hovered !== previous.hovered) setHover(keyOf(model, state.hovered));
    if (state.compare !== previous.compare) {
      compareKeys = compareKeysOf(model, state.compare);
      refreshHighlight(view.bright);
    }
    if (state.focus !== previous.focus) {
      const before = view.bright;
      view.focusKey = keyOf(model, state.focus);
      const previousKey = keyOf(model, previous.focus);
      refreshHighlight(before);
      // The focused node is drawn even when filtered out; refresh both old and new focus.
      sigma.refresh({
        partialGraph: { nodes: [previousKey, view.focusKey].filter((key): key is string => key !== null) },
        skipIndexation: true,
      });
      // Opening details remembers the camera; closing them returns the reader to where they were.
      if (previous.focus === null) cameraBeforeFocus = sigma.getCamera().getState();
      if (view.focusKey) moveCameraTo(sigma, view.focusKey);
      else if (cameraBeforeFocus) {
        moveCamera(sigma, cameraBeforeFocus);
        cameraBeforeFocus = null;
      }
    }
  };

  const ring = createKeyboardRing(sigma, container);
  const followKeyboard = (state: AppState, previous: AppState | null): void => {
    if (previous && state.keyboardNode === previous.keyboardNode) return;
    const before = view.keyboardKey;
    view.keyboardKey = keyOf(model, state.keyboardNode);
    const touched = [before, view.keyboardKey].filter((key): key is string => key !== null);
    if (touched.length > 0) sigma.refresh({ partialGraph: { nodes: touched }, skipIndexation: true });
    ring.set(view.keyboardKey);
  };
  followKeyboard(initial, null);

  // The container changes size with the panels around it (a long title, notices): redraw to fit.
  const resizeObserver = new ResizeObserver(() => {
    // Phones get fewer, larger label cells; the setting change schedules the render itself.
    const density = labelDensityFor(container.clientWidth);
    if (density.labelGridCellSize !== sigma.getSetting("labelGridCellSize")) sigma.setSettings(density);
    else sigma.scheduleRender();
  });
  resizeObserver.observe(container);

  return {
    view: {
      sigma,
      firstFrame,
      reindex,
      positions: () => arrangement.positions(),
      arranged: () => arrangement.settled(),
      layers: arrangement.layers,
      labelBoxes: () => labelLayer.boxes(sigma),
      placeLabelsOn: (renderer) => {
        labelLayer.attach(renderer);
        renderer.refresh();
      },
    } satisfies GraphView,
    update: (state: AppState, previous: AppState) => {
      update(state, previous);
      followKeyboard(state, previous);
    },
    kill: () => {
      killed = true;
      ring.kill();
      follower?.stop();
      arrangement.kill();
      resizeObserver.disconnect();
      sigma.kill();
    },
  };
}

function missingVisibleSet(): never {
  throw new Error("graphView: no visible set for a loaded model (selector out of step with the store)");
}

function compareKeysOf(model: Model, compare: AppState["compare"]): readonly [string | null, string | null] {
  return compare ? [keyOf(model, compare[0]), keyOf(model, compare[1])] : [null, null];
}

function keyOf(model: Model, id: string | null): string | null {
  return id === null ? null : (graphKeyOf(model, id) ?? null);
}
