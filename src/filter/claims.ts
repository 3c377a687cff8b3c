// "What the article says": each claim of meta.claims beside the explorer's own figure, computed from
// every deal in the data (not the current filters), or the reason the data cannot give one. Pure.
import { formatPath, type Issue } from "../io/issues";
import { ClaimSchema, type Claim, type DealRecord, type Source } from "../io/schema";
import { originalsFirst } from "../io/sourceSite";
import type { Model } from "../model/model";

/** Why the data cannot check a claim. Known codes have words in every language; others show as given. */
export type ClaimReason = "ai-deals-only" | "not-deals" | "excluded" | "missing-deal" | "unknown-figure" | (string & {});

export type ClaimFigure =
  /** The investor's deals in the target: the amount in `form` (known parts) of the disclosed whole. */
  | {
      readonly kind: "credit-share";
      readonly investor: string;
      readonly target: string;
      readonly form: string;
      readonly formUsd: number;
      readonly totalUsd: number;
      readonly share: number;
    }
  /** For each investor, which of the targets it backs (any deal), and those all of them back. */
  | {
      readonly kind: "backers";
      readonly targets: readonly string[];
      readonly backers: ReadonlyArray<{ readonly investor: string; readonly backed: readonly string[] }>;
      readonly backedByAll: readonly string[];
    }
  /** Each node's sector (startups) or category (investors) as the data has it. */
  | { readonly kind: "sectors"; readonly nodes: ReadonlyArray<{ readonly node: string; readonly sector: string | null }> }
  | { readonly kind: "none"; readonly reason: ClaimReason };

export interface ClaimRow {
  readonly id: string;
  readonly claim: string;
  readonly status: string;
  readonly detail: string | null;
  /** Originals first. */
  readonly sources: readonly Source[];
  /** null when the data attaches no figure to the claim. */
  readonly figure: ClaimFigure | null;
}

export interface ClaimsView {
  readonly rows: readonly ClaimRow[];
  /** Claims that could not be read, with their place (`meta.claims[2].claim`); they are left out. */
  readonly issues: readonly Issue[];
}

const EMPTY: ClaimsView = { rows: [], issues: [] };
const cache = new WeakMap<Model, ClaimsView>();

export function computeClaims(model: Model): ClaimsView {
  const cached = cache.get(model);
  if (cached) return cached;
  const raw = model.dataset.meta.claims;
  if (!raw || raw.length === 0) return EMPTY;
  const rows: ClaimRow[] = [];
  const issues: Issue[] = [];
  raw.forEach((entry, i) => {
    const parsed = ClaimSchema.safeParse(entry);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        issues.push({
          severity: "warning",
          path: formatPath(["meta", "claims", i, ...issue.path]),
          message: `${issue.message}; claim left out`,
        });
      return;
    }
    const claim = parsed.data;
    rows.push({
      id: claim.id ?? String(i + 1),
      claim: claim.claim,
      status: claim.status,
      detail: claim.detail ?? null,
      sources: originalsFirst(claim.sources ?? []),
      figure: figureOf(model, claim),
    });
  });
  const view = { rows, issues };
  cache.set(model, view);
  return view;
}

function dealsBetween(model: Model, investor: string, target: string): DealRecord[] {
  return model.dataset.deals.filter((deal) => deal.investor === investor && deal.target === target);
}

function figureOf(model: Model, claim: Claim): ClaimFigure | null {
  const figure = claim.figure;
  if (!figure) return null;
  const has = (id: string): boolean => model.nodeIndexById.has(id);
  switch (figure.kind) {
    case "credit-share": {
      const investor = figure.investor ?? "";
      const target = figure.target ?? "";
      const form = figure.form ?? "cloud-credits";
      let formUsd = 0;
      let totalUsd = 0;
      let known = false;
      for (const deal of dealsBetween(model, investor, target)) {
        const parts = (deal.parts ?? []).filter((part) => part.form === form && part.amountUsd != null);
        const whole = deal.amountUsd;
        if (parts.length === 0 && deal.form !== form) continue;
        if (whole == null) continue;
        known = true;
        totalUsd += whole;
        formUsd += deal.parts ? parts.reduce((sum, part) => sum + (part.amountUsd ?? 0), 0) : whole;
      }
      if (!known) return { kind: "none", reason: "missing-deal" };
      return { kind: "credit-share", investor, target, form, formUsd, totalUsd, share: totalUsd > 0 ? formUsd / totalUsd : 0 };
    }
    case "backers": {
      const targets = (figure.targets ?? []).filter(has);
      const investors = (figure.investors ?? []).filter(has);
      if (targets.length === 0 || investors.length === 0) return { kind: "none", reason: "missing-deal" };
      const backers = investors.map((investor) => {
        const backed = new Set(model.dataset.deals.filter((deal) => deal.investor === investor).map((deal) => deal.target));
        return { investor, backed: targets.filter((target) => backed.has(target)) };
      });
      const backedByAll = targets.filter((target) => backers.every((backer) => backer.backed.includes(target)));
      return { kind: "backers", targets, backers, backedByAll };
    }
    case "sectors": {
      const nodes = (figure.nodes ?? []).map((id) => {
        const index = model.nodeIndexById.get(id);
        const node = index === undefined ? undefined : model.dataset.nodes[index];
        return { node: id, sector: node ? (node.sector ?? node.category ?? null) : null };
      });
      return { kind: "sectors", nodes };
    }
    case "none":
      return { kind: "none", reason: figure.reason ?? "unknown-figure" };
    default:
      return { kind: "none", reason: "unknown-figure" };
  }
}
