// The flagship's story (meta.story, DESIGN.md section 6): four steps from the research's checked
// claims (data/research/china-ai, article_claims.csv C1, C2, C4, C8), in English, Korean and Chinese.
// Figures here are the ones the data holds; a claim the research could not verify is not told.

export const FLAGSHIP_STORY = {
  steps: [
    {
      id: "giants",
      title: "Two giants, one bet",
      text: "Since 2023, 40% of Alibaba's deals in China and 30% of Tencent's have gone to AI startups, both record shares (ITJuzi data reported by the Wall Street Journal).",
      titles: { ko: "두 거인의 같은 베팅", zh: "两大巨头，同一赌注" },
      texts: {
        ko: "2023년 이후 알리바바의 중국 내 투자 가운데 40%, 텐센트 투자의 30%가 AI 스타트업을 향했습니다. 둘 다 사상 최고 비율입니다(월스트리트저널이 보도한 IT쥐즈 자료).",
        zh: "自 2023 年以来，阿里巴巴在中国的投资中有 40% 投向 AI 初创公司，腾讯则为 30%，均创历史新高（《华尔街日报》援引 IT 桔子数据）。",
      },
      view: "from=2023",
      annotations: [
        {
          node: "alibaba",
          text: "40% of its deals in China since 2023 went to AI startups",
          texts: { ko: "2023년 이후 중국 내 투자의 40%가 AI 스타트업", zh: "2023 年以来在中国的投资有 40% 投向 AI 初创公司" },
        },
        { node: "tencent", text: "30% of its deals since 2023", texts: { ko: "2023년 이후 투자의 30%", zh: "2023 年以来投资的 30%" } },
      ],
    },
    {
      id: "cloud-credits",
      title: "Paid partly in computing",
      text: 'Not all of this money is cash. Alibaba\'s $800M for about 36% of Moonshot AI came partly as credits for its own cloud: more than $300M by one report, "just under half" by another. The data counts the conservative $300M.',
      titles: { ko: "일부는 컴퓨팅으로 지급", zh: "部分以算力支付" },
      texts: {
        ko: "이 돈이 모두 현금은 아닙니다. 알리바바가 문샷 AI 지분 약 36%에 투자한 8억 달러의 일부는 자사 클라우드 크레딧이었습니다. 한 보도는 3억 달러 이상, 다른 보도는 '절반에 조금 못 미친다'고 합니다. 데이터는 보수적인 3억 달러로 셉니다.",
        zh: "这些钱并非全是现金。阿里巴巴以 8 亿美元入股月之暗面约 36%，其中一部分是自家云计算额度：一份报道称超过 3 亿美元，另一份称“略低于一半”。数据采用较保守的 3 亿美元。",
      },
      view: "forms=cloud-credits",
      annotations: [
        {
          node: "moonshot",
          text: "$800M from Alibaba (2024), over $300M of it as cloud credits",
          texts: {
            ko: "알리바바 8억 달러(2024년), 그중 3억 달러 이상이 클라우드 크레딧",
            zh: "阿里巴巴 8 亿美元（2024 年），其中 3 亿美元以上为云计算额度",
          },
        },
      ],
    },
    {
      id: "little-dragons",
      title: "The six little dragons",
      text: "Six Chinese makers of large language models have been valued above $1B since 2023: Zhipu, Moonshot, MiniMax, Baichuan, StepFun and 01.AI. Alibaba backs five of them, Tencent five; both are in four.",
      titles: { ko: "여섯 마리 '작은 용'", zh: "AI“六小龙”" },
      texts: {
        ko: "2023년 이후 기업가치 10억 달러를 넘은 중국 대형언어모델 기업은 여섯 곳입니다. 즈푸, 문샷, 미니맥스, 바이촨, 스텝펀, 01.AI. 알리바바는 그중 다섯 곳, 텐센트도 다섯 곳에 투자했고, 네 곳에는 둘 다 투자했습니다.",
        zh: "自 2023 年以来，六家中国大模型公司估值超过 10 亿美元：智谱、月之暗面、稀宇科技（MiniMax）、百川智能、阶跃星辰和零一万物。阿里巴巴投资了其中五家，腾讯也是五家，其中四家两者都有投资。",
      },
      view: "from=2023&compare=alibaba,tencent",
      annotations: [
        { node: "stepfun", text: "Tencent, not Alibaba", texts: { ko: "텐센트만 투자", zh: "腾讯投资，阿里巴巴未投" } },
        { node: "01ai", text: "Alibaba, not Tencent", texts: { ko: "알리바바만 투자", zh: "阿里巴巴投资，腾讯未投" } },
      ],
    },
    {
      id: "us-comparison",
      title: "The American pattern",
      text: "In the US the giants concentrate on two companies: Microsoft put about $13B into OpenAI in 2019-2023, Amazon $8B into Anthropic in 2023-24 and Google about $1.8B, much of it tied to their own clouds and chips.",
      titles: { ko: "미국의 방식", zh: "美国模式" },
      texts: {
        ko: "미국 빅테크는 두 회사에 집중합니다. 마이크로소프트는 2019~2023년 오픈AI에 약 130억 달러를, 아마존은 2023~2024년 앤트로픽에 80억 달러를, 구글은 약 18억 달러를 넣었습니다. 상당 부분은 자사 클라우드와 칩 사용과 묶여 있습니다.",
        zh: "美国科技巨头集中押注两家公司：微软在 2019–2023 年向 OpenAI 投入约 130 亿美元，亚马逊在 2023–2024 年向 Anthropic 投入 80 亿美元，谷歌约 18 亿美元；其中相当一部分与它们自己的云和芯片绑定。",
      },
      view: "",
      annotations: [
        {
          node: "openai",
          text: "Microsoft: about $13B, 2019-2023",
          texts: { ko: "마이크로소프트 약 130억 달러(2019~2023년)", zh: "微软约 130 亿美元（2019–2023 年）" },
        },
        {
          node: "anthropic",
          text: "Amazon $8B, Google about $1.8B",
          texts: { ko: "아마존 80억 달러, 구글 약 18억 달러", zh: "亚马逊 80 亿美元，谷歌约 18 亿美元" },
        },
      ],
    },
  ],
};
