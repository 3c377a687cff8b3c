// Finds where JSON text first goes wrong, for messages like "line 5, column 3": browsers' JSON.parse
// errors do not always say. Only run after JSON.parse failed. Iterative, so deep nesting is safe.

export interface JsonErrorPlace {
  readonly line: number;
  readonly column: number;
  readonly offset: number;
  readonly expected: string;
}

export function locateJsonError(text: string): JsonErrorPlace | null {
  let i = 0;
  const stack: Array<"{" | "["> = [];
  const fail = (expected: string): JsonErrorPlace => placeOf(text, i, expected);
  const skipSpace = (): void => {
    while (i < text.length && " \t\n\r".includes(text[i] ?? "")) i++;
  };
  const readString = (): boolean => {
    i++; // opening quote
    while (i < text.length) {
      const c = text[i] ?? "";
      if (c === '"') {
        i++;
        return true;
      }
      if (c === "\\") {
        const next = text[i + 1] ?? "";
        if (next === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return false;
          i += 6;
        } else if ('"\\/bfnrt'.includes(next) && next !== "") i += 2;
        else return false;
      } else if (c < " ") return false;
      else i++;
    }
    return false;
  };
  const readScalar = (): boolean => {
    const rest = text.slice(i, i + 5);
    for (const word of ["true", "false", "null"]) {
      if (rest.startsWith(word)) {
        i += word.length;
        return true;
      }
    }
    const number = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!number) return false;
    i += number[0].length;
    return true;
  };

  /** Reads `"key" :` at i; returns what was expected instead, or null. */
  const readKey = (): string | null => {
    if (text[i] !== '"') return "a property name in double quotes";
    if (!readString()) return "a valid string";
    skipSpace();
    if (text[i] !== ":") return '":"';
    i++;
    return null;
  };

  // A value is expected at i; containers push onto the stack.
  let expectValue = true;
  for (;;) {
    skipSpace();
    if (expectValue) {
      const c = text[i];
      if (c === "{") {
        i++;
        skipSpace();
        if (text[i] === "}") {
          i++;
          expectValue = false;
          continue;
        }
        stack.push("{");
        const problem = readKey();
        if (problem) return fail(problem);
        continue;
      }
      if (c === "[") {
        i++;
        skipSpace();
        if (text[i] === "]") {
          i++;
          expectValue = false;
          continue;
        }
        stack.push("[");
        continue;
      }
      if (c === '"') {
        if (!readString()) return fail("a valid string");
      } else if (!readScalar()) return fail("a value");
      expectValue = false;
      continue;
    }
    const top = stack[stack.length - 1];
    if (top === undefined) {
      skipSpace();
      return i < text.length ? fail("the end of the document") : null;
    }
    const c = text[i];
    if (c === ",") {
      i++;
      skipSpace();
      if (top === "{") {
        const problem = readKey();
        if (problem) return fail(problem);
      }
      expectValue = true;
      continue;
    }
    if ((top === "{" && c === "}") || (top === "[" && c === "]")) {
      i++;
      stack.pop();
      continue;
    }
    return fail(top === "{" ? '"," or "}"' : '"," or "]"');
  }
}

function placeOf(text: string, offset: number, expected: string): JsonErrorPlace {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - before.lastIndexOf("\n"), offset, expected };
}
