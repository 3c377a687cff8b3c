// The graph view's state as data, and its one transition per store update: `stepView` returns the
// next state and exactly which nodes and links must be re-reduced, so the view refreshes sigma once.
// Pure (graph lookups only, no sigma, no DOM): tested in Node. Must not: hold what the store owns.
import type { VisibleSet } from "../filter/visible";
import type { InvestmentGraph } from "../model/graph";
import { graphKeyOf, type Model } from "../model/model";
import type { AppState } from "../state/store";
import { annotationsShown } from "../state/storyStep";
import type { Language } from "../state/url";
import { brightOf, highlightTouches, sameHighlight } from "./highlight";
import { diffVisible, type Keys } from "./refresh";
import { leadingNodes, type RenderTheme } from "./style";

/** How many of the busiest visible nodes always show their label. */
export const LEADING_LABELS = 6;

export interface ViewState {
  visible: VisibleSet;
  /** Labels in the current language, by node index. */
  labels: string[];
  lang: Language;
  focusKey: string | null;
  hoverKey: string | null;
  /** The node the keyboard is on: highlighted like the focused one (its ring is drawn apart). */
  keyboardKey: string | null;
  /** The two compared investors (graph keys), or nulls. */
  compareKeys: readonly [string | null, string | null];
  /**
   * The node whose neighbourhood is bright: the hovered one, else the focused one. On large graphs
   * hover does not count (render/hoverLinks.ts draws it over the picture): only the focus does.
   */
  centre: string | null;
  /** The nodes the story's callouts point at (ViewTarget's). */
  annotated: ReadonlySet<string>;
  /** Nodes to keep bright (around the centre, else the compared pair's shared portfolio); null: no highlight. */
  bright: Set<string> | null;
  /** When true, everything else is dimmed; large graphs only emphasise the neighbourhood. */
  dimOthers: boolean;
  /** Node indices whose labels are always drawn (the busiest visible nodes). */
  leading: Set<number>;
  /** Pairs whose amount is below this are not drawn (edge budget of large graphs); 0 draws all. */
  edgeThreshold: number;
  /** Set only while sigma indexes: filtered nodes stay in its label grid, ready to reappear. */
  indexAll: boolean;
  theme: RenderTheme;
  /** Node colour by node index in the current theme (by kind). */
  nodeColors: string[];
  /** "Cloud credits $300M": the label of a highlighted link, by pair index, in the current language. */
  edgeLabel: (pair: number) => string;
  /** While the layout worker runs, links and labels wait (see layoutFollow.ts): only nodes move. */
  layoutRunning: boolean;
  /** Set while another arrangement than force is shown (render/arrangement.ts writes its positions). */
  place: { readonly x: Float32Array; readonly y: Float32Array } | null;
  /** 1 for nodes whose label goes left of them (the bipartite investors' column). */
  labelLeft: Uint8Array | null;
  /** sigma edge program for links ("curved" on the map), or null for the default line. */
  edgeType: string | null;
}

/** What the view follows from the store, already in graph keys. */
export interface ViewTarget {
  readonly visible: VisibleSet;
  readonly edgeThreshold: number;
  readonly lang: Language;
  readonly theme: RenderTheme;
  readonly focusKey: string | null;
  readonly hoverKey: string | null;
  readonly keyboardKey: string | null;
  readonly compareKeys: readonly [string | null, string | null];
  /** The nodes the story's callouts point at now (graph keys): never dimmed, always named. */
  readonly annotated: ReadonlySet<string>;
}

/** The graph keys of the annotations shown (the story's own and its step's): the same set while they stay. */
export function annotatedKeysFor(model: Model): (state: Pick<AppState, "story" | "step">) => ReadonlySet<string> {
  let last: { story: AppState["story"]; step: number | null; keys: ReadonlySet<string> } | null = null;
  return (state) => {
    if (last?.story === state.story && last.step === state.step) return last.keys;
    const keys = new Set(annotationsShown(state).flatMap((annotation) => graphKeyOf(model, annotation.node) ?? []));
    last = { story: state.story, step: state.step, keys };
    return keys;
  };
}

export interface ViewContext {
  readonly graph: InvestmentGraph;
  readonly keys: Keys;
  /** Above LARGE_GRAPH nodes (render/refresh.ts): no dimming, no hover in the reducers. */
  readonly large: boolean;
  readonly labelsFor: (lang: Language) => string[];
}

