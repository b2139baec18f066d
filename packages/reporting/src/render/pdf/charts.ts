// The bar charts of a PDF report, drawn as PDF vector graphics: the same charts as the HTML report's
// SVG (a bar per row scaled to the largest shown value; a pair of bars per compared figure), with
// labels that wrap onto a second line instead of being cut. A suppressed value draws no bar, only
// its marker.
import type { PdfCursor } from "./layout.js";
import { COLOURS, SIZES } from "./layout.js";
import type { ComparisonPair } from "../content.js";

/** One bar: a label and a value, or a suppressed cell (no bar, only its marker). */
export interface PdfBar {
  readonly label: string;
  readonly value: number | null;
  readonly text: string;
  readonly suppressed: boolean;
}

/** One pair of a comparison chart: the value now and the earlier value (see `comparisonPairs`). */
export type PdfPair = ComparisonPair;

const LABEL_SHARE = 0.4;
const GAP = 6;
const VALUE_ROOM = 54;
const BAR = 10;
const ROW = 16;
const PAIR_BAR = 8;
const LEGEND = 18;
const LABEL = { size: SIZES.small, lineGap: 0.5 } as const;
const VALUE = { size: SIZES.small, bold: true, lineGap: 0 } as const;
const SUPPRESSED = { size: SIZES.small, color: COLOURS.muted, lineGap: 0 } as const;

/** The widths of a chart's parts, with `room` points right of the longest bar for its value. */
function geometry(width: number, room = VALUE_ROOM): { label: number; axis: number; scale: number } {
  const label = width * LABEL_SHARE - GAP;
  return { label, axis: width * LABEL_SHARE, scale: width * (1 - LABEL_SHARE) - room };
}

/**
 * The room right of the longest bar: wide enough for the widest value text written there (a
 * suppressed cell's words, "afgeschermd (< 5)", are wider than most numbers), so that none is cut.
 */
function valueRoom(cursor: PdfCursor, values: readonly { readonly text: string; readonly suppressed: boolean }[], width: number): number {
  const widest = Math.max(0, ...values.map((v) => cursor.widthOf(v.text, v.suppressed ? SUPPRESSED : VALUE)));
  return Math.min(width * (1 - LABEL_SHARE) * 0.7, Math.max(VALUE_ROOM, Math.ceil(widest) + 8));
}

/** What a bar chart's bars are scaled by: the value of a full bar, and the room kept for the value texts. */
export interface BarScale {
  readonly max: number;
  readonly room: number;
}

/**
 * The scale of a bar chart at a width: its largest shown value and the room its widest value text
 * needs (given to each part of a chart split over pages, so that its bars keep one scale).
 *
 * @param cursor - the page cursor, to measure the value texts
 * @param bars - the bars
 * @param width - the chart's width
 * @returns the scale
 */
export function barScale(cursor: PdfCursor, bars: readonly PdfBar[], width: number): BarScale {
  return { max: largestBar(bars), room: valueRoom(cursor, bars, width) };
}

/** A bar's length for a value against the largest one; at least a hairline for a positive value. */
function barLength(value: number | null, max: number, scale: number): number {
  if (value === null || max <= 0) return 0;
  return Math.max(value > 0 ? 1 : 0, (value / max) * scale);
}

/** The height of each row: room for its wrapped label and its bars. */
function rowHeights(cursor: PdfCursor, labels: readonly string[], width: number, minimum: number): number[] {
  const { label } = geometry(width);
  return labels.map((l) => Math.max(minimum, cursor.measure(l, label, LABEL) + 5));
}

/** A row's label, right-aligned against the axis and centred on the row. */
function drawLabel(cursor: PdfCursor, text: string, x: number, y: number, height: number, width: number): void {
  const { label } = geometry(width);
  const h = cursor.measure(text, label, LABEL);
  cursor.write(text, x, y + (height - h) / 2, label, { ...LABEL, align: "right" });
}

/** A bar and its value (or only the marker of a suppressed value) at a row's middle. */
function drawBar(cursor: PdfCursor, x: number, middle: number, length: number, height: number, text: string, suppressed: boolean, room: number, previous = false): void {
  if (length > 0) {
    cursor.doc.rect(x, middle - height / 2, length, height);
    if (previous) cursor.doc.lineWidth(0.8).fillAndStroke(COLOURS.previous, COLOURS.accent);
    else cursor.doc.fill(COLOURS.accent);
  }
  const style = suppressed ? SUPPRESSED : VALUE;
  cursor.write(text, x + length + 4, middle - cursor.measure("0", 100, style) / 2, room - 4, style, { lineBreak: false });
}

/** The vertical axis of a chart, from `top` down `height` points. */
function drawAxis(cursor: PdfCursor, x: number, top: number, height: number): void {
  cursor.doc.moveTo(x, top).lineTo(x, top + height).lineWidth(0.8).strokeColor(COLOURS.ink).stroke();
}

/**
 * The height a bar chart takes at a width.
 *
 * @param cursor - the page cursor, to measure the labels
 * @param bars - the bars
 * @param width - the chart's width
 * @returns the height in points
 */
export function barChartHeight(cursor: PdfCursor, bars: readonly PdfBar[], width: number): number {
  return barRowHeights(cursor, bars, width).reduce((a, b) => a + b, 0) + 4;
}

