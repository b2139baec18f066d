/** A value for one CSV cell. Numbers are written as numbers; strings are always text. */
export type CsvCell = string | number | boolean | bigint | null | undefined;

/** How to write CSV. */
export interface CsvWriteOptions {
  /** The field delimiter: `,` (default), `;` (Dutch Excel) or a tab. */
  readonly delimiter?: "," | ";" | "\t";
  /** The line ending: `\r\n` (default, what Excel writes), `\n`, or `\r` (Excel for Mac's "CSV (Macintosh)"). */
  readonly lineEnding?: "\r\n" | "\n" | "\r";
  /** Start the file with a UTF-8 byte-order mark, so Excel reads UTF-8 (default `false`). */
  readonly bom?: boolean;
  /** The decimal separator for numbers: `.` (default) or `,` (for Dutch Excel with `;`). */
  readonly decimalSeparator?: "." | ",";
  /**
   * Neutralise text that a spreadsheet would run as a formula (default `true`): a string that
   * starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`.
   */
  readonly neutraliseFormulas?: boolean;
}

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell as CSV text: quoted when it holds the delimiter, a quote or a line break; text that
 * could run as a spreadsheet formula is prefixed with `'` (OWASP's advice against CSV injection).
 *
 * A JS number is written as a number (`-5`, `1.5`); a string is always text, so the string `"-5"`
 * is written as `'-5`. Pass numbers as numbers. `null`, `undefined`, `NaN` and infinities are empty.
 *
 * @param value - the cell
 * @param options - the dialect
 * @returns the cell's text, without delimiter
 * @example
 * csvCell(-5); // => "-5"
 * csvCell("-5"); // => "'-5"
 * csvCell("=SUM(A1:A9)"); // => "'=SUM(A1:A9)"
 * csvCell('Zei "hoi"; ging weg', { delimiter: ";" }); // => "\"Zei \"\"hoi\"\"; ging weg\""
 */
export function csvCell(value: CsvCell, options: CsvWriteOptions = {}): string {
  const delimiter = options.delimiter ?? ",";
  let text: string;
  switch (typeof value) {
    case "number":
      if (!Number.isFinite(value)) return "";
      text = String(value);
      if (options.decimalSeparator === ",") text = text.replace(".", ",");
      break;
    case "bigint":
      text = String(value);
      break;
    case "boolean":
      text = value ? "true" : "false";
      break;
    case "string":
      text = options.neutraliseFormulas !== false && FORMULA_START.test(value) ? `'${value}` : value;
      break;
    default:
      return "";
  }
  if (text.includes(delimiter) || text.includes('"') || text.includes("\n") || text.includes("\r")) {
    return `"${text.replaceAll('"', '""')}"`;
  }
  return text;
}

/**
 * One row as a CSV line, ending with the line ending.
 *
 * @param cells - the cells of the row
 * @param options - the dialect
 * @returns the line
 * @example
 * csvRow(["kw-0101", 7, true], { delimiter: ";" }); // => "kw-0101;7;true\r\n"
 */
export function csvRow(cells: readonly CsvCell[], options: CsvWriteOptions = {}): string {
  const delimiter = options.delimiter ?? ",";
  let line = "";
  for (let i = 0; i < cells.length; i++) {
    if (i > 0) line += delimiter;
    line += csvCell(cells[i], options);
  }
  return line + (options.lineEnding ?? "\r\n");
}

/**
 * The lines of a CSV file, one string per row (the first one starts with the BOM when asked),
 * for writing to a stream without holding the whole file.
 *
 * @param rows - the rows, the header first
 * @param options - the dialect
 * @returns the lines
 * @example
 * [...csvLines([["a", "b"], [1, 2]], { lineEnding: "\n" })]; // => ["a,b\n", "1,2\n"]
 */
export function* csvLines(rows: Iterable<readonly CsvCell[]>, options: CsvWriteOptions = {}): Generator<string> {
  let first = options.bom === true;
  for (const row of rows) {
    const line = csvRow(row, options);
    yield first ? `\uFEFF${line}` : line;
    first = false;
  }
  if (first) yield "\uFEFF";
}

/**
 * A whole CSV file as one string.
 *
 * @param rows - the rows, the header first
 * @param options - the dialect
 * @returns the file's text
 * @example
 * writeCsv([["naam", "bedrag"], ["=1+1", -5]], { delimiter: ";", lineEnding: "\n" });
 * // => "naam;bedrag\n'=1+1;-5\n"
 */
export function writeCsv(rows: Iterable<readonly CsvCell[]>, options: CsvWriteOptions = {}): string {
  let out = "";
  for (const line of csvLines(rows, options)) out += line;
  return out;
}
