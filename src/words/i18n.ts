// Every interface string, one file per language in ./messages; t() picks the reader's, English
// when a key is missing. Node labels come from the data, not from here.
import type { Language } from "../state/url";
import { en, type MessageKey } from "./messages/en";
import { ko } from "./messages/ko";
import { zh } from "./messages/zh";

export type { MessageKey };

const messages: Readonly<Record<Language, Partial<Record<MessageKey, string>>>> = { en, ko, zh };

export function t(lang: Language, key: MessageKey, values: Readonly<Record<string, string>> = {}): string {
  const template = messages[lang][key] ?? en[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

export const MESSAGE_KEYS = Object.keys(en) as MessageKey[];

/** Keys a language lacks (it would fall back to English), for the completeness test. */
export function untranslated(lang: Language): MessageKey[] {
  return MESSAGE_KEYS.filter((key) => messages[lang][key] === undefined);
}

/** The raw template of a key in a language (tests compare placeholders across languages). */
export function template(lang: Language, key: MessageKey): string | undefined {
  return messages[lang][key];
}
