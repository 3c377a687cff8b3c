// Messages between the layout supervisor and its worker. Typed arrays travel as transferables.
import type { ForceAtlas2Settings } from "graphology-layout-forceatlas2";

export type LayoutRequest =
  | {
      readonly type: "start";
      readonly nodes: Float32Array;
      readonly edges: Float32Array;
      readonly settings: Required<ForceAtlas2Settings>;
      readonly iterations: number;
    }
  | { readonly type: "stop" }
  /** Positions applied: the worker may send the next ones. */
  | { readonly type: "ack" };

export type LayoutMessage =
  | { readonly type: "progress"; readonly positions: Float32Array; readonly done: number; readonly total: number }
  | { readonly type: "done"; readonly done: number; readonly total: number };
