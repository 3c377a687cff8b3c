// Starts the static server once for all end-to-end test files and hands its URL to them.
import type {} from "vitest";
import type { TestProject } from "vitest/node";
import { startServer } from "../../scripts/lib/staticServer";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const { server, url } = await startServer();
  project.provide("baseUrl", url);
  return () => new Promise((done) => server.close(() => done()));
}
