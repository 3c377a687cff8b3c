// The interface in Korean: its two parts joined. A missing key falls back to English; a unit test keeps none missing.
import type { MessageKey } from "./en";
import { koReading } from "./ko.reading";
import { koTools } from "./ko.tools";

export const ko: Partial<Record<MessageKey, string>> = { ...koReading, ...koTools };
