// Which CSV column holds what: recognises the usual header names (Crunchbase-style exports, our own
// table download) and says when it is unsure, so the page can ask. Pure; reads headers only.

export const CSV_FIELDS = [
  "investor",
  "startup",
  "date",
  "amount",
  "form",
  "round",
  "id",
  "lead",
  "confidence",
  "sources",
  "parts",
  "investorId",
  "startupId",
  "formLabel",
  "shown",
] as const;
export type CsvField = (typeof CSV_FIELDS)[number];

/** Field -> column index in the header row; null when the file has no such column. */
export type CsvMapping = Readonly<Record<CsvField, number | null>>;

/** The fields a person is asked about; the rest are only taken when named exactly. */
export const MAPPED_FIELDS = ["investor", "startup", "date", "amount", "form", "round"] as const satisfies readonly CsvField[];

// Names are compared after normalising: lower case, runs of space, dash and dot become "_".
// The earliest name in a list wins when a file has two of them ("amount_usd" before "usd").
const NAMES: Readonly<Record<CsvField, readonly string[]>> = {
  investor: [
    "investor",
    "investor_name",
    "investors",
    "investor_names",
    "backer",
    "backers",
    "funder",
    "funders",
    "lead_investor",
    "lead_investors",
    "from",
    "investor_label",
  ],
  startup: [
    "startup",
    "company",
    "company_name",
    "target",
    "to",
    "startup_name",
    "investee",
    "organization",
    "organisation",
    "organization_name",
    "portfolio_company",
  ],
  date: [
    "date",
    "when",
    "announced",
    "announced_on",
    "announced_at",
    "announced_date",
    "date_announced",
    "closed",
    "closed_on",
    "close_date",
    "funded_at",
    "funded_when",
    "deal_date",
    "year",
    "funded_year",
  ],
  amount: [
    "amount",
    "amount_usd",
    "raised_amount_usd",
    "raised_amount",
    "amount_raised",
    "investment_usd",
    "money_raised_usd",
    "money_raised",
    "usd",
    "value",
    "value_usd",
    "size",
    "deal_size",
  ],
  form: ["form", "kind", "type", "instrument", "funding_round_type", "funding_type", "investment_type", "deal_type", "kind_of_investment"],
  round: ["round", "round_name", "funding_round", "funding_round_code", "series", "stage"],
  id: ["deal", "deal_id", "id"],
  lead: ["lead", "is_lead", "lead_investor"],
  confidence: ["confidence"],
  sources: ["sources", "source", "source_url", "source_urls", "url", "urls", "link", "links", "source_link"],
  parts: ["parts"],
  // Our own view download: ids (two organisations may share a name), form labels, the counted amount.
  investorId: ["investor_id"],
  startupId: ["startup_id", "company_id"],
  formLabel: ["form_label"],
  shown: ["amount_shown_usd"],
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
  const mapping: Record<CsvField, number | null> = {
    investor: null,
    startup: null,
    date: null,
    amount: null,
    form: null,
    round: null,
    id: null,
    lead: null,
    confidence: null,
    sources: null,
    parts: null,
    investorId: null,
    startupId: null,
    formLabel: null,
    shown: null,
  };
  const taken = new Set<number>();
  // A Gephi edge list (Source, Target): there "source" is the investor, not a link.
  const edgeList =
    normalised.includes("source") && normalised.includes("target") && !normalised.some((header) => NAMES.investor.includes(header));
  if (edgeList) {
    mapping.investor = normalised.indexOf("source");
    taken.add(mapping.investor);
  }
  let ambiguous = false;
  for (const field of CSV_FIELDS) {
    if (mapping[field] !== null) continue;
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

/** Headers of the columns no field reads (reported by name, so nothing is dropped without a word). */
export function unusedColumns(mapping: CsvMapping, headers: readonly string[]): string[] {
  const used = new Set<number>();
  for (const field of CSV_FIELDS) {
    const column = mapping[field];
    if (column !== null) used.add(column);
  }
  return headers.flatMap((header, column) => (used.has(column) || header.trim() === "" ? [] : [header]));
}

/** Problems with a mapping a person chose; empty when it can be used. */
export function mappingProblems(mapping: CsvMapping, columnCount: number): string[] {
  const problems: string[] = [];
  if (mapping.investor === null) problems.push("choose the investor column");
  if (mapping.startup === null) problems.push("choose the startup column");
  if (mapping.investor !== null && mapping.investor === mapping.startup) problems.push("investor and startup must be different columns");
  for (const field of CSV_FIELDS) {
    const column = mapping[field];
    if (column !== null && (!Number.isInteger(column) || column < 0 || column >= columnCount))
      problems.push(`${field}: no column ${column}`);
  }
  return problems;
}
