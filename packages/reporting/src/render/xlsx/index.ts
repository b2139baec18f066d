// The report as an Excel workbook, for the policy officers and funds who work in Excel: a sheet with
// what the report is about, one with the key figures, one per breakdown, and one with the
// definitions. Written with ExcelJS (an optional peer dependency): numbers as numbers with a
// number format, suppressed cells as words, never a number.
import type { Lang } from "@kinderwerk/core";
import type ExcelJS from "exceljs";
import type { BreakdownIndicator, ReportDocument, ScalarIndicator } from "../../document/index.js";
import { isBreakdown } from "../../document/index.js";
import { suppressedText, suppressionNote } from "../../document/labels.js";
import type { SuppressionRule } from "../../suppression/rules.js";
import type { RenderOptions } from "../format.js";
import { trendSheet } from "./trend.js";
import { catalogueKindNames, comparisonsById, definitionsOf, formatDateTime, formatPeriod, indicatorName, keyHeading, regionName, rowLabel, unitName, warningText, words } from "../format.js";

/** Options for {@link renderXlsx}. */
export interface RenderXlsxOptions extends RenderOptions {
  /**
   * ExcelJS's `Workbook` class, when the app has ExcelJS loaded already (a browser bundle, say);
   * by default `exceljs` is imported.
   */
  readonly Workbook?: typeof ExcelJS.Workbook;
}

const SHEET_WORDS = {
  about: { nl: "Rapport", en: "Report" },
  notComputable: { nl: "niet te berekenen", en: "cannot be computed" },
  code: { nl: "Code", en: "Key" },
  id: { nl: "Indicator-id", en: "Indicator id" },
  definition: { nl: "Definitie", en: "Definition" },
} as const;

/** Excel's number format of a unit: whole numbers, one decimal for hours and percentages, euros. */
function numberFormat(unit: string): string {
  if (unit === "euro") return "€ #,##0.00";
  if (unit === "percent" || unit === "hours" || unit === "mean" || unit === "days") return "#,##0.0";
  return "#,##0";
}

/** A sheet name Excel accepts: at most 31 characters, none of `[]:*?/\`, unique in the workbook. */
function sheetName(name: string, taken: Set<string>): string {
  const base = name.replace(/[[\]:*?/\\]/g, " ").slice(0, 31).trim();
  let out = base;
  for (let n = 2; taken.has(out.toLowerCase()); n++) out = `${base.slice(0, 31 - String(n).length - 1)} ${n}`;
  taken.add(out.toLowerCase());
  return out;
}

/** The value cell of a figure: the number, or the words that say why there is none (the same words as every renderer's). */
function valueCell(cell: { value: number | null; suppressed: boolean; suppressedBy?: SuppressionRule | undefined }, threshold: number, lang: Lang): number | string {
  const { value, suppressed } = cell;
  if (suppressed) return suppressedText(cell.suppressedBy, threshold, lang);
  return value ?? SHEET_WORDS.notComputable[lang];
}

/** Bold headings, a frozen first row, and columns wide enough for their text. */
function finish(sheet: ExcelJS.Worksheet, widths: readonly number[]): void {
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  widths.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
}

function aboutSheet(book: ExcelJS.Workbook, doc: ReportDocument, lang: Lang, options: RenderOptions, taken: Set<string>): void {
  const sheet = book.addWorksheet(sheetName(SHEET_WORDS.about[lang], taken));
  sheet.addRow([words.title[lang], doc.organisation?.name ?? ""]);
  sheet.addRow([words.period[lang], formatPeriod(doc.period, lang)]);
  if (doc.region !== undefined) sheet.addRow([words.region[lang], regionName(doc.region, lang)]);
  if (doc.generatedAt !== undefined) sheet.addRow([words.generated[lang], formatDateTime(doc.generatedAt, lang, options.timeZone)]);
  sheet.addRow([words.definitionsVersion[lang], doc.definitionsVersion]);
  sheet.addRow([words.threshold[lang], doc.suppressionThreshold]);
  if (doc.budget !== undefined) sheet.addRow([words.budget[lang], doc.budget.amount]).getCell(2).numFmt = numberFormat("euro");
  if (doc.population !== undefined) sheet.addRow([words.population[lang], doc.population.children4to12]);
  for (const c of doc.catalogues ?? []) sheet.addRow([`${words.catalogues[lang]}: ${catalogueKindNames[c.kind as keyof typeof catalogueKindNames]?.[lang] ?? c.kind}`, `${c.id} ${c.version}`]);
  sheet.addRow([]);
  sheet.addRow([suppressionNote(doc.suppressionThreshold, lang)]);
  for (const w of doc.warnings ?? []) sheet.addRow([`${words.warnings[lang]}: ${warningText(w, lang)}`]);
  finish(sheet, [34, 60]);
}

