// Issue 17: the test/CLI static server serves only inside its folders: no sibling folder whose name
// starts with the root's, no escape through an encoded "../", and a malformed %-escape is a 400.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer } from "../../scripts/lib/staticServer";

const dir = mkdtempSync(join(tmpdir(), "serve-"));
for (const folder of ["site", "site-secret", "mnt", "mnt-secret"]) mkdirSync(join(dir, folder));
writeFileSync(join(dir, "site", "index.html"), "<p>home</p>");
writeFileSync(join(dir, "mnt", "ok.json"), "{}");
writeFileSync(join(dir, "site-secret", "secret.txt"), "SECRET");
writeFileSync(join(dir, "mnt-secret", "secret.txt"), "SECRET");
writeFileSync(join(dir, "secret.txt"), "SECRET");

let base = "";
let close: () => void = () => undefined;
beforeAll(async () => {
  const { server, url } = await startServer({ root: join(dir, "site"), mounts: { "/m/": join(dir, "mnt") } });
  base = url;
  close = () => server.close();
});
afterAll(() => close());

/** A raw request path, exactly as written (fetch would normalise "..").*/
function get(path: string): Promise<{ status: number; body: string }> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path, method: "GET" }, (res) => {
      let body = "";
      res.on("data", (chunk: Buffer) => (body += chunk.toString()));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("static server", () => {
  it("serves its root and mounts", async () => {
    expect((await get("/")).body).toBe("<p>home</p>");
    expect((await get("/m/ok.json")).status).toBe(200);
  });

  it.each([
    "/..%2Fsite-secret/secret.txt",
    "/m/..%2Fmnt-secret/secret.txt",
    "/m/..%2f..%2Fsecret.txt",
    "/..%2F..%2F..%2Fetc/passwd",
    "/%2e%2e/secret.txt",
    "/m/%2E%2E%5Csecret.txt",
  ])("%s does not leave its folder", async (path) => {
    const answer = await get(path);
    expect(answer.body).not.toContain("SECRET");
    expect([400, 403, 404]).toContain(answer.status);
  });

  it.each(["/%E0%A4%A", "/%", "/m/%zz", "/%C0%AF"])("a malformed escape %s is a 400 and the server stays up", async (path) => {
    expect((await get(path)).status).toBe(400);
    expect((await get("/")).status).toBe(200);
  });
});
