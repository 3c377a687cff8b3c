// Draws the model's graph with sigma and keeps it in step with the store: each store update is one
// pure step of the view state (viewState.ts) and one refresh of only what it touched (refresh.ts).
// Must not: rebuild or mutate the graph on filter changes, or hold state the store owns.
import Sigma from "sigma";
import { focusCamera, moveCameraTo, onZoomStep } from "./camera";
import { createKeyboardRing } from "./keyboardFocus";
import type { VisibleSelector } from "../filter/select";
import type { VisibleSet } from "../filter/visible";
import { edgeKey, nodeKey, type EdgeAttributes, type NodeAttributes } from "../model/graph";
import { idOfGraphKey, type Model } from "../model/model";
import type { AppState, AppStore } from "../state/store";
import { apply, hoverNode, rendererFailed, selectNode, toggleSelection } from "../state/transitions";
import { publishDensity as publish, type DensityStore } from "../state/density";
import type { PictureLayers } from "../export/layers";
import { createReducers } from "./reducers";
import { brightOf } from "./highlight";
import { mountHoverLinks } from "./hoverLinks";
import { mountPickingLater } from "./pickingLater";
import { annotatedKeysFor, initialViewState, stepView, targetOfView, type ViewContext, type ViewTarget } from "./viewState";
import { drawnPairs, thresholdsFor } from "./density";
import { flush, LARGE_GRAPH, type Keys } from "./refresh";
import { compareKeysOf, keyOf, localisedLabels, nodeColorsOf } from "./viewData";
import { linkLabeller } from "./linkLabels";
import { sigmaSettings } from "./sigmaSettings";
import { afterLayout, trackLayout } from "./layoutFollow";
import { edgeColor, edgeSize, RENDER_THEMES, scalesFor } from "./style";
import { createLabelLayer, type LabelBox } from "./labels";
import { labelDensityFor } from "./labelDensity";
import { mountArrangement } from "./arrangement";

export interface GraphView {
  readonly sigma: Sigma<NodeAttributes, EdgeAttributes>;
  /** Resolves after the first frame with this model has been drawn. */
  readonly firstFrame: Promise<void>;
  /** Re-indexes everything (after a layout moved nodes): keeps filtered nodes' labels ready. */
  reindex(): void;
  /** The node labels drawn in the last frame (graph keys, CSS px of the container). */
  readonly labelBoxes: () => readonly LabelBox[];
  /** Gives an export's temporary renderer the same label placement and draws it anew; reads back the names drawn. */
  readonly placeLabelsOn: (renderer: Sigma) => () => readonly LabelBox[];
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
  const keys: Keys = {
    nodes: dataset.nodes.map((_node, i) => nodeKey(i)),
    edges: Array.from({ length: index.pairCount }, (_unused, p) => edgeKey(p)),
  };
  const context: ViewContext = { graph, keys, large, labelsFor: (lang) => localisedLabels(model, lang) };
  const scales = scalesFor(index, dataset.nodes.length);
  const edgeThreshold = thresholdsFor(scales.unfiltered);
  const annotatedOf = annotatedKeysFor(model);
  const targetOf = (state: AppState, visible: VisibleSet, threshold: number): ViewTarget => ({
    visible,
    edgeThreshold: threshold,
    lang: state.lang,
    theme: RENDER_THEMES[state.theme],
    focusKey: keyOf(model, state.focus),
    hoverKey: keyOf(model, state.hovered),
    keyboardKey: keyOf(model, state.keyboardNode),
    compareKeys: compareKeysOf(model, state.compare),
    annotated: annotatedOf(state),
  });

  // Everything the first frame needs is set before sigma's constructor, whose own full refresh is
  // then the only indexation at load; large graphs index every node (labels ready for later).
  const visible = selectVisible(initial) ?? missingVisibleSet();
  const view = initialViewState(context, targetOf(initial, visible, large ? edgeThreshold(visible, 1) : 0), {
    nodeColors: nodeColorsOf(model, RENDER_THEMES[initial.theme]),
    edgeLabel: () => "",
  });
  view.edgeLabel = linkLabeller(model, view, () => store.getState()).label;
  const { nodeReducer, edgeReducer } = createReducers(graph, index.forms, scales, view);
  const labelLayer = createLabelLayer(() => view.theme.background);
  const sigma = new Sigma<NodeAttributes, EdgeAttributes>(graph, container, {
    ...sigmaSettings(view, container.clientWidth, large, labelLayer),
    nodeReducer,
    edgeReducer,
  });
  labelLayer.attach(sigma); // sigma's constructor drew the first frame: its recorded labels are placed now.
  performance.mark("explorer:first-render");
  // A lost context (GPU reset, too many contexts) leaves blank canvases: hand over to the fallback.
  for (const canvas of Object.values(sigma.getCanvases())) {
    canvas.addEventListener("webglcontextlost", () => {
      if (!killed) apply(store, rendererFailed());
    });
  }
  const unpick = mountPickingLater(sigma, keys.nodes, store);
  const hoverLinks = large
    ? mountHoverLinks(
        sigma,
        container,
        () => view.visible,
        (pair) => ({
          size: edgeSize(view.visible.pairAmount[pair] ?? 0, scales),
          color: edgeColor(view.visible, pair, index.forms, view.theme),
        }),
      )
    : null;

