// The blocks of a PDF report's sections, each the PDF twin of the HTML report's: a table of
// figures, a breakdown (its heading, bar chart, definition and table), the targets, and the
// comparison with the earlier period. The words and the cell texts come from the same functions
// the HTML renderer uses.
import type { Lang } from "@kinderwerk/core";
import type { BreakdownIndicator, ReportDocument, ReportIndicator, ScalarIndicator } from "../../document/index.js";
import { isBreakdown } from "../../document/index.js";
import { comparisonPairs, comparisonPeriods, pageWords } from "../content.js";
import type { RenderOptions } from "../format.js";
import { capitalise, cellText, comparedScalars, comparisonCaveats, indicatorDescription, indicatorName, keyHeading, rowLabel, unitName, words } from "../format.js";
import { targetTexts, targetWords } from "../targets.js";
import type { PdfBar } from "./charts.js";
import { PAIR_LEGEND, barChartHeight, barRowHeights, barScale, drawBarChart, drawPairChart, pairRoom, pairRowHeights } from "./charts.js";
import type { Cell, Column, PdfCursor } from "./layout.js";
import { CONTENT_WIDTH, COLOURS, PAGE, SIZES } from "./layout.js";

/** The named destination of "how we count", that the notes under tables with suppressed cells link to. */
export const HOW_WE_COUNT = "how-we-count";

const NOTE = { size: SIZES.small, color: COLOURS.muted } as const;
// The table beside a chart leaves its value column room for the word "afgeschermd" on one line
// ("(< 5)" may go on the next, as in the HTML report).
const CHART_SHARE = 0.56;
const COLUMN_GAP = 16;

/** The note under a table with suppressed cells: "Afgeschermde cellen: zie Zo tellen we.", a link. */
function noteText(lang: Lang): string {
  return `${pageWords.suppressedSee[lang]} ${words.howWeCount[lang]}.`;
}

/** Write the note at (`x`, cursor) in a width; returns its height. */
function note(cursor: PdfCursor, lang: Lang, x: number, width: number, above = 0): number {
  return above + cursor.write(noteText(lang), x, cursor.y + above, width, NOTE, { goTo: HOW_WE_COUNT, underline: false });
}

/**
 * The table of scalar figures: name, value (or its suppression marker) and unit, with the note when
 * a value is suppressed.
 */
export function scalarTable(cursor: PdfCursor, items: readonly ScalarIndicator[], doc: ReportDocument, lang: Lang): void {
  const t = doc.suppressionThreshold;
  const columns: Column[] = [
    { header: words.indicator[lang], share: 0.6 },
    { header: words.value[lang], share: 0.2, align: "right" },
    { header: words.unit[lang], share: 0.2 },
  ];
  const rows: Cell[][] = items.map((i) => [{ text: indicatorName(i.id, lang) }, { text: cellText(i.value, i.suppressed, i.unit, t, lang, i.suppressedBy), muted: i.suppressed }, { text: unitName(i.unit, lang) }]);
  cursor.table(columns, rows, PAGE.left, CONTENT_WIDTH, true);
  cursor.space(4);
  if (items.some((i) => i.suppressed)) cursor.space(note(cursor, lang, PAGE.left, CONTENT_WIDTH) + 4);
  cursor.space(6);
}

/** What a breakdown shows: its bars and its table's columns and rows. */
function breakdownParts(b: BreakdownIndicator, doc: ReportDocument, lang: Lang, options: RenderOptions): { bars: PdfBar[]; columns: Column[]; rows: Cell[][] } {
  const t = doc.suppressionThreshold;
  const labelled = b.rows.map((r) => ({ row: r, label: rowLabel(b.id, r, lang, options.catalogues), text: cellText(r.value, r.suppressed, b.unit, t, lang, r.suppressedBy) }));
  return {
    bars: labelled.map((l) => ({ label: l.label, value: l.row.value, text: l.text, suppressed: l.row.suppressed })),
    columns: [
      { header: keyHeading(b.id, lang), share: 0.64 },
      { header: capitalise(unitName(b.unit, lang)), share: 0.36, align: "right" },
    ],
    rows: labelled.map((l) => [{ text: l.label }, { text: l.text, muted: l.row.suppressed }]),
  };
}

const CHART_WIDTH = CONTENT_WIDTH * CHART_SHARE;
const TABLE_WIDTH = CONTENT_WIDTH - CHART_WIDTH - COLUMN_GAP;

