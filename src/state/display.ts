// How the network is drawn, not what is in it: the arrangement (layout=) and the colour key
// (color=). Plain data with pure transitions; the store only applies them.
import { ARRANGEMENTS, isArrangementName, type ArrangementName } from "../layout/arrange/types";

export { ARRANGEMENTS, isArrangementName, type ArrangementName };

export const COLOR_MODES = ["kind", "category", "sector", "community"] as const;
export type ColorMode = (typeof COLOR_MODES)[number];

export function isColorMode(value: string): value is ColorMode {
  return (COLOR_MODES as readonly string[]).includes(value);
}

export interface DisplayChoice {
  readonly arrangement: ArrangementName;
  readonly color: ColorMode;
}

export const DEFAULT_DISPLAY: DisplayChoice = { arrangement: "force", color: "kind" };

type Transition = (display: DisplayChoice) => DisplayChoice;

export const setArrangement =
  (arrangement: ArrangementName): Transition =>
  (display) =>
    display.arrangement === arrangement ? display : { ...display, arrangement };

export const setColorMode =
  (color: ColorMode): Transition =>
  (display) =>
    display.color === color ? display : { ...display, color };
