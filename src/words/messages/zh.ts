// The interface in Chinese: its two parts joined. A missing key falls back to English; a unit test keeps none missing.
import type { MessageKey } from "./en";
import { zhReading } from "./zh.reading";
import { zhTools } from "./zh.tools";

export const zh: Partial<Record<MessageKey, string>> = { ...zhReading, ...zhTools };
