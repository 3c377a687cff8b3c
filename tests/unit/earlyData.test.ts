// The data's early request (app/earlyData.ts): sent once, for an address the loader accepts, taken
// once by the loader's fetch for that address; embeds and refused addresses send nothing.
import { afterEach, describe, expect, it, vi } from "vitest";
import { dataLocation, earlyFetch, requestEarly } from "../../src/app/earlyData";
import { DATA_REQUEST, DEFAULT_DATA, loadDatasetText } from "../../src/io/load";

const BASE = "https://news.example/graphs/index.html";

function fakeFetch(body: string): { fetch: typeof fetch; calls: Array<[string, RequestInit | undefined]> } {
  const calls: Array<[string, RequestInit | undefined]> = [];
  const fake = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    calls.push([input instanceof URL ? input.href : typeof input === "string" ? input : input.url, init]);
    return Promise.resolve(new Response(body, { status: 200 }));
  };
  return { fetch: fake, calls };
}

afterEach(() => vi.unstubAllGlobals());

describe("early data request", () => {
  it("is taken once by the loader's fetch for the same address; a second read fetches anew", async () => {
    const early = fakeFetch('{"early":true}');
    requestEarly("data/a.json", BASE, false, early.fetch);
    expect(early.calls).toEqual([["https://news.example/graphs/data/a.json", DATA_REQUEST]]);
    const later = fakeFetch('{"later":true}');
    vi.stubGlobal("fetch", later.fetch);
    const url = new URL("data/a.json", BASE);
    const first = await loadDatasetText(url, earlyFetch);
    expect("text" in first && first.text).toBe('{"early":true}');
    expect(later.calls).toEqual([]);
    const second = await loadDatasetText(url, earlyFetch);
    expect("text" in second && second.text).toBe('{"later":true}');
    expect(later.calls.length).toBe(1);
  });

  it("leaves another address to fetch", async () => {
    const early = fakeFetch("early");
    requestEarly("data/a.json", BASE, false, early.fetch);
    const other = fakeFetch("other");
    vi.stubGlobal("fetch", other.fetch);
    const read = await loadDatasetText(new URL("data/b.json", BASE), earlyFetch);
    expect("text" in read && read.text).toBe("other");
    expect(other.calls.map(([href]) => href)).toEqual(["https://news.example/graphs/data/b.json"]);
  });

  it("sends nothing for an embed (it waits until displayed) or an address the loader refuses", () => {
    const early = fakeFetch("x");
    requestEarly("data/a.json", BASE, true, early.fetch);
    requestEarly("javascript:alert(1)", BASE, false, early.fetch);
    requestEarly("http://elsewhere.example/a.json", BASE, false, early.fetch);
    requestEarly("https://user:pw@news.example/a.json", BASE, false, early.fetch);
    expect(early.calls).toEqual([]);
  });

  it("opens ?data=, else the site's dataset from index.html, else the flagship", () => {
    const page = (content: string | null): Pick<Document, "querySelector"> => ({
      querySelector: () => (content === null ? null : { content }),
    });
    expect(dataLocation(new URLSearchParams("data=x.csv"), page("site.json"))).toEqual({ location: "x.csv", site: "site.json" });
    expect(dataLocation(new URLSearchParams(""), page(" site.json "))).toEqual({ location: "site.json", site: "site.json" });
    expect(dataLocation(new URLSearchParams("data="), page(null))).toEqual({ location: DEFAULT_DATA, site: DEFAULT_DATA });
  });
});
