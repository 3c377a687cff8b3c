// sigma reducers as lookups: they read the current visible set and highlight from a shared view
// state and write into the copy sigma hands them. No allocation, no graph access but extremities.
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { VisibleSet } from "../filter/visible";
import type { EdgeAttributes, InvestmentGraph, NodeAttributes } from "../model/graph";
import { edgeColor, edgeSize, type RenderTheme, type Scales } from "./style";

export type NodeData = Partial<NodeDisplayData> & Omit<NodeAttributes, "label"> & { labelSide?: "left" };
export type EdgeData = Partial<EdgeDisplayData> & EdgeAttributes;

export interface ViewState {
  visible: VisibleSet;
  /** Labels in the current language, by node index. */
  labels: string[];
  focusKey: string | null;
  hoverKey: string | null;
  /** The node the keyboard is on: highlighted like the focused one (its ring is drawn apart). */
  keyboardKey: string | null;
  /** Nodes to keep bright (around the hovered or focused node); null: no highlight. */
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

export function createReducers(graph: InvestmentGraph, forms: readonly string[], scales: Scales, view: ViewState) {
  const nodeReducer = (key: string, data: NodeData): NodeData => {
    const i = data.index;
    if (!view.visible.nodeDeals[i] && key !== view.focusKey && !view.indexAll) {
      data.hidden = true;
      return data;
    }
    const { place } = view;
    if (view.labelLeft?.[i]) data.labelSide = "left";
    data.size = scales.nodeSize[i] ?? data.size;
    data.color = view.nodeColors[i] ?? data.color;
    data.label = view.labels[i] ?? data.label;
    if (view.leading.has(i)) data.forceLabel = true;
    const { bright } = view;
    if (bright) {
      if (bright.has(key)) {
        data.forceLabel = true;
        data.zIndex = 2;
      } else if (view.dimOthers) {
        data.color = view.theme.dimNode;
        data.label = null;
        data.forceLabel = false;
        data.zIndex = 0;
      }
    }
    if (key === view.focusKey || key === view.keyboardKey) data.highlighted = true;
    if (view.layoutRunning && !place) {
      data.label = null;
      data.forceLabel = false;
    }
    return data;
  };

  const touchesBright = (key: string): boolean => {
    const centre = view.hoverKey ?? view.focusKey;
    return centre !== null && (graph.source(key) === centre || graph.target(key) === centre);
  };

  const edgeReducer = (key: string, data: EdgeData): EdgeData => {
    const p = data.index;
    if (
      (view.layoutRunning && !view.place) ||
      !view.visible.pairDeals[p] ||
      ((view.visible.pairAmount[p] ?? 0) < view.edgeThreshold && !touchesBright(key))
    ) {
      data.hidden = true;
      return data;
    }
    if (view.edgeType) data.type = view.edgeType;
    data.size = edgeSize(view.visible.pairAmount[p] ?? 0, scales);
    data.color = edgeColor(view.visible, p, forms, view.theme);
    if (view.bright) {
      const centre = view.hoverKey ?? view.focusKey;
      const source = graph.source(key);
      const target = graph.target(key);
      // Around a node: its own links. Comparing two investors (no centre): links inside the bright set.
      const bright = centre !== null ? source === centre || target === centre : view.bright.has(source) && view.bright.has(target);
      if (bright) {
        data.zIndex = 1;
        // The form in words on the highlighted links: a second cue besides colour.
        if (centre !== null) data.label = view.edgeLabel(p);
      } else if (view.dimOthers) {
        data.color = view.theme.dimEdge;
        data.zIndex = 0;
      }
    }
    return data;
  };

  return { nodeReducer, edgeReducer };
}

/** The node and its neighbours through visible edges. */
export function neighbourhood(graph: InvestmentGraph, visible: VisibleSet, centre: string | null): Set<string> | null {
  if (centre === null || !graph.hasNode(centre)) return null;
  const set = new Set<string>([centre]);
  graph.forEachEdge(centre, (_edge, attributes, source, target) => {
    if (visible.pairDeals[attributes.index]) set.add(source === centre ? target : source);
  });
  return set;
}

/** Two investors and the startups both back through visible links; null unless both are nodes. */
export function sharedPortfolio(graph: InvestmentGraph, visible: VisibleSet, a: string | null, b: string | null): Set<string> | null {
  if (a === null || b === null || !graph.hasNode(a) || !graph.hasNode(b)) return null;
  const backedByA = new Set<string>();
  graph.forEachOutEdge(a, (_edge, attributes, _source, target) => {
    if (visible.pairDeals[attributes.index]) backedByA.add(target);
  });
  const set = new Set<string>([a, b]);
  graph.forEachOutEdge(b, (_edge, attributes, _source, target) => {
    if (visible.pairDeals[attributes.index] && backedByA.has(target)) set.add(target);
  });
  return set;
}
