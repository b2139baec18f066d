// The trend sheet of the workbook: per bucket its label, its days, whether the period holds only
// part of it, and its attendances and reach as number cells ("afgeschermd" when suppressed).
import type { Lang } from "@kinderwerk/core";
import type ExcelJS from "exceljs";
import type { ReportDocument, ReportTrendBucket } from "../../document/index.js";
import { trendLabels } from "../../document/labels.js";
import { trendTexts } from "../trend.js";

/** What the sheet borrows from the workbook's renderer, so that every sheet looks and reads alike. */
export interface SheetTools {
  /** A sheet name Excel accepts, unique in the workbook. */
  readonly name: (name: string) => string;
  /** The value cell of a figure: the number, or the word that says why there is none. */
  readonly cell: (cell: ReportTrendBucket["reach"]) => number | string;
  /** Bold headings, a frozen first row, column widths. */
  readonly finish: (sheet: ExcelJS.Worksheet, widths: readonly number[]) => void;
}

/**
 * Add the sheet "Verloop" ("Trend"): bucket, from, to, partly in the period (ja/nee), attendances,
 * reach and the bucket's key; nothing without a trend.
 *
 * @param book - the workbook
 * @param doc - the report document
 * @param lang - the language
 * @param tools - the workbook renderer's sheet helpers
 */
export function trendSheet(book: ExcelJS.Workbook, doc: ReportDocument, lang: Lang, tools: SheetTools): void {
  const t = trendTexts(doc, lang);
  if (t === undefined) return;
  const sheet = book.addWorksheet(tools.name(trendLabels.sheet[lang]));
  const L = trendLabels;
  sheet.addRow([t.bucketHeading, L.from[lang], L.to[lang], L.partial[lang], L.attendances[lang], L.reach[lang], lang === "nl" ? "Code" : "Key"]);
  for (const r of t.rows) {
    const b = r.bucket;
    const row = sheet.addRow([r.label, b.from, b.to, b.partial ? L.yes[lang] : L.no[lang], tools.cell(b.attendances), tools.cell(b.reach), b.key]);
    row.getCell(5).numFmt = "#,##0";
    row.getCell(6).numFmt = "#,##0";
  }
  if (t.anyPartial) {
    sheet.addRow([]);
    sheet.addRow([L.partialNote[lang]]);
  }
  tools.finish(sheet, [24, 12, 12, 20, 16, 18, 12]);
}
