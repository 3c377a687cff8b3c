// The colour key in force (color=kind|category|sector|community): each node's colour and the
// legend's entries, named in the reader's language ("Alibaba, Moonshot AI +12" for a community).
// Pure: the live legend, the graph and the PNG frame all read this one function.
import { NODE_COLORS_BY_THEME, type Theme } from "../config/forms";
import { CATEGORICAL, UNKEYED } from "../config/palette";
import type { Communities } from "../model/communities";
import type { Model } from "../model/model";
import type { ColorMode } from "../state/display";
import type { Language } from "../state/url";
import { t } from "./i18n";
import { kindDetailName, localName } from "./names";

export interface KeyEntry {
  readonly label: string;
  readonly color: string;
  /** Nodes with this colour. */
  readonly count: number;
  /** For a community: its members by node index, busiest first (cluster labels use them). */
  readonly members?: readonly number[];
}

export interface ColorKey {
  readonly mode: ColorMode;
  /** Colour of each node, by node index. */
  readonly colors: string[];
  readonly entries: readonly KeyEntry[];
}

/** How many communities (or categories, sectors) get a colour of their own; the rest share one. */
export const KEYED = CATEGORICAL.light.length;

/** The community's name from its two busiest members: "Alibaba, Moonshot AI +12". */
export function communityName(model: Model, members: readonly number[], lang: Language): string {
  const names = members.slice(0, 2).map((i) => localName(model.dataset.nodes[i], lang));
  const rest = members.length - names.length;
  return rest > 0 ? t(lang, "legend.communityName", { names: names.join(", "), rest: String(rest) }) : names.join(", ");
}

export function colorKeyOf(model: Model, mode: ColorMode, theme: Theme, lang: Language, communities: Communities | null): ColorKey {
  const { nodes } = model.dataset;
  const kinds = NODE_COLORS_BY_THEME[theme];
  const palette = CATEGORICAL[theme];
  if (mode === "kind" || (mode === "community" && !communities)) {
    const colors = nodes.map((node) => kinds[node.kind]);
    const count = (kind: "investor" | "startup"): number => nodes.filter((node) => node.kind === kind).length;
    return {
      mode: "kind",
      colors,
      entries: [
        { label: t(lang, "legend.investor"), color: kinds.investor, count: count("investor") },
        { label: t(lang, "legend.startup"), color: kinds.startup, count: count("startup") },
      ],
    };
  }
  if (mode === "community" && communities) {
    const colors = nodes.map((_node, i) => palette[communities.of[i] ?? KEYED] ?? UNKEYED[theme]);
    const keyed = communities.members.slice(0, KEYED);
    const entries: KeyEntry[] = keyed.map((members, c) => ({
      label: communityName(model, members, lang),
      color: palette[c] ?? UNKEYED[theme],
      count: members.length,
      members,
    }));
    const rest = communities.members.slice(KEYED).reduce((sum, members) => sum + members.length, 0);
    if (rest > 0)
      entries.push({
        label: t(lang, "legend.otherCommunities", { count: String(communities.members.length - KEYED) }),
        color: UNKEYED[theme],
        count: rest,
      });
    return { mode, colors, entries };
  }
  // category colours investors, sector colours startups; the other kind stays quiet.
  const keyed = mode === "category" ? "investor" : "startup";
  const valueOf = (i: number): string | null => {
    const node = nodes[i];
    const value = (mode === "category" ? node?.category : node?.sector)?.trim();
    return value ? value : null;
  };
  const counts = new Map<string, number>();
  nodes.forEach((node, i) => {
    const value = valueOf(i);
    if (node.kind === keyed && value !== null) counts.set(value, (counts.get(value) ?? 0) + 1);
  });
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const colorOf = new Map(ranked.slice(0, KEYED).map(([value], at) => [value, palette[at] ?? UNKEYED[theme]] as const));
  const colors = nodes.map((node, i) => (node.kind === keyed ? (colorOf.get(valueOf(i) ?? "") ?? UNKEYED[theme]) : UNKEYED[theme]));
  const entries: KeyEntry[] = ranked.slice(0, KEYED).map(([value, count]) => ({
    label: kindDetailName(mode === "category" ? "category" : "sector", value, lang),
    color: colorOf.get(value) ?? UNKEYED[theme],
    count,
  }));
  const other = nodes.filter((node, i) => node.kind === keyed && !colorOf.has(valueOf(i) ?? "")).length;
  if (other > 0) entries.push({ label: t(lang, "legend.otherValue"), color: UNKEYED[theme], count: other });
  const quiet = nodes.filter((node) => node.kind !== keyed).length;
  if (quiet > 0)
    entries.push({ label: t(lang, keyed === "investor" ? "legend.startup" : "legend.investor"), color: UNKEYED[theme], count: quiet });
  return { mode, colors, entries };
}
