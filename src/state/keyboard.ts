// Named transitions for moving through the graph by keyboard: which node the keyboard is on, and
// the details it opens or closes. Pure (state -> changed fields); the store only applies them.
import type { AppState } from "./store";

type Transition = (state: AppState) => Partial<AppState> | null;

/** The keyboard lands on a node: it is drawn with a ring and previewed like a hovered one. */
export function keyboardOn(id: string): Transition {
  return (state) => (state.keyboardNode === id && state.hovered === id ? null : { keyboardNode: id, hovered: id });
}

/** The graph loses focus: the ring goes, and so does the preview the keyboard made. */
export function keyboardLeave(): Transition {
  return (state) => {
    if (state.keyboardNode === null) return null;
    return state.hovered === state.keyboardNode ? { keyboardNode: null, hovered: null } : { keyboardNode: null };
  };
}

/** Enter: the keyboard's node is selected and its details open. */
export function openDetails(id: string): Transition {
  return (state) => (state.focus === id ? null : { focus: id });
}

/** Escape: closes the details; null when none were open (the caller then steps back another way). */
export function closeDetails(): Transition {
  return (state) => (state.focus === null ? null : { focus: null });
}

/** From the table: back to the graph with this node selected (its details open, camera on it). */
export function showInGraph(id: string): Transition {
  return (state) => (state.view === "graph" && state.focus === id ? null : { view: "graph", focus: id });
}