function figuresSheet(book: ExcelJS.Workbook, doc: ReportDocument, figures: readonly ScalarIndicator[], lang: Lang, taken: Set<string>): void {
  const sheet = book.addWorksheet(sheetName(words.keyFigures[lang], taken));
  const comparisons = comparisonsById(doc);
  const compared = doc.comparison !== undefined;
  sheet.addRow([words.indicator[lang], words.value[lang], words.unit[lang], ...(compared ? [words.previous[lang], words.change[lang], words.percentChange[lang]] : []), SHEET_WORDS.id[lang]]);
  for (const figure of figures) {
    const cmp = comparisons.get(figure.id);
    const row = sheet.addRow([
      indicatorName(figure.id, lang),
      valueCell(figure, doc.suppressionThreshold, lang),
      unitName(figure.unit, lang),
      ...(compared ? [cmp?.previous ?? null, figure.suppressed ? null : (cmp?.change ?? null), figure.suppressed ? null : (cmp?.percentChange ?? null)] : []),
      figure.id,
    ]);
    row.getCell(2).numFmt = numberFormat(figure.unit);
    if (compared) {
      row.getCell(4).numFmt = numberFormat(figure.unit);
      row.getCell(5).numFmt = numberFormat(figure.unit);
      row.getCell(6).numFmt = "0.0";
    }
  }
  finish(sheet, [40, 16, 14, ...(compared ? [16, 14, 14] : []), 28]);
}

function breakdownSheet(book: ExcelJS.Workbook, doc: ReportDocument, breakdown: BreakdownIndicator, lang: Lang, options: RenderOptions, taken: Set<string>): void {
  const sheet = book.addWorksheet(sheetName(indicatorName(breakdown.id, lang), taken));
  const cmp = new Map((comparisonsById(doc).get(breakdown.id)?.rows ?? []).map((r) => [r.key, r]));
  const compared = doc.comparison !== undefined;
  sheet.addRow([keyHeading(breakdown.id, lang), unitName(breakdown.unit, lang), ...(compared ? [words.previous[lang], words.change[lang], words.percentChange[lang]] : []), SHEET_WORDS.code[lang]]);
  for (const r of breakdown.rows) {
    const c = cmp.get(r.key);
    const row = sheet.addRow([
      rowLabel(breakdown.id, r, lang, options.catalogues),
      valueCell(r, doc.suppressionThreshold, lang),
      ...(compared ? [c?.previous ?? null, r.suppressed ? null : (c?.change ?? null), r.suppressed ? null : (c?.percentChange ?? null)] : []),
      r.key,
    ]);
    row.getCell(2).numFmt = numberFormat(breakdown.unit);
  }
  finish(sheet, [44, 16, ...(compared ? [16, 14, 14] : []), 24]);
}

function definitionsSheet(book: ExcelJS.Workbook, doc: ReportDocument, lang: Lang, taken: Set<string>): void {
  const sheet = book.addWorksheet(sheetName(words.definitions[lang], taken));
  sheet.addRow([words.indicator[lang], SHEET_WORDS.definition[lang], SHEET_WORDS.id[lang]]);
  for (const d of definitionsOf(doc, lang)) sheet.addRow([indicatorName(d.id, lang), d.text, d.id]);
  sheet.getColumn(2).alignment = { wrapText: true, vertical: "top" };
  finish(sheet, [40, 90, 28]);
}

/** ExcelJS's Workbook: a CommonJS module, whose exports Node's ESM gives as `default`. */
async function loadWorkbook(): Promise<typeof ExcelJS.Workbook> {
  const module = await import("exceljs");
  return ((module as unknown as { default?: typeof module }).default ?? module).Workbook;
}

/**
 * The report as an XLSX workbook: a sheet "Rapport" (what the report covers: period, region,
 * organisation, threshold, budget, population, catalogues, warnings), "Kerncijfers" with every
 * figure, a sheet per breakdown, "Verloop" ("Trend") with the attendances and reach per bucket
 * when the document has a trend, and "Definities". Numbers are numbers with a number format (whole
 * counts, one decimal for hours and percentages, euros); a suppressed cell says "afgeschermd"
 * ("suppressed"), with "(< 5)" only for a count the primary rule hid, a value that cannot be computed says so. With a comparison, each figure and row
 * carries the earlier value, the change and the percentage change. Dutch by default.
 *
 * Needs ExcelJS (`npm install exceljs`), an optional peer dependency: this entry point
 * (`@kinderwerk/reporting/xlsx`) is the only one that imports it.
 *
 * @param doc - the report document
 * @param options - language, catalogues for labels, time zone
 * @returns the workbook's bytes
 * @example
 * import { renderXlsx } from "@kinderwerk/reporting/xlsx";
 * await writeFile("rapport.xlsx", await renderXlsx(doc));
 */
export async function renderXlsx(doc: ReportDocument, options: RenderXlsxOptions = {}): Promise<Uint8Array> {
  const lang = options.lang ?? "nl";
  const Workbook = options.Workbook ?? (await loadWorkbook());
  const book = new Workbook();
  book.creator = "@kinderwerk/reporting";
  if (doc.generatedAt !== undefined) book.created = new Date(doc.generatedAt);
  const taken = new Set<string>();
  aboutSheet(book, doc, lang, options, taken);
  figuresSheet(book, doc, doc.indicators.filter((i): i is ScalarIndicator => !isBreakdown(i)), lang, taken);
  for (const indicator of doc.indicators) if (isBreakdown(indicator)) breakdownSheet(book, doc, indicator, lang, options, taken);
  trendSheet(book, doc, lang, { name: (name) => sheetName(name, taken), cell: (c) => valueCell(c, doc.suppressionThreshold, lang), finish });
  definitionsSheet(book, doc, lang, taken);
  return new Uint8Array(await book.xlsx.writeBuffer());
}
