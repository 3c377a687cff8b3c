// Which CSV column holds what: recognises the usual header names (Crunchbase-style exports, our own
// table download) and says when it is unsure, so the page can ask. Pure; reads headers only.

export const CSV_FIELDS = ["investor", "startup", "date", "amount", "form", "round", "id", "lead", "confidence", "sources", "parts"] as const;
export type CsvField = (typeof CSV_FIELDS)[number];

/** Field -> column index in the header row; null when the file has no such column. */
export type CsvMapping = Readonly<Record<CsvField, number | null>>;

/** The fields a person is asked about; the rest are only taken when named exactly. */
export const MAPPED_FIELDS = ["investor", "startup", "date", "amount", "form", "round"] as const satisfies readonly CsvField[];

// Names are compared after normalising: lower case, runs of space, dash and dot become "_".
const NAMES: Readonly<Record<CsvField, readonly string[]>> = {
  investor: ["investor", "investor_name", "investors", "source", "from", "investor_label", "backer", "funder"],
  startup: ["startup", "company", "company_name", "target", "to", "startup_name", "investee", "organization", "organisation"],
  date: ["date", "funded_at", "funded_when", "year", "announced_on", "announced_at", "deal_date", "funded_year"],
  amount: ["amount", "amount_usd", "raised_amount_usd", "raised_amount", "amount_raised", "investment_usd", "usd"],
  form: ["form", "type", "funding_round_type", "investment_type", "deal_type", "kind_of_investment"],
  round: ["round", "round_name", "funding_round", "funding_round_code", "series", "stage"],
  id: ["deal", "deal_id", "id"],
  lead: ["lead", "is_lead", "lead_investor"],
  confidence: ["confidence"],
  sources: ["sources", "source_url", "url", "link"],
  parts: ["parts"],
};

export function normaliseHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, "")
    .trim()
    .toLowerCase()
    .replace(/[\s\-.]+/g, "_");
}

export interface MappingGuess {
  readonly mapping: CsvMapping;
  /** False when the investor or startup column is missing or a name fits two columns: ask the person. */
  readonly confident: boolean;
}

export function guessMapping(headers: readonly string[]): MappingGuess {
  const normalised = headers.map(normaliseHeader);
  const mapping: Record<CsvField, number | null> = { investor: null, startup: null, date: null, amount: null, form: null, round: null, id: null, lead: null, confidence: null, sources: null, parts: null };
  const taken = new Set<number>();
  let ambiguous = false;
  for (const field of CSV_FIELDS) {
    // The earliest synonym wins ("amount_usd" before "usd"); two columns with one name is ambiguous.
    for (const name of NAMES[field]) {
      const matches = normalised.flatMap((header, column) => (header === name && !taken.has(column) ? [column] : []));
      if (matches.length === 0) continue;
      if (matches.length > 1) ambiguous = true;
      const column = matches[0] ?? null;
      mapping[field] = column;
      if (column !== null) taken.add(column);
      break;
    }
  }
  const confident = !ambiguous && mapping.investor !== null && mapping.startup !== null && mapping.investor !== mapping.startup;
  return { mapping, confident };
}

/** Problems with a mapping a person chose; empty when it can be used. */
export function mappingProblems(mapping: CsvMapping, columnCount: number): string[] {
  const problems: string[] = [];
  if (mapping.investor === null) problems.push("choose the investor column");
  if (mapping.startup === null) problems.push("choose the startup column");
  if (mapping.investor !== null && mapping.investor === mapping.startup) problems.push("investor and startup must be different columns");
  for (const field of CSV_FIELDS) {
    const column = mapping[field];
    if (column !== null && (!Number.isInteger(column) || column < 0 || column >= columnCount)) problems.push(`${field}: no column ${column}`);
  }
  return problems;
}
