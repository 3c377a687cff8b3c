// A seeded generator of a real-world-shaped CSV of deals (Crunchbase-like columns) with the gaps real
// exports have, and what a correct import must report about it. For tests only; never committed.

export interface MessyCsvOptions {
  readonly rows: number;
  readonly seed?: number;
}

export interface MessyCsvExpectation {
  readonly rows: number;
  readonly loaded: number;
  /** Lines (1-based, header is line 1) of rows that must be skipped. */
  readonly skippedLines: readonly number[];
  readonly duplicateLines: readonly number[];
  readonly selfLines: readonly number[];
  /** Lines whose amount is in another currency: kept as undisclosed with a warning. */
  readonly foreignAmountLines: readonly number[];
  readonly warnings: number;
  readonly undated: number;
  readonly undisclosed: number;
  readonly nodes: number;
  readonly amountUsd: number;
}

/** d3-force's LCG: small, seeded, the same everywhere. */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => (state = (1664525 * state + 1013904223) % 4294967296) / 4294967296;
}

const SYLLABLES = [
  "ar",
  "be",
  "co",
  "da",
  "el",
  "fo",
  "ga",
  "hi",
  "io",
  "ju",
  "ka",
  "lu",
  "mo",
  "ne",
  "or",
  "pa",
  "qu",
  "ri",
  "so",
  "ta",
  "ul",
  "vi",
  "wo",
  "xa",
  "yo",
  "ze",
];
const SUFFIXES = ["Labs", "AI", "Robotics", "Capital", "Ventures", "Partners", "Tech", "Systems", "Bio", "Data", "Inc.", "Holdings"];
const TYPES = [
  "venture",
  "venture",
  "venture",
  "seed",
  "angel",
  "private_equity",
  "debt_financing",
  "convertible_note",
  "grant",
  "post_ipo_equity",
  "undisclosed",
];
const CODES = ["", "", "A", "B", "C", "D", "E"];
const CATEGORIES = [
  "software",
  "biotech",
  "enterprise",
  "mobile",
  "ecommerce",
  "hardware",
  "cleantech",
  "advertising",
  "games_video",
  "analytics",
];
const COUNTRIES = ["USA", "CHN", "GBR", "IND", "DEU", "FRA", "ISR", "CAN", "KOR", "JPN", ""];
const WORDS = [
  "follow-on",
  "led by",
  "strategic",
  "bridge",
  "extension",
  "syndicate",
  "reported",
  "press release",
  "filing",
  "estimate",
  "co-invest",
  "secondary",
];
// Names that have broken sites before: markup, prototype keys, quotes, formula starts.
const HOSTILE = [
  "<img src=x onerror=alert(1)>",
  "__proto__",
  "constructor",
  "hasOwnProperty",
  "toString",
  '"Quoted, Inc."',
  '=HYPERLINK("http://x")',
  "Zoë & Søn",
  "北京智谱",
  "스타트업",
];

