// Issue 17: public/embed.js guards against running twice with a real flag, not a window property an
// element id can clobber (<div id="explorerEmbedLoader"> makes window.explorerEmbedLoader an element).
import { readFileSync } from "node:fs";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";

const script = readFileSync("public/embed.js", "utf8");

function hostWindow(named: Record<string, unknown>): { window: Record<string | symbol, unknown>; listeners: string[] } {
  const listeners: string[] = [];
  const window: Record<string | symbol, unknown> = { ...named, addEventListener: (type: string) => listeners.push(type) };
  return { window, listeners };
}

describe("embed.js guard", () => {
  it.each(["explorerEmbedLoader", "explorerEmbedLoaded", "__explorerEmbed"])("an element with id %j does not disable the loader", (id) => {
    const { window, listeners } = hostWindow({ [id]: { tagName: "DIV", id } });
    runInNewContext(script, { window, document: {} });
    expect(listeners).toEqual(["message"]);
  });

  it("a second copy of the script on the page does not listen twice", () => {
    const { window, listeners } = hostWindow({});
    runInNewContext(script, { window, document: {} });
    runInNewContext(script, { window, document: {} });
    expect(listeners).toEqual(["message"]);
  });
});
