// Builds data/china-ai-investments.json (format v1) from the sourced research tables in
// data/research/china-ai/, so a correction in a table flows into the data: `npm run data:flagship`.
// Pure `buildFlagship(tables)`; the CLI part only reads and writes files. Never estimates a figure.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { csvParse, type DSVRowString } from "d3-dsv";
import { bakeLayout } from "./layout";
import { buildClaims } from "./claims";
import { countSources } from "./sourceCounts";
import { parseSources } from "./sources";
import { FLAGSHIP_STORY } from "./story";

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

const FORM_OF: Readonly<Record<string, string>> = {
  equity_cash: "cash",
  cloud_credits: "cloud-credits",
  compute: "compute",
  convertible_note: "convertible",
  strategic: "strategic",
  ipo_cornerstone: "cash",
  self_funded: "other",
  mixed: "cash",
};

const CATEGORY_OF: Readonly<Record<string, string>> = {
  big_tech: "big-tech",
  vc: "vc",
  pe_vc: "vc",
  pe: "vc",
  asset_manager: "vc",
  corporate: "corporate",
  corporate_vc: "corporate",
  "corporate_vc (sovereign-linked)": "corporate",
  state_fund: "state",
  local_government: "state",
  soe_corporate: "state",
  state_bank_pe: "state",
  state_insurer_pe: "state",
  sovereign_wealth_fund: "state",
  individual: "person",
  hedge_fund: "other",
};

/** Short labels for long names, so the graph stays readable; the full name goes into the note. */
const SHORT_LABELS: Readonly<Record<string, string>> = {
  sscic: "SSCIC",
  adia: "ADIA",
  beijing_ai_fund: "Beijing AI Fund",
  shanghai_ai_fund: "Shanghai AI Fund",
  ssf_zgc: "SSF Zhongguancun Fund",
  china_vc_fund: "China State VC Fund",
  hangzhou_city_invest: "Hangzhou City Investment",
  hangzhou_gaoxin: "Hangzhou Gaoxin",
  pudong_zhangjiang: "Pudong VC & Zhangjiang",
  bocgi: "BOC Group Investment",
  chengdu_hitech: "Chengdu Hi-Tech Zone",
  guangzhou_state: "Guangzhou state investors",
  guangdong_state: "Guangdong state fund",
  shanghai_intl_group: "Shanghai Intl. Group",
  shenzhen_capital: "Shenzhen Capital",
  zgc_science_city: "Zhongguancun Science City",
  softbank_vf: "SoftBank Vision Fund",
  "5y_capital": "5Y Capital",
  hongshan: "HongShan",
  zhipu: "Zhipu AI",
  megvii: "Megvii",
  shengshu: "Shengshu",
  volkswagen: "Volkswagen",
  google: "Google",
  xiaohongshu: "Xiaohongshu",
  agibot: "AgiBot",
  ant_group: "Ant Group",
};

const QUALIFIER_OF: Readonly<Record<string, string>> = { approx: "approx", at_least: "at-least", up_to: "up-to", exact: "exact" };

/**
 * Deals split by form where a source gives the split (or states the mix as fact with an unknown split).
 * Moonshot: the sources disagree on the credit share (">$300M" in the Korean article from the WSJ,
 * "just under half" in the FT, cash "< $600M" per Jiemian); the data keeps the most conservative
 * credit figure, $300M, and the note keeps the range.
 */
const SPLITS: Readonly<Record<string, ReadonlyArray<{ form: string; amountUsd: number | null }>>> = {
  D005: [
    { form: "cloud-credits", amountUsd: 300_000_000 },
    { form: "cash", amountUsd: 500_000_000 },
  ],
  D129: [
    { form: "cloud-credits", amountUsd: 500_000_000 },
    { form: "cash", amountUsd: 500_000_000 },
  ],
  D131: [
    { form: "cash", amountUsd: null },
    { form: "cloud-credits", amountUsd: null },
  ],
};

const SPLIT_NOTES: Readonly<Record<string, string>> = {
  D005: "Split by form: sources disagree on the cloud-credit share (more than $300M per the Korean article from the WSJ; 'just under half' of $800M per the FT; cash 'less than $600 million' per Jiemian, i.e. credits above $200M). The data keeps the most conservative figure consistent with the article: $300M credits, $500M cash.",
  D129: "Split by form: about half ($500M) as Azure credits per MIT Technology Review.",
  D131: "Split by form unknown: capital plus Azure compute; the data marks both parts with undisclosed amounts.",
};

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

