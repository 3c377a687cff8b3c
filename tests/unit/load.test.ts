// Loading by URL: schemes refused before any request, credentials never sent, the size cap checked
// from Content-Length and again while streaming, failures explained, the origin named truthfully.
import { describe, expect, it } from "vitest";
import { checkDataLocation, describeOrigin, loadDatasetText, readLimited } from "../../src/io/load";

const PAGE = "https://explorer.example/app/?data=x";

function streamOf(chunks: number, chunkBytes: number): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent++ >= chunks) controller.close();
      else controller.enqueue(new Uint8Array(chunkBytes).fill(0x61));
    },
  });
}

describe("checkDataLocation", () => {
  it.each([
    ["data/x.json", "https://explorer.example/app/data/x.json"],
    ["https://other.example/d.csv", "https://other.example/d.csv"],
  ])("%s is allowed", (location, href) => {
    const checked = checkDataLocation(location, PAGE);
    expect("url" in checked && checked.url.href).toBe(href);
  });
  it.each([
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "data:application/json,{}",
    "file:///etc/passwd",
    "http://other.example/x.json",
    "https://u:p@other.example/x",
    "blob:https://explorer.example/x",
  ])("%s is refused", (location) => {
    expect("issue" in checkDataLocation(location, PAGE)).toBe(true);
  });
});

describe("describeOrigin", () => {
  it("names same-site data by its path and another site's by its host", () => {
    expect(describeOrigin("data/x.json", new URL("https://explorer.example/app/data/x.json"), PAGE)).toBe("data/x.json");
    expect(describeOrigin("https://evil.example/x.json", new URL("https://evil.example/x.json"), PAGE)).toBe(
      "evil.example (another site: https://evil.example/x.json)",
    );
  });
});

describe("readLimited", () => {
  it("refuses before reading when Content-Length is over the cap", async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({ pull: (controller) => void (pulled++, controller.enqueue(new Uint8Array(10))) });
    const result = await readLimited(new Response(body, { headers: { "content-length": "5000" } }), 1000);
    expect("issue" in result && result.issue.message).toContain("larger than");
    expect(pulled).toBeLessThanOrEqual(1);
  });
  it("stops while streaming when the body passes the cap, even without Content-Length", async () => {
    const progress: number[] = [];
    const result = await readLimited(new Response(streamOf(100, 100)), 1000, (loaded) => progress.push(loaded));
    expect("issue" in result).toBe(true);
    expect(Math.max(...progress)).toBeLessThanOrEqual(1000);
  });
  it("reads a body under the cap, reporting progress", async () => {
    const progress: number[] = [];
    const result = await readLimited(new Response(streamOf(5, 100), { headers: { "content-length": "500" } }), 1000, (loaded) =>
      progress.push(loaded),
    );
    expect(result).toEqual({ text: "a".repeat(500), notes: [] });
    expect(progress).toEqual([100, 200, 300, 400, 500]);
  });
});

describe("loadDatasetText", () => {
  it("omits credentials and explains a network or CORS failure", async () => {
    let init: RequestInit | undefined;
    const failing: typeof fetch = (_url, options) => {
      init = options;
      return Promise.reject(new TypeError("Failed to fetch"));
    };
    const result = await loadDatasetText(new URL("https://other.example/x.json"), failing);
    expect(init?.credentials).toBe("omit");
    expect("issue" in result && result.issue.message).toMatch(/could not fetch \(Failed to fetch\).*CORS/);
  });
  it("refuses a redirect to another site, whose data the page would otherwise call its own", async () => {
    const redirected = new Response("{}", { status: 200 });
    Object.defineProperty(redirected, "redirected", { value: true });
    Object.defineProperty(redirected, "url", { value: "https://elsewhere.example/x.json" });
    const result = await loadDatasetText(new URL("https://explorer.example/data/x.json"), () => Promise.resolve(redirected));
    expect("issue" in result && result.issue.message).toContain("redirects to another site (elsewhere.example)");
  });
  it("says what the server answered", async () => {
    const notFound: typeof fetch = () => Promise.resolve(new Response("no", { status: 404, statusText: "Not Found" }));
    const result = await loadDatasetText(new URL("https://other.example/x.json"), notFound);
    expect("issue" in result && result.issue.message).toBe("the server answered 404 Not Found");
  });
});
