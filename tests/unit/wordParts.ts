// Reads src/ for the words test (wordParts.test.ts): which files the first chunk holds (main.ts and
// what it imports statically, never `import()`), and which message keys a file names.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, posix, relative, sep } from "node:path";

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.ts$/.test(name) ? [path] : [];
  });
}

/** Source text by path under src/ ("ui/shell/alerts.ts"). */
export const sources: ReadonlyMap<string, string> = new Map(
  files("src").map((path) => [relative("src", path).split(sep).join("/"), readFileSync(path, "utf8")]),
);

/** Modules a file imports at load: static and side-effect imports and re-exports, not `import type` nor `import()`. */
export function staticImports(path: string): string[] {
  const text = sources.get(path) ?? "";
  const found = [...text.matchAll(/^\s*(?:import|export)\s+(?!type\s)(?:[^"';]*?\s+from\s+)?["'](\.{1,2}\/[^"']+)["']/gm)].map(
    (match) => match[1] ?? "",
  );
  return found.flatMap((specifier) => {
    const base = posix.normalize(posix.join(posix.dirname(path), specifier));
    const candidates = [base, `${base}.ts`, `${base}/index.ts`];
    const hit = candidates.find((candidate) => sources.has(candidate) && existsSync(join("src", candidate)));
    return hit ? [hit] : [];
  });
}

/** Every file a page that loads `entry` evaluates before `entry` itself. */
export function closureOf(entry: string): Set<string> {
  const seen = new Set<string>();
  const walk = (path: string): void => {
    if (seen.has(path)) return;
    seen.add(path);
    for (const next of staticImports(path)) walk(next);
  };
  walk(entry);
  return seen;
}

/** The keys of `keys` a file names: a literal that is a key, a plural's base ("graph.dealsShown"), or a template's head ("graph.none."). */
export function keysNamed(path: string, keys: readonly string[]): string[] {
  const text = (sources.get(path) ?? "").replace(/^\s*\/\/.*$/gm, "");
  const named = new Set<string>();
  for (const match of text.matchAll(/(["'`])([a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9-]+)*\.?)(\$\{|\1)/g)) {
    const literal = match[2] ?? "";
    const head = match[3] === "${";
    // A word without a dot ("undisclosed") names only the key spelled so; with one, its plurals and endings too.
    if (!literal.includes(".")) {
      if (!head && keys.includes(literal)) named.add(literal);
      continue;
    }
    for (const key of keys) if (key === literal || key.startsWith(`${literal}.`) || (head && key.startsWith(literal))) named.add(key);
  }
  return [...named];
}
