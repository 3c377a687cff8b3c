// A tiny static server for end-to-end tests and the benchmark: a root folder at /, extra folders
// under their own prefixes, and seeded synthetic datasets at /generated/. Loopback only; never
// serves outside its folders (tests/unit/staticServer.test.ts tries the known escapes).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, resolve, sep } from "node:path";
import { generateDataset } from "../bench/generate";
import { realShapedDataset } from "../bench/realShaped";

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".csv": "text/csv; charset=utf-8",
};

/** The examples (examples/scrolly) and the one library they load from node_modules, at the paths they use in dev. */
export const EXAMPLE_MOUNTS: Readonly<Record<string, string>> = {
  "/examples/": resolve("examples"),
  "/node_modules/scrollama/build/": resolve("node_modules/scrollama/build"),
};

export interface ServerOptions {
  /** Served at /. */
  readonly root: string;
  /** Prefix ("/fixtures/") -> folder. */
  readonly mounts?: Readonly<Record<string, string>>;
}

export function startServer(
  options: ServerOptions = {
    root: resolve(process.env["EXPLORER_DIST"] ?? "dist"),
    mounts: { "/fixtures/": resolve("tests/fixtures"), "/vendor/pym/": resolve("node_modules/pym.js/dist"), ...EXAMPLE_MOUNTS },
  },
): Promise<{ server: Server; url: string }> {
  const cache = new Map<string, string>();
  const server = createServer((request, response) => {
    serve(request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  async function serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    let path: string;
    try {
      path = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    } catch {
      // A malformed %-escape: a bad request, not a crash.
      response.writeHead(400, { "content-type": "text/plain" }).end("bad request");
      return;
    }
    // /generated/3000x9000-unbaked.json: a seeded synthetic dataset, made on request.
    const generated = /^\/generated\/(\d+)x(\d+)(-unbaked)?\.json$/.exec(path);
    // /generated/real-80000.json: a real-shaped network of that many deals, without positions.
    const realShaped = /^\/generated\/real-(\d+)\.json$/.exec(path);
    if (generated || realShaped) {
      const make = (): object =>
        realShaped
          ? realShapedDataset(Number(realShaped[1]))
          : generateDataset({ nodes: Number(generated?.[1]), deals: Number(generated?.[2]), unbaked: Boolean(generated?.[3]) });
      const body = cache.get(path) ?? JSON.stringify(make());
      cache.set(path, body);
      response.writeHead(200, { "content-type": TYPES[".json"] ?? "", "cache-control": "no-store" }).end(body);
      return;
    }
    const mount = Object.entries(options.mounts ?? {}).find(([prefix]) => path.startsWith(prefix));
    const [base, rest] = mount ? [mount[1], path.slice(mount[0].length)] : [options.root, path.slice(1) || "index.html"];
    // Inside the folder means the folder itself or below it: a bare startsWith would let
    // "dist-other" pass for "dist", and a decoded "..%2F" is resolved before the check.
    const folder = resolve(base);
    const file = resolve(folder, `.${sep}${rest}`);
    if (rest.includes("\0") || (file !== folder && !file.startsWith(folder + sep))) {
      response.writeHead(403).end();
      return;
    }
    try {
      const info = await stat(file);
      const target = info.isDirectory() ? join(file, "index.html") : file;
      const body = await readFile(target);
      response.writeHead(200, { "content-type": TYPES[extname(target)] ?? "application/octet-stream", "cache-control": "no-store" });
      response.end(body);
    } catch {
      response.writeHead(404, { "content-type": "text/plain" }).end("not found");
    }
  }
  return new Promise((resolveStart) => {
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      resolveStart({ server, url: `http://127.0.0.1:${port}/` });
    });
  });
}