  /** After an indexation with every node: hides the filtered ones without indexing again. */
  const hideFiltered = (): void => {
    view.indexAll = false;
    const hidden = graph.filterNodes((key, attributes) => !view.visible.nodeDeals[attributes.index] && key !== view.focusKey);
    if (hidden.length > 0) sigma.refresh({ partialGraph: { nodes: hidden }, skipIndexation: true, schedule: true });
  };

  /**
   * Full re-index (language, end of a layout); on large graphs filtered nodes are indexed too, then
   * hidden. Synchronous: sigma builds its label grid in this render; `scheduled`, at the next frame.
   */
  const reindex = (scheduled = false): void => {
    reindexDue = false;
    view.bright = brightOf(graph, view);
    view.indexAll = large;
    sigma.refresh({ schedule: scheduled });
    if (large && scheduled) sigma.once("afterRender", hideFiltered);
    else if (large) hideFiltered();
  };

  /**
   * The one full re-index owed at the end of a layout (seconds on 40k nodes), after the frame that
   * says "settled" (Stop answers at once), spread over frames (afterLayout); a re-index asked for
   * meanwhile, or a new layout run, makes it moot.
   */
  let reindexDue = false;
  const live = (): boolean => !killed && !view.layoutRunning;
  const reindexSoon = (): void => {
    reindexDue = true;
    afterLayout(sigma, live, () => reindexDue && reindex(true));
  };
  const layout = trackLayout(sigma, keys, view, reindexSoon);

  sigma.on("enterNode", ({ node }) => {
    container.style.cursor = "pointer";
    apply(store, hoverNode(idOfGraphKey(model, node) ?? null));
  });
  sigma.on("leaveNode", () => {
    container.style.cursor = "";
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
    if (density) publish(density, { drawn: drawnPairs(view.visible, view.edgeThreshold), visible: view.visible.visiblePairs });
  };

  /** The one way the picture changes: a pure step to `target`, then one refresh, drawn at the next frame. */
  const show = (target: ViewTarget): void => {
    const step = stepView(context, view, target);
    const drawnChanged = step.view.visible !== view.visible || step.view.edgeThreshold !== view.edgeThreshold;
    Object.assign(view, step.view);
    if (step.reindex) reindex();
    // A settings change makes sigma re-reduce everything at the next frame (a rare event).
    else if (step.themeChanged) sigma.setSettings({ labelColor: { color: view.theme.label }, edgeLabelColor: { color: view.theme.label } });
    else flush(sigma, keys, step);
    if (drawnChanged) publishDensity();
    hoverLinks?.set(view.hoverKey);
  };

  // Zooming in raises the edge budget: recompute when the zoom crosses a power of two.
  if (large)
    onZoomStep(
      sigma,
      () => view.layoutRunning,
      () => {
        const threshold = thresholdFor(view.visible);
        if (threshold !== view.edgeThreshold) show({ ...targetOfView(view), edgeThreshold: threshold });
      },
    );

  if (large) hideFiltered();
  publishDensity();
  const arrangement = mountArrangement(sigma, container, store, model, view, !large);
  // Painted once the next animation frame has rendered (the bench reads this mark; raw sigma alike).
  const firstFrame = new Promise<void>((resolve) =>
    requestAnimationFrame(() =>
      setTimeout(() => {
        performance.mark("explorer:first-frame");
        resolve();
      }, 0),
    ),
  );
  if (view.focusKey) moveCameraTo(sigma, view.focusKey);
  if (initial.layout.running) layout.follow(initial.layout);
  const ring = createKeyboardRing(sigma, container);
  ring.set(view.keyboardKey);
  const followFocus = focusCamera(sigma);

  const update = (state: AppState, previous: AppState): void => {
    arrangement.update(state, previous);
    if (state.layout !== previous.layout) layout.follow(state.layout);
    const visible = selectVisible(state) ?? view.visible;
    const before = view.focusKey;
    show(targetOf(state, visible, visible === view.visible ? view.edgeThreshold : thresholdFor(visible)));
    followFocus(before, view.focusKey);
    ring.set(view.keyboardKey);
  };

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
        // The names this renderer drew: the exported picture's callouts keep clear of them, as on screen.
        return () => labelLayer.boxes(renderer);
      },
    } satisfies GraphView,
    update,
    kill: () => {
      killed = true;
      ring.kill();
      hoverLinks?.kill();
      unpick();
      layout.stop();
      arrangement.kill();
      resizeObserver.disconnect();
      sigma.kill();
    },
  };
}

function missingVisibleSet(): never {
  throw new Error("graphView: no visible set for a loaded model (selector out of step with the store)");
}
