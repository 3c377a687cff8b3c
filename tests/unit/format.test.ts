// Amounts, counts, dates and plurals in each language, from Intl; undisclosed never reads as zero.
import { beforeAll, describe, expect, it } from "vitest";
import { LANGUAGES } from "../../src/state/url";
import { formatCount, formatDate, formatUsd } from "../../src/words/format";
import { loadLanguage, t, tn, untranslated } from "../../src/words/i18n";
import "../../src/words/toolWords";

beforeAll(() => Promise.all([loadLanguage("ko"), loadLanguage("zh")]));

describe("formatUsd per language", () => {
  it.each<[number, string, string, string]>([
    [950, "$950", "$950", "$950"],
    [45_000, "$45K", "$4.5만", "$4.5万"],
    [15_300_000, "$15.3M", "$1530만", "$1530万"],
    [800_000_000, "$800M", "$8억", "$8亿"],
    [1_200_000_000, "$1.2B", "$12억", "$12亿"],
    [1_250_000_000, "$1.25B", "$12.5억", "$12.5亿"],
  ])("%d", (value, en, ko, zh) => {
    expect([formatUsd("en", value), formatUsd("ko", value), formatUsd("zh", value)]).toEqual([en, ko, zh]);
  });

  it("says undisclosed in the reader's language for an unknown amount", () => {
    for (const lang of LANGUAGES) expect(formatUsd(lang, Number.NaN)).toBe(t(lang, "undisclosed"));
    expect(formatUsd("ko", Number.NaN)).not.toMatch(/\d/);
  });
});

describe("formatCount and formatDate", () => {
  it("groups digits", () => {
    for (const lang of LANGUAGES) expect(formatCount(lang, 12345)).toBe("12,345");
  });
  it.each<[string, string, string, string]>([
    ["2024", "2024", "2024", "2024"],
    ["2024-02", "Feb 2024", "2024년 2월", "2024年2月"],
    ["2024-02-19", "Feb 19, 2024", "2024년 2월 19일", "2024年2月19日"],
  ])("keeps the data's precision: %s", (date, en, ko, zh) => {
    expect([formatDate("en", date), formatDate("ko", date), formatDate("zh", date)]).toEqual([en, ko, zh]);
  });
  it("returns text that is not a date unchanged", () => {
    expect(formatDate("ko", "early 2024")).toBe("early 2024");
  });
});

describe("plural-aware messages", () => {
  it("picks one and other in English", () => {
    expect(tn("en", "import.keptUndated", 1)).toBe("Kept 1 undated deal (the filters can hide it).");
    expect(tn("en", "import.keptUndated", 2)).toBe("Kept 2 undated deals (the filters can hide them).");
    expect(tn("en", "stats.dealCount", 1234)).toBe("1,234 deals");
    expect(tn("en", "tooltip.shown", 1, { amount: "$5M" })).toBe("1 deal shown · $5M disclosed");
  });
  it("uses the one form Korean and Chinese have, for 1 as for many", () => {
    expect(tn("ko", "import.keptUndated", 1)).toBe("날짜 없는 거래 1건을 유지했습니다 (필터로 숨길 수 있음).");
    expect(tn("zh", "stats.dealCount", 1)).toBe("1 笔");
    expect(tn("zh", "stats.dealCount", 3)).toBe("3 笔");
  });
  it("does not ask Korean or Chinese for a variant their plural rules never pick", () => {
    expect(untranslated("ko")).toEqual([]);
    expect(untranslated("zh")).toEqual([]);
  });
});
