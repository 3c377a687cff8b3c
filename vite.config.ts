import { copyFileSync, mkdirSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { defineConfig, type Plugin } from "vitest/config";

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

export default defineConfig({
  base: "./",
  plugins: [copyDatasets()],
  build: { outDir: OUT_DIR, target: "es2022", sourcemap: true, chunkSizeWarningLimit: 600 },
  worker: { format: "es" },
  test: {
    environment: "node",
    env: { TZ: "UTC" },
    projects: [
      { extends: true, test: { name: "unit", include: ["tests/unit/**/*.test.ts"], setupFiles: ["tests/setup/fastCheckSeed.ts"] } },
      // Panels against a DOM of their own (happy-dom): faster than Chromium, closer than Node.
      { extends: true, test: { name: "dom", include: ["tests/dom/**/*.test.ts"], environment: "happy-dom", setupFiles: ["tests/setup/fastCheckSeed.ts"] } },
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
