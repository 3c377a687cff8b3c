// The generator's source cleaning: one entry per article within a deal, publisher fields that name a
// publisher, originals before copies, URLs exactly as the research wrote them.
import { readFileSync } from "node:fs";
import { csvParse } from "d3-dsv";
import { describe, expect, it } from "vitest";
import { FLAGSHIP_PATH } from "../../scripts/flagship/build";
import { countSources } from "../../scripts/flagship/sourceCounts";
import { dedupeSources, isJunkPublisher, normaliseUrl, parseSources, UNKNOWN_PUBLISHER } from "../../scripts/flagship/sources";
import { sourceSite } from "../../src/io/sourceSite";

const research = readFileSync("data/research/china-ai/deals.csv", "utf8");
const flagship = JSON.parse(readFileSync(FLAGSHIP_PATH, "utf8")) as {
  deals: Array<{ id: string; sources: Array<{ publisher?: string; title?: string; url: string }> }>;
};

describe("parseSources", () => {
  it("reads publication, title and date, and gives a link between links its own publisher", () => {
    const { sources } = parseSources(
      "Bloomberg via Business Times — 'Tencent joins US$300 million financing' (2024-08-05) https://forbes40under40.com/x/ ; Verdict https://www.verdict.co.uk/y/",
    );
    expect(sources).toEqual([
      { publisher: "Verdict", title: "Tencent joins US$300 million financing", date: "2024-08-05", url: "https://www.verdict.co.uk/y/" },
      {
        publisher: "Bloomberg via Business Times",
        title: "Tencent joins US$300 million financing",
        date: "2024-08-05",
        url: "https://forbes40under40.com/x/",
      },
    ]);
  });

  it("turns a descriptor in the publisher's place into the host's publication, else 'unknown publisher'", () => {
    const { sources } = parseSources(
      "LatePost — 'MiniMax 融资故事' (2026-01-09) https://www.itiger.com/news/1 ; summary https://reportify.ai/social-media/7 | Financial Times — 'Alibaba leverages cloud business' (2024-05) preview: http://goldberglawma.com/?id=n ; summary: https://www.chinapulse.com/d/",
    );
    const publishers = new Map(sources.map((source) => [source.url, source.publisher]));
    expect(publishers.get("https://reportify.ai/social-media/7")).toBe("Reportify");
    expect(publishers.get("https://www.chinapulse.com/d/")).toBe(UNKNOWN_PUBLISHER);
    expect(publishers.get("http://goldberglawma.com/?id=n")).toBe("Financial Times");
    expect(sources.find((source) => source.url.includes("goldberglawma"))?.title).toBe("Alibaba leverages cloud business");
  });

  it("splits 'Publisher 'Headline'' between links and moves a headline out of the publisher field", () => {
    const named = parseSources(
      "DealStreetAsia (mirror) — Baichuan raises (2024-07-25) http://a.example/1 ; Bloomberg 'Alibaba Backs $2.8 Billion Firm' http://goldberglawma.com/?id=2",
    ).sources;
    expect(named.find((source) => source.url.includes("goldberglawma"))).toEqual({
      publisher: "Bloomberg",
      title: "Alibaba Backs $2.8 Billion Firm",
      url: "http://goldberglawma.com/?id=2",
    });
    const headline = parseSources("Analysis report on AgiBot financing history (2025) https://www.gilin.com.cn/e.html").sources[0];
    expect(headline).toEqual({
      publisher: UNKNOWN_PUBLISHER,
      title: "Analysis report on AgiBot financing history",
      date: "2025",
      url: "https://www.gilin.com.cn/e.html",
    });
  });

  it("keeps a parenthesised remark for the deal's note instead of as a publisher", () => {
    const parsed = parseSources(
      "Reuters — Enflame raises 2bn yuan (2023-09-28) https://infotechlead.com/x ; (Yahoo copy misprints '20 billion yuan') https://sports.yahoo.com/y",
    );
    expect(parsed.remarks).toEqual(["Yahoo copy misprints '20 billion yuan' (sports.yahoo.com)"]);
    expect(parsed.sources.map((source) => source.publisher)).toEqual(["Yahoo", "Reuters"]);
  });

  it.each<[string, boolean, boolean]>([
    ["summary:", true, true],
    ["Report (citing company)", true, true],
    ["(Yahoo copy misprints)", true, true],
    ["Court documents reported Jan 2026 (GeekWire/The Verge), via summary", true, true],
    ["Reportify news summary", true, false],
    ["Bloomberg (syndicated, Straits Times)", true, false],
    ["Microsoft/OpenAI announcement", false, false],
    ["CLS/Sina-sourced report on MiniMax IPO cornerstones", false, true],
  ])("isJunkPublisher(%j, title %s) is %s", (field, hasTitle, junk) => {
    expect(isJunkPublisher(field, hasTitle)).toBe(junk);
  });
});

