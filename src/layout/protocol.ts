// Messages between the layout supervisor and its worker. Typed arrays travel as transferables.

export type LayoutRequest =
  | {
      readonly type: "start";
      readonly count: number;
      /** Node index pairs, one per linked pair. */
      readonly links: Uint32Array;
      readonly seed: number;
      /** Continue from these positions (x, y per node); absent: a seeded start from scratch. */
      readonly start?: Float32Array;
    }
  | { readonly type: "stop" }
  /** Positions applied: the worker may send the next ones. */
  | { readonly type: "ack" };

export type LayoutMessage =
  | { readonly type: "progress"; readonly positions: Float32Array; readonly done: number; readonly total: number }
  | { readonly type: "done"; readonly positions: Float32Array; readonly done: number; readonly total: number };
