// Every interface string, one file per language in ./messages; t() picks the reader's, English
// when a key is missing. Node labels come from the data, not from here.
// Korean and Chinese are separate chunks loaded on demand (loadLanguage): English readers and most
// embeds never download them. Must not: be asked for a language before loadLanguage has resolved.
import type { Language } from "../state/url";
import { en, type MessageKey } from "./messages/en";

export type { MessageKey };

type Messages = Partial<Record<MessageKey, string>>;

const messages = new Map<Language, Messages>([["en", en]]);

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
  const template = messages.get(lang)?.[key] ?? en[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

export const MESSAGE_KEYS = Object.keys(en) as MessageKey[];

/** Keys a loaded language lacks (it would fall back to English), for the completeness test. */
export function untranslated(lang: Language): MessageKey[] {
  return MESSAGE_KEYS.filter((key) => messages.get(lang)?.[key] === undefined);
}

/** The raw template of a key in a loaded language (tests compare placeholders across languages). */
export function template(lang: Language, key: MessageKey): string | undefined {
  return messages.get(lang)?.[key];
}
