// Every step of the flagship's story names what it points at: each annotated node passes the step's
// filters and is drawn bright and labelled in the step's view, whatever that view highlights (step 3
// compares Alibaba and Tencent, whose shared portfolio leaves out the StepFun and 01.AI it is about).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseInvestmentGraphText } from "../../src/io/parse";
import { graphKeyOf, createModel } from "../../src/model/model";
import { createVisibleSelector } from "../../src/filter/select";
import { createReducers } from "../../src/render/reducers";
import { RENDER_THEMES, scalesFor } from "../../src/render/style";
import { localisedLabels, nodeColorsOf } from "../../src/render/viewData";
import { annotatedKeysFor, initialViewState, type ViewContext } from "../../src/render/viewState";
import { createAppStore } from "../../src/state/store";
import { readStory } from "../../src/state/story";
import { annotationsShown, enterStep, urlContextOf } from "../../src/state/storyStep";
import { apply, showDataset } from "../../src/state/transitions";
import { DEFAULT_FILTERS } from "../../src/state/filters";
import { nodeKey, edgeKey } from "../../src/model/graph";

const { dataset } = parseInvestmentGraphText(readFileSync("data/china-ai-investments.json", "utf8"));
if (!dataset) throw new Error("the flagship does not load");
const model = createModel(dataset, "flagship");
const { story, notices } = readStory(dataset.meta.story, dataset.meta.annotations, urlContextOf(model));
const theme = RENDER_THEMES.light;

describe("the flagship story", () => {
  it("has steps with annotations, all read without a notice", () => {
    expect(notices).toEqual([]);
    expect(story.steps.length).toBeGreaterThanOrEqual(4);
    expect(story.steps.every((step) => step.annotations.length > 0)).toBe(true);
  });

  for (const step of story.steps) {
    it(`step ${step.number} (${step.id ?? "no id"}) shows and names every node it annotates`, () => {
      const store = createAppStore();
      apply(store, showDataset(model, { filters: DEFAULT_FILTERS, focus: null, compare: null, story }));
      apply(store, enterStep(step.number, "test", "test"));
      const state = store.getState();
      const visible = createVisibleSelector()(state);
      if (!visible) throw new Error("no visible set");
      const context: ViewContext = {
        graph: model.graph,
        keys: {
          nodes: model.dataset.nodes.map((_node, i) => nodeKey(i)),
          edges: Array.from({ length: model.index.pairCount }, (_unused, p) => edgeKey(p)),
        },
        large: false,
        labelsFor: (lang) => localisedLabels(model, lang),
      };
      const keyOf = (id: string | null): string | null => (id === null ? null : (graphKeyOf(model, id) ?? null));
      const view = initialViewState(
        context,
        {
          visible,
          edgeThreshold: 0,
          lang: state.lang,
          theme,
          focusKey: keyOf(state.focus),
          hoverKey: null,
          keyboardKey: null,
          compareKeys: state.compare ? [keyOf(state.compare[0]), keyOf(state.compare[1])] : [null, null],
          annotated: annotatedKeysFor(model)(state),
        },
        { nodeColors: nodeColorsOf(model, theme), edgeLabel: () => "" },
      );
      const { nodeReducer } = createReducers(model.graph, model.index.forms, scalesFor(model.index, model.dataset.nodes.length), view);
      for (const annotation of annotationsShown(state)) {
        const key = keyOf(annotation.node);
        expect(key, annotation.node).not.toBeNull();
        const index = model.nodeIndexById.get(annotation.node) ?? -1;
        expect(visible.nodeDeals[index], `${annotation.node} passes step ${step.number}'s filters`).toBeGreaterThan(0);
        const drawn = nodeReducer(key ?? "", { ...model.graph.getNodeAttributes(key ?? "") });
        expect(drawn.hidden, annotation.node).not.toBe(true);
        expect(drawn.color, `${annotation.node} is not dimmed`).not.toBe(theme.dimNode);
        expect(drawn.label, `${annotation.node} keeps its name`).toBeTruthy();
        expect(drawn.forceLabel, `${annotation.node}'s name is drawn`).toBe(true);
        expect(drawn.labelFirst, `${annotation.node}'s name is placed before others`).toBe(true);
      }
    });
  }
});