describe("dedupeSources", () => {
  it("keeps one entry per article: same normalised URL, or same publisher and title; the own site wins", () => {
    const { sources, repeats } = dedupeSources([
      { publisher: "CNBC (rewritten)", title: "Shengshu raises", url: "https://softwareanalytic.com/a" },
      { publisher: "CNBC (rewritten)", title: "Shengshu raises", url: "https://wiobs.com/b" },
      { publisher: "CNBC", title: "Other", url: "http://WWW.softwareanalytic.com/a/" },
      { publisher: "SCMP", title: "Funding", url: "https://frominsideasia.com/f" },
      { publisher: "SCMP", title: "Funding", url: "https://www.scmp.com/f" },
    ]);
    expect(repeats).toBe(3);
    expect(sources.map((source) => source.url)).toEqual(["https://www.scmp.com/f", "https://softwareanalytic.com/a"]);
  });

  it("normalises only scheme, www., host case, trailing slash and fragment; the query stays", () => {
    expect(normaliseUrl("HTTP://www.Example.com/a/?id=1#x")).toBe(normaliseUrl("https://example.com/a?id=1"));
    expect(normaliseUrl("https://example.com/?id=1")).not.toBe(normaliseUrl("https://example.com/?id=2"));
  });
});

describe("the regenerated flagship's sources", () => {
  const written = csvParse(research)
    .map((row) => row["sources"] ?? "")
    .join(" | ");
  const researchUrls = new Set([...written.matchAll(/https?:\/\/[^\s|;]+/g)].map((match) => match[0].replace(/[),.]+$/, "")));

  it("uses only URLs written in the research tables, unchanged", () => {
    for (const deal of flagship.deals)
      for (const source of deal.sources) expect(researchUrls.has(source.url), `${deal.id} ${source.url}`).toBe(true);
  });

  it("lists each article once per deal, names a publisher every time, and puts originals before copies", () => {
    for (const deal of flagship.deals) {
      const urls = deal.sources.map((source) => normaliseUrl(source.url));
      expect(new Set(urls).size, deal.id).toBe(urls.length);
      const articles = deal.sources.filter((source) => source.title).map((source) => `${source.publisher}|${source.title}`.toLowerCase());
      expect(new Set(articles).size, deal.id).toBe(articles.length);
      for (const source of deal.sources)
        expect(
          isJunkPublisher(source.publisher ?? "", true) && source.publisher !== UNKNOWN_PUBLISHER,
          `${deal.id} ${source.publisher}`,
        ).toBe(false);
      const ranks = deal.sources.map((source) => ({ original: 0, unverified: 1, copy: 2 })[sourceSite(source).kind]);
      expect(ranks, deal.id).toEqual([...ranks].sort((a, b) => a - b));
    }
  });

  it("counts add up: every link is original, copy or unverified; the table's links are the kept ones plus the repeats", () => {
    const counts = countSources(research);
    expect(counts.byKind.original + counts.byKind.copy + counts.byKind.unverified).toBe(counts.links);
    expect(counts.links).toBe(flagship.deals.reduce((sum, deal) => sum + deal.sources.length, 0));
    expect(counts.links + counts.repeats).toBeLessThanOrEqual([...written.matchAll(/https?:\/\//g)].length);
    expect(counts.repeats).toBeGreaterThan(0);
  });
});
