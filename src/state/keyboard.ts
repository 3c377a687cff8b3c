// Named transitions for moving through the graph by keyboard: which node the keyboard is on, and
// the details it opens or closes. Pure `(state) => state`, the same object when nothing changes.
import type { AppState } from "./store";
import type { Transition } from "./transitions";

/** The keyboard lands on a node: it is drawn with a ring and previewed like a hovered one. */
export function keyboardOn(id: string): Transition {
  return (state) => (state.keyboardNode === id && state.hovered === id ? state : { ...state, keyboardNode: id, hovered: id });
}

/** The graph loses focus: the ring goes, and so does the preview the keyboard made. */
export function keyboardLeave(): Transition {
  return (state): AppState => {
    if (state.keyboardNode === null) return state;
    return state.hovered === state.keyboardNode ? { ...state, keyboardNode: null, hovered: null } : { ...state, keyboardNode: null };
  };
}

/** Enter: the keyboard's node is selected and its details open. */
export function openDetails(id: string): Transition {
  return (state) => (state.focus === id ? state : { ...state, focus: id });
}

/** Escape: closes the details; the same state when none were open (the caller then steps back another way). */
export function closeDetails(): Transition {
  return (state) => (state.focus === null ? state : { ...state, focus: null });
}

/** From the table: back to the graph with this node selected (its details open, camera on it). */
export function showInGraph(id: string): Transition {
  return (state) => (state.view === "graph" && state.focus === id ? state : { ...state, view: "graph", focus: id });
}
