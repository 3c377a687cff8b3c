// The published site as data (src/export/site.ts): which files, relative paths only, the index.html
// the site opens with, embed.html's code with every data string escaped, and the data file's round trip.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  dataPathFor,
  embedCodeFor,
  embedPageHtml,
  isSitePath,
  noscriptBlock,
  pageTextFor,
  PLACEHOLDER_URL,
  publishedDataText,
  publishedIndexHtml,
  readSiteFiles,
  sitePlan,
} from "../../src/export/site";
import { parseInvestmentGraphText } from "../../src/io/parse";
import { hasBakedLayout } from "../../src/model/graph";
import { modelOf, sample } from "./fixtures";

const TEMPLATE = readFileSync("index.html", "utf8");
const HOSTILE = `</textarea><script>alert("x")</script> & 'quotes' "double"`;

describe("site paths", () => {
  it.each([
    ["assets/index-abc.js", true],
    ["embed.js", true],
    ["/assets/x.js", false],
    ["../outside.js", false],
    ["assets/../../x", false],
    ["https://cdn.example/x.js", false],
    ["javascript:alert(1)", false],
    ["assets\\x.js", false],
    ["assets//x.js", false],
    ["", false],
  ])("%s is a path inside the site: %s", (path, inside) => {
    expect(isSitePath(path)).toBe(inside);
  });

  it.each([
    ["deals.csv", "data/deals.json"],
    ["My story: 2026!.json", "data/my-story-2026.json"],
    ["../../etc/passwd", "data/etc-passwd.json"],
    ["알리바바 투자.gexf", "data/알리바바-투자.json"],
    ["...", "data/story.json"],
  ])("%s is published as %s", (name, path) => {
    expect(dataPathFor(name)).toBe(path);
    expect(isSitePath(dataPathFor(name))).toBe(true);
  });
});

describe("the site plan", () => {
  const app = [
    "assets/index-1.js",
    "assets/index-1.js.map",
    "assets/style.css",
    "data/china-ai-investments.json",
    "embed.js",
    "index.html",
    "site-files.json",
  ];

  it("copies the app's files but its sample data, maps and file list, and makes index, data, embed page and picture", () => {
    const plan = sitePlan(app, "data/deals.json");
    expect(plan.filter((file) => file.source === "app").map((file) => file.path)).toEqual([
      "assets/index-1.js",
      "assets/style.css",
      "embed.js",
    ]);
    expect(plan.filter((file) => file.source !== "app").map((file) => [file.path, file.source])).toEqual([
      ["index.html", "index"],
      ["data/deals.json", "data"],
      ["embed.html", "embed"],
      ["fallback.png", "fallback"],
    ]);
    expect(plan.every((file) => isSitePath(file.path))).toBe(true);
  });

  it("refuses a file list that points outside the folder", () => {
    expect(() => sitePlan(["../../secret"], "data/x.json")).toThrow(/not a relative path/);
    expect(() => sitePlan(["https://evil.example/x.js"], "data/x.json")).toThrow(/not a relative path/);
    expect(() => sitePlan([], "/data/x.json")).toThrow(/relative/);
  });

  it("reads the build's file list, refusing anything but a list of paths", () => {
    expect(readSiteFiles('["a.js","b.css"]')).toEqual(["a.js", "b.css"]);
    expect(() => readSiteFiles("<html>")).toThrow(/not JSON/);
    expect(() => readSiteFiles('{"a":1}')).toThrow(/array/);
    expect(() => readSiteFiles("[1]")).toThrow(/array/);
  });
});

