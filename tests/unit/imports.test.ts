// Imports point one way through the stages of the data flow, and no data string becomes HTML.
// Order: config <- io <- model <- layout <- state <- filter <- words <- export <- (render | ui) <- app <- main.ts.
// (layout, the ForceAtlas2 worker, reads only the model; main.ts starts it.) Inside ui, each concept
// folder imports only itself and ui/kit: panels, dialogs and filters meet in the store, not in each other.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, posix, relative, sep } from "node:path";
import { describe, expect, it } from "vitest";

const ORDER = ["config", "io", "model", "layout", "state", "filter", "words", "export", "render|ui", "app"];
const rank = (folder: string): number => ORDER.findIndex((entry) => entry.split("|").includes(folder));

interface Source {
  /** Path under src/, with forward slashes: "io/parse.ts", "main.ts". */
  readonly path: string;
  readonly text: string;
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.ts$/.test(name) ? [path] : [];
  });
}

const sources: Source[] = files("src").map((path) => ({
  path: relative("src", path).split(sep).join("/"),
  text: readFileSync(path, "utf8"),
}));

/** Every relative module a file names: static, type-only, re-exports, side-effect and dynamic imports, worker URLs. */
function specifiers(text: string): string[] {
  const patterns = [
    /\bfrom\s*["'](\.{1,2}\/[^"']+)["']/g,
    /\bimport\s*["'](\.{1,2}\/[^"']+)["']/g,
    /\bimport\s*\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g,
    /\bnew\s+URL\s*\(\s*["'](\.{1,2}\/[^"']+)["']\s*,\s*import\.meta\.url/g,
  ];
  return patterns.flatMap((pattern) => [...text.matchAll(pattern)].map((match) => match[1] ?? ""));
}

/** "file -> target" for every import that points the wrong way. */
function offences(files: readonly Source[]): string[] {
  const found: string[] = [];
  for (const { path, text } of files) {
    if (path === "main.ts") continue; // main wires everything
    const folder = path.includes("/") ? (path.split("/")[0] ?? "") : "";
    for (const specifier of specifiers(text)) {
      const resolved = posix.normalize(posix.join(posix.dirname(path), specifier));
      if (resolved.startsWith("../")) {
        found.push(`${path} -> ${specifier} (outside src/)`);
        continue;
      }
      const target = resolved.includes("/") ? (resolved.split("/")[0] ?? "") : resolved;
      if (target === folder && folder === "ui") {
        const own = path.split("/")[1] ?? "";
        const other = resolved.split("/")[1] ?? "";
        if (!path.slice(3).includes("/")) found.push(`${path} (ui files live in a concept folder: ui/kit, ui/panels, ...)`);
        else if (other !== own && other !== "kit") found.push(`${path} -> ${specifier} (ui/${own} may import only ui/${own} and ui/kit)`);
        continue;
      }
      if (target === folder) continue;
      if (!folder) {
        found.push(`${path} -> ${specifier} (only main.ts may sit at the top and import anything)`);
        continue;
      }
      const wrongWay = rank(target) === -1 || rank(target) > rank(folder) || rank(target) === rank(folder);
      if (wrongWay) found.push(`${path} -> ${specifier}`);
    }
  }
  return found;
}

describe("the import checker", () => {
  it("finds every kind of import", () => {
    const text = [
      'import { a } from "../io/a";',
      'import type { B } from "../model/b";',
      'export * from "./c";',
      'import "../ui/style.css";',
      'const d = await import("../render/d");',
      'new Worker(new URL("../layout/w.ts", import.meta.url));',
      'import Graph from "graphology";',
    ].join("\n");
    expect(specifiers(text).sort()).toEqual(["../io/a", "../layout/w.ts", "../model/b", "../render/d", "../ui/style.css", "./c"]);
  });

  it.each<[string, Source, boolean]>([
    ["io -> config", { path: "io/parse.ts", text: 'import { A } from "../config/forms";' }, true],
    ["filter -> state", { path: "filter/visible.ts", text: 'import type { F } from "../state/filters";' }, true],
    ["export -> ui", { path: "export/png.ts", text: 'import { x } from "../ui/kit/dom";' }, false],
    ["ui -> export", { path: "ui/dialogs/exportDialog.ts", text: 'import type { C } from "../../export/options";' }, true],
    ["export -> words", { path: "export/frameContent.ts", text: 'import { t } from "../words/i18n";' }, true],
    ["words -> ui", { path: "words/i18n.ts", text: 'import { el } from "../ui/kit/dom";' }, false],
    ["render -> words", { path: "render/viewData.ts", text: 'import { localName } from "../words/names";' }, true],
    ["within a ui folder", { path: "ui/panels/legend.ts", text: 'import { x } from "./statsPanel";' }, true],
    ["ui folder -> kit", { path: "ui/panels/legend.ts", text: 'import { el } from "../kit/dom";' }, true],
    ["panel -> another ui folder", { path: "ui/panels/legend.ts", text: 'import { x } from "../filters/formFilter";' }, false],
    ["a ui file outside any folder", { path: "ui/panel.ts", text: 'import { el } from "./kit/dom";' }, false],
    [
      "app -> ui and render",
      { path: "app/fullApp.ts", text: 'import { x } from "../ui/dialogs/d";\nimport { y } from "../render/v";' },
      true,
    ],
    ["ui -> app", { path: "ui/panels/p.ts", text: 'import { x } from "../../app/handle";' }, false],
    ["main -> anything", { path: "main.ts", text: 'import { x } from "./export/png";' }, true],
    ["io -> model", { path: "io/parse.ts", text: 'import { m } from "../model/model";' }, false],
    ["state -> filter", { path: "state/store.ts", text: 'import type { V } from "../filter/visible";' }, false],
    ["render -> ui", { path: "render/view.ts", text: 'import { t } from "../ui/i18n";' }, false],
    ["ui -> render (dynamic)", { path: "ui/panels/p.ts", text: 'const v = await import("../../render/view");' }, false],
    ["model -> main", { path: "model/model.ts", text: 'import { x } from "../main";' }, false],
    ["config -> an unknown folder", { path: "config/forms.ts", text: 'import { x } from "../helpers/x";' }, false],
    ["another top-level file", { path: "app.ts", text: 'import { x } from "./ui/dom";' }, false],
  ])("%s is allowed: %s", (_name, source, allowed) => {
    expect(offences([source])).toHaveLength(allowed ? 0 : 1);
  });
});

describe("the shape of src/", () => {
  it("has only known stage folders, and main.ts alone at the top", () => {
    const folders = new Set(sources.filter(({ path }) => path.includes("/")).map(({ path }) => path.split("/")[0] ?? ""));
    for (const folder of folders) expect(rank(folder), folder).toBeGreaterThanOrEqual(0);
    expect(sources.filter(({ path }) => !path.includes("/")).map(({ path }) => path)).toEqual(["main.ts"]);
  });

  it("is mapped in src/README.md: one row per folder, every folder and no other", () => {
    const folders = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? [`${relative("src", path).split(sep).join("/")}/`, ...folders(path)] : [];
      });
    const mapped = [...readFileSync("src/README.md", "utf8").matchAll(/^\| `([^`]+\/)` \|/gm)].map((match) => match[1]);
    expect([...mapped].sort()).toEqual(folders("src").sort());
  });

  it("imports only from the same stage or earlier ones; render and ui never import each other", () => {
    expect(offences(sources)).toEqual([]);
  });

  it("keeps the pure core free of the DOM", () => {
    for (const { path, text } of sources.filter(({ path }) => /^(config|io|model|state|filter|words)\//.test(path))) {
      expect(text, path).not.toMatch(/\bdocument\.|\bwindow\.|HTMLElement|\blocalStorage\b/);
    }
  });

  it("never builds HTML from strings", () => {
    const offending = sources.filter(({ text }) => /innerHTML|outerHTML|insertAdjacentHTML|\.html\(/.test(text)).map(({ path }) => path);
    expect(offending).toEqual([]);
  });
});
