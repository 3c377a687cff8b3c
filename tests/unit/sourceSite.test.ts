// Which site a source opens: the publication's own (subdomains included), a copy elsewhere, or a
// publisher the table does not know; the validator's warning names the source's place.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  hostOf,
  isSourceHostIssue,
  originalsFirst,
  publicationNamed,
  registrableDomain,
  sourceHostIssues,
  sourceSite,
} from "../../src/io/sourceSite";

describe("registrableDomain", () => {
  it.each([
    ["eu.36kr.com", "36kr.com"],
    ["news.sina.com.cn", "sina.com.cn"],
    ["verdict.co.uk", "verdict.co.uk"],
    ["www.businesstimes.com.sg", "businesstimes.com.sg"],
    ["ec2-15-188-152-128.eu-west-3.compute.amazonaws.com", "amazonaws.com"],
    ["bloomberg.com", "bloomberg.com"],
    ["127.0.0.1", "127.0.0.1"],
  ])("%s -> %s", (host, domain) => {
    expect(registrableDomain(host)).toBe(domain);
  });
});

describe("sourceSite", () => {
  it.each<[string, string, string, string | null]>([
    ["Bloomberg", "https://www.bloomberg.com/news/articles/x", "original", "bloomberg.com"],
    ["Financial Times", "http://goldberglawma.com/?id=news%2Falibaba", "copy", "goldberglawma.com"],
    ["Bloomberg via Business Times", "https://forbes40under40.com/2024/08/05/x/", "copy", "forbes40under40.com"],
    ["Bloomberg via BNN", "https://bnnbloomberg.ca/business/x", "copy", "bnnbloomberg.ca"],
    [
      "Reuters",
      "http://ec2-15-188-152-128.eu-west-3.compute.amazonaws.com/x",
      "copy",
      "ec2-15-188-152-128.eu-west-3.compute.amazonaws.com",
    ],
    ["36Kr", "https://eu.36kr.com/en/p/1", "original", "eu.36kr.com"],
    ["FT", "https://www.ft.com/content/1", "original", "ft.com"],
    ["WSJ via Seeking Alpha", "https://seekingalpha.com/news/1", "copy", "seekingalpha.com"],
    ["Seeking Alpha News", "https://si.frajer.net/x", "copy", "si.frajer.net"],
    ["Global Venturing", "https://staging.globalventuring.com/x", "original", "staging.globalventuring.com"],
    ["LatePost", "https://www.itiger.com/news/1", "unverified", "itiger.com"],
    ["unknown publisher", "https://www.chinapulse.com/x", "unverified", "chinapulse.com"],
  ])("%s at %s is %s", (publisher, url, kind, host) => {
    const site = sourceSite({ publisher, url });
    expect(site.kind).toBe(kind);
    expect(site.host).toBe(host);
  });

  it("does not take a name that merely starts like a listed one (NYTimes Co is not NYT; Reportify is not Report)", () => {
    expect(publicationNamed("NYTimesCo")).toBeNull();
    expect(publicationNamed("NYT (court documents)")?.name).toBe("New York Times");
    expect(publicationNamed("Reutersville")).toBeNull();
  });

  it("says nothing about a source without a usable link", () => {
    expect(sourceSite({ publisher: "Bloomberg" })).toMatchObject({ host: null, kind: "unverified" });
    expect(hostOf("javascript:alert(1)")).toBeNull();
    expect(hostOf("not a url")).toBeNull();
  });

  it("never calls a link of a listed publication on a subdomain of its own domain a copy (property)", () => {
    const label = fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/);
    fc.assert(
      fc.property(
        fc.array(label, { maxLength: 3 }),
        fc.constantFrom("bloomberg.com", "reuters.com", "scmp.com", "36kr.com"),
        (subdomains, domain) => {
          const host = [...subdomains, domain].join(".");
          const publisher = { "bloomberg.com": "Bloomberg", "reuters.com": "Reuters", "scmp.com": "SCMP", "36kr.com": "36Kr" }[domain];
          expect(sourceSite({ publisher, url: `https://${host}/a` }).kind).toBe("original");
        },
      ),
    );
  });
});

describe("originalsFirst", () => {
  it("puts originals first, then unverified, then copies, keeping the order within each kind", () => {
    const sources = [
      { publisher: "Bloomberg", url: "https://squidbusiness.fr/?p=1" },
      { publisher: "LatePost", url: "https://qntz.me/post/1" },
      { publisher: "SCMP", url: "https://www.scmp.com/tech/1" },
      { publisher: "Reuters", url: "https://whtc.com/1" },
      { publisher: "Reuters", url: "https://www.reuters.com/1" },
    ];
    expect(originalsFirst(sources).map((source) => source.url)).toEqual([
      "https://www.scmp.com/tech/1",
      "https://www.reuters.com/1",
      "https://qntz.me/post/1",
      "https://squidbusiness.fr/?p=1",
      "https://whtc.com/1",
    ]);
  });
});

describe("sourceHostIssues (the validator's hook)", () => {
  it("warns about each source that names a publication but opens another site, with its place", () => {
    const issues = sourceHostIssues(
      [
        { publisher: "Bloomberg", url: "https://www.bloomberg.com/a" },
        { publisher: "Bloomberg", url: "https://squidbusiness.fr/?p=529149" },
        { publisher: "LatePost", url: "https://qntz.me/post/1" },
      ],
      "deals[4]",
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ severity: "warning", path: "deals[4].sources[1]" });
    expect(issues[0]?.message).toContain("squidbusiness.fr");
    expect(issues[0]?.message).toContain("bloomberg.com");
    expect(isSourceHostIssue(issues[0] ?? { severity: "error", path: "", message: "" })).toBe(true);
    expect(isSourceHostIssue({ severity: "warning", path: "deals[1].target", message: "self-investment" })).toBe(false);
  });
});
