// sigma reducers as lookups: they read the current visible set and highlight from a shared view
// state and write into the copy sigma hands them. No allocation, no graph access but extremities.
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { EdgeAttributes, InvestmentGraph, NodeAttributes } from "../model/graph";
import { edgeColor, edgeSize, type Scales } from "./style";
import type { ViewState } from "./viewState";

/** `labelFirst`: the name is placed before every other (render/labels.ts), for the nodes story callouts point at. */
export type NodeData = Partial<NodeDisplayData> & Omit<NodeAttributes, "label"> & { labelSide?: "left"; labelFirst?: boolean };
export type EdgeData = Partial<EdgeDisplayData> & EdgeAttributes;

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
    // A node a story callout points at stays bright and named whatever the highlight (a compared
    // pair's shared portfolio would dim the one company the step is about).
    if (bright?.has(key) || view.annotated.has(key)) {
      data.forceLabel = true;
      data.zIndex = 2;
      if (view.annotated.has(key)) data.labelFirst = true;
    } else if (bright && view.dimOthers) {
      data.color = view.theme.dimNode;
      data.label = null;
      data.forceLabel = false;
      data.zIndex = 0;
    }
    if (key === view.focusKey || key === view.keyboardKey) data.highlighted = true;
    if (view.layoutRunning && !place) {
      data.label = null;
      data.forceLabel = false;
    }
    return data;
  };

  const touchesBright = (key: string): boolean => {
    const { centre } = view;
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
      const { centre } = view;
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
