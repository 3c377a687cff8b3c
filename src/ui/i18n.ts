// Every interface string, per language, in one place. Node labels come from the data, not from here.
import type { Language } from "../state/url";

const en = {
  "status.loading": "Loading data…",
  "status.noData": "No data loaded.",
  "status.summary": "Showing {deals} of {totalDeals} investments between {nodes} of {totalNodes} organisations; {amount} disclosed.",
  "filters.title": "Filters",
  "filters.years": "Years",
  "filters.from": "From",
  "filters.to": "To",
  "filters.undated": "Include undated deals",
  "filters.amount": "Amount (USD, investor's share)",
  "filters.min": "At least",
  "filters.max": "At most",
  "filters.undisclosed": "Include undisclosed amounts",
  "filters.forms": "Form of investment",
  "filters.reset": "Reset filters",
  "filters.amountHint": "e.g. 10M, 1.5B",
  "selection.close": "Close",
  "selection.investor": "Investor",
  "selection.startup": "Startup",
  "selection.invested": "Invested (shown / all)",
  "selection.raised": "Raised (shown / all)",
  "selection.deals": "Deals (shown / all)",
  "selection.hidden": "No deal of this organisation passes the current filters.",
  "layout.running": "Laying out the network…",
  "layout.stop": "Stop layout",
  "alerts.dismiss": "Dismiss",
  "alerts.more": "and {count} more",
  "file.label": "Open a data file",
  "legend.investor": "Investor",
  "legend.startup": "Startup",
  "legend.size": "Circle area: amount invested or raised (at least its number of deals). Line width: amount; colour: form of investment.",
  "legend.density": "Drawing the {drawn} largest of {visible} links: zoom in, or hover a company, for the rest. Counts, stats and the table include all.",
  "graph.label": "Investment network graph",
  "undisclosed": "undisclosed",
} as const;

export type MessageKey = keyof typeof en;

const ko: Partial<Record<MessageKey, string>> = {
  "status.loading": "데이터를 불러오는 중…",
  "status.noData": "불러온 데이터가 없습니다.",
  "status.summary": "투자 {totalDeals}건 중 {deals}건, 기관 {totalNodes}곳 중 {nodes}곳 표시; 공개 금액 {amount}.",
  "filters.title": "필터",
  "filters.years": "연도",
  "filters.from": "시작",
  "filters.to": "끝",
  "filters.undated": "날짜 미상 거래 포함",
  "filters.amount": "금액 (USD, 투자자 몫)",
  "filters.min": "최소",
  "filters.max": "최대",
  "filters.undisclosed": "비공개 금액 포함",
  "filters.forms": "투자 형태",
  "filters.reset": "필터 초기화",
  "selection.close": "닫기",
  "selection.investor": "투자자",
  "selection.startup": "스타트업",
  "layout.stop": "배치 중지",
  "legend.investor": "투자자",
  "file.label": "데이터 파일 열기",
  "legend.startup": "스타트업",
  "legend.density": "링크 {visible}개 중 큰 {drawn}개만 그립니다. 확대하거나 기업에 마우스를 올리면 나머지가 보입니다.",
  "legend.size": "원 면적: 투자·유치 금액(최소 거래 건수 기준). 선 굵기: 금액, 색: 투자 형태.",
  "undisclosed": "비공개",
};

const zh: Partial<Record<MessageKey, string>> = {
  "status.loading": "正在加载数据…",
  "status.noData": "未加载数据。",
  "status.summary": "显示 {totalDeals} 笔投资中的 {deals} 笔，{totalNodes} 家机构中的 {nodes} 家；已披露金额 {amount}。",
  "filters.title": "筛选",
  "filters.years": "年份",
  "filters.from": "起",
  "filters.to": "止",
  "filters.undated": "包括日期不明的交易",
  "filters.amount": "金额（美元，投资方份额）",
  "filters.min": "至少",
  "filters.max": "至多",
  "filters.undisclosed": "包括未披露金额",
  "filters.forms": "投资形式",
  "filters.reset": "重置筛选",
  "selection.close": "关闭",
  "selection.investor": "投资方",
  "selection.startup": "初创公司",
  "layout.stop": "停止布局",
  "legend.investor": "投资方",
  "file.label": "打开数据文件",
  "legend.startup": "初创公司",
  "legend.density": "仅绘制 {visible} 条连线中最大的 {drawn} 条：放大或悬停公司可查看其余。",
  "legend.size": "圆面积：投资或融资金额（至少按交易笔数）。线宽：金额；颜色：投资形式。",
  "undisclosed": "未披露",
};

const messages: Readonly<Record<Language, Partial<Record<MessageKey, string>>>> = { en, ko, zh };

export function t(lang: Language, key: MessageKey, values: Readonly<Record<string, string>> = {}): string {
  const template = messages[lang][key] ?? en[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
