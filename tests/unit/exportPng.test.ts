// The exported picture's geometry and frame: sizes per preset and scale, the pixel cap with a
// usable message, text wrapping and legend flow within the width, and what the frame says.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { loadLanguage } from "../../src/words/i18n";
import { NODE_COLORS_BY_THEME } from "../../src/config/forms";
import { layoutFrame, wrapLines, type FrameContent } from "../../src/export/frame";
import { frameContentOf } from "../../src/export/frameContent";
import { checkPixels, fileName, geometry, MAX_PIXELS, PRESETS } from "../../src/export/options";
import { DEFAULT_FILTERS } from "../../src/state/filters";
import { INITIAL_STATE, type AppState } from "../../src/state/store";
import { modelOf, sample } from "./fixtures";

/** A monospace stand-in for canvas measureText: 10 px per character (regardless of font). */
const mono = (text: string): number => Array.from(text).length * 10;

beforeAll(() => Promise.all([loadLanguage("ko"), loadLanguage("zh")]));
describe("wrapLines", () => {
  it("breaks Chinese between characters even where it has spaces, and starts no line with a space", () => {
    const lines = wrapLines("自 2023 年以来，六家中国大模型公司估值超过 10 亿美元", 100, (text) => text.length * 10, 10);
    const text = "自 2023 年以来，六家中国大模型公司估值超过 10 亿美元";
    expect(lines.join("").replace(/ /g, "")).toBe(text.replace(/ /g, ""));
    for (const line of lines) {
      expect(line.length).toBeLessThanOrEqual(10);
      expect(line.startsWith(" ") || line.endsWith(" ")).toBe(false);
    }
    expect(lines.length).toBeGreaterThanOrEqual(3);
  });

  it("keeps every line within the width and loses no word", () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-z]{1,8}$/), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 80, max: 600 }),
        (words, width) => {
          const lines = wrapLines(words.join(" "), width, mono, 100);
          for (const line of lines) expect(mono(line)).toBeLessThanOrEqual(width);
          expect(lines.join(" ")).toBe(words.join(" "));
        },
      ),
    );
  });

  it("stops at maxLines with an ellipsis that still fits", () => {
    const lines = wrapLines("one two three four five six seven eight nine ten", 100, mono, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith("…")).toBe(true);
    expect(mono(lines[1] ?? "")).toBeLessThanOrEqual(100);
  });

  it("breaks text without spaces (Chinese) between characters", () => {
    const lines = wrapLines("中国科技巨头押注人工智能初创公司", 60, mono, 10);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join("")).toBe("中国科技巨头押注人工智能初创公司");
    for (const line of lines) expect(mono(line)).toBeLessThanOrEqual(60);
  });
});

describe("layoutFrame", () => {
  const content = (legendCount: number, title = "A title"): FrameContent => ({
    title,
    filters: "all years, all forms",
    legend: Array.from({ length: legendCount }, (_, i) => ({ label: `Form ${i}`, color: "#000000", mark: "line" as const })),
    credit: "Data: somewhere",
  });

  it("flows the legend into more rows on a narrower picture, never past the right edge", () => {
    const wide = layoutFrame(content(9), 1200, mono);
    const narrow = layoutFrame(content(9), 320, mono);
    expect(narrow.footer).toBeGreaterThan(wide.footer);
    for (const entry of narrow.legend) expect(entry.x + 28 + mono(entry.label)).toBeLessThanOrEqual(320);
    expect(new Set(narrow.legend.map((entry) => entry.y)).size).toBeGreaterThan(1);
  });

  it("gives a title that wraps a taller header", () => {
    const short = layoutFrame(content(2, "Short"), 400, mono);
    const long = layoutFrame(content(2, "A much longer title that cannot fit on one line of this picture"), 400, mono);
    expect(long.header).toBeGreaterThan(short.header);
  });
});

