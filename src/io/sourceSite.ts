// Which site a source link opens, and whether that is the named publication's own site or a copy
// elsewhere ("copy at goldberglawma.com"). Pure lookups; never changes or "fixes" a URL.
import type { Issue } from "./issues";
import type { Source } from "./schema";
import { NOT_OWN_SITE } from "./sourceHostIssue";

export { isSourceHostIssue } from "./sourceHostIssue";

export interface Publication {
  /** The name readers know it by. */
  readonly name: string;
  /** Other names a publisher field may start with ("FT", "South China Morning Post"). */
  readonly aliases?: readonly string[];
  /** Registrable domains of its own sites; subdomains count as its own (eu.36kr.com). */
  readonly domains: readonly string[];
}

/**
 * Publications named in the data (and the big ones news data usually names), with the domains they
 * publish on. Only domains known to be the publication's own: a syndication partner or a brand
 * licensee (bnnbloomberg.ca, forbes40under40.com) is not the publication.
 */
export const PUBLICATIONS: readonly Publication[] = [
  { name: "Bloomberg", domains: ["bloomberg.com"] },
  { name: "Financial Times", aliases: ["FT"], domains: ["ft.com"] },
  { name: "Reuters", domains: ["reuters.com"] },
  { name: "CNBC", domains: ["cnbc.com"] },
  { name: "SCMP", aliases: ["South China Morning Post"], domains: ["scmp.com"] },
  { name: "Caixin", domains: ["caixin.com", "caixinglobal.com"] },
  { name: "36Kr", domains: ["36kr.com"] },
  { name: "KrASIA", domains: ["kr-asia.com"] },
  { name: "TechCrunch", domains: ["techcrunch.com"] },
  { name: "The Information", domains: ["theinformation.com"] },
  { name: "Wall Street Journal", aliases: ["WSJ", "The Wall Street Journal"], domains: ["wsj.com"] },
  { name: "Nikkei Asia", aliases: ["Nikkei"], domains: ["nikkei.com"] },
  { name: "Seeking Alpha", domains: ["seekingalpha.com"] },
  { name: "Jiemian", domains: ["jiemian.com"] },
  { name: "Yicai Global", aliases: ["Yicai"], domains: ["yicaiglobal.com", "yicai.com"] },
  { name: "Sina Finance", aliases: ["Sina"], domains: ["sina.com.cn", "sina.cn"] },
  { name: "Tencent News", domains: ["qq.com"] },
  { name: "NetEase 163", aliases: ["NetEase"], domains: ["163.com"] },
  { name: "New York Times", aliases: ["NYT", "The New York Times"], domains: ["nytimes.com"] },
  { name: "AVCJ", domains: ["avcj.com"] },
  { name: "Axios", domains: ["axios.com"] },
  { name: "Benzinga", domains: ["benzinga.com"] },
  { name: "Business Insider", domains: ["businessinsider.com"] },
  { name: "Business Standard", domains: ["business-standard.com"] },
  { name: "Business Times", domains: ["businesstimes.com.sg"] },
  { name: "Straits Times", aliases: ["The Straits Times"], domains: ["straitstimes.com"] },
  { name: "CNA", domains: ["channelnewsasia.com"] },
  { name: "NBC Miami", domains: ["nbcmiami.com"] },
  { name: "CLS", aliases: ["Cailian Press"], domains: ["cls.cn"] },
  { name: "China Money Network", domains: ["chinamoneynetwork.com"] },
  { name: "China Venture", domains: ["chinaventure.com.cn"] },
  { name: "Crunchbase News", aliases: ["Crunchbase"], domains: ["crunchbase.com"] },
  { name: "DatacenterDynamics", domains: ["datacenterdynamics.com"] },
  { name: "DealStreetAsia", domains: ["dealstreetasia.com"] },
  { name: "DeepLearning.AI", domains: ["deeplearning.ai"] },
  { name: "Forbes", domains: ["forbes.com", "forbesjapan.com"] },
  { name: "Global Economic", domains: ["g-enews.com"] },
  { name: "Global Venturing", domains: ["globalventuring.com"] },
  { name: "Mint", domains: ["livemint.com"] },
  { name: "MIT Technology Review", domains: ["technologyreview.com"] },
  { name: "MediaPost", domains: ["mediapost.com"] },
  { name: "Microsoft", domains: ["microsoft.com"] },
  { name: "OpenAI", domains: ["openai.com"] },
  { name: "NextShark", domains: ["nextshark.com"] },
  { name: "Pandaily", domains: ["pandaily.com", "pandaily.cn"] },
  { name: "PEdaily", domains: ["pedaily.cn"] },
  { name: "Quartz", domains: ["qz.com"] },
  { name: "Nextgov", domains: ["nextgov.com"] },
  { name: "RTTNews", domains: ["rttnews.com"] },
  { name: "Reportify", domains: ["reportify.ai"] },
  { name: "TMTPost", domains: ["tmtpost.com"] },
  { name: "The Decoder", domains: ["the-decoder.com"] },
  { name: "The Verge", domains: ["theverge.com"] },
  { name: "Tom's Hardware", domains: ["tomshardware.com"] },
  { name: "Verdict", domains: ["verdict.co.uk"] },
  { name: "Voicebot.ai", domains: ["voicebot.ai"] },
  { name: "Yahoo", aliases: ["Yahoo Finance", "Yahoo News"], domains: ["yahoo.com"] },
  { name: "ZDNet", domains: ["zdnet.com"] },
  { name: "Aivon", domains: ["aivon.com"] },
  { name: "finanzen.net", domains: ["finanzen.net"] },
];

