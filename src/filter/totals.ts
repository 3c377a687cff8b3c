// A total that says what it leaves out: the disclosed dollars, how many deals they come from, and
// how many deals have no amount. Pure; no formatting (the words live with the panels).

export interface Total {
  /** Sum of the disclosed amounts; 0 when none is disclosed (then `disclosedDeals` is 0 too). */
  readonly disclosedUsd: number;
  readonly disclosedDeals: number;
  readonly undisclosedDeals: number;
  /** disclosedDeals + undisclosedDeals. */
  readonly deals: number;
}

export const NO_DEALS: Total = { disclosedUsd: 0, disclosedDeals: 0, undisclosedDeals: 0, deals: 0 };

/** A running total; `add(NaN)` counts an undisclosed deal. */
export class Tally {
  disclosedUsd = 0;
  disclosedDeals = 0;
  undisclosedDeals = 0;

  add(amount: number): void {
    if (Number.isNaN(amount)) this.undisclosedDeals++;
    else {
      this.disclosedUsd += amount;
      this.disclosedDeals++;
    }
  }

  total(): Total {
    return {
      disclosedUsd: this.disclosedUsd,
      disclosedDeals: this.disclosedDeals,
      undisclosedDeals: this.undisclosedDeals,
      deals: this.disclosedDeals + this.undisclosedDeals,
    };
  }
}

/** Sum of totals. */
export function sumTotals(totals: Iterable<Total>): Total {
  let disclosedUsd = 0;
  let disclosedDeals = 0;
  let undisclosedDeals = 0;
  for (const total of totals) {
    disclosedUsd += total.disclosedUsd;
    disclosedDeals += total.disclosedDeals;
    undisclosedDeals += total.undisclosedDeals;
  }
  return { disclosedUsd, disclosedDeals, undisclosedDeals, deals: disclosedDeals + undisclosedDeals };
}

/** More than half the deals have no amount: a ranking or comparison by dollars would mislead. */
export function mostlyUndisclosed(total: Total): boolean {
  return total.undisclosedDeals * 2 > total.deals;
}

/** Nothing disclosed: the dollar figure is unknown, not zero. */
export function nothingDisclosed(total: Total): boolean {
  return total.deals > 0 && total.disclosedDeals === 0;
}