describe("index.html of a published site", () => {
  const text = { title: HOSTILE, description: "Who backs whom <b>", summary: "Network of 3 of 3 investments" };

  it("names the site's dataset in the meta tag and puts picture, title, description and summary in <noscript>", () => {
    const html = publishedIndexHtml(TEMPLATE, "data/deals.json", text);
    expect(html).toContain('<meta name="explorer-data" content="data/deals.json" />');
    const noscript = html.slice(html.indexOf("<noscript>"), html.indexOf("</noscript>"));
    expect(noscript).toContain('<img src="fallback.png"');
    expect(noscript).toContain("&lt;/textarea&gt;&lt;script&gt;");
    expect(noscript).toContain("Who backs whom &lt;b&gt;");
    expect(noscript).toContain("<p>Network of 3 of 3 investments</p>");
    expect(html).not.toContain("<script>alert");
    expect(html).toContain(`<title>${"&lt;/textarea&gt;"}`);
  });

  it("can be published again (the marks stay), and refuses a page that is not this app's", () => {
    const once = publishedIndexHtml(TEMPLATE, "data/a.json", text);
    const twice = publishedIndexHtml(once, "data/b.json", { ...text, title: "Second" });
    expect(twice).toContain('content="data/b.json"');
    expect(twice).not.toContain('content="data/a.json"');
    expect(twice.match(/explorer:noscript/g)).toHaveLength(2);
    expect(() => publishedIndexHtml("<html></html>", "data/a.json", text)).toThrow(/meta tag/);
    expect(() => publishedIndexHtml(TEMPLATE, "https://evil.example/x.json", text)).toThrow(/relative/);
  });

  it("leaves out an empty description", () => {
    expect(noscriptBlock({ title: "T", description: "", summary: "S" })).not.toMatch(/<p><\/p>/);
  });
});

describe("embed.html", () => {
  it("carries a marked placeholder address without --url, and the given address with it", () => {
    const page = embedPageHtml({ title: "Story", summary: "A network", siteUrl: null });
    expect(page).toContain(`Replace <code>${PLACEHOLDER_URL}</code>`);
    expect(page).toContain(`${PLACEHOLDER_URL}?embed=1`.replace(/&/g, "&amp;"));
    const hosted = embedCodeFor({ title: "Story", summary: "A network", siteUrl: "https://news.example/2026/story/" });
    expect(hosted.html).toContain(
      'src="https://news.example/2026/story/?embed=1&amp;picture=https%3A%2F%2Fnews.example%2F2026%2Fstory%2Ffallback.png"',
    );
    expect(hosted.html).toContain('<img src="https://news.example/2026/story/fallback.png"');
    expect(hosted.html).toContain('src="https://news.example/2026/story/embed.js"');
    expect(hosted.amp).toContain("<amp-iframe");
  });

  it("previews the embed with relative addresses only", () => {
    const page = embedPageHtml({ title: "Story", summary: "A network", siteUrl: null });
    const live = page.replace(/<textarea[\s\S]*?<\/textarea>/g, "");
    expect(live).toContain('<iframe data-explorer-embed src="./?embed=1"');
    expect(live).toContain('<script src="embed.js" async></script>');
    expect(live).not.toMatch(/(src|href)="(https?:)?\/\//);
  });

  it("escapes the data's words everywhere: the code shows as text, never as markup", () => {
    const page = embedPageHtml({ title: HOSTILE, summary: HOSTILE, siteUrl: null });
    expect(page).not.toContain("<script>alert");
    expect(page).not.toContain(`</textarea><script>`);
    // The code inside a textarea is escaped twice: once as an attribute, once as the textarea's text.
    expect(page).toContain("&amp;lt;/textarea&amp;gt;");
    expect(page.match(/<\/textarea>/g)).toHaveLength(2);
  });
});

describe("the site's data file", () => {
  it("is format v1 with every node's position, and re-imports to the same nodes, deals and words", () => {
    const model = modelOf(sample());
    const positions = model.dataset.nodes.map((_node, i) => [i * 1.5, 2 - i] as const);
    const text = publishedDataText(model.dataset, positions);
    const { dataset, issues } = parseInvestmentGraphText(text);
    expect(issues).toEqual([]);
    expect(dataset && hasBakedLayout(dataset)).toBe(true);
    expect(dataset?.nodes.map((node) => [node.id, node.x, node.y])).toEqual(
      model.dataset.nodes.map((node, i) => [node.id, i * 1.5, 2 - i]),
    );
    expect(dataset?.deals).toEqual(model.dataset.deals);
    expect(dataset?.meta.title).toBe(model.dataset.meta.title);
    expect(() => publishedDataText(model.dataset, positions.slice(1))).toThrow(/positions/);
  });

  it("gives the page its words: title, description and the summary of everything shown", () => {
    const model = modelOf(sample());
    const text = pageTextFor(model);
    expect(text.title).toBe(model.dataset.meta.title);
    expect(text.summary).toContain(`${model.dataset.deals.length} of ${model.dataset.deals.length} investments`);
  });
});
