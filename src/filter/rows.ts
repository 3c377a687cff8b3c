// The visible deals as flat rows (one per deal, in data order): what the table view shows and the
// CSV export writes. Pure: reads the model and the visible set.
import type { VisibleSet } from "./visible";
import type { DealRecord } from "../io/schema";
import type { Model } from "../model/model";

export const CSV_COLUMNS = [
  "deal",
  "investor",
  "startup",
  "date",
  "round",
  "amount_usd",
  "amount_shown_usd",
  "form",
  "parts",
  "lead",
  "confidence",
  "sources",
] as const;

export type DealRow = Readonly<Record<(typeof CSV_COLUMNS)[number], string>>;

/** A deal's own fields as CSV cells (the table, the view CSV): undisclosed is "", never "0". */
export function dealCells(deal: DealRecord) {
  return {
    date: deal.date ?? "",
    round: deal.round ?? "",
    amount_usd: deal.amountUsd == null ? "" : String(deal.amountUsd),
    form: deal.form,
    parts: (deal.parts ?? []).map((part) => `${part.form}:${part.amountUsd ?? "?"}`).join("; "),
    lead: deal.lead === undefined ? "" : String(deal.lead),
    confidence: deal.confidence ?? "",
    sources: (deal.sources ?? [])
      .map((source) => source.url ?? "")
      .filter(Boolean)
      .join(" "),
  };
}

/** One row per visible deal, in data order. `amount_shown_usd` is what the filters count. */
export function visibleDealRows(model: Model, visible: VisibleSet): DealRow[] {
  const rows: DealRow[] = [];
  const label = (id: string): string => {
    const i = model.nodeIndexById.get(id);
    return i === undefined ? id : (model.dataset.nodes[i]?.label ?? id);
  };
  model.dataset.deals.forEach((deal, d) => {
    if (!visible.dealVisible[d]) return;
    const shown = visible.dealAmount[d] ?? Number.NaN;
    rows.push({
      deal: deal.id,
      investor: label(deal.investor),
      startup: label(deal.target),
      ...dealCells(deal),
      amount_shown_usd: Number.isNaN(shown) ? "" : String(shown),
    });
  });
  return rows;
}
