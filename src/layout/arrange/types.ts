// What every arrangement returns: one position per node (graph coordinates, y pointing up) and the
// marks an overlay draws beside them (axis, group names, the tray). Pure data: no DOM, no words.
import type { Model } from "../../model/model";

export const ARRANGEMENTS = ["force", "bipartite", "year", "sector", "map"] as const;
export type ArrangementName = (typeof ARRANGEMENTS)[number];

export function isArrangementName(value: string): value is ArrangementName {
  return (ARRANGEMENTS as readonly string[]).includes(value);
}

/** Words an overlay translates (layout must not know languages). */
export type MarkWord = "other" | "noPlace" | "undated" | "investors" | "startups";

export interface TextMark {
  readonly kind: "text";
  /** Data text (a sector's name) or a word to translate. */
  readonly text: string | { readonly word: MarkWord };
  /** Members in the group, shown after the name; null for none. */
  readonly count: number | null;
  readonly x: number;
  readonly y: number;
  readonly align: "left" | "center" | "right";
}

export interface AxisMark {
  readonly kind: "axis";
  /** The axis line's y and each year's x, in graph coordinates. */
  readonly y: number;
  readonly ticks: ReadonlyArray<{ readonly year: number; readonly x: number }>;
  /** Half the width of one year on the axis. */
  readonly halfYear: number;
}

/** The world outline drawn underneath (map layout): its projection maps lon/lat to (x, -y). */
export interface WorldMark {
  readonly kind: "world";
}

export type Mark = TextMark | AxisMark | WorldMark;

export interface Placement {
  readonly x: Float32Array;
  readonly y: Float32Array;
  readonly marks: readonly Mark[];
}

export type Arranger = (model: Model) => Placement;

export function emptyPlacement(count: number): { x: Float32Array; y: Float32Array } {
  return { x: new Float32Array(count), y: new Float32Array(count) };
}
