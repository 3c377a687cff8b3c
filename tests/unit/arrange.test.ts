// The arrangements (layout=bipartite|year|sector|map and the ego view), on the flagship and on
// small made-up networks: who stands where, crossings reduced, places projected the right way.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cityCoordinates, normaliseCity } from "../../src/config/cities";
import { parseInvestmentGraphText } from "../../src/io/parse";
import { bipartite, bipartiteOrder, countCrossings } from "../../src/layout/arrange/bipartite";
import { placementFor } from "../../src/layout/arrange/index";
import { byPlace, placeOf, projectPlace } from "../../src/layout/arrange/map";
import { hopsFrom, radial } from "../../src/layout/arrange/radial";
import { bySector, sectorOf } from "../../src/layout/arrange/sector";
import { byYear, nodeYears } from "../../src/layout/arrange/year";
import { createModel, type Model } from "../../src/model/model";
import { modelOf, sample, type RawDocument } from "./fixtures";

function flagship(): Model {
  const { dataset } = parseInvestmentGraphText(readFileSync("data/china-ai-investments.json", "utf8"));
  if (!dataset) throw new Error("flagship does not load");
  return createModel(dataset, "flagship");
}
const model = flagship();
const nodes = model.dataset.nodes;
const indexOf = (id: string): number => model.nodeIndexById.get(id) ?? -1;

/** A seeded LCG (d3-force's), for made-up networks. */
function lcg(seed: number): () => number {
  let s = seed;
  return () => (s = (1664525 * s + 1013904223) % 4294967296) / 4294967296;
}

/** n investors and m startups with random links, in a made-up format v1 document. */
function randomNetwork(investors: number, startups: number, links: number, seed: number): RawDocument {
  const random = lcg(seed);
  const doc = sample();
  doc.nodes = [
    ...Array.from({ length: investors }, (_u, i) => ({ id: `i${i}`, label: `I${i}`, kind: "investor" })),
    ...Array.from({ length: startups }, (_u, i) => ({ id: `s${i}`, label: `S${i}`, kind: "startup" })),
  ];
  doc.deals = Array.from({ length: links }, (_u, d) => ({
    id: `d${d}`,
    investor: `i${Math.floor(random() * investors)}`,
    target: `s${Math.floor(random() * startups)}`,
    form: "cash",
    date: `${2015 + Math.floor(random() * 10)}`,
  }));
  return doc;
}

describe("bipartite", () => {
  it("puts every investor in the left column and every startup in the right one", () => {
    const { x } = bipartite(model);
    const gap = Math.max(...x);
    expect(gap).toBeGreaterThan(0);
    nodes.forEach((node, i) => expect(x[i], node.id).toBe(node.kind === "investor" ? 0 : gap));
  });

  it("puts investors in a row above the startups on phones", () => {
    const { y } = bipartite(model, { rows: true });
    const top = Math.max(...y);
    nodes.forEach((node, i) => expect(y[i], node.id).toBe(node.kind === "investor" ? top : 0));
  });

  it("counts crossings as a brute force does", () => {
    const random = lcg(7);
    const links = Array.from({ length: 60 }, () => [Math.floor(random() * 12), Math.floor(random() * 9)] as const);
    const left = Array.from({ length: 12 }, (_u, i) => (i * 5) % 12);
    const right = Array.from({ length: 9 }, (_u, i) => (i * 4) % 9);
    let brute = 0;
    for (const [a, b] of links)
      for (const [c, d] of links) if ((left[a] ?? 0) < (left[c] ?? 0) && (right[b] ?? 0) > (right[d] ?? 0)) brute++;
    expect(countCrossings(links, left, right, 9)).toBe(brute);
  });

  it.each([1, 2, 3])("never has more crossings than the data order, and fewer on a tangled network (seed %i)", (seed) => {
    const order = bipartiteOrder(modelOf(randomNetwork(30, 40, 90, seed)));
    expect(order.initialCrossings).toBeGreaterThan(0);
    expect(order.crossings).toBeLessThan(order.initialCrossings);
  });

  it("reduces crossings on the flagship", () => {
    const order = bipartiteOrder(model);
    expect(order.crossings).toBeLessThanOrEqual(order.initialCrossings);
    expect(order.crossings).toBeLessThan(order.initialCrossings * 0.8);
  });
});

