import { daysInMonth, echoParams } from "@kinderwerk/core";
import { excelSerialToDate } from "../../reading/xlsx/dates.js";
import { digits, INVALID, pad2, type CellProblem } from "./cell.js";

/** A separator of a day-first date: `-`, `/` or `.`. */
const isDateSep = (c: number): boolean => c === 45 || c === 47 || c === 46;

/**
 * The parts of a date written in one of the accepted forms, before checking it exists; a day-first
 * date with a two-digit year has its parts with `twoDigitYear` (never read as a date).
 */
function dateShape(text: string): { year: number; month: number; day: number; twoDigitYear?: true } | undefined {
  const n = text.length;
  // YYYY-MM-DD (also with a time after it: 2025-09-14T10:00:00)
  if (n >= 10 && text.charCodeAt(4) === 45 && text.charCodeAt(7) === 45 && (n === 10 || text.charCodeAt(10) === 84 || text.charCodeAt(10) === 32)) {
    const year = digits(text, 0, 4);
    const month = digits(text, 5, 7);
    const day = digits(text, 8, 10);
    return year < 0 || month < 0 || day < 0 ? undefined : { year, month, day };
  }
  if (n < 6 || n > 10) return undefined;
  // D-M-YYYY, DD-MM-YYYY, DD/MM/YYYY, D/M/YYYY, DD.MM.YYYY, D.M.YYYY: day first, always.
  const sep = isDateSep(text.charCodeAt(1)) ? 1 : isDateSep(text.charCodeAt(2)) ? 2 : -1;
  if (sep < 0) return undefined;
  const s = text.charCodeAt(sep);
  const sep2 = text.charCodeAt(sep + 2) === s ? sep + 2 : text.charCodeAt(sep + 3) === s ? sep + 3 : -1;
  const yearDigits = n - sep2 - 1;
  if (sep2 < 0 || (yearDigits !== 4 && yearDigits !== 2)) return undefined;
  const day = digits(text, 0, sep);
  const month = digits(text, sep + 1, sep2);
  const year = digits(text, sep2 + 1, n);
  if (year < 0 || month < 0 || day < 0) return undefined;
  return yearDigits === 2 ? { year, month, day, twoDigitYear: true } : { year, month, day };
}

/**
 * Read a date written as `YYYY-MM-DD`, `DD-MM-YYYY`, `D-M-YYYY`, `DD/MM/YYYY`, `D/M/YYYY`,
 * `DD.MM.YYYY` or `D.M.YYYY`. The day always comes first (never `MM/DD`); a date that does not
 * exist (31-02-2025) and a two-digit year (14-09-15: 1915 or 2015?) are invalid.
 *
 * @param text - the cell's text, trimmed
 * @returns the date as `YYYY-MM-DD`, or {@link INVALID}
 * @example
 * coerceDate("3-1-2018"); // => "2018-01-03"
 * coerceDate("14/09/2015"); // => "2015-09-14"
 * coerceDate("14.09.2015"); // => "2015-09-14"
 * coerceDate("31-02-2025") === INVALID; // => true
 * coerceDate("14-09-15") === INVALID; // => true
 */
export function coerceDate(text: string): string | typeof INVALID {
  const shape = dateShape(text);
  if (shape === undefined || shape.twoDigitYear === true) return INVALID;
  const { year, month, day } = shape;
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return INVALID;
  if (text.length === 10 && text.charCodeAt(4) === 45) return text;
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/**
 * Why a date cell is invalid: `cell.date.two-digit-year` for a day-first date whose year has two
 * digits (14-09-15), `cell.date.impossible` for a date in an accepted form that does not exist
 * (31-02-2025, or a month above 12 — months never come first), `cell.date.format` otherwise.
 *
 * The value is echoed only as core's echo policy allows (`echoParams`): a date-shaped value is,
 * a name typed into a date column is not.
 *
 * @param text - the cell's text, trimmed
 * @param field - the field the cell is for (the echo policy never echoes ids or postcodes)
 * @returns the problem
 * @example
 * explainDate("31-02-2025").code; // => "cell.date.impossible"
 * explainDate("14-09-15").code; // => "cell.date.two-digit-year"
 * explainDate("31-02-2025").params; // => { value: "31-02-2025" }
 * explainDate("Fatima").params; // => {}
 */
export function explainDate(text: string, field = "date"): CellProblem {
  const shape = dateShape(text);
  const code = shape === undefined ? "cell.date.format" : shape.twoDigitYear === true ? "cell.date.two-digit-year" : "cell.date.impossible";
  return { code, params: echoParams(text, [field]) };
}

/**
 * Read a time of day: `HH:MM`, `H:MM`, `HH.MM` or `HH:MM:SS` (seconds dropped).
 *
 * @param text - the cell's text, trimmed and not empty
 * @returns `HH:MM`, or {@link INVALID}
 * @example
 * coerceTime("9:30"); // => "09:30"
 * coerceTime("14.30"); // => "14:30"
 * coerceTime("25:00") === INVALID; // => true
 */
export function coerceTime(text: string): string | typeof INVALID {
  const sep = text.charCodeAt(1) === 58 || text.charCodeAt(1) === 46 ? 1 : text.charCodeAt(2) === 58 || text.charCodeAt(2) === 46 ? 2 : -1;
  if (sep < 0) return INVALID;
  const end = text.length === sep + 6 && text.charCodeAt(sep + 3) === 58 ? sep + 3 : text.length;
  if (end !== sep + 3) return INVALID;
  const h = digits(text, 0, sep);
  const m = digits(text, sep + 1, end);
  if (h < 0 || h > 23 || m < 0 || m > 59) return INVALID;
  return `${pad2(h)}:${pad2(m)}`;
}

/**
 * A spreadsheet's date serial (a number shown as a date in XLSX) as `YYYY-MM-DD`.
 *
 * @param text - the serial as text (`"45658"`)
 * @param date1904 - whether the workbook counts from 1904
 * @returns the date, or {@link INVALID}
 * @example
 * coerceExcelDate("45658"); // => "2025-01-01"
 */
export function coerceExcelDate(text: string, date1904 = false): string | typeof INVALID {
  return excelSerialToDate(text, date1904) ?? INVALID;
}

/**
 * A spreadsheet's time (a fraction of a day) as `HH:MM`.
 *
 * @param text - the fraction as text (`"0.5"`)
 * @returns `HH:MM`, or {@link INVALID}
 * @example
 * coerceExcelTime("0.6041666666666666"); // => "14:30"
 */
export function coerceExcelTime(text: string): string | typeof INVALID {
  const v = Number(text);
  if (!Number.isFinite(v) || v < 0) return INVALID;
  const minutes = Math.round((v - Math.floor(v)) * 1440) % 1440;
  return `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
}

