// Panels mounted in happy-dom against a real store and model: what they show, how they write the
// store, and that every mount's disposer leaves no listener behind.
import { afterEach, describe, expect, it } from "vitest";
import { createVisibleSelector } from "../../src/filter/select";
import { createDensityStore, publishDensity } from "../../src/state/density";
import { createAppStore, type AppStore } from "../../src/state/store";
import { addNotices, apply, setLanguage, showDataset } from "../../src/state/transitions";
import { DEFAULT_FILTERS } from "../../src/state/filters";
import { mountAlerts } from "../../src/ui/shell/alerts";
import { mountStatus } from "../../src/ui/shell/status";
import { mountLegend } from "../../src/ui/panels/legend";
import { mountStatsPanel } from "../../src/ui/panels/statsPanel";
import { updateFilters } from "../../src/state/store";
import { computeVisible } from "../../src/filter/visible";
import { t } from "../../src/words/i18n";
import { modelOf, sample } from "../unit/fixtures";

const disposers: Array<() => void> = [];
afterEach(() => {
  while (disposers.length > 0) disposers.pop()?.();
  document.body.replaceChildren();
});

function setUp(): { store: AppStore; container: HTMLElement } {
  const store = createAppStore();
  const model = modelOf(sample());
  apply(store, showDataset(model, { filters: DEFAULT_FILTERS, focus: null, compare: null }));
  const container = document.createElement("div");
  document.body.append(container);
  return { store, container };
}

/** Waits for the panels' after-paint work (requestAnimationFrame then a task). */
const painted = (): Promise<void> => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));

describe("alerts", () => {
  it("shows each notice with its place and source, and the dismiss button clears them", () => {
    const { store, container } = setUp();
    disposers.push(mountAlerts(container, store));
    expect(container.hidden).toBe(true);
    apply(store, addNotices("URL", [{ severity: "warning", path: "from", message: '"abc" is not a year' }]));
    expect(container.hidden).toBe(false);
    expect(container.textContent).toContain("from");
    expect(container.textContent).toContain('"abc" is not a year');
    container.querySelector<HTMLButtonElement>('[data-action="dismiss-alerts"]')?.click();
    expect(store.getState().notices).toEqual([]);
    expect(container.hidden).toBe(true);
  });

  it("follows a language switch", () => {
    const { store, container } = setUp();
    disposers.push(mountAlerts(container, store));
    apply(store, addNotices("URL", [{ severity: "warning", path: "from", message: "x" }]));
    apply(store, setLanguage("ko"));
    expect(container.querySelector('[data-action="dismiss-alerts"]')?.textContent).toBe(t("ko", "alerts.dismiss"));
  });
});

describe("status", () => {
  it("carries the pure core's counts as data attributes", () => {
    const { store, container } = setUp();
    const selectVisible = createVisibleSelector();
    disposers.push(mountStatus(container, store, selectVisible));
    const state = store.getState();
    const expected = state.model ? computeVisible(state.model.index, state.model.dataset.nodes.length, state.filters) : null;
    expect(container.dataset["visibleDeals"]).toBe(String(expected?.visibleDeals));
    expect(container.dataset["totalDeals"]).toBe(String(state.model?.index.count));
  });
});

describe("legend", () => {
  it("a form key is a form filter: pressing it hides that form", () => {
    const { store, container } = setUp();
    disposers.push(mountLegend(container, store, createVisibleSelector(), createDensityStore()));
    const first = container.querySelector<HTMLButtonElement>("[data-legend-form]");
    const form = first?.dataset["legendForm"];
    expect(form).toBeTruthy();
    first?.click();
    const shown = store.getState().filters.forms;
    expect(shown).not.toBeNull();
    expect(shown).not.toContain(form);
  });

  it("says how many links are drawn when the renderer thins them, and nothing otherwise", async () => {
    const { store, container } = setUp();
    const density = createDensityStore();
    disposers.push(mountLegend(container, store, createVisibleSelector(), density));
    const note = (): HTMLElement | null => container.querySelector(".legend__note--density");
    publishDensity(density, { drawn: 10, visible: 40 });
    await painted();
    expect(note()?.hidden).toBe(false);
    expect(note()?.dataset["density"]).toBe("thinned");
    publishDensity(density, { drawn: 40, visible: 40 });
    expect(note()?.hidden).toBe(true);
  });
});

describe("stats panel", () => {
  const totalText = (container: HTMLElement): string => container.querySelector('[data-stat="total-amount"]')?.textContent ?? "";

  it("says the disclosed sum, and 'no deals' (never $0) when nothing is shown", async () => {
    const { store, container } = setUp();
    disposers.push(mountStatsPanel(container, store, createVisibleSelector()));
    await painted();
    expect(totalText(container)).toMatch(/^\$/);
    // A year range past the data, undated deals left out: no deal in view.
    updateFilters(store, (filters) => ({ ...filters, years: [2100, 2100], includeUndated: false }));
    await painted();
    expect(totalText(container)).toBe(t("en", "total.none"));
    expect(totalText(container)).not.toMatch(/\$0/);
  });
});
