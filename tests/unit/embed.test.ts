// Embeds: render flags read from the URL (lenient, with notices), the height messages in each
// loader's exact form, the full explorer's link without the embed's own parameters, and the
// embed code (escaped, lazy, titled, with its noscript and AMP variants).
import { describe, expect, it } from "vitest";
import type { Issue } from "../../src/io/issues";
import { readFlags, writeFlags } from "../../src/state/flags";
import { DEFAULT_FLAGS, type RenderFlags } from "../../src/state/store";
import { fullExplorerUrl } from "../../src/ui/embed/embedChrome";
import { ampSnippet, embedSrc, escapeHtml, htmlSnippet, snapshotCommand, type EmbedCodeInput } from "../../src/export/embedCode";
import { heightMessages } from "../../src/ui/embed/embedHeight";

const read = (query: string): { flags: RenderFlags; notices: Issue[] } => {
  const notices: Issue[] = [];
  return { flags: readFlags(new URLSearchParams(query), notices), notices };
};

describe("readFlags", () => {
  it.each<[string, Partial<RenderFlags>]>([
    ["", {}],
    ["dark=true", { dark: "true" }],
    ["dark=false", { dark: "false" }],
    ["dark=auto", { dark: "auto" }],
    ["dark", { dark: "true" }],
    ["dark=TRUE", { dark: "true" }],
    ["plain", { plain: true }],
    ["plain=1&static=true&transparent", { plain: true, static: true, transparent: true }],
    ["plain=false&static=0", {}],
  ])("%s", (query, expected) => {
    const { flags, notices } = read(query);
    expect(flags).toEqual({ ...DEFAULT_FLAGS, ...expected });
    expect(notices).toEqual([]);
  });

  it("ignores bad values with a notice naming the parameter", () => {
    const { flags, notices } = read("dark=purple&static=maybe");
    expect(flags).toEqual(DEFAULT_FLAGS);
    expect(notices.map((notice) => notice.path)).toEqual(['URL parameter "dark"', 'URL parameter "static"']);
  });

  it("round-trips through writeFlags, leaving defaults and other parameters alone", () => {
    const flags: RenderFlags = { dark: "false", plain: true, static: false, transparent: true };
    const written = writeFlags(new URLSearchParams("embed=1&from=2023&static=1"), flags);
    expect(written.get("from")).toBe("2023");
    expect(written.has("static")).toBe(false);
    expect(read(written.toString()).flags).toEqual(flags);
    expect(writeFlags(new URLSearchParams(), DEFAULT_FLAGS).toString()).toBe("");
  });
});

describe("heightMessages", () => {
  it("speaks pym.js, AMP, iframe.resize and Datawrapper with the same height", () => {
    const [pym, amp, resize, datawrapper] = heightMessages(812, "chart-1", "https://example.org/?embed=1");
    expect(datawrapper).toEqual({ "datawrapper-height": { "chart-1": 812 } });
    expect(pym).toBe("pymxPYMxchart-1xPYMxheightxPYMx812");
    expect(amp).toEqual({ sentinel: "amp", type: "embed-size", height: 812 });
    expect(JSON.parse(resize)).toEqual({ src: "https://example.org/?embed=1", context: "iframe.resize", height: 812 });
  });
});

describe("fullExplorerUrl", () => {
  it("keeps the view and drops the embed's own parameters", () => {
    const url = new URL(fullExplorerUrl("https://example.org/explorer/?embed=1&from=2023&forms=cash&dark=true&plain&childId=c1&lang=ko"));
    expect(url.pathname).toBe("/explorer/");
    expect([...url.searchParams.keys()].sort()).toEqual(["forms", "from", "lang"]);
  });
});

describe("embed code", () => {
  const input: EmbedCodeInput = {
    pageUrl: "https://news.example/explorer/?from=2023&forms=cloud-credits#x",
    flags: { ...DEFAULT_FLAGS, dark: "false", plain: true },
    title: `Interactive network: "Tech" <giants> & 'AI'`,
    alt: `"Tech" <giants>`,
    pictureUrl: "https://cdn.example/view.png",
    height: 640,
  };

  it("points the iframe at the same view in embed mode, with the flags and without the hash", () => {
    const src = new URL(embedSrc(input.pageUrl, input.flags));
    expect(src.pathname).toBe("/explorer/");
    expect(Object.fromEntries(src.searchParams)).toEqual({
      from: "2023",
      forms: "cloud-credits",
      embed: "1",
      dark: "false",
      plain: "true",
    });
    expect(src.hash).toBe("");
  });

  it("passes an absolute http(s) picture to the embed for its no-WebGL fallback, never another kind", () => {
    expect(new URL(embedSrc(input.pageUrl, input.flags, "https://cdn.example/v.png")).searchParams.get("picture")).toBe(
      "https://cdn.example/v.png",
    );
    expect(new URL(embedSrc(input.pageUrl, input.flags, "view.png")).searchParams.has("picture")).toBe(false);
    expect(new URL(embedSrc(input.pageUrl, input.flags, "javascript:alert(1)")).searchParams.has("picture")).toBe(false);
  });

  it("escapes every data string, so a title cannot leave its attribute", () => {
    for (const snippet of [htmlSnippet(input), ampSnippet(input)]) {
      expect(snippet).not.toContain("<giants>");
      expect(snippet).toContain("&quot;Tech&quot; &lt;giants&gt; &amp; &#39;AI&#39;");
    }
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  });

  it("gives the web snippet a titled, lazy iframe, the loader next to the app, and a noscript picture", () => {
    const snippet = htmlSnippet(input);
    expect(snippet).toMatch(
      /<iframe data-explorer-embed src="https:\/\/news\.example\/explorer\/\?[^"]*embed=1[^"]*" title="[^"]+" loading="lazy"/,
    );
    expect(snippet).toContain('<script src="https://news.example/explorer/embed.js" async></script>');
    expect(snippet).toContain('<noscript><img src="https://cdn.example/view.png"');
    expect(snippet).toContain("height: 640px");
  });

  it("gives AMP a resizable amp-iframe with an overflow button and a placeholder picture", () => {
    const snippet = ampSnippet(input);
    expect(snippet).toMatch(/^<amp-iframe [^>]*resizable[^>]*>/);
    expect(snippet).toContain("<button overflow");
    expect(snippet).toContain('<amp-img placeholder layout="fill" src="https://cdn.example/view.png"');
    expect(snippet).toMatch(/sandbox="allow-scripts allow-same-origin/);
  });

  it("gives the command line for the same view's picture, quoted for the shell", () => {
    expect(snapshotCommand("https://x.example/?data=data/it's.json&from=2023&embed=1&dark=true", "view.png")).toBe(
      `npm run snapshot -- --data 'data/it'\\''s.json' --state 'from=2023' --out 'view.png' --size 1200x675 --scale 2`,
    );
  });
});
