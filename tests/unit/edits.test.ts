// The editor's draft as pure transitions (src/state/edits.ts): the shown meta follows it, the story
// is re-checked against the graph, and the saved file carries it and re-imports with it.
import { describe, expect, it } from "vitest";
import { publishedDataText } from "../../src/export/site";
import { parseInvestmentGraphText } from "../../src/io/parse";
import { applyDraft, currentViewQuery, draftOf, editedDataset, shownMeta, type MetaDraft } from "../../src/state/edits";
import { DEFAULT_FILTERS, setYears } from "../../src/state/filters";
import { readStory } from "../../src/state/story";
import { INITIAL_STATE, type AppState } from "../../src/state/store";
import { urlContextOf } from "../../src/state/edits";
import { modelOf, sample } from "./fixtures";

function loaded(meta: Record<string, unknown> = {}): AppState {
  const document = sample();
  document.meta = { ...document.meta, ...meta };
  return { ...INITIAL_STATE, model: modelOf(document), load: "ready" };
}

const story = {
  steps: [
    {
      id: "giants",
      title: "Two giants",
      text: "Alibaba and Tencent",
      view: "from=2023",
      annotations: [{ node: "alibaba", text: "Cash and credits" }],
    },
  ],
};

describe("the editor's draft", () => {
  it("starts from the data's words and story (a view in its checked form: the open end filled in)", () => {
    const draft = draftOf(loaded({ story, annotations: [{ node: "moonshot", text: "Kimi" }] }));
    expect(draft?.title).toBe("Sample: tech giants and AI startups");
    const lastYear = String(modelOf(sample()).index.yearExtent?.[1]);
    expect(draft?.steps).toEqual([
      {
        id: "giants",
        title: "Two giants",
        text: "Alibaba and Tencent",
        view: `from=2023&to=${lastYear}`,
        annotations: [{ node: "alibaba", text: "Cash and credits" }],
      },
    ]);
    expect(draft?.annotations).toEqual([{ node: "moonshot", text: "Kimi" }]);
    expect(draftOf(INITIAL_STATE)).toBeNull();
  });

  it("shows the edited title, description and credit at once, without touching the model", () => {
    const state = loaded();
    const draft = { ...(draftOf(state) as MetaDraft), title: "New title", description: "", credit: "Data: us" };
    const next = applyDraft(draft)(state);
    expect(next.model).toBe(state.model);
    expect(shownMeta(next)?.title).toBe("New title");
    expect(shownMeta(next)?.description).toBeUndefined();
    expect(shownMeta(next)?.credit).toBe("Data: us");
    expect(shownMeta(state)?.title).toBe("Sample: tech giants and AI startups");
  });

  it("keeps the old title when the new one is blank", () => {
    const state = loaded();
    const next = applyDraft({ ...(draftOf(state) as MetaDraft), title: "   " })(state);
    expect(shownMeta(next)?.title).toBe("Sample: tech giants and AI startups");
  });

  it("re-checks the story against the graph: the captions follow, a note on no node is left out", () => {
    const state = { ...loaded({ story }), step: 1 };
    const draft: MetaDraft = {
      ...(draftOf(state) as MetaDraft),
      steps: [{ title: "Edited", text: "t", view: "from=2024", annotations: [{ node: "nobody", text: "x" }] }],
    };
    const next = applyDraft(draft)(state);
    expect(next.story.steps.map((step) => step.title)).toEqual(["Edited"]);
    expect(next.story.steps[0]?.annotations).toEqual([]);
    expect(next.step).toBe(1);
    expect(applyDraft({ ...draft, steps: [] })(next).step).toBeNull();
  });

  it("captures the view on screen as a step's view query", () => {
    const state = loaded();
    const filters = setYears([2023, 2024], state.model!.index.yearExtent)(DEFAULT_FILTERS);
    const query = currentViewQuery({ filters, focus: "alibaba", compare: null });
    const { story: read } = readStory({ steps: [{ title: "a", text: "b", view: query }] }, undefined, urlContextOf(state.model!));
    expect(read.steps[0]?.view.filters.years).toEqual([2023, 2024]);
    expect(read.steps[0]?.view.focus).toBe("alibaba");
  });
});

describe("the saved data file", () => {
  it("carries the edits in meta (story per DESIGN.md section 6) and re-imports with them", () => {
    const state = loaded();
    const draft: MetaDraft = {
      title: "Edited title",
      description: "Edited description",
      credit: "Edited credit",
      steps: [
        {
          id: "one",
          title: "Step one",
          text: "Words",
          view: "from=2023",
          annotations: [
            { node: "alibaba", text: "Note" },
            { node: "", text: "unfinished" },
          ],
        },
      ],
      annotations: [
        { node: "moonshot", text: "Always" },
        { node: "zhipu", text: " " },
      ],
    };
    const model = state.model!;
    const dataset = editedDataset(model.dataset, draft);
    const text = publishedDataText(
      dataset,
      model.dataset.nodes.map((node) => [node.x ?? 0, node.y ?? 0] as const),
    );
    const { dataset: again, issues } = parseInvestmentGraphText(text);
    expect(issues).toEqual([]);
    expect(again?.meta.title).toBe("Edited title");
    expect(again?.meta.description).toBe("Edited description");
    expect(again?.meta.credit).toBe("Edited credit");
    expect(again?.meta.story).toEqual({
      steps: [{ id: "one", title: "Step one", text: "Words", view: "from=2023", annotations: [{ node: "alibaba", text: "Note" }] }],
    });
    expect(again?.meta.annotations).toEqual([{ node: "moonshot", text: "Always" }]);
    expect(again?.deals).toEqual(model.dataset.deals);
    expect(editedDataset(model.dataset, null)).toBe(model.dataset);
  });
});
