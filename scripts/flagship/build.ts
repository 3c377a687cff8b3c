// Builds data/china-ai-investments.json (format v1) from the sourced research tables in
// data/research/china-ai/, so a correction in a table flows into the data: `npm run data:flagship`.
// Pure `buildFlagship(tables)`; the CLI part only reads and writes files. Never estimates a figure.
import { readFileSync, writeFileSync } from "node:fs";
import { csvParse, type DSVRowString } from "d3-dsv";
import { EXIT, parseCli, runIfMain, UsageError, type CliIo } from "../lib/cli";
import { bakeLayout } from "./layout";
import { buildClaims } from "./claims";
import { countSources } from "./sourceCounts";
import { parseSources } from "./sources";
import { FLAGSHIP_META_TEXT } from "./metaText";
import { FLAGSHIP_STORY } from "./story";
import { CATEGORY_OF, FORM_OF, KNOWN_AS, QUALIFIER_OF, SHORT_LABELS, SPLITS, SPLIT_NOTES } from "./vocabulary";

export const FLAGSHIP_PATH = "data/china-ai-investments.json";
const RESEARCH = "data/research/china-ai";

export interface Tables {
  readonly deals: string;
  readonly nodes: string;
  readonly names: string;
  /** City names in Korean and Chinese (places.csv: city,ko,zh), for `meta.places`. */
  readonly places?: string;
  readonly claims: string;
}

export function readTables(folder = RESEARCH): Tables {
  const read = (name: string): string => readFileSync(`${folder}/${name}`, "utf8");
  return {
    deals: read("deals.csv"),
    nodes: read("nodes.csv"),
    names: read("names.csv"),
    places: read("places.csv"),
    claims: read("article_claims.csv"),
  };
}

function sectorOf(text: string, id: string): string | undefined {
  const lower = text.toLowerCase();
  if (!lower) return undefined;
  if (id === "horizon") return "autonomous-driving";
  if (lower.includes("llm")) return "LLM";
  if (lower.includes("robot") || lower.includes("embodied")) return "robotics";
  if (lower.includes("vision")) return "vision";
  if (lower.includes("chip") || lower.includes("gpu")) return "chips";
  if (lower.includes("video")) return "video-generation";
  if (lower.includes("infrastructure")) return "AI-infrastructure";
  return text;
}

function chineseName(local: string): string | undefined {
  const name = local.replace(/\s*\(.*\)\s*$/, "").trim();
  return name || undefined;
}

function number(text: string | undefined): number | null {
  if (!text) return null;
  const value = Number(text);
  return Number.isFinite(value) && value >= 0 ? value : null;
}

function joinNotes(...notes: Array<string | undefined>): string | undefined {
  const kept = notes.map((note) => note?.trim()).filter((note): note is string => Boolean(note));
  return kept.length ? kept.join(" ") : undefined;
}

/** Other names from the tables: a name's bracketed parts ("Megvii (Face++)", "ex-Sequoia China"), the
 * Latin reading of the local name ("Yuezhi Anmian"), the full name behind a short label, and KNOWN_AS. */