/**
 * The height of each row of a bar chart at a width (the chart adds 4 points), to split a chart
 * too long for one page.
 *
 * @param cursor - the page cursor, to measure the labels
 * @param bars - the bars
 * @param width - the chart's width
 * @returns a height per bar
 */
export function barRowHeights(cursor: PdfCursor, bars: readonly PdfBar[], width: number): number[] {
  return rowHeights(cursor, bars.map((b) => b.label), width, ROW);
}

/** The largest value a bar chart shows, that its bars are scaled to. */
function largestBar(bars: readonly PdfBar[]): number {
  return Math.max(0, ...bars.map((b) => (b.suppressed || b.value === null ? 0 : b.value)));
}

/**
 * A horizontal bar chart at (`x`, `y`), `width` wide: a row per bar, scaled to the largest shown
 * value. The cursor does not move.
 *
 * @param cursor - the page cursor
 * @param bars - the bars
 * @param x - the left edge
 * @param y - the top
 * @param width - the width
 * @param scale - the value a full bar stands for and the room for the values (the chart's own by default; given when a chart is split over pages)
 * @returns the chart's height
 */
export function drawBarChart(cursor: PdfCursor, bars: readonly PdfBar[], x: number, y: number, width: number, scale: BarScale = barScale(cursor, bars, width)): number {
  const g = geometry(width, scale.room);
  const heights = barRowHeights(cursor, bars, width);
  let rowY = y + 2;
  bars.forEach((b, i) => {
    const h = heights[i]!;
    drawLabel(cursor, b.label, x, rowY, h, width);
    drawBar(cursor, x + g.axis, rowY + h / 2, b.suppressed ? 0 : barLength(b.value, scale.max, g.scale), BAR, b.text, b.suppressed, scale.room);
    rowY += h;
  });
  const height = rowY - y + 2;
  drawAxis(cursor, x + g.axis, y, height);
  return height;
}

/** The height of the comparison chart's legend, above its rows. */
export const PAIR_LEGEND = LEGEND;

/**
 * The height of each row of the comparison chart at a width (the chart adds its legend and 4
 * points), to split a chart too long for one page.
 *
 * @param cursor - the page cursor
 * @param pairs - the pairs
 * @param width - the chart's width
 * @returns a height per pair
 */
export function pairRowHeights(cursor: PdfCursor, pairs: readonly PdfPair[], width: number): number[] {
  return rowHeights(cursor, pairs.map((p) => p.label), width, 2 * PAIR_BAR + 14);
}

/**
 * The room the comparison chart keeps for its value texts at a width: its widest text's.
 *
 * @param cursor - the page cursor, to measure the texts
 * @param pairs - the pairs
 * @param width - the chart's width
 * @returns the room in points
 */
export function pairRoom(cursor: PdfCursor, pairs: readonly PdfPair[], width: number): number {
  return valueRoom(cursor, pairs.flatMap((p) => [{ text: p.currentText, suppressed: p.current === null }, { text: p.previousText, suppressed: p.previous === null }]), width);
}

/**
 * The comparison chart at (`x`, `y`): a legend, then per figure two bars, this period (solid) and
 * the earlier period (light with an outline, so that it reads in black and white), each pair
 * scaled to its own larger value. The cursor does not move.
 *
 * @param cursor - the page cursor
 * @param legend - the names of the two periods
 * @param pairs - the pairs
 * @param x - the left edge
 * @param y - the top
 * @param width - the width
 * @param room - the room for the value texts (the chart's own by default; given when a chart is split over pages, see {@link pairRoom})
 * @returns the chart's height
 */
export function drawPairChart(cursor: PdfCursor, legend: { current: string; previous: string }, pairs: readonly PdfPair[], x: number, y: number, width: number, room = pairRoom(cursor, pairs, width)): number {
  const g = geometry(width, room);
  const key = (left: number, text: string, previous: boolean): number => {
    cursor.doc.rect(left, y + 3, 9, 9);
    if (previous) cursor.doc.lineWidth(0.8).fillAndStroke(COLOURS.previous, COLOURS.accent);
    else cursor.doc.fill(COLOURS.accent);
    cursor.write(text, left + 13, y + 3, 150, LABEL, { lineBreak: false });
    return left + 13 + cursor.widthOf(text, LABEL) + 16;
  };
  key(key(x + g.axis, legend.current, false), legend.previous, true);
  const heights = pairRowHeights(cursor, pairs, width);
  let rowY = y + LEGEND + 2;
  pairs.forEach((p, i) => {
    const h = heights[i]!;
    const max = Math.max(0, p.current ?? 0, p.previous ?? 0);
    drawLabel(cursor, p.label, x, rowY, h, width);
    const middle = rowY + h / 2;
    drawBar(cursor, x + g.axis, middle - PAIR_BAR / 2 - 1.5, barLength(p.current, max, g.scale), PAIR_BAR, p.currentText, p.current === null, room);
    drawBar(cursor, x + g.axis, middle + PAIR_BAR / 2 + 1.5, barLength(p.previous, max, g.scale), PAIR_BAR, p.previousText, p.previous === null, room, true);
    rowY += h;
  });
  const height = rowY - y + 2;
  drawAxis(cursor, x + g.axis, y + LEGEND, height - LEGEND);
  return height;
}
