// Categorical node colours for the colour keys (category, sector, community): eight hues apart
// from each other, each at least 3:1 on its theme's background (tests/unit/palette.test.ts).
import type { Theme } from "./forms";

export const CATEGORICAL: Readonly<Record<Theme, readonly string[]>> = {
  light: ["#1D4ED8", "#C2410C", "#15803D", "#B91C1C", "#7C3AED", "#A16207", "#0E7490", "#BE185D"],
  dark: ["#60A5FA", "#FB923C", "#4ADE80", "#F87171", "#A78BFA", "#FACC15", "#22D3EE", "#F472B6"],
};

/** Nodes outside the colour key (the other kind, small groups): visible but quiet. */
export const UNKEYED: Readonly<Record<Theme, string>> = { light: "#8B95A1", dark: "#6B7380" };
