// Checks that keep hostile or broken input from freezing the tab or reaching the page: nesting depth
// of JSON text, lone UTF-16 surrogates in parsed strings. Pure; iterative, so any input is safe.
import type { Issue } from "./issues";
import { MAX_JSON_DEPTH } from "./limits";

/** Where JSON text nests deeper than `max` (line, column), or null. Strings are skipped. */
export function tooDeep(text: string, max = MAX_JSON_DEPTH): Issue | null {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
      continue;
    }
    if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      depth++;
      if (depth > max) return { severity: "error", path: lineAndColumn(text, i), message: `nested more than ${max} levels deep; refused` };
    } else if (c === 93 || c === 125) depth--;
  }
  return null;
}

function lineAndColumn(text: string, offset: number): string {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    start = i + 1;
  }
  return `line ${line}, column ${offset - start + 1}`;
}

const LONE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function hasLoneSurrogate(text: string): boolean {
  return LONE.test(text);
}

/** True when parsed JSON from this text might hold a lone surrogate (an escape, or a raw one). */
export function mayHoldLoneSurrogate(text: string): boolean {
  return /\\u[dD][89a-fA-F]/.test(text) || LONE.test(text);
}

/** Path (relative, like `.sources[0].title`) of the first string with a lone surrogate, or null. */
export function loneSurrogatePath(value: unknown, maxDepth = MAX_JSON_DEPTH): string | null {
  const stack: Array<[unknown, string, number]> = [[value, "", 0]];
  while (stack.length) {
    const [item, path, depth] = stack.pop() ?? [null, "", 0];
    if (typeof item === "string") {
      if (LONE.test(item)) return path;
    } else if (typeof item === "object" && item !== null && depth < maxDepth) {
      if (Array.isArray(item)) item.forEach((child, i) => stack.push([child, `${path}[${i}]`, depth + 1]));
      else
        for (const [key, child] of Object.entries(item)) {
          if (LONE.test(key)) return `${path}.${key}`;
          stack.push([child, `${path}.${key}`, depth + 1]);
        }
    }
  }
  return null;
}
