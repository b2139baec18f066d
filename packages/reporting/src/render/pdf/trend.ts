// The trend section of a PDF report, the PDF twin of the HTML report's: a column chart drawn as
// vector graphics (reach above, attendances below, each scaled to its own largest shown value),
// the table with every number, and the notes. The rows and their words come from `trendTexts`,
// the same as the HTML's.
import type { Lang } from "@kinderwerk/core";
import type { ReportDocument } from "../../document/index.js";
import { trendLabels } from "../../document/labels.js";
import type { TrendText } from "../trend.js";
import { trendTexts } from "../trend.js";
import type { Cell, Column, PdfCursor } from "./layout.js";
import { CONTENT_WIDTH, COLOURS, PAGE, SIZES } from "./layout.js";

const NOTE = { size: SIZES.small, color: COLOURS.muted } as const;
const TITLE = 14;
const VALUE_ROOM = 11;
const PANEL = 78;
const AXIS = 14;
const PANEL_GAP = 8;
/** Above this many buckets the columns carry no value text (the table has them) and the axis labels thin out, as in the HTML. */
const LABELLED = 16;
const VALUE_SIZE = 7;
const AXIS_LABEL = { size: 7, align: "center", lineGap: 0 } as const;

/** The height of the chart: two panels, each with its title, its columns and its axis labels. */
export const TREND_CHART_HEIGHT = 2 * (TITLE + VALUE_ROOM + PANEL + AXIS) + PANEL_GAP;

/** One panel of the chart: its title and, per bucket, the value (or `null` when suppressed), its text and whether it is partial. */
interface Panel {
  readonly title: string;
  readonly cells: readonly { readonly value: number | null; readonly text: string; readonly partial: boolean }[];
}

/** The size the value texts are set in: 7 points, smaller when the widest does not fit its column. */
function valueSize(cursor: PdfCursor, panel: Panel, step: number): number {
  const widest = Math.max(1, ...panel.cells.map((c) => cursor.widthOf(c.text, { size: VALUE_SIZE, bold: true })));
  return Math.max(4.5, Math.min(VALUE_SIZE, (VALUE_SIZE * (step - 2)) / widest));
}

/**
 * One panel at (`x`, `top`), `width` wide: a column per bucket scaled to the largest shown value, a
 * partial bucket light with an outline, a suppressed one without a column and with "×" above the
 * axis; values above the columns and a label under each (every few when there are many).
 */
function drawPanel(cursor: PdfCursor, panel: Panel, labels: readonly string[], x: number, top: number, width: number): void {
  const { doc } = cursor;
  const n = panel.cells.length;
  const step = width / Math.max(1, n);
  const bar = Math.max(1.5, Math.min(30, step * 0.7));
  const base = top + TITLE + VALUE_ROOM + PANEL;
  const max = Math.max(0, ...panel.cells.map((c) => c.value ?? 0));
  const every = n <= LABELLED ? 1 : Math.ceil(n / 13);
  const size = valueSize(cursor, panel, step);
  cursor.write(panel.title, x, top + 2, width, { size: SIZES.small, bold: true });
  panel.cells.forEach((c, i) => {
    const left = x + i * step + (step - bar) / 2;
    const h = c.value !== null && max > 0 ? Math.max(c.value > 0 ? 1 : 0, (c.value / max) * PANEL) : 0;
    if (h > 0) {
      doc.rect(left, base - h, bar, h);
      if (c.partial) doc.lineWidth(0.8).fillAndStroke(COLOURS.previous, COLOURS.accent);
      else doc.fill(COLOURS.accent);
    }
    const suppressed = c.value === null;
    if (n <= LABELLED || suppressed) {
      const style = suppressed ? { size: VALUE_SIZE, color: COLOURS.muted, align: "center", lineGap: 0 } as const : { size, bold: true, align: "center", lineGap: 0 } as const;
      cursor.write(suppressed ? "\u00d7" : c.text, x + i * step - 4, base - h - 2 - cursor.measure("0", 100, style), step + 8, style, { lineBreak: false });
    }
    if (i % every === 0) cursor.write(labels[i]!, x + i * step - 6, base + 3, step + 12, AXIS_LABEL, { lineBreak: false });
  });
  doc.moveTo(x, base).lineTo(x + width, base).lineWidth(0.8).strokeColor(COLOURS.ink).stroke();
}

