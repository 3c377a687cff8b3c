// The sigma settings the explorer draws with: fonts, label density for the width, hover and label
// drawers, camera limits and reduced motion. Pure apart from reading prefers-reduced-motion.
import type { Settings } from "sigma/settings";
import type { EdgeAttributes, NodeAttributes } from "../model/graph";
import { FlatEdgeRectangleProgram, FlatNodeCircleProgram } from "./flatPrograms";
import { hoverDrawer } from "./hover";
import { labelDensityFor } from "./labelDensity";
import type { LabelLayer } from "./labels";
import type { ViewState } from "./viewState";

export function sigmaSettings(
  view: Pick<ViewState, "theme">,
  width: number,
  large: boolean,
  labels: LabelLayer,
): Partial<Settings<NodeAttributes, EdgeAttributes>> {
  return {
    allowInvalidContainer: true,
    zIndex: true,
    defaultEdgeType: "line",
    labelFont: "system-ui, -apple-system, 'Segoe UI', 'Noto Sans CJK SC', 'Noto Sans CJK KR', sans-serif",
    labelSize: 13,
    labelWeight: "600",
    labelColor: { color: view.theme.label },
    // Edge labels make sigma walk every edge each frame: a cue worth it on small graphs only.
    renderEdgeLabels: !large,
    edgeLabelSize: 11,
    edgeLabelWeight: "500",
    edgeLabelColor: { color: view.theme.label },
    defaultDrawNodeHover: hoverDrawer(() => view.theme),
    ...labelDensityFor(width),
    defaultDrawNodeLabel: labels.drawNodeLabel,
    defaultDrawEdgeLabel: labels.drawEdgeLabel,
    labelRenderedSizeThreshold: 4,
    stagePadding: 40,
    minCameraRatio: 0.05,
    maxCameraRatio: 4,
    // Large graphs draw nodes only while the camera moves (links and names come back when it stops):
    // a moving frame then costs the nodes' draw, not 100k links' (docs/decisions.md, "one flush").
    hideEdgesOnMove: large,
    hideLabelsOnMove: large,
    // prefers-reduced-motion: wheel and double-click zooms jump, drags stop without gliding on
    // (1 ms, not 0: sigma's camera divides by the duration, and 0/0 draws one frame at NaN).
    ...(prefersReducedMotion() ? { zoomDuration: 1, doubleClickZoomingDuration: 1, inertiaDuration: 1 } : {}),
    // The same circles and lines, drawn without instancing (software WebGL pays per instance).
    nodeProgramClasses: { circle: FlatNodeCircleProgram },
    edgeProgramClasses: { line: FlatEdgeRectangleProgram },
  };
}

function prefersReducedMotion(): boolean {
  return typeof window !== "undefined" && window.matchMedia?.("(prefers-reduced-motion: reduce)").matches === true;
}
