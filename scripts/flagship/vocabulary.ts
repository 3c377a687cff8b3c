// The research tables' words in format v1's words: forms, investor categories, amount qualifiers; the
// short labels that keep the graph readable; deals split by form where a source gives the split; and
// names readers use that the tables do not give. Data, not logic: scripts/flagship/build.ts applies it.

export const FORM_OF: Readonly<Record<string, string>> = {
  equity_cash: "cash",
  cloud_credits: "cloud-credits",
  compute: "compute",
  convertible_note: "convertible",
  strategic: "strategic",
  ipo_cornerstone: "cash",
  self_funded: "other",
  mixed: "cash",
};

export const CATEGORY_OF: Readonly<Record<string, string>> = {
  big_tech: "big-tech",
  vc: "vc",
  pe_vc: "vc",
  pe: "vc",
  asset_manager: "vc",
  corporate: "corporate",
  corporate_vc: "corporate",
  "corporate_vc (sovereign-linked)": "corporate",
  state_fund: "state",
  local_government: "state",
  soe_corporate: "state",
  state_bank_pe: "state",
  state_insurer_pe: "state",
  sovereign_wealth_fund: "state",
  individual: "person",
  hedge_fund: "other",
};

/** Short labels for long names, so the graph stays readable; the full name goes into the note. */
export const SHORT_LABELS: Readonly<Record<string, string>> = {
  sscic: "SSCIC",
  adia: "ADIA",
  beijing_ai_fund: "Beijing AI Fund",
  shanghai_ai_fund: "Shanghai AI Fund",
  ssf_zgc: "SSF Zhongguancun Fund",
  china_vc_fund: "China State VC Fund",
  hangzhou_city_invest: "Hangzhou City Investment",
  hangzhou_gaoxin: "Hangzhou Gaoxin",
  pudong_zhangjiang: "Pudong VC & Zhangjiang",
  bocgi: "BOC Group Investment",
  chengdu_hitech: "Chengdu Hi-Tech Zone",
  guangzhou_state: "Guangzhou state investors",
  guangdong_state: "Guangdong state fund",
  shanghai_intl_group: "Shanghai Intl. Group",
  shenzhen_capital: "Shenzhen Capital",
  zgc_science_city: "Zhongguancun Science City",
  softbank_vf: "SoftBank Vision Fund",
  "5y_capital": "5Y Capital",
  hongshan: "HongShan",
  zhipu: "Zhipu AI",
  megvii: "Megvii",
  shengshu: "Shengshu",
  volkswagen: "Volkswagen",
  google: "Google",
  xiaohongshu: "Xiaohongshu",
  agibot: "AgiBot",
  ant_group: "Ant Group",
};

export const QUALIFIER_OF: Readonly<Record<string, string>> = { approx: "approx", at_least: "at-least", up_to: "up-to", exact: "exact" };

/**
 * Deals split by form where a source gives the split (or states the mix as fact with an unknown split).
 * Moonshot: the sources disagree on the credit share (">$300M" in the Korean article from the WSJ,
 * "just under half" in the FT, cash "< $600M" per Jiemian); the data keeps the most conservative
 * credit figure, $300M, and the note keeps the range.
 */
export const SPLITS: Readonly<Record<string, ReadonlyArray<{ form: string; amountUsd: number | null }>>> = {
  D005: [
    { form: "cloud-credits", amountUsd: 300_000_000 },
    { form: "cash", amountUsd: 500_000_000 },
  ],
  D129: [
    { form: "cloud-credits", amountUsd: 500_000_000 },
    { form: "cash", amountUsd: 500_000_000 },
  ],
  D131: [
    { form: "cash", amountUsd: null },
    { form: "cloud-credits", amountUsd: null },
  ],
};

export const SPLIT_NOTES: Readonly<Record<string, string>> = {
  D005: "Split by form: sources disagree on the cloud-credit share (more than $300M per the Korean article from the WSJ; 'just under half' of $800M per the FT; cash 'less than $600 million' per Jiemian, i.e. credits above $200M). The data keeps the most conservative figure consistent with the article: $300M credits, $500M cash.",
  D129: "Split by form: about half ($500M) as Azure credits per MIT Technology Review.",
  D131: "Split by form unknown: capital plus Azure compute; the data marks both parts with undisclosed amounts.",
};

/**
 * Names readers use that the tables do not give as a name: Kimi, Moonshot AI's chatbot, is how the
 * press often names the company ("Kimi founder", Jiemian 2024-04; nodes.csv sector "chatbot (Kimi)").
 */
export const KNOWN_AS: Readonly<Record<string, readonly string[]>> = { moonshot: ["Kimi"] };
