// The keyboard's named transitions: ring and preview move together; Enter and Escape open and close.
import { describe, expect, it } from "vitest";
import { closeDetails, keyboardLeave, keyboardOn, openDetails } from "../../src/state/keyboard";
import { createAppStore, INITIAL_STATE } from "../../src/state/store";
import { apply } from "../../src/state/transitions";

describe("keyboard transitions", () => {
  it("puts the ring and the preview on a node, and takes both away on leave", () => {
    const store = createAppStore();
    apply(store, keyboardOn("alibaba"));
    expect([store.getState().keyboardNode, store.getState().hovered]).toEqual(["alibaba", "alibaba"]);
    apply(store, keyboardLeave());
    expect([store.getState().keyboardNode, store.getState().hovered]).toEqual([null, null]);
  });

  it("leaves a pointer's hover alone when the keyboard leaves", () => {
    const state = { ...INITIAL_STATE, keyboardNode: "alibaba", hovered: "tencent" };
    expect(keyboardLeave()(state)).toEqual({ ...state, keyboardNode: null });
    const none = { ...INITIAL_STATE };
    expect(keyboardLeave()(none)).toBe(none);
  });

  it("opens and closes details, and returns the same state for no change", () => {
    expect(openDetails("zhipu")(INITIAL_STATE)).toEqual({ ...INITIAL_STATE, focus: "zhipu" });
    const open = { ...INITIAL_STATE, focus: "zhipu" };
    expect(openDetails("zhipu")(open)).toBe(open);
    expect(closeDetails()(open)).toEqual({ ...open, focus: null });
    expect(closeDetails()(INITIAL_STATE)).toBe(INITIAL_STATE);
  });

  it("does not notify subscribers when a transition changes nothing", () => {
    const store = createAppStore({ keyboardNode: "a", hovered: "a" });
    let calls = 0;
    store.subscribe(() => calls++);
    apply(store, keyboardOn("a"));
    expect(calls).toBe(0);
  });
});
