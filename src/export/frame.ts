// The text frame around an exported picture: title, the active filters, a legend, and the credit,
// source and date line. Layout is pure (a measuring function is passed in); drawing is canvas 2D.
// Must not: draw the graph itself, or put data strings anywhere but fillText.

export interface LegendEntry {
  readonly label: string;
  readonly color: string;
  /** A dot for node kinds, a short line for forms of investment (as in the live legend). */
  readonly mark: "dot" | "line";
}

export interface FrameContent {
  readonly title: string;
  readonly filters: string;
  readonly legend: readonly LegendEntry[];
  readonly credit: string;
  /** The story step shown: "Step 2 of 5 · its title" and its text, under the filters. */
  readonly caption?: { readonly heading: string; readonly text: string } | null;
}

export interface FrameTheme {
  readonly text: string;
  readonly muted: string;
}

export type Measure = (text: string, font: string) => number;

const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', 'Noto Sans CJK SC', 'Noto Sans CJK KR', sans-serif";
export const FONTS = {
  title: `700 22px ${FONT_FAMILY}`,
  filters: `400 14px ${FONT_FAMILY}`,
  legend: `400 13px ${FONT_FAMILY}`,
  credit: `400 12px ${FONT_FAMILY}`,
  captionHeading: `700 15px ${FONT_FAMILY}`,
  caption: `400 14px ${FONT_FAMILY}`,
} as const;
const LINE = { title: 28, filters: 20, legend: 22, credit: 17, captionHeading: 21, caption: 19 } as const;
export const PAD = 20;
const MARK = 22;
const GAP = 16;

interface Line {
  readonly text: string;
  readonly font: string;
  readonly y: number;
}
interface PlacedEntry extends LegendEntry {
  readonly x: number;
  readonly y: number;
}

export interface FrameLayout {
  readonly header: number;
  readonly footer: number;
  readonly headerLines: readonly Line[];
  /** y values are relative to the footer's top. */
  readonly footerLines: readonly Line[];
  readonly legend: readonly PlacedEntry[];
}

/** Greedy word wrap (CJK text without spaces breaks per character); at most `maxLines`, the last ellipsised. */
export function wrapLines(text: string, maxWidth: number, measure: (text: string) => number, maxLines = 3): string[] {
  // Chinese, Japanese and Korean break between characters (as browsers do), even beside spaces.
  const cjk = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/.test(text);
  const spaced = /\s/.test(text.trim()) && !cjk;
  const words = spaced ? text.trim().split(/\s+/) : Array.from(text.trim().replace(/\s+/g, " "));
  const joiner = spaced ? " " : "";
  const lines: string[] = [];
  let current = "";
  for (const word of words) {
    if (!current && word === " ") continue;
    const next = current ? `${current}${joiner}${word}` : word;
    if (current && measure(next) > maxWidth) {
      lines.push(current.trimEnd());
      current = word === " " ? "" : word;
    } else current = next;
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1] ?? "";
  while (last.length > 1 && measure(`${last}…`) > maxWidth) last = last.slice(0, -1);
  kept[maxLines - 1] = `${last}…`;
  return kept;
}

/** Places the frame's text for a picture `width` CSS pixels wide. */
export function layoutFrame(content: FrameContent, width: number, measure: Measure): FrameLayout {
  const inner = Math.max(40, width - 2 * PAD);
  const headerLines: Line[] = [];
  let y = PAD;
  for (const text of wrapLines(content.title, inner, (s) => measure(s, FONTS.title), 2)) {
    headerLines.push({ text, font: FONTS.title, y: y + LINE.title * 0.75 });
    y += LINE.title;
  }
  for (const text of wrapLines(content.filters, inner, (s) => measure(s, FONTS.filters), 2)) {
    headerLines.push({ text, font: FONTS.filters, y: y + LINE.filters * 0.75 });
    y += LINE.filters;
  }
  if (content.caption) {
    y += 6;
    for (const text of wrapLines(content.caption.heading, inner, (s) => measure(s, FONTS.captionHeading), 2)) {
      headerLines.push({ text, font: FONTS.captionHeading, y: y + LINE.captionHeading * 0.75 });
      y += LINE.captionHeading;
    }
    for (const text of wrapLines(content.caption.text, inner, (s) => measure(s, FONTS.caption), 4)) {
      headerLines.push({ text, font: FONTS.caption, y: y + LINE.caption * 0.75 });
      y += LINE.caption;
    }
  }
  const header = y + PAD / 2;

  // The legend flows left to right and wraps, like the live one on a phone.
  const legend: PlacedEntry[] = [];
  let x = PAD;
  let row = PAD / 2;
  for (const entry of content.legend) {
    const w = MARK + 6 + measure(entry.label, FONTS.legend);
    if (x > PAD && x + w > width - PAD) {
      x = PAD;
      row += LINE.legend;
    }
    legend.push({ ...entry, x, y: row + LINE.legend / 2 });
    x += w + GAP;
  }
  let footerY = legend.length > 0 ? row + LINE.legend + 4 : PAD / 2;
  const footerLines: Line[] = [];
  for (const text of wrapLines(content.credit, inner, (s) => measure(s, FONTS.credit), 3)) {
    footerLines.push({ text, font: FONTS.credit, y: footerY + LINE.credit * 0.75 });
    footerY += LINE.credit;
  }
  return { header, footer: footerY + PAD * 0.75, headerLines, footerLines, legend };
}

/** Draws the frame's text into a context already scaled to CSS pixels; the footer starts at `footerTop`. */
export function drawFrame(ctx: CanvasRenderingContext2D, layout: FrameLayout, footerTop: number, theme: FrameTheme): void {
  ctx.textBaseline = "alphabetic";
  ctx.textAlign = "left";
  layout.headerLines.forEach((line, i) => {
    ctx.font = line.font;
    ctx.fillStyle = i === 0 || line.font !== FONTS.filters ? theme.text : theme.muted;
    ctx.fillText(line.text, PAD, line.y);
  });
  for (const entry of layout.legend) {
    const y = footerTop + entry.y;
    ctx.fillStyle = entry.color;
    ctx.strokeStyle = entry.color;
    if (entry.mark === "dot") {
      ctx.beginPath();
      ctx.arc(entry.x + MARK / 2, y, 6, 0, Math.PI * 2);
      ctx.fill();
    } else {
      ctx.lineWidth = 4;
      ctx.lineCap = "round";
      ctx.beginPath();
      ctx.moveTo(entry.x + 2, y);
      ctx.lineTo(entry.x + MARK - 2, y);
      ctx.stroke();
    }
    ctx.font = FONTS.legend;
    ctx.fillStyle = theme.text;
    ctx.textBaseline = "middle";
    ctx.fillText(entry.label, entry.x + MARK + 6, y);
    ctx.textBaseline = "alphabetic";
  }
  ctx.fillStyle = theme.muted;
  for (const line of layout.footerLines) {
    ctx.font = line.font;
    ctx.fillText(line.text, PAD, footerTop + line.y);
  }
}
