// Seeded deal networks shaped like a public Crunchbase-style export: Pareto investor activity, most
// startups with one investor, thousands of small separate parts, a few big hubs, follow-on deals on
// the same pair. Parameterised by deal count; made at run time, never committed.
import { lcg } from "../../src/layout/matrices";

/** The network's shape only: who is linked to whom, and how many deals each linked pair has. */
export interface RealShapedNetwork {
  readonly investors: number;
  readonly startups: number;
  /** Node index pairs (investor first, then startup = investors + k), one per linked pair. */
  readonly pairs: Uint32Array;
  /** Deals per linked pair (>= 1). */
  readonly dealsPerPair: Uint16Array;
}

/** Linked pairs per deal, organisations per deal and separate parts per deal (from the export). */
const PAIRS_PER_DEAL = 63 / 80;
const INVESTORS_PER_DEAL = 0.12;
const PARTS_PER_DEAL = 2100 / 80_000;
/** Investor activity: Pareto tail exponent and cap (the export's busiest investor has ~1,500 deals). */
const ACTIVITY_TAIL = 1.25;
const MAX_ACTIVITY = 1500;
/** Share of startups with a single investor in the connected bulk. */
const SINGLE_INVESTOR = 0.46;

/**
 * The bulk is a configuration model: each investor gets a Pareto activity (a few hubs with hundreds
 * of deals), each startup one investor (46%) or a geometric number; stubs are matched at random.
 * The fringe is thousands of small parts: a local investor and its one-investor startups, now and
 * then a second investor.
 */
export function realShapedNetwork(deals: number, seed = 11): RealShapedNetwork {
  const random = lcg(seed);
  const pairs: number[] = [];
  let investors = 0;
  let startups = 0;
  const parts = Math.round(deals * PARTS_PER_DEAL);
  for (let p = 0; p < parts; p++) {
    const investor = investors++;
    let count = 1;
    while (random() < 0.45 && count < 8) count++;
    const first = startups;
    for (let k = 0; k < count; k++) pairs.push(investor, startups++);
    if (random() < 0.15) pairs.push(investors++, first);
  }
  const targetPairs = Math.max(1, Math.round(deals * PAIRS_PER_DEAL) - pairs.length / 2);
  const investorCount = Math.max(1, Math.round(deals * INVESTORS_PER_DEAL));
  const investorStubs: number[] = [];
  for (let i = 0; i < investorCount; i++) {
    const activity = Math.min(MAX_ACTIVITY, Math.floor(Math.pow(1 - random(), -1 / ACTIVITY_TAIL)));
    for (let k = 0; k < activity; k++) investorStubs.push(investors + i);
  }
  // Meet the pair count wanted: repeat busy investors' stubs, or drop some (never an investor's last).
  while (investorStubs.length < targetPairs) investorStubs.push(investorStubs[Math.floor(random() * investorStubs.length)] ?? 0);
  for (let k = investorStubs.length - 1; investorStubs.length > targetPairs && k > 0; k--) {
    if (investorStubs[k] === investorStubs[k - 1] && random() < 0.5) investorStubs.splice(k, 1);
  }
  investors += investorCount;
  const startupStubs: number[] = [];
  while (startupStubs.length < investorStubs.length) {
    let count = 1;
    if (random() >= SINGLE_INVESTOR) {
      count = 2;
      while (random() < 0.66 && count < 60) count++;
    }
    for (let k = 0; k < count && startupStubs.length < investorStubs.length; k++) startupStubs.push(startups);
    startups++;
  }
  shuffle(investorStubs, random);
  for (let k = 0; k < startupStubs.length; k++) pairs.push(investorStubs[k] ?? 0, startupStubs[k] ?? 0);
  return merge(pairs, investors, startups, deals, random);
}

/** One entry per linked pair (repeats become follow-on deals), then the remaining deals as follow-ons. */
function merge(pairs: number[], investors: number, startups: number, deals: number, random: () => number): RealShapedNetwork {
  const seen = new Map<number, number>();
  const unique: number[] = [];
  const counts: number[] = [];
  for (let k = 0; k < pairs.length; k += 2) {
    const investor = pairs[k] ?? 0;
    const startup = investors + (pairs[k + 1] ?? 0);
    const key = investor * 4_194_304 + startup;
    const at = seen.get(key);
    if (at === undefined) {
      seen.set(key, counts.length);
      unique.push(investor, startup);
      counts.push(1);
    } else counts[at] = (counts[at] ?? 1) + 1;
  }
  // Follow-on rounds go to existing pairs, pairs made earlier (the bulk's busy hubs) more often.
  for (let d = pairs.length / 2; d < deals; d++) {
    const at = counts.length - 1 - Math.floor(Math.pow(random(), 2) * counts.length);
    counts[at] = Math.min(65_535, (counts[at] ?? 1) + 1);
  }
  return { investors, startups, pairs: Uint32Array.from(unique), dealsPerPair: Uint16Array.from(counts) };
}

function shuffle(values: number[], random: () => number): void {
  for (let i = values.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const swap = values[i] ?? 0;
    values[i] = values[j] ?? 0;
    values[j] = swap;
  }
}

const SECTORS = ["LLM", "robotics", "vision", "chips", "fintech", "health", "climate", "software"];
const CATEGORIES = ["vc", "vc", "vc", "corporate", "person", "state", "big-tech"];

/** The network as a format-v1 document without positions (the app lays it out). */
export function realShapedDataset(deals: number, seed = 11): object {
  const network = realShapedNetwork(deals, seed);
  const random = lcg(seed + 1);
  const count = network.investors + network.startups;
  const nodes: object[] = [];
  for (let i = 0; i < count; i++) {
    const investor = i < network.investors;
    nodes.push(
      investor
        ? { id: `i${i}`, label: `Investor ${i}`, kind: "investor", category: CATEGORIES[i % CATEGORIES.length] }
        : { id: `s${i}`, label: `Startup ${i}`, kind: "startup", sector: SECTORS[i % SECTORS.length] },
    );
  }
  const rows: object[] = [];
  for (let k = 0; k < network.dealsPerPair.length; k++) {
    const investor = network.pairs[2 * k] ?? 0;
    const target = network.pairs[2 * k + 1] ?? 0;
    for (let r = 0; r < (network.dealsPerPair[k] ?? 1); r++) {
      const year = 2010 + Math.floor(16 * Math.sqrt(random()));
      const undisclosed = random() < 0.3;
      rows.push({
        id: `d${rows.length}`,
        investor: `i${investor}`,
        target: `s${target}`,
        date: `${year}-${String(1 + Math.floor(random() * 12)).padStart(2, "0")}`,
        amountUsd: undisclosed ? null : Math.round(Math.exp(Math.log(3e6) + 1.6 * (random() + random() + random() - 1.5))),
        form: "cash",
      });
    }
  }
  return {
    format: "investment-graph",
    version: 1,
    meta: { title: `Real-shaped synthetic network: ${rows.length} deals`, credit: "Synthetic data (seeded)", currency: "USD" },
    nodes,
    deals: rows,
  };
}