export interface ViewStep {
  readonly view: ViewState;
  /** Nodes and links to re-reduce (sigma's partial refresh). */
  readonly nodes: ReadonlySet<string>;
  readonly edges: ReadonlySet<string>;
  /** Every node and link is to be re-reduced (a dimming highlight changed). */
  readonly all: boolean;
  /** A node appeared or disappeared: small graphs re-index sigma's label grid. */
  readonly visibilityChanged: boolean;
  /** Labels changed language: a full re-index. */
  readonly reindex: boolean;
  /** The theme changed: sigma's settings change, which refreshes everything by itself. */
  readonly themeChanged: boolean;
}

const centreOf = (large: boolean, target: Pick<ViewTarget, "hoverKey" | "focusKey">): string | null =>
  (large ? null : target.hoverKey) ?? target.focusKey;

/** The first state, for sigma's constructor (which reduces everything once). */
export function initialViewState(context: ViewContext, target: ViewTarget, rest: Pick<ViewState, "nodeColors" | "edgeLabel">): ViewState {
  const centre = centreOf(context.large, target);
  return {
    ...target,
    ...rest,
    labels: context.labelsFor(target.lang),
    centre,
    bright: brightOf(context.graph, { visible: target.visible, centre, compareKeys: target.compareKeys }),
    // Dimming every other item means re-drawing all of them: fine for thousands, not for 100k.
    dimOthers: !context.large,
    leading: leadingNodes(target.visible, LEADING_LABELS),
    // Large graphs index every node at first (labels ready for nodes that filters bring back).
    indexAll: context.large,
    layoutRunning: false,
    place: null,
    labelLeft: null,
    edgeType: null,
  };
}

/** The next state for `target`, and what sigma must re-reduce to draw it. Does not change `view`. */
export function stepView(context: ViewContext, view: ViewState, target: ViewTarget): ViewStep {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  const next: ViewState = { ...view, ...target };
  const reindex = target.lang !== view.lang;
  if (reindex) next.labels = context.labelsFor(target.lang);
  let visibilityChanged = false;
  if (target.visible !== view.visible || target.edgeThreshold !== view.edgeThreshold) {
    const changes = diffVisible(
      context.keys,
      { visible: view.visible, threshold: view.edgeThreshold },
      { visible: target.visible, threshold: target.edgeThreshold },
    );
    for (const key of changes.nodes) nodes.add(key);
    for (const key of changes.edges) edges.add(key);
    visibilityChanged = changes.nodeVisibilityChanged;
    if (target.visible !== view.visible) {
      next.leading = leadingNodes(target.visible, LEADING_LABELS);
      for (const i of next.leading) if (!view.leading.has(i)) nodes.add(context.keys.nodes[i] ?? "");
      for (const i of view.leading) if (!next.leading.has(i)) nodes.add(context.keys.nodes[i] ?? "");
    }
  }
  next.centre = centreOf(context.large, target);
  const highlightMoved =
    next.centre !== view.centre ||
    next.visible !== view.visible ||
    next.compareKeys[0] !== view.compareKeys[0] ||
    next.compareKeys[1] !== view.compareKeys[1];
  if (highlightMoved) next.bright = brightOf(context.graph, next);
  let all = false;
  if (!sameHighlight(view, next)) {
    if (next.dimOthers) all = true;
    else highlightTouches(context.graph, view, next, nodes, edges);
  }
  if (next.annotated !== view.annotated) for (const key of [...view.annotated, ...next.annotated]) nodes.add(key);
  // The focused node is drawn even when filtered out; the keyboard's node is marked: old and new.
  for (const [before, after] of [
    [view.focusKey, next.focusKey],
    [view.keyboardKey, next.keyboardKey],
  ] as const) {
    if (before === after) continue;
    if (before !== null) nodes.add(before);
    if (after !== null) nodes.add(after);
  }
  return { view: next, nodes, edges, all, visibilityChanged, reindex, themeChanged: target.theme !== view.theme };
}

/** The target the view already shows (to step it with one thing changed, such as the zoom's threshold). */
export function targetOfView(view: ViewState): ViewTarget {
  const { visible, edgeThreshold, lang, theme, focusKey, hoverKey, keyboardKey, compareKeys, annotated } = view;
  return { visible, edgeThreshold, lang, theme, focusKey, hoverKey, keyboardKey, compareKeys, annotated };
}
