// Imports point one way through the stages of the data flow, and no data string becomes HTML.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const ORDER = ["config", "io", "model", "layout", "state", "filter", "render|ui", "export"];
const rank = (folder: string): number => ORDER.findIndex((entry) => entry.split("|").includes(folder));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.ts$/.test(name) ? [path] : [];
  });
}

const sources = files("src").map((path) => ({ path: relative("src", path), text: readFileSync(path, "utf8") }));

describe("the shape of src/", () => {
  it("has every stage folder in the known order", () => {
    const folders = new Set(sources.map(({ path }) => path.split("/")[0]).filter((part) => part && !part.endsWith(".ts")));
    for (const folder of folders) expect(rank(folder ?? ""), folder).toBeGreaterThanOrEqual(0);
  });

  it("imports only from the same stage or earlier ones; render and ui never import each other", () => {
    const offences: string[] = [];
    for (const { path, text } of sources) {
      const folder = path.split("/")[0] ?? "";
      if (folder.endsWith(".ts")) continue; // main.ts wires everything
      for (const match of text.matchAll(/from\s+"(\.\.?\/[^"]+)"/g)) {
        const target = join(path, "..", match[1] ?? "").split("/")[0] ?? "";
        if (target === folder || target.endsWith(".ts")) continue;
        if (rank(target) > rank(folder) || (rank(target) === rank(folder) && target !== folder)) offences.push(`${path} -> ${match[1]}`);
      }
    }
    expect(offences).toEqual([]);
  });

  it("keeps the pure core free of the DOM", () => {
    for (const { path, text } of sources.filter(({ path }) => /^(config|io|model|state|filter)\//.test(path))) {
      expect(text, path).not.toMatch(/\bdocument\.|\bwindow\.|HTMLElement/);
    }
  });

  it("never builds HTML from strings", () => {
    for (const { path, text } of sources) expect(text, path).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|\.html\(/);
  });
});