describe("year", () => {
  const years = nodeYears(model);
  const { x, y } = byYear(model);

  it("places startups left to right by the year of their first deal, above the axis", () => {
    const startups = nodes.map((_n, i) => i).filter((i) => nodes[i]?.kind === "startup" && !Number.isNaN(years[i] ?? Number.NaN));
    expect(startups.length).toBeGreaterThan(5);
    for (const a of startups) {
      expect(y[a]).toBeGreaterThan(0);
      for (const b of startups)
        if ((years[a] ?? 0) < (years[b] ?? 0)) expect(x[a], `${nodes[a]?.id} before ${nodes[b]?.id}`).toBeLessThan(x[b] ?? 0);
    }
  });

  it("gives a startup its first deal's year and an investor its deals' median year", () => {
    const doc = sample();
    doc.nodes = [
      { id: "a", label: "A", kind: "investor" },
      { id: "s", label: "S", kind: "startup" },
      { id: "t", label: "T", kind: "startup" },
    ];
    doc.deals = [
      { id: "1", investor: "a", target: "s", form: "cash", date: "2021-05" },
      { id: "2", investor: "a", target: "s", form: "cash", date: "2019" },
      { id: "3", investor: "a", target: "t", form: "cash", date: "2024" },
      { id: "4", investor: "a", target: "t", form: "cash", date: "2022" },
    ];
    const small = modelOf(doc);
    expect(Array.from(nodeYears(small))).toEqual([2021.5, 2019, 2022]);
    const placed = byYear(small);
    expect(placed.y[0]).toBeLessThan(0);
    expect(placed.marks[0]).toMatchObject({
      kind: "axis",
      ticks: [{ year: 2019 }, { year: 2020 }, { year: 2021 }, { year: 2022 }, { year: 2023 }, { year: 2024 }],
    });
  });

  it("puts nodes without a dated deal in an undated column before the first year", () => {
    const doc = sample();
    for (const deal of doc.deals) if (deal["target"] === "moonshot") delete deal["date"];
    const small = modelOf(doc);
    const placed = byYear(small);
    const moonshot = small.nodeIndexById.get("moonshot") ?? -1;
    const others = small.dataset.nodes.map((_n, i) => i).filter((i) => i !== moonshot && !Number.isNaN(nodeYears(small)[i] ?? Number.NaN));
    for (const i of others) expect(placed.x[moonshot]).toBeLessThan(placed.x[i] ?? 0);
    expect(placed.marks.some((mark) => mark.kind === "text" && typeof mark.text !== "string" && mark.text.word === "undated")).toBe(true);
  });
});

describe("sector", () => {
  const { x, y, marks } = bySector(model);
  const distance = (a: number, b: number): number => Math.hypot((x[a] ?? 0) - (x[b] ?? 0), (y[a] ?? 0) - (y[b] ?? 0));
  const startups = nodes.map((_n, i) => i).filter((i) => nodes[i]?.kind === "startup");

  it("makes the nearest startup of each startup one of its own sector", () => {
    const sizes = new Map<string | null, number>();
    for (const i of startups) sizes.set(sectorOf(nodes[i]?.sector), (sizes.get(sectorOf(nodes[i]?.sector)) ?? 0) + 1);
    let checked = 0;
    for (const a of startups) {
      if ((sizes.get(sectorOf(nodes[a]?.sector)) ?? 0) < 2) continue;
      const nearest = startups.filter((b) => b !== a).sort((p, q) => distance(a, p) - distance(a, q))[0] ?? -1;
      expect(sectorOf(nodes[nearest]?.sector), nodes[a]?.id).toBe(sectorOf(nodes[a]?.sector));
      checked++;
    }
    expect(checked).toBeGreaterThan(10);
  });

  it("labels each group with its name and size", () => {
    const llm = marks.find((mark) => mark.kind === "text" && mark.text === "LLM");
    expect(llm).toMatchObject({ count: startups.filter((i) => nodes[i]?.sector === "LLM").length });
  });

  it("puts an investor of one sector nearest a startup of that sector", () => {
    const sectorsOf = new Map<number, Set<string | null>>();
    for (const deal of model.dataset.deals) {
      const investor = indexOf(deal.investor);
      const target = nodes[indexOf(deal.target)];
      if (nodes[investor]?.kind !== "investor" || target?.kind !== "startup") continue;
      const own = sectorsOf.get(investor) ?? new Set();
      own.add(sectorOf(target.sector));
      sectorsOf.set(investor, own);
    }
    const loyal = [...sectorsOf].filter(([, sectors]) => sectors.size === 1);
    expect(loyal.length).toBeGreaterThan(5);
    for (const [investor, sectors] of loyal) {
      const nearest = startups.slice().sort((p, q) => distance(investor, p) - distance(investor, q))[0] ?? -1;
      expect(sectors.has(sectorOf(nodes[nearest]?.sector)), nodes[investor]?.id).toBe(true);
    }
  });

  it("puts startups without a sector in 'other'", () => {
    const doc = sample();
    for (const node of doc.nodes) delete node["sector"];
    const placed = bySector(modelOf(doc));
    expect(placed.marks).toEqual([expect.objectContaining({ text: { word: "other" } })]);
    expect(Array.from(placed.x).every(Number.isFinite)).toBe(true);
  });
});