/** The height of a breakdown's chart (with its definition) beside its table (with its note). */
function sideBySideHeight(cursor: PdfCursor, b: BreakdownIndicator, doc: ReportDocument, lang: Lang, options: RenderOptions): number {
  const { bars, columns, rows } = breakdownParts(b, doc, lang, options);
  const description = indicatorDescription(b.id, lang);
  const left = barChartHeight(cursor, bars, CHART_WIDTH) + (description === undefined ? 0 : cursor.measure(description, CHART_WIDTH, NOTE) + 4);
  const right = cursor.tableHeight(columns, rows, TABLE_WIDTH) + (b.rows.some((r) => r.suppressed) ? cursor.measure(noteText(lang), TABLE_WIDTH, NOTE) + 7 : 0);
  return Math.max(left, right);
}

/**
 * The height a section's heading keeps with it on its page: its table's header and first rows, or
 * its first breakdown's heading and chart (as much of it as a page holds).
 */
export function firstBlockHeight(cursor: PdfCursor, items: readonly ReportIndicator[], doc: ReportDocument, lang: Lang, options: RenderOptions): number {
  const scalars = items.filter((i): i is ScalarIndicator => !isBreakdown(i));
  if (scalars.length > 0) return 20 + 20 * Math.min(3, scalars.length);
  const first = items.find(isBreakdown);
  if (first === undefined) return 0;
  return Math.min(cursor.pageRoom * 0.6, cursor.headingHeight(3, indicatorName(first.id, lang)) + sideBySideHeight(cursor, first, doc, lang, options));
}

/**
 * A breakdown: its heading, its bar chart with the definition under it, and its table beside the
 * chart. The heading never ends a page without its chart. A breakdown too long to stand beside its
 * chart on one page is set one under the other: the chart (over more pages if it must), then the
 * table, whose rows go on on the next page under their header.
 */
export function breakdownBlock(cursor: PdfCursor, b: BreakdownIndicator, doc: ReportDocument, lang: Lang, options: RenderOptions): void {
  const name = indicatorName(b.id, lang);
  const { bars, columns, rows } = breakdownParts(b, doc, lang, options);
  const description = indicatorDescription(b.id, lang);
  const suppressed = b.rows.some((r) => r.suppressed);
  const height = sideBySideHeight(cursor, b, doc, lang, options);
  if (cursor.headingHeight(3, name) + height <= cursor.pageRoom) {
    cursor.heading(3, name, height);
    const top = cursor.y;
    const chart = drawBarChart(cursor, bars, PAGE.left, top, CHART_WIDTH);
    if (description !== undefined) cursor.write(description, PAGE.left, top + chart + 4, CHART_WIDTH, NOTE);
    cursor.table(columns, rows, PAGE.left + CHART_WIDTH + COLUMN_GAP, TABLE_WIDTH, false);
    if (suppressed) note(cursor, lang, PAGE.left + CHART_WIDTH + COLUMN_GAP, TABLE_WIDTH, 3);
    cursor.y = top + height + 12;
    return;
  }
  stackedBreakdown(cursor, name, bars, description, () => {
    cursor.table(columns, rows, PAGE.left, CONTENT_WIDTH, true);
    cursor.space(4);
    if (suppressed) cursor.space(note(cursor, lang, PAGE.left, CONTENT_WIDTH) + 4);
  });
}

/** A long breakdown one part under the other: heading and chart (split over pages by rows), definition, then the table. */
function stackedBreakdown(cursor: PdfCursor, name: string, bars: readonly PdfBar[], description: string | undefined, table: () => void): void {
  const heights = barRowHeights(cursor, bars, CONTENT_WIDTH);
  const scale = barScale(cursor, bars, CONTENT_WIDTH);
  cursor.heading(3, name, Math.min(cursor.pageRoom - cursor.headingHeight(3, name), (heights[0] ?? 0) * Math.min(bars.length, 8)));
  for (let from = 0; from < bars.length; ) {
    const to = cursor.rowsThatFit(heights, from, 4);
    cursor.y += drawBarChart(cursor, bars.slice(from, to), PAGE.left, cursor.y, CONTENT_WIDTH, scale);
    from = to;
    if (from < bars.length) cursor.newPage();
  }
  if (description !== undefined) cursor.paragraph(description, NOTE, 6);
  table();
  cursor.space(8);
}

/** A section's figures: a table of its scalars, then each breakdown. */
export function indicatorBlock(cursor: PdfCursor, items: readonly ReportIndicator[], doc: ReportDocument, lang: Lang, options: RenderOptions): void {
  const scalars = items.filter((i): i is ScalarIndicator => !isBreakdown(i));
  if (scalars.length > 0) scalarTable(cursor, scalars, doc, lang);
  for (const b of items.filter(isBreakdown)) breakdownBlock(cursor, b, doc, lang, options);
}