function aliasesOf(row: DSVRowString, label: string): string[] {
  const id = row["node_id"] ?? "";
  const name = row["name"] ?? "";
  const bracketed = [...name.matchAll(/\(([^)]*)\)/g)]
    .flatMap((match) => (match[1] ?? "").split(";"))
    .map((part) => part.trim().replace(/^ex-/, ""));
  const local = [...(row["name_local"] ?? "").matchAll(/\(([A-Za-z][A-Za-z .'-]*)\)/g)].map((match) => (match[1] ?? "").trim());
  const full = name.replace(/\s*\([^)]*\)/g, "").trim();
  const all = [...bracketed, ...local, full, ...(Object.hasOwn(KNOWN_AS, id) ? (KNOWN_AS[id] ?? []) : [])];
  const seen = new Set([label.toLowerCase()]);
  return all.filter((alias) => {
    const key = alias.toLowerCase();
    if (!alias || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function buildNode(row: DSVRowString, names: ReadonlyMap<string, DSVRowString>): Record<string, unknown> {
  const id = row["node_id"] ?? "";
  const startup = (row["node_role"] ?? "").startsWith("startup");
  const name = names.get(id);
  const zh = name?.["zh"] || chineseName(row["name_local"] ?? "");
  const founded = Number((row["founded"] ?? "").slice(0, 4));
  const shortLabel = SHORT_LABELS[id] ?? (row["name"] ?? id).replace(/ Holdings$| Group$/, "");
  return {
    id,
    label: shortLabel,
    labels: { ...(name?.["ko"] ? { ko: name["ko"] } : {}), ...(zh ? { zh } : {}) },
    kind: startup ? "startup" : "investor",
    ...(startup ? { sector: sectorOf(row["sector"] ?? "", id) } : { category: CATEGORY_OF[row["entity_type"] ?? ""] ?? "other" }),
    ...(row["country"] ? { country: row["country"] } : {}),
    ...(row["hq_city"] ? { city: row["hq_city"] } : {}),
    ...(founded > 1000 ? { founded } : {}),
    ...(aliasesOf(row, shortLabel).length ? { aliases: aliasesOf(row, shortLabel) } : {}),
    ...(joinNotes(row["name"] !== shortLabel ? `Full name: ${row["name"]}.` : undefined, row["notes"])
      ? { note: joinNotes(row["name"] !== shortLabel ? `Full name: ${row["name"]}.` : undefined, row["notes"]) }
      : {}),
  };
}

function buildDeal(row: DSVRowString): Record<string, unknown> {
  const id = row["deal_id"] ?? "";
  const role = row["lead_or_participant"] ?? "";
  const share = number(row["investor_share_usd"]);
  const roundSize = number(row["round_size_usd"]);
  // A sole investor's amount is the round: that is reported, not a split of a round among investors.
  const sole = role === "sole" && share === null && roundSize !== null;
  const amountUsd = share ?? (sole ? roundSize : null);
  const qualifier = QUALIFIER_OF[(sole ? row["round_size_qualifier"] : row["investor_share_qualifier"]) ?? ""];
  const form = FORM_OF[row["investment_form"] ?? ""] ?? "other";
  const round = row["investment_form"] === "ipo_cornerstone" ? "IPO cornerstone" : row["round"];
  const parts = SPLITS[id];
  const sources = parseSources(row["sources"] ?? "");
  const note = joinNotes(
    SPLIT_NOTES[id],
    row["investment_form"] === "mixed" && !parts
      ? `Mixed deal: ${row["form_detail"]}.`
      : row["form_detail"]
        ? `Form: ${row["form_detail"]}.`
        : undefined,
    sole ? "Sole investor: the amount is the round size." : undefined,
    row["amount_notes"] ? `Amounts: ${row["amount_notes"]}` : undefined,
    row["round_size_orig"] ? `Round as reported: ${row["round_size_orig"]}.` : undefined,
    row["valuation_notes"] ? `Valuation: ${row["valuation_notes"]}` : undefined,
    row["notes"],
    ...sources.remarks.map((remark) => `Source remark: ${remark}.`),
  );
  return {
    id,
    investor: row["investor_id"],
    target: row["startup_id"],
    ...(row["date"] ? { date: row["date"] } : {}),
    ...(round ? { round } : {}),
    lead: role === "lead" || role === "co-lead" || role === "sole",
    amountUsd,
    ...(amountUsd !== null && qualifier && qualifier !== "exact" ? { amountQualifier: qualifier } : {}),
    ...(roundSize !== null ? { roundSizeUsd: roundSize } : {}),
    form,
    ...(parts ? { parts } : {}),
    confidence: row["confidence"],
    ...(note ? { note } : {}),
    sources: sources.sources,
  };
}

export function buildFlagship(tables: Tables): object {
  const nodeRows = csvParse(tables.nodes);
  const dealRows = csvParse(tables.deals);
  const names = new Map(csvParse(tables.names).map((row) => [row["node_id"] ?? "", row]));
  const nodes = nodeRows.map((row) => buildNode(row, names));
  const deals = dealRows.map((row) => buildDeal(row));
  const positions = bakeLayout(
    nodes.map((node) => String(node["id"])),
    deals.map(
      (deal) =>
        [String(deal["investor"]), String(deal["target"]), typeof deal["amountUsd"] === "number" ? deal["amountUsd"] : null] as const,
    ),
    {
      centre: ["alibaba", "tencent"],
      labels: new Map(nodes.map((node) => [String(node["id"]), String(node["label"])])),
      main: new Set(
        nodes.filter((node) => node["kind"] === "startup" || node["category"] === "big-tech").map((node) => String(node["id"])),
      ),
    },
  );
  const placed = nodes.map((node) => ({ ...node, ...positions.get(String(node["id"])) }));
  const places = placesOf(
    tables.places ?? "city,ko,zh\n",
    nodes.map((node) => node["city"]),
  );
  const { forms, translations, ...about } = FLAGSHIP_META_TEXT;
  return {
    format: "investment-graph",
    version: 1,
    // The keys in the order the committed file has them.
    meta: { ...about, claims: buildClaims(tables.claims), forms, places, translations, story: FLAGSHIP_STORY },
    nodes: placed,
    deals,
  };
}

/** The translations of the cities the nodes name, in the order of the table; rows no node uses are left out. */
export function placesOf(table: string, cities: readonly unknown[]): Record<string, Record<string, string>> {
  const used = new Set(cities.filter((city): city is string => typeof city === "string"));
  const places: Record<string, Record<string, string>> = {};
  for (const row of csvParse(table)) {
    const city = row["city"]?.trim() ?? "";
    if (!used.has(city)) continue;
    const labels: Record<string, string> = {};
    for (const lang of ["ko", "zh"]) {
      const name = row[lang]?.trim();
      if (name) labels[lang] = name;
    }
    Object.defineProperty(places, city, { value: labels, enumerable: true, writable: true, configurable: true });
  }
  return places;
}

export function flagshipText(tables: Tables = readTables()): string {
  return `${JSON.stringify(buildFlagship(tables), null, 2)}\n`;
}

const USAGE = `usage: npm run data:flagship

Builds ${FLAGSHIP_PATH} (format v1, layout baked) from the sourced research tables in ${RESEARCH}/.
  --help   this text
Exit codes: 0 written, 1 a table could not be read or the file written, 2 bad usage.`;

export function main(argv: readonly string[], io: CliIo): number {
  const parsed = parseCli(argv, {}, USAGE, io);
  if (!parsed) return EXIT.ok;
  if (parsed.positionals.length > 0) throw new UsageError(`unexpected argument "${parsed.positionals[0]}"`);
  io.err(`reading ${RESEARCH}/ and laying out…`);
  const tables = readTables();
  writeFileSync(FLAGSHIP_PATH, flagshipText(tables));
  const counts = countSources(tables.deals);
  io.out(
    `wrote ${FLAGSHIP_PATH}: ${counts.links} source links (${counts.byKind.original} original, ${counts.byKind.copy} copies, ${counts.byKind.unverified} unverified), ${counts.repeats} repeats left out, ${counts.dealsOnlyCopies} deals with only copies`,
  );
  return EXIT.ok;
}

runIfMain(import.meta.url, USAGE, main);
