import { dateOfDayNumber, dayNumberFromParts } from "@kinderwerk/core";

/**
 * Whether an Excel number format shows a date or time: the built-in ids 14–22 (and the
 * locale date ids 27–36, 45–47, 50–58), or a custom format code with day, month, year, hour or
 * second tokens outside quoted text, escapes and `[...]` sections.
 *
 * @param numFmtId - the format id of the cell's style
 * @param formatCode - the custom format code for ids ≥ 164, when there is one
 * @returns `true` for a date or time format
 * @example
 * isDateFormat(14); // => true
 * isDateFormat(164, "dd/mm/yyyy"); // => true
 * isDateFormat(164, "#,##0.00"); // => false
 */
export function isDateFormat(numFmtId: number, formatCode?: string): boolean {
  if ((numFmtId >= 14 && numFmtId <= 22) || (numFmtId >= 27 && numFmtId <= 36) || (numFmtId >= 45 && numFmtId <= 47) || (numFmtId >= 50 && numFmtId <= 58)) return true;
  if (formatCode === undefined) return false;
  const bare = formatCode
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/_.|\*./g, "");
  const firstSection = bare.split(";")[0] ?? "";
  return /[dmyhs]/i.test(firstSection) && !/^general$/i.test(firstSection.trim());
}

/** Day numbers (see core's `dayNumber`) of the day before serial 1 (1900 system, from serial 61 on) and of serial 0 (1904 system). */
const SERIAL_1900 = dayNumberFromParts(1899, 12, 30);
const SERIAL_1904 = dayNumberFromParts(1904, 1, 1);

/**
 * The calendar date (`YYYY-MM-DD`) of an Excel serial day number. In the 1900 system Excel
 * counts the non-existent 29 February 1900 (serial 60, a bug kept from Lotus 1-2-3): serials
 * before it are one day off, and 60 itself is no date. The time of day (the fraction) is dropped.
 *
 * @param serial - the serial number as text or number (`"45678"`, `45678.5`)
 * @param date1904 - whether the workbook uses the 1904 date system
 * @returns the date, or `undefined` for a serial that is no date (not a number, < 1, 60 in 1900, > 9999-12-31)
 * @example
 * excelSerialToDate(45658); // => "2025-01-01"
 * excelSerialToDate(59); // => "1900-02-28"
 * excelSerialToDate(61); // => "1900-03-01"
 * excelSerialToDate(0, true); // => "1904-01-01"
 */
export function excelSerialToDate(serial: number | string, date1904 = false): string | undefined {
  const value = typeof serial === "number" ? serial : serial.trim() === "" ? NaN : Number(serial);
  if (!Number.isFinite(value)) return undefined;
  const day = Math.floor(value + 1e-9);
  if (date1904 ? day < 0 : day < 1 || day === 60) return undefined;
  // 9999-12-31 is serial 2,958,465 in the 1900 system, 1,462 days fewer in the 1904 system.
  if (day > (date1904 ? 2_958_465 - 1462 : 2_958_465)) return undefined;
  return dateOfDayNumber(date1904 ? SERIAL_1904 + day : day < 60 ? SERIAL_1900 + 1 + day : SERIAL_1900 + day);
}