/** The targets against results, as one table; nothing without targets. */
export function targetSection(cursor: PdfCursor, doc: ReportDocument, lang: Lang): void {
  const texts = targetTexts(doc, lang);
  if (texts.length === 0) return;
  const columns: Column[] = [
    { header: words.indicator[lang], share: 0.3 },
    { header: targetWords.period[lang], share: 0.25 },
    { header: targetWords.target[lang], share: 0.15, align: "right" },
    { header: targetWords.realised[lang], share: 0.15, align: "right" },
    { header: targetWords.percent[lang], share: 0.15, align: "right" },
  ];
  const rows: Cell[][] = texts.map((r) => [{ text: r.name }, { text: r.period }, { text: r.target }, { text: r.realised, muted: r.suppressed }, { text: r.percent }]);
  cursor.heading(2, targetWords.heading[lang], cursor.tableHeight(columns, rows.slice(0, 3), CONTENT_WIDTH));
  cursor.table(columns, rows, PAGE.left, CONTENT_WIDTH, true);
  cursor.space(10);
}

const CAVEAT_GAP = 6;
const CAVEAT_WIDTH = CONTENT_WIDTH - 18;

/** The height of a caveat's box (measured in bold throughout, so that the box holds it). */
function caveatHeight(cursor: PdfCursor, text: string, lang: Lang): number {
  return cursor.measure(`${words.warnings[lang]}: ${text}`, CAVEAT_WIDTH, { bold: true }) + 10;
}

/** A caveat above the comparison, as the HTML's: "Let op:" in bold, then the warning, on a light box with a dark bar at its left. */
function caveat(cursor: PdfCursor, text: string, height: number, lang: Lang): void {
  cursor.ensure(height);
  const { doc } = cursor;
  doc.rect(PAGE.left, cursor.y, CONTENT_WIDTH, height).fill(COLOURS.warnFill);
  doc.rect(PAGE.left, cursor.y, 3.5, height).fill(COLOURS.warnBorder);
  cursor.style({ bold: true });
  doc.text(`${words.warnings[lang]}: `, PAGE.left + 12, cursor.y + 5, { width: CAVEAT_WIDTH, lineGap: 1.5, continued: true });
  cursor.style({});
  doc.text(text, { width: CAVEAT_WIDTH, lineGap: 1.5 });
  cursor.y += height + CAVEAT_GAP;
}

/**
 * The comparison with the earlier period: the two periods, the caveats (a period only partly
 * covered by the data, an input the earlier period lacks), the pair chart and the table; nothing
 * without one.
 */
export function comparisonSection(cursor: PdfCursor, doc: ReportDocument, lang: Lang): void {
  const entries = comparedScalars(doc, lang);
  if (doc.comparison === undefined || entries.length === 0) return;
  const pairs = comparisonPairs(entries, lang);
  const width = CONTENT_WIDTH * 0.8;
  const periods = comparisonPeriods(doc, lang);
  const legend = { current: words.current[lang], previous: words.previous[lang] };
  const heights = pairRowHeights(cursor, pairs, width);
  const room = pairRoom(cursor, pairs, width);
  const firstRows = heights.slice(0, 6).reduce((a, b) => a + b, 0) + PAIR_LEGEND + 16;
  const caveats = comparisonCaveats(doc, lang).map((text) => ({ text, height: caveatHeight(cursor, text, lang) }));
  cursor.heading(2, words.comparison[lang], cursor.measure(periods, CONTENT_WIDTH) + 6 + caveats.reduce((a, c) => a + c.height + CAVEAT_GAP, 0) + firstRows);
  cursor.paragraph(periods, {}, 6);
  for (const c of caveats) caveat(cursor, c.text, c.height, lang);
  // A chart longer than the page goes on on the next, under its legend again.
  for (let from = 0; from < pairs.length; ) {
    const to = cursor.rowsThatFit(heights, from, PAIR_LEGEND + 4);
    cursor.y += drawPairChart(cursor, legend, pairs.slice(from, to), PAGE.left, cursor.y, width, room) + 2;
    from = to;
    if (from < pairs.length) cursor.newPage();
  }
  cursor.paragraph(pageWords.pairScale[lang], NOTE, 8);
  const columns: Column[] = [
    { header: words.indicator[lang], share: 0.36 },
    ...[words.current[lang], words.previous[lang], words.change[lang], words.percentChange[lang]].map((header) => ({ header, share: 0.16, align: "right" as const })),
  ];
  const rows: Cell[][] = entries.map(({ entry: c, current, currentText, previousText, changeText, percentChangeText }) => [
    { text: indicatorName(c.id, lang) },
    { text: currentText, muted: current.suppressed },
    { text: previousText, muted: c.previousSuppressed === true },
    { text: changeText },
    { text: percentChangeText },
  ]);
  cursor.table(columns, rows, PAGE.left, CONTENT_WIDTH, true);
  cursor.space(10);
}
