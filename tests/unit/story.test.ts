// Story steps: the format's schema, reading a story against the graph (bad parts reported with their
// place, the rest kept), finding and entering steps, the first view from step=, host messages.
import { describe, expect, it } from "vitest";
import { parseInvestmentGraph } from "../../src/io/parse";
import { StoryStepSchema } from "../../src/io/story";
import { readHostMessage } from "../../src/state/hostMessages";
import { INITIAL_STATE, type AppState } from "../../src/state/store";
import { readStory, readView } from "../../src/state/story";
import { annotationsShown, captionOf, enterStep, enterView, findStep, openView, stepBy, stepParamOf } from "../../src/state/storyStep";
import type { UrlContext } from "../../src/state/url";
import { modelOf, sample } from "./fixtures";

const model = modelOf(sample());
const context: UrlContext = {
  yearExtent: model.index.yearExtent,
  forms: model.index.forms,
  hasNode: (id) => model.nodeIndexById.has(id),
  nodeIds: () => model.nodeIndexById.keys(),
};

const STEPS = [
  {
    id: "giants",
    title: "Two giants",
    text: "Alibaba and Tencent",
    titles: { ko: "두 거인" },
    view: "color=kind",
    annotations: [{ node: "alibaba", text: "$800M", texts: { zh: "8亿美元" } }],
  },
  { title: "Credits", text: "Cloud credits", view: "forms=cloud-credits&from=2023" },
  {
    id: "moon",
    title: "Moonshot",
    text: "Focus",
    view: "focus=moonshot",
    annotations: [
      { node: "ghost", text: "gone" },
      { node: "zhipu", text: "kept" },
    ],
  },
  { id: "bad-view", title: "Bad view", text: "x", view: "focus=moonshoot&data=evil.json&from=abc&colour=kind" },
];
const read = (steps: unknown, annotations?: unknown) => readStory({ steps }, annotations, context);
const { story } = read(STEPS, [{ node: "tencent", text: "always" }]);
const loaded: AppState = { ...INITIAL_STATE, story };

describe("story schema", () => {
  it("accepts a full step and rejects all-digit ids", () => {
    expect(StoryStepSchema.safeParse(STEPS[0]).success).toBe(true);
    expect(StoryStepSchema.safeParse({ ...STEPS[0], id: "3" }).success).toBe(false);
  });
  it("keeps a malformed story in the envelope instead of refusing the file", () => {
    const document = sample();
    document.meta.story = { steps: [42, { title: 7 }] };
    document.meta.annotations = "nope";
    const { dataset } = parseInvestmentGraph(document);
    expect(dataset?.nodes.length).toBe(7);
    expect(dataset?.meta.story).toEqual({ steps: [42, { title: 7 }] });
  });
});

describe("readStory", () => {
  it("reads good steps whole, numbered from 1", () => {
    expect(story.steps.map((step) => [step.number, step.id])).toEqual([
      [1, "giants"],
      [2, null],
      [3, "moon"],
      [4, "bad-view"],
    ]);
    expect(story.steps[1]?.view.filters.forms).toEqual(["cloud-credits"]);
    expect(story.steps[1]?.view.filters.years?.[0]).toBe(2023);
    expect(story.steps[1]?.query).toBe("from=2023&to=2024&forms=cloud-credits");
    expect(story.annotations).toEqual([{ node: "tencent", text: "always" }]);
  });
  it("names each bad part and keeps the rest of the step", () => {
    const { notices } = read(STEPS);
    const at = (path: string) => notices.filter((notice) => notice.path === path).map((notice) => notice.message);
    expect(at("meta.story.steps[2].annotations[0].node")).toEqual(['no node "ghost"; annotation skipped']);
    expect(story.steps[2]?.annotations).toEqual([{ node: "zhipu", text: "kept" }]);
    const view = at("meta.story.steps[3].view").join(" | ");
    expect(view).toContain('no node "moonshoot" (did you mean "moonshot"?)');
    expect(view).toContain('parameter "data" is not allowed here');
    expect(view).toContain('"abc" is not a year');
    expect(view).toContain('unknown parameter "colour" (did you mean "color"?)');
    expect(story.steps[3]?.view.focus).toBeNull();
    expect(story.steps[3]?.title).toBe("Bad view");
  });
  it("skips what is not a step, drops bad fields and duplicate ids, never throws", () => {
    const { story: odd, notices } = read([
      null,
      { id: "a", title: 5, text: "t" },
      { id: "a", title: "Second", text: "u", view: 9 },
      { id: "4", title: "n", text: "n" },
    ]);
    expect(odd.steps.map((step) => [step.id, step.title, step.query])).toEqual([
      ["a", "", ""],
      [null, "Second", ""],
      [null, "n", ""],
    ]);
    expect(notices.map((notice) => notice.path)).toEqual([
      "meta.story.steps[0]",
      "meta.story.steps[1].title",
      "meta.story.steps[2].id",
      "meta.story.steps[2].view",
      "meta.story.steps[3].id",
    ]);
    for (const bad of [42, "x", { steps: "no" }, []]) expect(readStory(bad, { node: 1 }, context).story.steps).toEqual([]);
    expect(readStory(undefined, undefined, context).notices).toEqual([]);
  });
  it("refuses a language, embed or step inside a step's view, but a host view may set the language", () => {
    expect(readView("lang=ko&embed=1&step=2", context, "v").notices.map((notice) => notice.message.slice(0, 26))).toEqual([
      'parameter "lang" is not al',
      'parameter "embed" is not a',
      'parameter "step" is not al',
    ]);
    expect(readView("lang=ko", context, "v", true)).toMatchObject({ lang: "ko", notices: [] });
  });
});

