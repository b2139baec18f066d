// The sections of a PDF report around its figures: the header, the warnings, the key figures as
// cards, "how we count", and the footer with page numbers on every page. The PDF twins of the HTML
// report's, in the same words.
import type { Lang } from "@kinderwerk/core";
import type { ReportDocument, ReportIndicator, ScalarIndicator } from "../../document/index.js";
import { isBreakdown } from "../../document/index.js";
import { changeLine, footerParts, headerFacts, howWeCountFacts, pageWords } from "../content.js";
import type { RenderOptions } from "../format.js";
import { cellText, comparisonsById, definitionsOf, indicatorName, suppressionNote, unitName, warningText, words } from "../format.js";
import { HOW_WE_COUNT, breakdownBlock } from "./blocks.js";
import type { PdfCursor } from "./layout.js";
import { CONTENT_WIDTH, COLOURS, FONTS, PAGE, SIZES } from "./layout.js";

/** "Pagina 2 van 5": the page number in the footer. */
export const pageNumber = {
  nl: (page: number, pages: number): string => `Pagina ${page} van ${pages}`,
  en: (page: number, pages: number): string => `Page ${page} of ${pages}`,
} as const;

const SMALL_MUTED = { size: SIZES.small, color: COLOURS.muted } as const;

/**
 * The header: the kicker, the organisation's name (or the report's title) and the facts of the
 * report. Without an organisation the heading is the report's title: no kicker above it saying the same.
 */
export function header(cursor: PdfCursor, doc: ReportDocument, lang: Lang, options: RenderOptions): void {
  if (doc.organisation) cursor.y += cursor.write(words.title[lang].toUpperCase(), PAGE.left, cursor.y, CONTENT_WIDTH, { size: SIZES.kicker, color: COLOURS.muted, lineGap: 0 }, { characterSpacing: 0.8 }) + 3;
  cursor.y += cursor.write(doc.organisation?.name ?? words.title[lang], PAGE.left, cursor.y, CONTENT_WIDTH, { size: SIZES.h1, bold: true, color: COLOURS.accent, lineGap: 0 }) + 8;
  cursor.facts(headerFacts(doc, lang, options.timeZone), 110);
  cursor.space(6);
  cursor.doc.moveTo(PAGE.left, cursor.y).lineTo(PAGE.left + CONTENT_WIDTH, cursor.y).lineWidth(2.5).strokeColor(COLOURS.accent).stroke();
  cursor.space(14);
}

/** The warnings of the document in a framed box; nothing without warnings. */
export function warnings(cursor: PdfCursor, doc: ReportDocument, lang: Lang): void {
  const list = (doc.warnings ?? []).map((w) => warningText(w, lang));
  if (list.length === 0) return;
  const inner = CONTENT_WIDTH - 24;
  const title = cursor.measure(words.warnings[lang], inner, { bold: true, size: SIZES.h3 });
  const items = list.map((w) => cursor.measure(w, inner - 10));
  const height = 16 + title + 4 + items.reduce((a, b) => a + b + 2, 0);
  cursor.ensure(height);
  cursor.doc.roundedRect(PAGE.left, cursor.y, CONTENT_WIDTH, height, 3).lineWidth(1.5).fillAndStroke(COLOURS.warnFill, COLOURS.warnBorder);
  let y = cursor.y + 8;
  y += cursor.write(words.warnings[lang], PAGE.left + 12, y, inner, { bold: true, size: SIZES.h3, color: COLOURS.warnInk }) + 4;
  for (const w of list) {
    cursor.write("\u2022", PAGE.left + 12, y, 10);
    y += cursor.write(w, PAGE.left + 22, y, inner - 10) + 2;
  }
  cursor.y += height + 12;
}

/** The lines of a key figure's card: the value, the name, the unit (unless the value shows it) and the change. */
function cardLines(i: ScalarIndicator, doc: ReportDocument, lang: Lang): { value: string; name: string; extra: string[] } {
  const change = changeLine(comparisonsById(doc).get(i.id), i.suppressed, i.unit, lang);
  return {
    value: cellText(i.value, i.suppressed, i.unit, doc.suppressionThreshold, lang, i.suppressedBy),
    name: indicatorName(i.id, lang),
    extra: [...(["count", "percent", "euro"].includes(i.unit) ? [] : [unitName(i.unit, lang)]), ...(change === undefined ? [] : [change])],
  };
}

