// index.html for the default build: the flagship's <noscript> block and title, made by the same code
// as `npm run publish`. Loaded by vite.config.ts through tsx (so the config does not bundle src/).
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { pageTextFor, publishedIndexHtml } from "../../src/export/site";
import { DEFAULT_DATA } from "../../src/io/load";
import { parseInvestmentGraphText } from "../../src/io/parse";
import { createModel } from "../../src/model/model";

export function flagshipIndexHtml(template: string): string {
  const { dataset } = parseInvestmentGraphText(readFileSync(resolve(DEFAULT_DATA), "utf8"));
  if (!dataset) throw new Error(`${DEFAULT_DATA} does not load: run npm run validate -- ${DEFAULT_DATA}`);
  return publishedIndexHtml(template, DEFAULT_DATA, pageTextFor(createModel(dataset, DEFAULT_DATA)));
}