describe("steps as transitions", () => {
  it("finds steps by number or id, and says why not", () => {
    expect(findStep(story, 2, "p")).toMatchObject({ step: { number: 2 } });
    expect(findStep(story, "3", "p")).toMatchObject({ step: { id: "moon" } });
    expect(findStep(story, "moon", "p")).toMatchObject({ step: { number: 3 } });
    expect(findStep(story, 9, "p")).toMatchObject({ issue: { message: "no step 9 (the story has steps 1-4); ignored" } });
    expect(findStep(story, "mon", "p")).toMatchObject({
      issue: { message: 'no step "mon" (did you mean "moon"?); steps are 1-4; ignored' },
    });
    expect(findStep({ steps: [], annotations: [] }, 1, "p")).toMatchObject({ issue: { path: "p" } });
  });
  it("enters a step: its view applies, the language stays, a bad reference adds a notice only", () => {
    const korean = { ...loaded, lang: "ko" as const, focus: "zhipu" };
    const at2 = enterStep(2, "p", "s")(korean);
    expect(at2).toMatchObject({ step: 2, lang: "ko", focus: null, filters: { forms: ["cloud-credits"] } });
    expect(enterStep("moon", "p", "s")(at2)).toMatchObject({ step: 3, focus: "moonshot", filters: { forms: null } });
    const bad = enterStep(7, "p", "s")(at2);
    expect(bad.step).toBe(2);
    expect(bad.filters).toBe(at2.filters);
    expect(bad.notices.at(-1)).toMatchObject({ source: "s", path: "p" });
  });
  it("pages with previous / next and stops at the ends", () => {
    const first = stepBy(1)(loaded);
    expect(first.step).toBe(1);
    expect(stepBy(-1)(first)).toBe(first);
    const last = enterStep(4, "p", "s")(loaded);
    expect(stepBy(1)(last)).toBe(last);
    expect(stepBy(-1)(last).step).toBe(3);
  });
  it("writes the step's id to the URL, or its number", () => {
    expect(stepParamOf({ story, step: 1 })).toBe("giants");
    expect(stepParamOf({ story, step: 2 })).toBe("2");
    expect(stepParamOf({ story, step: null })).toBeNull();
  });
  it("a host view leaves the step and may change the language", () => {
    const next = enterView("from=2024&lang=zh&focus=nobody", context, "host", "h")(enterStep(1, "p", "s")(loaded));
    expect(next).toMatchObject({ step: null, lang: "zh", focus: null, filters: { years: [2024, 2024] } });
    expect(next.notices.at(-1)?.message).toContain('no node "nobody"');
  });
  it("captions and annotations follow the reader's language", () => {
    const giants = story.steps[0];
    if (!giants) throw new Error("no step 1");
    expect(captionOf(giants, "ko")).toEqual({ title: "두 거인", text: "Alibaba and Tencent" });
    expect(captionOf(giants, "zh").title).toBe("Two giants");
    expect(annotationsShown({ story, step: 1 }).map((annotation) => annotation.node)).toEqual(["tencent", "alibaba"]);
    expect(annotationsShown({ story, step: null }).map((annotation) => annotation.node)).toEqual(["tencent"]);
  });
});

