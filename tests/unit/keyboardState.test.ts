// The keyboard's named transitions: ring and preview move together; Enter and Escape open and close.
import { describe, expect, it } from "vitest";
import { closeDetails, keyboardLeave, keyboardOn, openDetails } from "../../src/state/keyboard";
import { apply, createAppStore, INITIAL_STATE } from "../../src/state/store";

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
    expect(keyboardLeave()(state)).toEqual({ keyboardNode: null });
    expect(keyboardLeave()({ ...INITIAL_STATE })).toBeNull();
  });

  it("opens and closes details, and reports no change as null", () => {
    expect(openDetails("zhipu")(INITIAL_STATE)).toEqual({ focus: "zhipu" });
    expect(openDetails("zhipu")({ ...INITIAL_STATE, focus: "zhipu" })).toBeNull();
    expect(closeDetails()({ ...INITIAL_STATE, focus: "zhipu" })).toEqual({ focus: null });
    expect(closeDetails()(INITIAL_STATE)).toBeNull();
  });

  it("does not notify subscribers when a transition changes nothing", () => {
    const store = createAppStore({ keyboardNode: "a", hovered: "a" });
    let calls = 0;
    store.subscribe(() => calls++);
    apply(store, keyboardOn("a"));
    expect(calls).toBe(0);
  });
});
