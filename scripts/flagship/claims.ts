// The article's claims (article_claims.csv) for meta.claims: each with its status, detail, cleaned
// sources, and which figure the explorer can compute from the deals to set beside it, or why not.
import { csvParse } from "d3-dsv";
import { parseSources } from "./sources";

const DRAGONS = ["zhipu", "moonshot", "minimax", "baichuan", "stepfun", "01ai"];

/**
 * Editorial: which figure answers which claim. C1 speaks of all of the giants' deals, the data holds
 * their AI deals only; C6 and C7 count models and unicorns, not deals; C9 was excluded from the data.
 */
const FIGURES: Readonly<Record<string, Record<string, unknown>>> = {
  C1: { kind: "none", reason: "ai-deals-only" },
  C2: { kind: "backers", investors: ["alibaba", "tencent"], targets: DRAGONS },
  C3: { kind: "sectors", nodes: ["moonshot", "horizon", "megvii"] },
  C4: { kind: "credit-share", investor: "alibaba", target: "moonshot", form: "cloud-credits" },
  C6: { kind: "none", reason: "not-deals" },
  C7: { kind: "none", reason: "not-deals" },
  C8: { kind: "backers", investors: ["microsoft", "amazon", "google"], targets: ["openai", "anthropic"] },
  C9: { kind: "none", reason: "excluded" },
};

export function buildClaims(csv: string): Array<Record<string, unknown>> {
  return csvParse(csv).map((row) => {
    const id = row["claim_id"] ?? "";
    const figure = Object.hasOwn(FIGURES, id) ? FIGURES[id] : undefined;
    const sources = parseSources(row["sources"] ?? "").sources;
    return {
      id,
      claim: row["claim"] ?? "",
      status: row["status"] ?? "",
      ...(row["detail"] ? { detail: row["detail"] } : {}),
      sources,
      ...(figure ? { figure } : {}),
    };
  });
}
