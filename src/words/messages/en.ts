// The interface in English: every key the app uses, and the fallback for any key another language lacks.
// Two parts by what they name (en.reading.ts, en.tools.ts); a key lives in exactly one.
import { enReading } from "./en.reading";
import { enTools } from "./en.tools";

export const en = { ...enReading, ...enTools } as const;

export type MessageKey = keyof typeof en;