/**
 * Names readers use that the tables do not give as a name: Kimi, Moonshot AI's chatbot, is how the
 * press often names the company ("Kimi founder", Jiemian 2024-04; nodes.csv sector "chatbot (Kimi)").
 */
const KNOWN_AS: Readonly<Record<string, readonly string[]>> = { moonshot: ["Kimi"] };

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
  return {
    format: "investment-graph",
    version: 1,
    meta: {
      title: "China's tech giants bet on AI startups",
      description:
        "Alibaba and Tencent back most of China's new AI unicorns, often partly in cloud credits rather than cash; Microsoft, Amazon and Google do the same with OpenAI and Anthropic. One line per investor and startup; circle area by amount invested or raised.",
      credit:
        "Data: public reports (WSJ, Bloomberg, Reuters, SCMP, FT, LatePost, 36Kr and others), compiled for the Investment Network Explorer. Every deal lists its sources.",
      currency: "USD",
      updated: "2026-11-25",
      notes: [
        "amountUsd is the investor's own amount where a source reports it; otherwise null (undisclosed). A round's total is kept apart in roundSizeUsd and never split among its investors; a sole investor's amount is the round size.",
        "Where sources disagree, the data keeps the most conservative figure and the deal's note keeps the range (Alibaba -> Moonshot AI, 2024: cloud credits of more than $300M per the article, 'just under half' per the FT; the data says $300M).",
        "RMB amounts use the USD figure the source gave; where none was given the compilers converted at about 7.2-7.3 CNY per USD and say so in the note.",
        "IPO cornerstone subscriptions are cash deals with round 'IPO cornerstone'; DeepSeek's funding by its parent High-Flyer is form 'other'.",
      ],
      claims: buildClaims(tables.claims),
      forms: {
        cash: { label: "Cash (equity)", labels: { ko: "현금(지분)", zh: "现金（股权）" } },
        "cloud-credits": { label: "Cloud credits", labels: { ko: "클라우드 크레딧", zh: "云计算额度" } },
        compute: { label: "Compute (in kind)", labels: { ko: "컴퓨팅(현물)", zh: "算力（实物）" } },
        convertible: { label: "Convertible note", labels: { ko: "전환사채", zh: "可转换票据" } },
        strategic: { label: "Strategic / incubation", labels: { ko: "전략적 투자·인큐베이션", zh: "战略投资／孵化" } },
        other: { label: "Other (self-funded)", labels: { ko: "기타(자체 자금)", zh: "其他（自有资金）" } },
      },
      places,
      translations: {
        ko: {
          title: "중국 빅테크, AI 스타트업에 베팅하다",
          description:
            "알리바바와 텐센트는 중국의 새 AI 유니콘 대부분에 투자하며, 그 일부는 현금이 아닌 클라우드 크레딧으로 투자합니다. 마이크로소프트, 아마존, 구글도 오픈AI와 앤트로픽에 같은 방식으로 투자합니다. 선 하나는 투자자와 스타트업 한 쌍, 원 면적은 투자·유치 금액입니다.",
          credit:
            "데이터: 공개 보도(WSJ, 블룸버그, 로이터, SCMP, FT, LatePost, 36Kr 등)를 Investment Network Explorer가 정리. 모든 거래에 출처가 있습니다.",
        },
        zh: {
          title: "中国科技巨头押注 AI 初创公司",
          description:
            "阿里巴巴和腾讯投资了中国大多数新的 AI 独角兽，其中一部分以云计算额度而非现金出资；微软、亚马逊和谷歌对 OpenAI 和 Anthropic 也是如此。每条线代表一对投资方与初创公司，圆面积代表投资或融资金额。",
          credit:
            "数据：公开报道（WSJ、彭博、路透、南华早报、FT、晚点 LatePost、36氪等），由 Investment Network Explorer 整理。每笔交易均列出来源。",
        },
      },
      story: FLAGSHIP_STORY,
    },
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

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(FLAGSHIP_PATH, flagshipText());
  const counts = countSources(readTables().deals);
  console.log(
    `wrote ${FLAGSHIP_PATH}: ${counts.links} source links (${counts.byKind.original} original, ${counts.byKind.copy} copies, ${counts.byKind.unverified} unverified), ${counts.repeats} repeats left out, ${counts.dealsOnlyCopies} deals with only copies`,
  );
}