export function generateMessyCsv(options: MessyCsvOptions): { text: string; expected: MessyCsvExpectation } {
  const random = lcg(options.seed ?? 7);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const name = (): string => {
    const parts = 2 + Math.floor(random() * 2);
    let word = "";
    for (let i = 0; i < parts; i++) word += pick(SYLLABLES);
    return `${word[0]?.toUpperCase()}${word.slice(1)} ${pick(SUFFIXES)}`;
  };
  const companies = Array.from({ length: Math.max(20, Math.floor(options.rows / 7)) }, name).concat(HOSTILE);
  const investors = Array.from({ length: Math.max(10, Math.floor(options.rows / 14)) }, name);
  // Some companies invest too: the same name on both sides must be one node.
  for (let i = 0; i < investors.length / 20; i++) investors.push(pick(companies));

  const quote = (cell: string): string => (/[",\n\r]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  const lines: string[] = [
    "company_name,company_category_code,company_country_code,investor_name,investor_country_code,funding_round_type,funding_round_code,funded_at,raised_amount_usd,source_url,notes",
  ];
  const kept: string[] = [];
  const skippedLines: number[] = [];
  const duplicateLines: number[] = [];
  const selfLines: number[] = [];
  const foreignAmountLines: number[] = [];
  const keptSelf = new Set<string>();
  const keptForeign = new Set<string>();
  const names = new Set<string>();
  let line = 2;
  let undated = 0;
  let undisclosed = 0;
  let amountUsd = 0;
  const keptAmount = new Map<string, number | null>();
  const keptDated = new Map<string, boolean>();

  for (let r = 0; r < options.rows; r++) {
    const roll = random();
    if (roll < 0.005 && kept.length > 0) {
      const copy = pick(kept);
      duplicateLines.push(line);
      if (keptSelf.has(copy)) selfLines.push(line);
      if (keptForeign.has(copy)) foreignAmountLines.push(line);
      const amount = keptAmount.get(copy) ?? null;
      if (amount === null) undisclosed++;
      else amountUsd += amount;
      if (!keptDated.get(copy)) undated++;
      lines.push(copy);
      line += 1 + (copy.match(/\n/g)?.length ?? 0);
      continue;
    }
    const company = roll < 0.008 ? "" : pick(companies);
    const self = roll > 0.999;
    const investor = roll >= 0.008 && roll < 0.013 ? pick(["", "  "]) : self ? company : pick(investors);
    const dated = random() > 0.08;
    const year = 1995 + Math.floor(random() * 30);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const date = !dated
      ? ""
      : random() < 0.9
        ? `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`
        : random() < 0.5
          ? String(year)
          : `${year}/${month}/${day}`;
    const millions = Math.round(random() * 2000) / 10 + 0.1;
    let amountText: string;
    let amount: number | null = null;
    let skip = !company.trim() || !investor.trim();
    const amountRoll = random();
    let foreign = false;
    if (amountRoll < 0.2) amountText = pick(["", "", "", "undisclosed", "n/a"]);
    else if (amountRoll < 0.202) {
      amountText = `€${millions}M`;
      foreign = true;
    } else if (amountRoll < 0.2025) {
      amountText = pick(["-500000", "NaN", "Infinity"]);
      skip = true;
    } else {
      amount = Math.round(millions * 1e6);
      amountText = pick([String(amount), `$${amount.toLocaleString("en-US")}`, `${amount / 1e6}M`, `USD ${amount}`]);
    }
    const notes = Array.from({ length: 5 + Math.floor(random() * 8) }, () => pick(WORDS)).join(
      random() < 0.01 ? "\n" : random() < 0.2 ? ", " : " ",
    );
    const row = [
      company,
      pick(CATEGORIES),
      pick(COUNTRIES),
      investor,
      pick(COUNTRIES),
      pick(TYPES),
      pick(CODES),
      date,
      amountText,
      random() < 0.7 ? `https://news.example/${r}` : "",
      notes,
    ]
      .map(quote)
      .join(",");
    lines.push(row);
    if (skip) skippedLines.push(line);
    else {
      kept.push(row);
      names.add(company.trim().replace(/\s+/g, " "));
      names.add(investor.trim().replace(/\s+/g, " "));
      keptAmount.set(row, amount);
      keptDated.set(row, dated);
      if (company === investor) {
        selfLines.push(line);
        keptSelf.add(row);
      }
      if (foreign) {
        foreignAmountLines.push(line);
        keptForeign.add(row);
      }
      if (amount === null) undisclosed++;
      else amountUsd += amount;
      if (!dated) undated++;
    }
    line += 1 + (row.match(/\n/g)?.length ?? 0);
  }
  const loaded = options.rows - skippedLines.length;
  const expected: MessyCsvExpectation = {
    rows: options.rows,
    loaded,
    skippedLines,
    duplicateLines,
    selfLines,
    foreignAmountLines,
    // One more: the columns the import does not read (category, countries, notes) are named once.
    warnings: duplicateLines.length + selfLines.length + foreignAmountLines.length + 1,
    undated,
    undisclosed,
    nodes: names.size,
    amountUsd,
  };
  return { text: `${lines.join("\n")}\n`, expected };
}