/** The key figures as cards, three to a row, each row kept on one page. */
function cards(cursor: PdfCursor, items: readonly ScalarIndicator[], doc: ReportDocument, lang: Lang): void {
  const gap = 9;
  const width = (CONTENT_WIDTH - 2 * gap) / 3;
  const inner = width - 18;
  for (let start = 0; start < items.length; start += 3) {
    const row = items.slice(start, start + 3).map((i) => ({ i, lines: cardLines(i, doc, lang) }));
    const heightOf = ({ lines }: (typeof row)[number]): number =>
      cursor.measure(lines.value, inner, { size: SIZES.figure, bold: true, lineGap: 0 }) + 2 + cursor.measure(lines.name, inner, { bold: true }) + lines.extra.reduce((a, e) => a + cursor.measure(e, inner, SMALL_MUTED), 0);
    const height = Math.max(...row.map(heightOf)) + 16;
    cursor.ensure(height);
    row.forEach(({ i, lines }, n) => {
      const x = PAGE.left + n * (width + gap);
      cursor.doc.rect(x, cursor.y, width, height).lineWidth(0.6).fillAndStroke(COLOURS.soft, COLOURS.line);
      cursor.doc.rect(x, cursor.y, 4, height).fill(COLOURS.accent);
      let y = cursor.y + 8;
      y += cursor.write(lines.value, x + 12, y, inner, { size: SIZES.figure, bold: true, lineGap: 0, color: i.suppressed ? COLOURS.muted : COLOURS.ink }) + 2;
      y += cursor.write(lines.name, x + 12, y, inner, { bold: true });
      for (const e of lines.extra) y += cursor.write(e, x + 12, y, inner, SMALL_MUTED);
    });
    cursor.y += height + gap;
  }
}

/** The key figures: the cards, the note when one is suppressed, then any breakdown among them. */
export function keyFigures(cursor: PdfCursor, items: readonly ReportIndicator[], doc: ReportDocument, lang: Lang, options: RenderOptions): void {
  if (items.length === 0) return;
  const scalars = items.filter((i): i is ScalarIndicator => !isBreakdown(i));
  cursor.heading(2, words.keyFigures[lang], 90);
  cards(cursor, scalars, doc, lang);
  if (scalars.some((s) => s.suppressed)) cursor.paragraph(`${pageWords.suppressedSee[lang]} ${words.howWeCount[lang]}.`, SMALL_MUTED, 8, { goTo: HOW_WE_COUNT });
  for (const b of items.filter(isBreakdown)) breakdownBlock(cursor, b, doc, lang, options);
  cursor.space(4);
}

/** "How we count": the introduction, the facts, the suppression note and the definitions. */
export function howWeCount(cursor: PdfCursor, doc: ReportDocument, lang: Lang): void {
  cursor.heading(2, words.howWeCount[lang], 80, HOW_WE_COUNT);
  cursor.paragraph(pageWords.howWeCountIntro[lang], {}, 6);
  cursor.facts(howWeCountFacts(doc, lang));
  cursor.space(6);
  cursor.paragraph(`${suppressionNote(doc.suppressionThreshold, lang)} ${words.notComputable[lang]}`, SMALL_MUTED, 8);
  const definitions = definitionsOf(doc, lang);
  if (definitions.length === 0) return;
  cursor.heading(3, words.definitions[lang], 30);
  for (const d of definitions) {
    const name = indicatorName(d.id, lang);
    const height = cursor.measure(name, CONTENT_WIDTH, { bold: true }) + cursor.measure(d.text, CONTENT_WIDTH) + 5;
    cursor.ensure(height);
    cursor.write(name, PAGE.left, cursor.y, CONTENT_WIDTH, { bold: true });
    const after = cursor.widthOf(name, { bold: true }) + 6;
    if (after + cursor.widthOf(d.id, SMALL_MUTED) < CONTENT_WIDTH) cursor.write(d.id, PAGE.left + after, cursor.y + 1.2, CONTENT_WIDTH - after, SMALL_MUTED, { lineBreak: false });
    cursor.y += cursor.measure(name, CONTENT_WIDTH, { bold: true });
    cursor.y += cursor.write(d.text, PAGE.left, cursor.y, CONTENT_WIDTH) + 5;
  }
}

/** The footer of every page: the report's footer line and the page number, under a thin rule. */
export function footers(cursor: PdfCursor, doc: ReportDocument, lang: Lang, options: RenderOptions): void {
  const { doc: pdf } = cursor;
  const range = pdf.bufferedPageRange();
  const text = footerParts(doc, lang, options.timeZone).join(" \u00b7 ");
  const numberWidth = 80;
  for (let n = range.start; n < range.start + range.count; n++) {
    pdf.switchToPage(n);
    // The footer stands in the bottom margin: without the margin PDFKit would start a new page for it.
    const margin = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0;
    const y = PAGE.height - PAGE.bottom + 18;
    pdf.moveTo(PAGE.left, y - 5).lineTo(PAGE.left + CONTENT_WIDTH, y - 5).lineWidth(0.5).strokeColor(COLOURS.line).stroke();
    cursor.write(text, PAGE.left, y, CONTENT_WIDTH - numberWidth - 10, { size: 7, color: COLOURS.muted });
    cursor.write(pageNumber[lang](n - range.start + 1, range.count), PAGE.left + CONTENT_WIDTH - numberWidth, y, numberWidth, { size: 7, color: COLOURS.muted, align: "right" });
    pdf.page.margins.bottom = margin;
  }
  pdf.font(FONTS.regular);
}
