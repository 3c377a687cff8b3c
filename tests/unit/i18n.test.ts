import { describe, expect, it } from "vitest";
import { LANGUAGES } from "../../src/state/url";
import { MESSAGE_KEYS, t, template, untranslated } from "../../src/words/i18n";

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? "").sort();

describe("interface strings", () => {
  for (const lang of LANGUAGES) {
    it(`${lang} has every key`, () => {
      expect(untranslated(lang)).toEqual([]);
    });
  }

  it("each translation uses the same placeholders as English", () => {
    expect(MESSAGE_KEYS.length).toBeGreaterThan(100);
    for (const lang of LANGUAGES) {
      for (const key of MESSAGE_KEYS) {
        const own = template(lang, key);
        const english = template("en", key) ?? "";
        if (own !== undefined) expect(placeholders(own), `${lang} ${key}`).toEqual(placeholders(english));
      }
    }
  });

  it("fills placeholders and leaves unknown ones visible", () => {
    expect(t("en", "alerts.more", { count: "3" })).toBe("and 3 more");
    expect(t("en", "alerts.more")).toBe("and {count} more");
    expect(t("ko", "alerts.more", { count: "3" })).toBe("외 3건");
  });
});