/**
 * The chart at (`x`, `y`), `width` wide: reach per bucket above, attendances below. A partial
 * bucket's axis label has the `*` of its table row. The cursor does not move.
 */
function drawTrendChart(cursor: PdfCursor, rows: readonly TrendText[], lang: Lang, x: number, y: number, width: number): void {
  const labels = rows.map((r) => `${r.shortLabel}${r.bucket.partial ? " *" : ""}`);
  const panel = (which: "reach" | "attendances"): Panel => ({
    title: trendLabels[which][lang],
    cells: rows.map((r) => ({ value: r.bucket[which].suppressed ? null : r.bucket[which].value, text: r[which], partial: r.bucket.partial })),
  });
  drawPanel(cursor, panel("reach"), labels, x, y, width);
  drawPanel(cursor, panel("attendances"), labels, x, y + TREND_CHART_HEIGHT / 2 + PANEL_GAP / 2, width);
}

/** The trend's table: the bucket, its days, the attendances and the reach (a suppressed count in its words, muted). */
function trendTable(rows: readonly TrendText[], bucketHeading: string, lang: Lang): { columns: Column[]; cells: Cell[][] } {
  return {
    columns: [
      { header: bucketHeading, share: 0.26 },
      { header: `${trendLabels.from[lang]} \u2013 ${trendLabels.to[lang].toLowerCase()}`, share: 0.3 },
      // Wide enough for "afgeschermd (< 5)" on one line.
      { header: trendLabels.attendances[lang], share: 0.22, align: "right" },
      { header: trendLabels.reach[lang], share: 0.22, align: "right" },
    ],
    cells: rows.map((r) => [
      { text: r.label },
      { text: `${r.bucket.from} \u2013 ${r.bucket.to}` },
      { text: r.attendances, muted: r.bucket.attendances.suppressed },
      { text: r.reach, muted: r.bucket.reach.suppressed },
    ]),
  };
}

/**
 * The trend section: its heading (kept on the page of the chart), the chart with its description,
 * the table (going on on the next page under its header again when long), and the notes on partial
 * buckets and on "×"; nothing without a trend.
 *
 * @param cursor - the page cursor
 * @param doc - the report document
 * @param lang - the language
 */
export function trendSection(cursor: PdfCursor, doc: ReportDocument, lang: Lang): void {
  const t = trendTexts(doc, lang);
  if (t === undefined) return;
  const description = trendLabels.description[lang];
  const chartBlock = TREND_CHART_HEIGHT + 6 + cursor.measure(description, CONTENT_WIDTH, NOTE) + 8;
  cursor.heading(2, t.heading, chartBlock);
  drawTrendChart(cursor, t.rows, lang, PAGE.left, cursor.y, CONTENT_WIDTH);
  cursor.y += TREND_CHART_HEIGHT + 6;
  cursor.paragraph(description, NOTE, 8);
  const { columns, cells } = trendTable(t.rows, t.bucketHeading, lang);
  cursor.table(columns, cells, PAGE.left, CONTENT_WIDTH, true);
  cursor.space(4);
  const anySuppressed = t.rows.some((r) => r.bucket.reach.suppressed || r.bucket.attendances.suppressed);
  if (t.anyPartial) cursor.paragraph(trendLabels.partialNote[lang], NOTE, 3);
  if (anySuppressed) cursor.paragraph(trendLabels.chartSuppressed[lang], NOTE, 3);
  cursor.space(8);
}