describe("openView (step= in the URL)", () => {
  it("applies the step's view, with the URL's own view parameters on top", () => {
    expect(openView(new URLSearchParams("step=2"), context, story)).toMatchObject({
      step: 2,
      notices: [],
      state: { filters: { forms: ["cloud-credits"], years: [2023, 2024] } },
    });
    expect(openView(new URLSearchParams("step=2&forms=cash"), context, story).state.filters.forms).toEqual(["cash"]);
    expect(openView(new URLSearchParams("step=moon"), context, story).state.focus).toBe("moonshot");
  });
  it("reports an unknown step and shows the rest of the URL", () => {
    const opened = openView(new URLSearchParams("step=12&from=2024"), context, story);
    expect(opened.step).toBeNull();
    expect(opened.state.filters.years).toEqual([2024, 2024]);
    expect(opened.notices[0]).toMatchObject({ path: 'URL parameter "step"', message: "no step 12 (the story has steps 1-4); ignored" });
  });
});

describe("host messages", () => {
  it.each<[unknown, unknown]>([
    [{ type: "explorer:step", step: 2 }, { command: { type: "explorer:step", step: 2 } }],
    [{ type: "explorer:step", step: " moon " }, { command: { type: "explorer:step", step: "moon" } }],
    [{ type: "explorer:view", view: "from=2023" }, { command: { type: "explorer:view", view: "from=2023" } }],
    ["pym message string", null],
    [{ "datawrapper-height": { a: 300 } }, null],
    [{ type: "explorer:ready", steps: 3 }, null],
    [null, null],
  ])("%j -> %j", (data, expected) => {
    expect(readHostMessage(data)).toEqual(expected);
  });
  it.each<[unknown, string]>([
    [{ type: "explorer:step" }, '"step" should be a step number (1, 2, ...) or a step id, not nothing; ignored'],
    [{ type: "explorer:step", step: 0 }, "not 0"],
    [{ type: "explorer:step", step: 1.5 }, "not 1.5"],
    [{ type: "explorer:step", step: { n: 1 } }, "not object"],
    [{ type: "explorer:view", view: ["from=2023"] }, "not a list"],
    [{ type: "explorer:jump", step: 1 }, "unknown message type"],
  ])("reports %j", (data, message) => {
    const read = readHostMessage(data);
    expect(read && "issue" in read ? read.issue.message : "").toContain(message);
  });
  it("does not read inherited properties", () => {
    const sneaky = Object.create({ type: "explorer:step", step: 1 }) as object;
    expect(readHostMessage(sneaky)).toBeNull();
  });
});

describe("the flagship's story", () => {
  it("reads without a notice: every step's view and annotation fits the data, in three languages", async () => {
    const { readFileSync } = await import("node:fs");
    const { parseInvestmentGraphText } = await import("../../src/io/parse");
    const { createModel } = await import("../../src/model/model");
    const { urlContextOf } = await import("../../src/state/storyStep");
    const { dataset } = parseInvestmentGraphText(readFileSync("data/china-ai-investments.json", "utf8"));
    if (!dataset) throw new Error("flagship does not load");
    const flagship = readStory(dataset.meta.story, dataset.meta.annotations, urlContextOf(createModel(dataset, "flagship")));
    expect(flagship.notices).toEqual([]);
    expect(flagship.story.steps.map((step) => step.id)).toEqual(["giants", "cloud-credits", "little-dragons", "us-comparison"]);
    for (const step of flagship.story.steps) {
      for (const lang of ["ko", "zh"]) {
        expect(captionOf(step, lang).title).not.toBe(step.title);
        expect(captionOf(step, lang).text).not.toBe(step.text);
      }
      expect(step.annotations.length).toBeGreaterThan(0);
    }
    expect(flagship.story.steps[2]?.view.compare).toEqual(["alibaba", "tencent"]);
  });
});
