// zod's tree-shakable API (`zod/mini`), configured once for every schema of the format: English
// messages (mini loads no locale) and no eval. Schemas live in schema.ts and story.ts, not here.
import * as z from "zod/mini";

// No eval: zod would otherwise probe `new Function` once, which a Content-Security-Policy without
// 'unsafe-eval' refuses and reports. Rows that need zod at all are the unusual ones (fastRows.ts).
z.config({ jitless: true, ...z.locales.en() });

export { z };