describe("geometry and the pixel cap", () => {
  const frame = { header: 80, footer: 60 };

  it("keeps the graph at its on-screen size for the view size and adds the frame", () => {
    const shape = geometry({ size: "view" }, { width: 690, height: 595 }, frame);
    expect(shape.graph).toEqual({ x: 0, y: 80, width: 690, height: 595 });
    expect(shape.height).toBe(595 + 80 + 60);
  });

  it.each(Object.entries(PRESETS))("makes preset %s exactly that size, frame included", (size, preset) => {
    const shape = geometry({ size: size as keyof typeof PRESETS }, { width: 690, height: 595 }, frame);
    expect([shape.width, shape.height]).toEqual([preset.width, preset.height]);
    expect(shape.graph.y + shape.graph.height + frame.footer).toBeLessThanOrEqual(preset.height);
  });

  it("multiplies by the scale and refuses pictures over the cap, naming a scale that fits", () => {
    expect(checkPixels(1200, 630, 3)).toEqual({ width: 3600, height: 1890 });
    const refused = checkPixels(1080, 1080, 4);
    expect(refused).toHaveProperty("error");
    const message = "error" in refused ? refused.error : "";
    expect(message).toContain("4320 × 4320");
    const suggested = Number(/up to (\d)x/.exec(message)?.[1]);
    expect(checkPixels(1080, 1080, suggested)).not.toHaveProperty("error");
  });

  it("accepts exactly what fits under the cap", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 3000 }),
        fc.integer({ min: 100, max: 3000 }),
        fc.integer({ min: 1, max: 4 }),
        (w, h, scale) => {
          const result = checkPixels(w, h, scale);
          expect("error" in result).toBe(w * scale * h * scale > MAX_PIXELS);
        },
      ),
    );
  });

  it("names files from the title and date, safely", () => {
    expect(fileName("China's tech giants bet on AI startups", new Date("2026-11-25T10:00:00Z"))).toBe(
      "china-s-tech-giants-bet-on-ai-startups-2026-11-25.png",
    );
    expect(fileName("阿里巴巴", new Date("2026-11-25T10:00:00Z"))).toBe("network-2026-11-25.png");
  });
});

describe("frameContentOf", () => {
  const model = modelOf(sample());
  const state = (patch: Partial<AppState>): AppState => ({ ...INITIAL_STATE, model, ...patch });
  const today = new Date("2026-12-01T00:00:00Z");

  it("says the title, the credit, the source and the data's date", () => {
    const content = frameContentOf(state({}), today);
    expect(content?.title).toBe(model.dataset.meta.title);
    expect(content?.credit).toContain(model.dataset.meta.credit ?? "missing credit");
    expect(content?.credit).toContain("fixture");
    // The data's date (2026-11-25) as each language writes it.
    expect(content?.credit).toContain("Nov 25, 2026");
    expect(frameContentOf(state({ lang: "ko" }), today)?.credit).toContain("2026년 11월 25일");
  });

  it("lists in the legend only the forms shown, and states the filters and the highlight", () => {
    const all = frameContentOf(state({}), today);
    const some = frameContentOf(
      state({ filters: { ...DEFAULT_FILTERS, forms: ["cloud-credits"], years: [2020, 2023] }, focus: "alibaba" }),
      today,
    );
    const lines = (content: FrameContent | null) => content?.legend.filter((entry) => entry.mark === "line").map((entry) => entry.label);
    expect(lines(all)).toHaveLength(model.index.forms.length);
    expect(lines(some)).toEqual(["Cloud credits"]);
    expect(some?.filters).toContain("2020–2023");
    expect(some?.filters).toContain("Alibaba");
    expect(all?.filters).not.toBe(some?.filters);
  });

  it("speaks the interface language", () => {
    const content = frameContentOf(state({ lang: "ko", filters: { ...DEFAULT_FILTERS, forms: ["cloud-credits"] } }), today);
    expect(content?.legend.map((entry) => entry.label)).toContain("클라우드 크레딧");
  });

  it("draws the legend in the page theme's colours", () => {
    const light = frameContentOf(state({ theme: "light" }), today);
    const dark = frameContentOf(state({ theme: "dark" }), today);
    const investor = (content: FrameContent | null) => content?.legend[0]?.color;
    expect(investor(light)).toBe(NODE_COLORS_BY_THEME.light.investor);
    expect(investor(dark)).toBe(NODE_COLORS_BY_THEME.dark.investor);
    expect(investor(dark)).not.toBe(investor(light));
  });

  it("has nothing to say before data is loaded", () => {
    expect(frameContentOf(INITIAL_STATE, today)).toBeNull();
  });
});
