import type { CsvCell, Lang } from "@kinderwerk/core";
import { writeCsv } from "@kinderwerk/core";
import type { ReportDocument } from "../../document/index.js";
import { isBreakdown } from "../../document/index.js";
import type { RenderOptions } from "../format.js";
import { comparisonsById, indicatorName, rowLabel, unitName } from "../format.js";
import { targetCsvRows } from "../targets.js";
import { trendCsvRows } from "../trend.js";

/** Options for {@link renderCsv}. */
export interface RenderCsvOptions extends Omit<RenderOptions, "timeZone"> {
  /** The delimiter: `;` (default for Dutch, what Dutch Excel reads), `,` (default for English) or a tab. */
  readonly delimiter?: "," | ";" | "\t";
  /** The decimal separator: `,` when the delimiter is `;`, otherwise `.`. */
  readonly decimalSeparator?: "." | ",";
  /** Start with a UTF-8 byte-order mark so Excel reads accents right (default `false`). */
  readonly bom?: boolean;
  /** The line ending (default `\r\n`). */
  readonly lineEnding?: "\r\n" | "\n";
}

const HEADER: Readonly<Record<Lang, readonly string[]>> = {
  nl: ["indicator", "naam", "code", "omschrijving", "waarde", "eenheid", "afgeschermd", "periode_van", "periode_tot", "vorige_waarde", "verschil", "verschil_procent", "afgeschermd_door"],
  en: ["indicator", "label", "key", "key_label", "value", "unit", "suppressed", "period_from", "period_to", "previous_value", "change", "percent_change", "suppressed_by"],
};

/**
 * The report as CSV: a header and one row per value (a scalar indicator, or one row of a
 * breakdown), with the indicator id and name, the row's code and label, the value, the unit,
 * whether it is suppressed, the period, and — when the document has a comparison — the earlier
 * value, the change and the percentage change; last, for a suppressed value, the rule that hid it
 * (`afgeschermd_door` / `suppressed_by`: `primary`, `basis`, `secondary`, `part-of-whole` or
 * `derived`, the codes of `suppressedBy` in the JSON). Targets against results (definitions version 2)
 * follow as three rows per target: `targets.agreed`, `targets.realised` and `targets.percent`,
 * keyed by the indicator id. The trend follows as two rows per bucket, `trend.attendances` and
 * `trend.reach`, keyed by the bucket (`2025-03`, `2025-Q1`, `2025-W01`), with the bucket's days in
 * the period columns.
 *
 * Numbers are written as numbers; a suppressed value is an empty cell with `suppressed` `true`.
 * Text is written with core's CSV writer, which neutralises cells a spreadsheet would run as a
 * formula (`=`, `+`, `-`, `@`, tab, carriage return get a leading `'`). Dutch by default, with `;`
 * and decimal commas as Dutch Excel expects; `lang: "en"` gives English labels, `,` and decimal points.
 *
 * @param doc - the report document
 * @param options - language, delimiter, decimal separator, byte-order mark, catalogues for labels
 * @returns the CSV text
 * @example
 * renderCsv(doc, { lineEnding: "\n" }).split("\n")[1];
 * // => "reach;Bereik;;;123;kinderen;false;2025-01-01;2025-12-31;;;;"
 * renderCsv(doc, { lang: "en", lineEnding: "\n" }).split("\n")[1];
 * // => "reach,Reach,,,123,children,false,2025-01-01,2025-12-31,,,,"
 */
export function renderCsv(doc: ReportDocument, options: RenderCsvOptions = {}): string {
  const lang = options.lang ?? "nl";
  const delimiter = options.delimiter ?? (lang === "nl" ? ";" : ",");
  const decimalSeparator = options.decimalSeparator ?? (delimiter === ";" ? "," : ".");
  const comparisons = comparisonsById(doc);
  const rows: CsvCell[][] = [[...HEADER[lang]]];
  const { from, to } = doc.period;
  for (const indicator of doc.indicators) {
    const name = indicatorName(indicator.id, lang);
    const unit = unitName(indicator.unit, lang);
    const cmp = comparisons.get(indicator.id);
    if (isBreakdown(indicator)) {
      const cmpRows = new Map((cmp?.rows ?? []).map((r) => [r.key, r]));
      for (const row of indicator.rows) {
        const c = cmpRows.get(row.key);
        rows.push([
          indicator.id,
          name,
          row.key,
          rowLabel(indicator.id, row, lang, options.catalogues),
          row.suppressed ? null : row.value,
          unit,
          row.suppressed,
          from,
          to,
          c?.previous ?? null,
          row.suppressed ? null : (c?.change ?? null),
          row.suppressed ? null : (c?.percentChange ?? null),
          row.suppressed ? (row.suppressedBy ?? null) : null,
        ]);
      }
    } else {
      rows.push([
        indicator.id,
        name,
        null,
        null,
        indicator.suppressed ? null : indicator.value,
        unit,
        indicator.suppressed,
        from,
        to,
        cmp?.previous ?? null,
        indicator.suppressed ? null : (cmp?.change ?? null),
        indicator.suppressed ? null : (cmp?.percentChange ?? null),
        indicator.suppressed ? (indicator.suppressedBy ?? null) : null,
      ]);
    }
  }
  rows.push(...targetCsvRows(doc, lang));
  rows.push(...trendCsvRows(doc, lang));
  return writeCsv(rows, {
    delimiter,
    decimalSeparator,
    bom: options.bom ?? false,
    lineEnding: options.lineEnding ?? "\r\n",
    neutraliseFormulas: true,
  });
}
