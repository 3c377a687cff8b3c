// Every interface string, one file per language in ./messages; t() picks the reader's, English
// when a key is missing. Node labels come from the data, not from here.
// Korean and Chinese are separate chunks loaded on demand (loadLanguage): English readers and most
// embeds never download them. English comes in two parts: what the first chunk names (en.reading.ts)
// and the rest (en.tools.ts), which ./toolWords.ts adds when a later chunk that names it loads.
// Must not: be asked for a language before loadLanguage has resolved.
import type { Language } from "../state/url";
import type { MessageKey } from "./messages/en";
import { enReading } from "./messages/en.reading";

export type { MessageKey };

type Messages = Partial<Record<MessageKey, string>>;

/** The English strings loaded so far: the fallback of every language. */
const en: Messages = { ...enReading };
const messages = new Map<Language, Messages>([["en", en]]);

/** Adds English strings of a later part (./toolWords.ts). */
export function addEnglish(part: Messages): void {
  Object.assign(en, part);
}

const loaders: Readonly<Record<Exclude<Language, "en">, () => Promise<Messages>>> = {
  ko: async () => (await import("./messages/ko")).ko,
  zh: async () => (await import("./messages/zh")).zh,
};

/** Loads a language's strings (once); t() speaks it after this resolves. */
export async function loadLanguage(lang: Language): Promise<void> {
  if (lang === "en" || messages.has(lang)) return;
  messages.set(lang, await loaders[lang]());
}

export function t(lang: Language, key: MessageKey, values: Readonly<Record<string, string>> = {}): string {
  // The key itself only if a chunk names a string of en.tools.ts without importing toolWords.ts (a test forbids it).
  const template = messages.get(lang)?.[key] ?? en[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** Keys with plural variants: "import.undated" when en has "import.undated.one" and "import.undated.other". */
export type PluralKey = { [K in MessageKey]: K extends `${infer Base}.other` ? Base : never }[MessageKey];
const PLURAL_CATEGORIES = ["zero", "one", "two", "few", "many", "other"] as const;
const pluralRules = new Map<Language, Intl.PluralRules>();

/**
 * A message that depends on a count, in the variant the language's plural rules pick
 * ("1 deal", "2 deals"; Korean and Chinese have one form). `{count}` is filled with the number
 * as the language writes it unless `values` gives it.
 */
export function tn(lang: Language, key: PluralKey, count: number, values: Readonly<Record<string, string>> = {}): string {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  const variant = `${key}.${rules.select(count)}`;
  const other = `${key}.other`;
  const chosen = isMessageKey(variant) && messages.get(lang)?.[variant] !== undefined ? variant : isMessageKey(other) ? other : null;
  if (chosen === null) return key;
  return t(lang, chosen, { count: new Intl.NumberFormat(lang).format(count), ...values });
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}

/** Every English key loaded so far (all of them once ./toolWords.ts is imported). */
export const messageKeys = (): MessageKey[] => Object.keys(en) as MessageKey[];

/**
 * Keys a loaded language lacks (it would fall back to English), for the completeness test. A plural
 * variant the language's rules never pick ("one" in Korean and Chinese) is not needed.
 */
export function untranslated(lang: Language): MessageKey[] {
  const categories = new Set<string>(new Intl.PluralRules(lang).resolvedOptions().pluralCategories);
  return messageKeys().filter((key) => {
    if (messages.get(lang)?.[key] !== undefined) return false;
    const suffix = key.slice(key.lastIndexOf(".") + 1);
    const base = key.slice(0, key.lastIndexOf("."));
    const isVariant = PLURAL_CATEGORIES.some((category) => category === suffix) && isMessageKey(`${base}.other`);
    return !isVariant || categories.has(suffix);
  });
}

/** The raw template of a key in a loaded language (tests compare placeholders across languages). */
export function template(lang: Language, key: MessageKey): string | undefined {
  return messages.get(lang)?.[key];
}
