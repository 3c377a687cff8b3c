import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BACKGROUNDS, FORM_STYLES, KNOWN_FORMS, NEUTRAL_COLORS, NODE_COLORS_BY_THEME, type Theme } from "../../src/config/forms";
import { CATEGORICAL, UNKEYED } from "../../src/config/palette";
import { RENDER_THEMES } from "../../src/render/style";

/** WCAG 2 relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

const THEMES: Theme[] = ["light", "dark"];

describe("palette contrast (WCAG 1.4.11: 3:1 for graphics, 1.4.3: 4.5:1 for text)", () => {
  it("computes known ratios", () => {
    expect(contrast("#000000", "#FFFFFF")).toBeCloseTo(21, 5);
    expect(contrast("#777777", "#FFFFFF")).toBeCloseTo(4.48, 2);
  });

  for (const theme of THEMES) {
    const background = BACKGROUNDS[theme];
    it(`every form colour, the neutral colour and both node colours reach 3:1 on the ${theme} background`, () => {
      for (const form of KNOWN_FORMS) {
        const colour = theme === "dark" ? FORM_STYLES[form].dark : FORM_STYLES[form].color;
        expect(contrast(colour, background), `${form} ${colour}`).toBeGreaterThanOrEqual(3);
      }
      expect(contrast(NEUTRAL_COLORS[theme], background)).toBeGreaterThanOrEqual(3);
      expect(contrast(RENDER_THEMES[theme].undisclosedEdge, background)).toBeGreaterThanOrEqual(3);
      for (const colour of Object.values(NODE_COLORS_BY_THEME[theme]))
        expect(contrast(colour, background), colour).toBeGreaterThanOrEqual(3);
    });

    it(`labels reach 4.5:1 on the ${theme} background`, () => {
      expect(contrast(RENDER_THEMES[theme].label, background)).toBeGreaterThanOrEqual(4.5);
    });
  }

  it("the colour keys' node colours (category, sector, community) reach 3:1 on both backgrounds and differ", () => {
    for (const theme of THEMES) {
      for (const colour of [...CATEGORICAL[theme], UNKEYED[theme]])
        expect(contrast(colour, BACKGROUNDS[theme]), `${theme} ${colour}`).toBeGreaterThanOrEqual(3);
      expect(new Set(CATEGORICAL[theme]).size).toBe(CATEGORICAL[theme].length);
      // Keyed colours stand apart from the quiet one for the nodes outside the key.
      for (const colour of CATEGORICAL[theme]) expect(contrast(colour, UNKEYED[theme]), colour).toBeGreaterThan(1.15);
    }
  });

  it("form colours stay apart from each other within a theme", () => {
    for (const theme of THEMES) {
      const colours = KNOWN_FORMS.map((form) => (theme === "dark" ? FORM_STYLES[form].dark : FORM_STYLES[form].color));
      expect(new Set(colours).size).toBe(colours.length);
    }
  });
});

describe("page colours in style.css", () => {
  const css = readFileSync("src/ui/shell/style.css", "utf8");
  /** The custom properties of the first block that opens with `selector {`. */
  const variables = (selector: string): Record<string, string> => {
    const start = css.indexOf(`${selector} {`);
    if (start < 0) throw new Error(`style.css has no ${selector} block`);
    const body = css.slice(start, css.indexOf("}", start));
    const found: Record<string, string> = {};
    for (const match of body.matchAll(/--([\w-]+):\s*(#[0-9a-fA-F]{6})/g)) if (match[1] && match[2]) found[match[1]] = match[2];
    return found;
  };
  for (const [theme, selector] of [
    ["light", ":root"],
    ["dark", ':root[data-theme="dark"]'],
  ] as const) {
    it(`text reaches 4.5:1 and focus rings 3:1 in the ${theme} theme`, () => {
      const v = variables(selector);
      for (const surface of ["paper", "panel"]) {
        for (const ink of ["ink", "ink-soft"])
          expect(contrast(v[ink] ?? "", v[surface] ?? ""), `${ink} on ${surface}`).toBeGreaterThanOrEqual(4.5);
        expect(contrast(v["accent"] ?? "", v[surface] ?? ""), `accent on ${surface}`).toBeGreaterThanOrEqual(3);
      }
      expect(contrast(v["warn-ink"] ?? "", v["warn-bg"] ?? "")).toBeGreaterThanOrEqual(4.5);
      expect(contrast(v["error-ink"] ?? "", v["error-bg"] ?? "")).toBeGreaterThanOrEqual(4.5);
      expect((v["paper"] ?? "").toUpperCase()).toBe(BACKGROUNDS[theme].toUpperCase());
    });
  }
});
