// Seeded synthetic datasets in format v1 for the benchmark and scale tests: heavy-tailed investor
// activity, log-normal amounts (~10% undisclosed), several forms, some split deals, years 2010-2025,
// baked positions in sector clusters. Same seed, same file. Made at run time, never committed.
import { lcg } from "../../src/layout/matrices";

export interface GenerateOptions {
  readonly nodes: number;
  readonly deals: number;
  readonly seed?: number;
  /** Leave positions out, so the app has to lay the graph out. */
  readonly unbaked?: boolean;
}

const FORMS: ReadonlyArray<readonly [string, number]> = [
  ["cash", 0.7],
  ["convertible", 0.08],
  ["cloud-credits", 0.07],
  ["strategic", 0.05],
  ["compute", 0.04],
  ["debt", 0.04],
  ["grant", 0.02],
];
const SECTORS = ["LLM", "robotics", "vision", "chips", "autonomous-driving", "fintech", "health", "climate"];
const CATEGORIES = ["vc", "vc", "vc", "corporate", "state", "big-tech", "person"];

export function generateDataset(options: GenerateOptions): object {
  const random = lcg(options.seed ?? 7);
  const normal = (): number => {
    const u = Math.max(1e-12, random());
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const round = (value: number): number => Math.round(value * 1e4) / 1e4;

  const investorCount = Math.max(1, Math.round(options.nodes * 0.3));
  const nodes: object[] = [];
  const sectorOf: number[] = [];
  for (let i = 0; i < options.nodes; i++) {
    const investor = i < investorCount;
    const sector = Math.floor(random() * SECTORS.length);
    sectorOf.push(sector);
    const angle = (2 * Math.PI * sector) / SECTORS.length;
    const spread = investor ? 0.3 : 0.11;
    const centre = investor ? 0.3 : 0.85;
    const position = options.unbaked
      ? {}
      : { x: round(centre * Math.cos(angle) + spread * normal()), y: round(centre * Math.sin(angle) + spread * normal()) };
    nodes.push({
      id: `${investor ? "i" : "s"}${i}`,
      label: `${investor ? "Investor" : "Startup"} ${i}`,
      kind: investor ? "investor" : "startup",
      ...(investor ? { category: pick(CATEGORIES) } : { sector: SECTORS[sector] }),
      ...position,
    });
  }

  // Investor activity is heavy-tailed: weight ~ 1 / rank.
  const cumulative: number[] = [];
  let total = 0;
  for (let i = 0; i < investorCount; i++) {
    total += 1 / (i + 1);
    cumulative.push(total);
  }
  const pickInvestor = (): number => {
    const r = random() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] ?? 0) < r) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const pickForm = (): string => {
    let r = random();
    for (const [form, share] of FORMS) {
      r -= share;
      if (r <= 0) return form;
    }
    return "cash";
  };

  const startupCount = options.nodes - investorCount;
  const deals: object[] = [];
  for (let d = 0; d < options.deals; d++) {
    const investor = pickInvestor();
    const target = investorCount + Math.floor(random() * startupCount);
    const year = 2010 + Math.min(15, Math.floor(16 * Math.sqrt(random())));
    const month = 1 + Math.floor(random() * 12);
    const undated = random() < 0.05;
    const undisclosed = random() < 0.1;
    const amount = undisclosed ? null : Math.round(Math.exp(Math.log(5e6) + 1.8 * normal()));
    const split = amount !== null && random() < 0.03;
    const credits = split ? Math.round(amount * (0.2 + 0.5 * random())) : 0;
    deals.push({
      id: `d${d}`,
      investor: (nodes[investor] as { id: string }).id,
      target: (nodes[target] as { id: string }).id,
      ...(undated ? {} : { date: `${year}-${String(month).padStart(2, "0")}` }),
      amountUsd: amount,
      form: split ? "cash" : pickForm(),
      ...(split && amount !== null
        ? {
            parts: [
              { form: "cloud-credits", amountUsd: credits },
              { form: "cash", amountUsd: amount - credits },
            ],
          }
        : {}),
      confidence: pick(["high", "medium", "low"]),
    });
  }
  void sectorOf;
  return {
    format: "investment-graph",
    version: 1,
    meta: {
      title: `Synthetic network: ${options.nodes} organisations, ${options.deals} deals`,
      credit: "Synthetic data (seeded)",
      currency: "USD",
    },
    nodes,
    deals,
  };
}
