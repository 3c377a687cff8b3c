// Embed code says where the shown data lives (src/export/embedCode.ts embedTarget): a file from this
// computer has no embed code, a ?data= is kept, an address on this computer is named.
import { describe, expect, it } from "vitest";
import { embedSrc, embedTarget, isLocalHost, publishCommand } from "../../src/export/embedCode";
import { DEFAULT_FLAGS } from "../../src/state/store";

describe("embedTarget", () => {
  it("gives no code for a file opened on this computer", () => {
    expect(embedTarget("https://news.example/explorer/?from=2023", { kind: "file", name: "deals.csv" })).toEqual({
      kind: "unpublished",
      name: "deals.csv",
    });
  });

  it("keeps a public https ?data= in the code, with the view", () => {
    const target = embedTarget("https://news.example/explorer/?from=2023&data=https%3A%2F%2Fdata.example%2Fx.json#top", {
      kind: "url",
      location: "https://data.example/x.json",
    });
    expect(target.kind).toBe("ready");
    if (target.kind !== "ready") return;
    expect(target.thisComputer).toBeNull();
    expect(target.dataUrl).toBe("https://data.example/x.json");
    const src = new URL(embedSrc(target.pageUrl, DEFAULT_FLAGS));
    expect(src.searchParams.get("data")).toBe("https://data.example/x.json");
    expect(src.searchParams.get("from")).toBe("2023");
    expect(src.searchParams.get("embed")).toBe("1");
    expect(src.hash).toBe("");
  });

  it("puts the data back when the address bar lost it, and drops a stray one for the site's own dataset", () => {
    const lost = embedTarget("https://news.example/explorer/", { kind: "url", location: "data/other.json" });
    expect(lost.kind === "ready" && new URL(lost.pageUrl).searchParams.get("data")).toBe("data/other.json");
    const own = embedTarget("https://news.example/explorer/?data=stale.json", { kind: "site", location: "data/story.json" });
    expect(own.kind === "ready" && new URL(own.pageUrl).searchParams.has("data")).toBe(false);
  });

  it.each([
    ["http://localhost:5173/?from=2023", "localhost:5173"],
    ["http://127.0.0.1:4173/", "127.0.0.1:4173"],
    ["http://[::1]:8080/", "[::1]:8080"],
    ["http://app.localhost/", "app.localhost"],
  ])("names this computer when the app runs at %s", (page, host) => {
    const target = embedTarget(page, { kind: "site", location: "data/x.json" });
    expect(target.kind === "ready" && target.thisComputer).toBe(host);
  });

  it("names this computer when only the data is there", () => {
    const target = embedTarget("https://news.example/", { kind: "url", location: "https://localhost:8443/x.json" });
    expect(target.kind === "ready" && target.thisComputer).toBe("localhost:8443");
  });

  it("does not mistake public hosts for this computer", () => {
    for (const host of ["news.example", "localhost.example.com", "127example.com", "10.0.0.1"]) expect(isLocalHost(host), host).toBe(false);
  });

  it("quotes the file name in the publish command", () => {
    expect(publishCommand("it's deals.csv")).toBe("npm run publish -- 'it'\\''s deals.csv' --out site");
  });
});