describe("map", () => {
  const { x, y, marks } = byPlace(model);
  const at = (id: string) => ({ x: x[indexOf(id)] ?? Number.NaN, y: y[indexOf(id)] ?? Number.NaN });
  const firstIn = (city: string): string => nodes.find((node) => node.city === city)?.id ?? "";

  it("finds every city of the flagship", () => {
    const missing = [...new Set(nodes.map((node) => node.city).filter((city) => city && !cityCoordinates(city)))];
    expect(missing).toEqual([]);
  });

  it("puts Beijing north of Shenzhen and Shanghai east of San Francisco", () => {
    expect(at(firstIn("Beijing")).y).toBeGreaterThan(at(firstIn("Shenzhen")).y);
    expect(at(firstIn("Shanghai")).x).toBeGreaterThan(at(firstIn("San Francisco")).x);
    const beijing = projectPlace([39.9, 116.4]);
    const shenzhen = projectPlace([22.5, 114.1]);
    expect(beijing.y).toBeGreaterThan(shenzhen.y);
  });

  it("spreads one city's organisations so no two share a point", () => {
    const beijing = nodes.map((_n, i) => i).filter((i) => nodes[i]?.city === "Beijing");
    const points = new Set(beijing.map((i) => `${x[i]},${y[i]}`));
    expect(points.size).toBe(beijing.length);
  });

  it("lets a node's own lat/lon win over its city", () => {
    expect(placeOf({ city: "Beijing", lat: 31.23, lon: 121.47 })).toEqual([31.23, 121.47]);
    expect(placeOf({ city: "Beijing" })).toEqual(cityCoordinates("Beijing"));
  });

  it("normalises names and takes the first of two seats", () => {
    expect(normaliseCity("  São  Paulo ")).toBe("sao paulo");
    expect(cityCoordinates("Tokyo/London")).toEqual(cityCoordinates("tokyo"));
    expect(cityCoordinates("Hong Kong / Shanghai")).toEqual(cityCoordinates("Hong Kong"));
    expect(cityCoordinates("Atlantis")).toBeNull();
    expect(cityCoordinates("constructor")).toBeNull();
  });

  it("puts organisations without a known place in a labelled tray below the map", () => {
    const doc = sample();
    const small = modelOf(doc);
    const placed = byPlace(small);
    const unplaced = small.dataset.nodes.map((_n, i) => i).filter((i) => !placeOf(small.dataset.nodes[i] ?? { city: undefined }));
    const placedOnes = small.dataset.nodes.map((_n, i) => i).filter((i) => !unplaced.includes(i));
    expect(unplaced.length).toBeGreaterThan(0);
    for (const i of unplaced) for (const j of placedOnes) expect(placed.y[i]).toBeLessThan(placed.y[j] ?? 0);
    expect(placed.marks).toContainEqual(expect.objectContaining({ text: { word: "noPlace" }, count: unplaced.length }));
    expect(marks[0]).toEqual({ kind: "world" });
  });
});

describe("ego view", () => {
  it("puts the node in the middle, its partners on a ring, theirs further out", () => {
    const centre = indexOf("alibaba");
    const hops = hopsFrom(model, centre, 2);
    const placed = radial(model, centre, 2);
    const radius = (i: number): number => Math.hypot(placed.x[i] ?? 0, placed.y[i] ?? 0);
    expect(radius(centre)).toBe(0);
    const ring1 = nodes.map((_n, i) => i).filter((i) => hops[i] === 1);
    const ring2 = nodes.map((_n, i) => i).filter((i) => hops[i] === 2);
    expect(ring1.length).toBeGreaterThan(3);
    expect(ring2.length).toBeGreaterThan(3);
    const r1 = Math.max(...ring1.map(radius));
    for (const i of ring1) expect(radius(i)).toBeCloseTo(r1, 3);
    for (const i of ring2) expect(radius(i)).toBeGreaterThan(r1);
  });
});

describe("memo", () => {
  it("computes a placement once per model and arrangement", () => {
    const first = placementFor(model, { arrangement: "sector" });
    expect(placementFor(model, { arrangement: "sector" })).toBe(first);
    expect(placementFor(model, { arrangement: "bipartite", rows: true })).not.toBe(placementFor(model, { arrangement: "bipartite" }));
  });
});
