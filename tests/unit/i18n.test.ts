import { beforeAll, describe, expect, it, vi } from "vitest";
import { LANGUAGES } from "../../src/state/url";
import { loadLanguage, messageKeys, t, template, untranslated } from "../../src/words/i18n";
import { en } from "../../src/words/messages/en";
import "../../src/words/toolWords";

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? "").sort();

beforeAll(() => Promise.all([loadLanguage("ko"), loadLanguage("zh")]));
describe("interface strings", () => {
  for (const lang of LANGUAGES) {
    it(`${lang} has every key`, () => {
      expect(untranslated(lang)).toEqual([]);
    });
  }

  it("each translation uses the same placeholders as English", () => {
    // Both parts of English are loaded (toolWords.ts adds the second): every key is checked.
    expect(messageKeys().sort()).toEqual(Object.keys(en).sort());
    for (const lang of LANGUAGES) {
      for (const key of messageKeys()) {
        const own = template(lang, key);
        const english = template("en", key) ?? "";
        if (own !== undefined) expect(placeholders(own), `${lang} ${key}`).toEqual(placeholders(english));
      }
    }
  });

  it("speaks English until a language's chunk has loaded, then that language", async () => {
    vi.resetModules();
    const fresh = await import("../../src/words/i18n");
    expect(fresh.t("zh", "lang.label")).toBe(fresh.t("en", "lang.label"));
    await fresh.loadLanguage("zh");
    expect(fresh.t("zh", "lang.label")).toBe(t("zh", "lang.label"));
    expect(fresh.t("zh", "lang.label")).not.toBe(t("en", "lang.label"));
  });

  it("fills placeholders and leaves unknown ones visible", () => {
    expect(t("en", "alerts.more", { count: "3" })).toBe("and 3 more");
    expect(t("en", "alerts.more")).toBe("and {count} more");
    expect(t("ko", "alerts.more", { count: "3" })).toBe("외 3건");
  });
});
