// What the flagship dataset says about itself, in en, ko and zh: title, description, credit, the notes
// on how its figures were made, the names of its forms. Prose, kept apart from the build's logic.

export const FLAGSHIP_META_TEXT = {
  title: "China's tech giants bet on AI startups",
  description:
    "Alibaba and Tencent back most of China's new AI unicorns, often partly in cloud credits rather than cash; Microsoft, Amazon and Google do the same with OpenAI and Anthropic. One line per investor and startup; circle area by amount invested or raised.",
  credit:
    "Data: public reports (WSJ, Bloomberg, Reuters, SCMP, FT, LatePost, 36Kr and others), compiled for the Investment Network Explorer. Every deal lists its sources.",
  currency: "USD",
  updated: "2026-11-25",
  notes: [
    "amountUsd is the investor's own amount where a source reports it; otherwise null (undisclosed). A round's total is kept apart in roundSizeUsd and never split among its investors; a sole investor's amount is the round size.",
    "Where sources disagree, the data keeps the most conservative figure and the deal's note keeps the range (Alibaba -> Moonshot AI, 2024: cloud credits of more than $300M per the article, 'just under half' per the FT; the data says $300M).",
    "RMB amounts use the USD figure the source gave; where none was given the compilers converted at about 7.2-7.3 CNY per USD and say so in the note.",
    "IPO cornerstone subscriptions are cash deals with round 'IPO cornerstone'; DeepSeek's funding by its parent High-Flyer is form 'other'.",
  ],
  forms: {
    cash: { label: "Cash (equity)", labels: { ko: "현금(지분)", zh: "现金（股权）" } },
    "cloud-credits": { label: "Cloud credits", labels: { ko: "클라우드 크레딧", zh: "云计算额度" } },
    compute: { label: "Compute (in kind)", labels: { ko: "컴퓨팅(현물)", zh: "算力（实物）" } },
    convertible: { label: "Convertible note", labels: { ko: "전환사채", zh: "可转换票据" } },
    strategic: { label: "Strategic / incubation", labels: { ko: "전략적 투자·인큐베이션", zh: "战略投资／孵化" } },
    other: { label: "Other (self-funded)", labels: { ko: "기타(자체 자금)", zh: "其他（自有资金）" } },
  },
  translations: {
    ko: {
      title: "중국 빅테크, AI 스타트업에 베팅하다",
      description:
        "알리바바와 텐센트는 중국의 새 AI 유니콘 대부분에 투자하며, 그 일부는 현금이 아닌 클라우드 크레딧으로 투자합니다. 마이크로소프트, 아마존, 구글도 오픈AI와 앤트로픽에 같은 방식으로 투자합니다. 선 하나는 투자자와 스타트업 한 쌍, 원 면적은 투자·유치 금액입니다.",
      credit:
        "데이터: 공개 보도(WSJ, 블룸버그, 로이터, SCMP, FT, LatePost, 36Kr 등)를 Investment Network Explorer가 정리. 모든 거래에 출처가 있습니다.",
    },
    zh: {
      title: "中国科技巨头押注 AI 初创公司",
      description:
        "阿里巴巴和腾讯投资了中国大多数新的 AI 独角兽，其中一部分以云计算额度而非现金出资；微软、亚马逊和谷歌对 OpenAI 和 Anthropic 也是如此。每条线代表一对投资方与初创公司，圆面积代表投资或融资金额。",
      credit:
        "数据：公开报道（WSJ、彭博、路透、南华早报、FT、晚点 LatePost、36氪等），由 Investment Network Explorer 整理。每笔交易均列出来源。",
    },
  },
} as const;
