// A total in words that says what it leaves out: "$40M disclosed · 13 of 14 deals undisclosed",
// "undisclosed · all 2 deals", never "$0" for amounts nobody reported. Formats; computes nothing.
import "./toolWords";
import type { Total } from "../filter/totals";
import type { Language } from "../state/url";
import { formatCount, formatUsd } from "./format";
import { t, tn } from "./i18n";

/** The headline form: the whole story of a total in one line. */
export function totalText(total: Total, lang: Language): string {
  if (total.deals === 0) return t(lang, "total.none");
  if (total.disclosedDeals === 0)
    return total.deals === 1 ? t(lang, "total.oneUndisclosed") : t(lang, "total.allUndisclosed", { deals: formatCount(lang, total.deals) });
  const amount = formatUsd(lang, total.disclosedUsd);
  if (total.undisclosedDeals === 0) return amount;
  return t(lang, "total.partial", {
    amount,
    undisclosed: formatCount(lang, total.undisclosedDeals),
    deals: formatCount(lang, total.deals),
  });
}

/** The short form, for bars and table cells: "$50M", "$50M + 1 undisclosed", "undisclosed". */
export function shortTotalText(total: Total, lang: Language): string {
  if (total.deals === 0) return "–";
  if (total.disclosedDeals === 0) return t(lang, "undisclosed");
  const amount = formatUsd(lang, total.disclosedUsd);
  return total.undisclosedDeals === 0 ? amount : t(lang, "total.short", { amount, undisclosed: formatCount(lang, total.undisclosedDeals) });
}

/** A count of deals in words: "1 deal", "14 deals". */
export function dealsText(deals: number, lang: Language): string {
  return tn(lang, "stats.dealCount", deals);
}
