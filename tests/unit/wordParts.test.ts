// English comes in two parts (src/words/messages/en.reading.ts, en.tools.ts) so that an embed's first
// chunk carries only the strings it can show: what main.ts and its static imports name is in part one;
// every other file that names a string of part two imports words/toolWords.ts, which adds it.
import { describe, expect, it } from "vitest";
import { en } from "../../src/words/messages/en";
import { enReading } from "../../src/words/messages/en.reading";
import { enTools } from "../../src/words/messages/en.tools";
import { closureOf, keysNamed, sources, staticImports } from "./wordParts";

const KEYS = Object.keys(en);
const LATER = new Set(Object.keys(enTools));
const first = closureOf("main.ts");
const isWords = (path: string): boolean => path.startsWith("words/messages/") || path === "words/toolWords.ts";

describe("the two parts of English", () => {
  it("hold every key once", () => {
    expect(Object.keys(enReading).filter((key) => LATER.has(key))).toEqual([]);
    expect(Object.keys(enReading).length + LATER.size).toBe(KEYS.length);
  });

  it("the first chunk names no string of part two, and does not load it", () => {
    expect(first.has("main.ts") && first.has("words/i18n.ts") && first.has("ui/embed/embedChrome.ts")).toBe(true);
    const named = [...first]
      .filter((path) => !isWords(path))
      .flatMap((path) =>
        keysNamed(path, KEYS)
          .filter((key) => LATER.has(key))
          .map((key) => `${path}: ${key}`),
      );
    expect(named).toEqual([]);
    expect(first.has("words/toolWords.ts")).toBe(false);
  });

  it("every other file that names a string of part two imports words/toolWords.ts", () => {
    const lacking = [...sources.keys()]
      .filter((path) => !isWords(path) && !first.has(path))
      .filter((path) => keysNamed(path, [...LATER]).length > 0 && !staticImports(path).includes("words/toolWords.ts"));
    expect(lacking).toEqual([]);
    // The check sees the keys: a later file that shows part two's strings is found.
    expect(keysNamed("ui/table/table.ts", [...LATER])).toContain("table.csv");
    expect(keysNamed("ui/graph/graphKeyboard.ts", [...LATER])).toEqual(expect.arrayContaining(["graph.none.left", "graph.dealsShown.one"]));
  });
});
