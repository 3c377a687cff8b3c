// The explorer's own figure beside a claim, in words: "The data: $300M of $800M in cloud credits
// (38%)". Formats what filter/claims.ts computed; computes nothing.
import "./toolWords";
import type { ClaimFigure } from "../filter/claims";
import { formatUsd } from "../io/amount";
import type { Model } from "../model/model";
import type { Language } from "../state/url";
import { t, type MessageKey } from "./i18n";
import { formName, shortName } from "./names";

const REASONS: ReadonlyMap<string, MessageKey> = new Map([
  ["ai-deals-only", "claims.reason.aiDealsOnly"],
  ["not-deals", "claims.reason.notDeals"],
  ["excluded", "claims.reason.excluded"],
  ["missing-deal", "claims.reason.missingDeal"],
  ["unknown-figure", "claims.reason.unknownFigure"],
]);

function nameOf(model: Model, id: string, lang: Language): string {
  const index = model.nodeIndexById.get(id);
  return shortName(index === undefined ? undefined : model.dataset.nodes[index], lang, id);
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** One line per fact the figure holds. */
export function claimFigureLines(figure: ClaimFigure, model: Model, lang: Language): string[] {
  switch (figure.kind) {
    case "credit-share":
      return [
        t(lang, "claims.creditShare", {
          part: formatUsd(figure.formUsd),
          whole: formatUsd(figure.totalUsd),
          form: formName(model.dataset.meta, figure.form, lang),
          share: percent(figure.share),
          investor: nameOf(model, figure.investor, lang),
          target: nameOf(model, figure.target, lang),
        }),
      ];
    case "backers": {
      const names = (ids: readonly string[]): string => ids.map((id) => nameOf(model, id, lang)).join(", ") || "–";
      const lines = figure.backers.map(({ investor, backed }) =>
        t(lang, "claims.backs", {
          investor: nameOf(model, investor, lang),
          count: String(backed.length),
          of: String(figure.targets.length),
          names: names(backed),
        }),
      );
      if (figure.backers.length > 1)
        lines.push(t(lang, "claims.backedByAll", { count: String(figure.backedByAll.length), names: names(figure.backedByAll) }));
      return lines;
    }
    case "sectors":
      return [figure.nodes.map(({ node, sector }) => `${nameOf(model, node, lang)}: ${sector ?? "–"}`).join(" · ")];
    case "none": {
      const key = REASONS.get(figure.reason);
      return [key ? t(lang, key) : figure.reason];
    }
  }
}