/** Second-level labels under which a registrable domain takes three labels (news.sina.com.cn). */
const SECOND_LEVEL = new Set(["co", "com", "net", "org", "gov", "edu", "ac", "ne", "or"]);

/** The link's host name in lower case without "www.", or null when the link is not an http(s) URL. */
export function hostOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return null;
    return parsed.hostname.toLowerCase().replace(/^www\./, "") || null;
  } catch {
    return null;
  }
}

/** "eu.36kr.com" -> "36kr.com", "news.sina.com.cn" -> "sina.com.cn", "verdict.co.uk" -> itself. */
export function registrableDomain(host: string): string {
  const labels = host.toLowerCase().replace(/\.$/, "").split(".");
  if (labels.length <= 2 || /^\d+$/.test(labels.at(-1) ?? "")) return labels.join(".");
  const second = labels.at(-2) ?? "";
  const take = SECOND_LEVEL.has(second) && (labels.at(-1) ?? "").length === 2 ? 3 : 2;
  return labels.slice(-take).join(".");
}

const normalise = (text: string): string => text.toLowerCase().replace(/[^a-z0-9\u00c0-\uffff]/g, "");

/** Names longest first, so "Yahoo Finance" wins over "Yahoo" and "NYT" never matches "NYTimes Co". */
const BY_NAME: ReadonlyArray<readonly [string, Publication]> = PUBLICATIONS.flatMap((publication) =>
  [publication.name, ...(publication.aliases ?? [])].map((name) => [name.toLowerCase(), publication] as const),
).sort((a, b) => b[0].length - a[0].length);

const BY_DOMAIN: ReadonlyMap<string, Publication> = new Map(
  PUBLICATIONS.flatMap((publication) => publication.domains.map((domain) => [domain, publication] as const)),
);

/** The publication a publisher field names first ("Bloomberg via Business Times" -> Bloomberg). */
export function publicationNamed(publisher: string | undefined): Publication | null {
  const text = (publisher ?? "").trim().toLowerCase();
  if (!text) return null;
  for (const [name, publication] of BY_NAME) {
    if (text.startsWith(name) && !/[\p{L}\p{N}]/u.test(text.charAt(name.length))) return publication;
  }
  return null;
}

/** The publication whose own site this host is, or null. */
export function publicationAt(host: string): Publication | null {
  return BY_DOMAIN.get(registrableDomain(host)) ?? null;
}

export type SourceKind = "original" | "copy" | "unverified";

export interface SourceSite {
  /** The host the link opens ("goldberglawma.com"), null without a usable link. */
  readonly host: string | null;
  /**
   * original: the publication's own site; copy: the publication is known and this is not its site;
   * unverified: the publication is not one this table knows, so nothing can be said either way.
   */
  readonly kind: SourceKind;
  /** The publication's own domain, when known ("bloomberg.com"). */
  readonly ownDomain: string | null;
}

/** Says which site a source opens and whether that is the named publication's own. */
export function sourceSite(source: Pick<Source, "publisher" | "url">): SourceSite {
  const host = hostOf(source.url);
  const publication = publicationNamed(source.publisher);
  if (!host) return { host: null, kind: "unverified", ownDomain: publication?.domains[0] ?? null };
  const domain = registrableDomain(host);
  if (publication)
    return { host, kind: publication.domains.includes(domain) ? "original" : "copy", ownDomain: publication.domains[0] ?? null };
  // A publisher the table does not list is its own site when its name is the domain's name
  // ("AsiaICT" at asiaict.com, "Global Venturing" at staging.globalventuring.com).
  const name = normalise(source.publisher ?? "");
  const label = normalise(domain.split(".")[0] ?? "");
  return { host, kind: name !== "" && name === label ? "original" : "unverified", ownDomain: null };
}

const RANK: Readonly<Record<SourceKind, number>> = { original: 0, unverified: 1, copy: 2 };

/** Sources with originals first, then unverified, then copies; order kept within each kind. */
export function originalsFirst<T extends Pick<Source, "publisher" | "url">>(sources: readonly T[]): T[] {
  return sources
    .map((source, index) => ({ source, index, rank: RANK[sourceSite(source).kind] }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((entry) => entry.source);
}

/** The validator's hook: one warning per source of a deal that names a publication but opens another site. */
export function sourceHostIssues(sources: readonly Source[] | undefined, place: string): Issue[] {
  const issues: Issue[] = [];
  (sources ?? []).forEach((source, index) => {
    const site = sourceSite(source);
    if (site.kind !== "copy" || !site.host) return;
    issues.push({
      severity: "warning",
      path: `${place}.sources[${index}]`,
      message: `"${source.publisher ?? ""}" link opens ${site.host}, ${NOT_OWN_SITE} (${site.ownDomain ?? "unknown"}); shown as a copy`,
    });
  });
  return issues;
}
