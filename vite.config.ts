import { copyFileSync, mkdirSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { defineConfig, type Plugin } from "vitest/config";
import type { flagshipIndexHtml as FlagshipIndexHtml } from "./scripts/lib/flagshipPage";

/** Where builds go; EXPLORER_DIST lets two checkouts' test runs share a machine without clobbering. */
const OUT_DIR = process.env["EXPLORER_DIST"] ?? "dist";

/** Datasets in data/ are served as they are in dev; the build copies them to dist/data/. */
function copyDatasets(): Plugin {
  return {
    name: "copy-datasets",
    apply: "build",
    closeBundle() {
      const from = resolve("data");
      const to = resolve(OUT_DIR, "data");
      mkdirSync(to, { recursive: true });
      for (const name of readdirSync(from)) if (name.endsWith(".json")) copyFileSync(join(from, name), join(to, name));
    },
  };
}

/** The site's own files (not its data or source maps), for the app's Publish button to fetch (src/export/site.ts). */
function listSiteFiles(): Plugin {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) =>
      name.startsWith(".") ? [] : statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)],
    );
  return {
    name: "list-site-files",
    apply: "build",
    closeBundle() {
      const root = resolve(OUT_DIR);
      const files = walk(root).map((file) => relative(root, file).split(sep).join("/"));
      const kept = files.filter((path) => !path.startsWith("data/") && !path.endsWith(".map") && path !== "site-files.json").sort();
      writeFileSync(join(root, "site-files.json"), `${JSON.stringify(kept, null, 1)}\n`);
    },
  };
}

/** index.html's <noscript> block and title for the default dataset, made by the same code as `npm run publish`'s. */
function flagshipPage(): Plugin {
  return {
    name: "flagship-page",
    async transformIndexHtml(html) {
      // Through tsx at run time: a static import would make the config bundle src/ (and warn about it).
      const { tsImport } = await import("tsx/esm/api");
      const helper = pathToFileURL(resolve("scripts/lib/flagshipPage.ts")).href;
      const { flagshipIndexHtml } = (await tsImport(helper, import.meta.url)) as { flagshipIndexHtml: typeof FlagshipIndexHtml };
      return flagshipIndexHtml(html);
    },
  };
}

export default defineConfig({
  base: "./",
  plugins: [copyDatasets(), listSiteFiles(), flagshipPage()],
  build: {
    outDir: OUT_DIR,
    target: "es2022",
    sourcemap: true,
    chunkSizeWarningLimit: 600,
    // A lazy chunk's own imports are fetched when it runs, not listed in the first chunk to preload
    // with it: the list was 0.8 kB gzip of the embed's first chunk, and no chunk an embed fetches before
    // it is ready has imports of its own (the filter bar and keyboard widget come on a click or when idle).
    modulePreload: false,
    // Everything the first page load needs in one chunk: left alone, the bundler split the modules the
    // lazy editor shares with the entry (state, zod) into three preloaded chunks, ~4 kB gzip more.
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: "index", tags: ["$initial"] }] } } },
  },
  worker: { format: "es" },
  test: {
    environment: "node",
    env: { TZ: "UTC" },
    projects: [
      { extends: true, test: { name: "unit", include: ["tests/unit/**/*.test.ts"], setupFiles: ["tests/setup/fastCheckSeed.ts"] } },
      // Panels against a DOM of their own (happy-dom): faster than Chromium, closer than Node.
      {
        extends: true,
        test: { name: "dom", include: ["tests/dom/**/*.test.ts"], environment: "happy-dom", setupFiles: ["tests/setup/fastCheckSeed.ts"] },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.e2e.ts"],
          globalSetup: ["tests/e2e/globalSetup.ts"],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
