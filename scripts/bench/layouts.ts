// Benchmark rows for the arrangements (layout=bipartite|year|sector|map, the ego view) and Louvain
// communities: time to compute each once on a generated network, in Node (the same pure code the
// page runs). `npm run bench` prints them; `tsx scripts/bench/layouts.ts` alone prints only these.
import { fileURLToPath } from "node:url";
import { parseInvestmentGraph } from "../../src/io/parse";
import { placementFor } from "../../src/layout/arrange/index";
import { communitiesOf } from "../../src/model/communities";
import { createModel } from "../../src/model/model";
import { generateDataset } from "./generate";

export function layoutRows(nodes: number, deals: number): string[] {
  const { dataset } = parseInvestmentGraph(generateDataset({ nodes, deals }));
  if (!dataset) throw new Error("generated data does not load");
  const size = `${nodes.toLocaleString("en-US")} / ${deals.toLocaleString("en-US")}`;
  const time = (run: (model: ReturnType<typeof createModel>) => unknown): string => {
    // A fresh model each time: placements and communities are memoised per model.
    const model = createModel(dataset, "bench");
    const started = performance.now();
    run(model);
    return `${(performance.now() - started).toFixed(0)} ms`;
  };
  const rows: string[] = [];
  for (const arrangement of ["bipartite", "year", "sector", "map"] as const) {
    rows.push(
      `| ${size} | compute layout=${arrangement} (Node, once per dataset) | ${time((model) => placementFor(model, { arrangement }))} | - | - |`,
    );
  }
  rows.push(`| ${size} | compute ego view, depth 2 | ${time((model) => placementFor(model, { ego: 0, depth: 2 }))} | - | - |`);
  rows.push(`| ${size} | Louvain communities (color=community) | ${time((model) => communitiesOf(model))} | - | - |`);
  return rows;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) for (const row of layoutRows(10_000, 30_000)) console.log(row);
