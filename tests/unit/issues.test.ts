// Located problems: paths as people read them, "did you mean" hints, one-line messages.
import { describe, expect, it } from "vitest";
import { closest, formatIssue, formatPath, type Issue } from "../../src/io/issues";

describe("formatPath", () => {
  it.each<[PropertyKey[], string]>([
    [["deals", 12, "investor"], "deals[12].investor"],
    [["deals", 0, "sources", 2, "url"], "deals[0].sources[2].url"],
    [["meta", "forms", "cloud-credits", "label"], "meta.forms.cloud-credits.label"],
    [["format"], "format"],
    [[3, "id"], "[3].id"],
    [[], ""],
  ])("%j -> %s", (path, text) => {
    expect(formatPath(path)).toBe(text);
  });
});

describe("closest", () => {
  const ids = ["alibaba", "tencent", "hongshan", "moonshot", "zhipu", "minimax", "megvii"];

  it.each<[string, string | null]>([
    ["alibba", "alibaba"], // one letter dropped
    ["Alibaba", "alibaba"], // case does not count
    ["tencnet", "tencent"], // two substitutions
    ["moonshoot", "moonshot"], // one letter added
    ["zhipu", "zhipu"], // exact
    ["xxxxxxxxxxxx", null], // nothing within three edits
    ["openai", null],
  ])("closest(%j) is %j", (word, expected) => {
    expect(closest(word, ids)).toBe(expected);
  });

  it("prefers the nearer of two candidates, whatever their order", () => {
    expect(closest("cash", ["compute", "cast"])).toBe("cast");
    expect(closest("cash", ["cast", "compute"])).toBe("cast");
  });

  it("honours a tighter maximum distance", () => {
    // "tencnet" is two edits from "tencent".
    expect(closest("tencnet", ids, 1)).toBeNull();
    expect(closest("tencnet", ids, 2)).toBe("tencent");
  });

  it("reads any iterable, such as a Set or a Map's keys", () => {
    expect(closest("alibba", new Set(ids))).toBe("alibaba");
    expect(closest("alibba", new Map(ids.map((id, i) => [id, i])).keys())).toBe("alibaba");
    expect(closest("alibba", [])).toBeNull();
  });
});

describe("formatIssue", () => {
  const issue: Issue = { severity: "error", path: "deals[12].investor", message: 'no node "alibba"' };

  it.each<[string, Issue, string | undefined, string]>([
    ["a place, no source", issue, undefined, 'deals[12].investor: no node "alibba"'],
    ["a place and a source", issue, "data/x.json", 'data/x.json: deals[12].investor: no node "alibba"'],
    ["neither", { ...issue, path: "" }, undefined, 'no node "alibba"'],
    // A whole-file problem (load.ts reports fetch failures with path "") under its file name:
    // no empty place between the colons.
    [
      "a source, no place",
      { ...issue, path: "", message: "the server answered 404" },
      "data/x.json",
      "data/x.json: the server answered 404",
    ],
  ])("formats an issue with %s", (_name, given, source, text) => {
    expect(formatIssue(given, source)).toBe(text);
  });
});
