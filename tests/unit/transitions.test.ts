// The store's named transitions: pure, and they return the same state when nothing changes (so
// subscribers hear nothing); watch() calls back only when its slice changes.
import { describe, expect, it, vi } from "vitest";
import { createAppStore, INITIAL_STATE, type AppState } from "../../src/state/store";
import {
  addNotices,
  apply,
  dismissNotices,
  escape,
  hoverNode,
  loadFailed,
  rendererFailed,
  selectNode,
  setCompare,
  setLanguage,
  setLayoutProgress,
  showView,
  toggleSelection,
  unhoverNode,
  updateFilters,
} from "../../src/state/transitions";
import { DEFAULT_FILTERS, setForms } from "../../src/state/filters";
import { watch } from "../../src/state/watch";
import { createDensityStore, publishDensity } from "../../src/state/density";

const base: AppState = { ...INITIAL_STATE, focus: "alibaba", hovered: "tencent" };

describe("transitions", () => {
  it.each([
    ["selectNode to the selected node", selectNode("alibaba"), { ...base, hovered: null }],
    ["hoverNode to the hovered node", hoverNode("tencent"), base],
    ["unhoverNode of another node", unhoverNode("moonshot-ai"), base],
    ["setLanguage to the language", setLanguage("en"), base],
    ["showView to the view", showView("graph"), base],
    ["setCompare to an equal pair", setCompare(null), base],
    ["dismissNotices with none", dismissNotices(), base],
    ["addNotices of nothing", addNotices("URL", []), base],
    ["updateFilters that changes nothing", updateFilters((filters) => filters), base],
    ["setLayoutProgress to the same progress", setLayoutProgress({ running: false, progress: 0, ran: false }), base],
  ])("%s returns the same state", (_name, transition, start) => {
    expect(transition(start)).toBe(start);
  });

  it("selecting a node ends the hover preview", () => {
    expect(selectNode("moonshot-ai")(base)).toMatchObject({ focus: "moonshot-ai", hovered: null });
  });

  it("a click on the selected node clears the selection, on another selects it", () => {
    expect(toggleSelection("alibaba")(base).focus).toBeNull();
    expect(toggleSelection("tencent")(base).focus).toBe("tencent");
  });

  it("unhover ends only the node's own hover", () => {
    expect(unhoverNode("tencent")(base).hovered).toBeNull();
  });

  it("Escape closes the tooltip first, then the selection, then does nothing", () => {
    const once = escape()(base);
    expect(once).toMatchObject({ hovered: null, focus: "alibaba" });
    const twice = escape()(once);
    expect(twice).toMatchObject({ hovered: null, focus: null });
    expect(escape()(twice)).toBe(twice);
  });

  it("a lost renderer shows the table in one change", () => {
    expect(rendererFailed()(base)).toMatchObject({ renderer: "failed", view: "table" });
  });

  it("a failed load is an error only when nothing was shown before", () => {
    expect(loadFailed()(base).load).toBe("error");
    const shown = { ...base, load: "ready" as const, model: {} as AppState["model"] };
    expect(loadFailed()(shown)).toBe(shown);
  });

  it("notices keep their source and add up", () => {
    const one = addNotices("URL", [{ severity: "warning", path: "from", message: "not a year" }])(base);
    const two = addNotices("data.json", [{ severity: "error", path: "deals[1]", message: "bad" }])(one);
    expect(two.notices.map((notice) => notice.source)).toEqual(["URL", "data.json"]);
    expect(dismissNotices()(two).notices).toEqual([]);
  });

  it("filter transitions reach the filters", () => {
    expect(updateFilters(setForms(["cash"], ["cash", "cloud-credits"]))(base).filters).not.toBe(DEFAULT_FILTERS);
  });
});

describe("apply and watch", () => {
  it("apply notifies subscribers once per real change and never for no change", () => {
    const store = createAppStore();
    const listener = vi.fn();
    store.subscribe(listener);
    apply(store, selectNode("a"));
    apply(store, selectNode("a"));
    apply(store, setLanguage("ko"));
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it("watch calls back with the new and old slice only when the slice changes", () => {
    const store = createAppStore();
    const seen: Array<[string | null, string | null]> = [];
    const stop = watch(
      store,
      (state) => state.focus,
      (next, previous) => seen.push([next, previous]),
    );
    apply(store, setLanguage("zh"));
    apply(store, selectNode("a"));
    apply(store, selectNode("b"));
    stop();
    apply(store, selectNode("c"));
    expect(seen).toEqual([
      ["a", null],
      ["b", "a"],
    ]);
  });

  it("the density store tells only real changes", () => {
    const density = createDensityStore();
    const listener = vi.fn();
    density.subscribe(listener);
    publishDensity(density, { drawn: 10, visible: 20 });
    publishDensity(density, { drawn: 10, visible: 20 });
    publishDensity(density, { drawn: 12, visible: 20 });
    expect(listener).toHaveBeenCalledTimes(2);
  });
});
