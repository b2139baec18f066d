import { parseEuro } from "@kinderwerk/core";
import { digits, INVALID } from "./cell.js";

const BOOLEANS = new Map<string, boolean>();
for (const [t, f] of [
  ["true", "false"],
  ["ja", "nee"],
  ["yes", "no"],
  ["1", "0"],
  ["j", "n"],
  ["y", "n"],
  ["waar", "onwaar"],
  ["x", "-"],
] as const) {
  for (const [word, value] of [
    [t, true],
    [f, false],
  ] as const) {
    BOOLEANS.set(word, value);
    BOOLEANS.set(word.toUpperCase(), value);
    BOOLEANS.set(word.charAt(0).toUpperCase() + word.slice(1), value);
  }
}

/**
 * Read a yes/no cell: `true/false`, `ja/nee`, `yes/no`, `1/0`, `j/n`, `y/n`, `waar/onwaar`, and
 * `x` for yes, in any case. (An empty cell is handled before: it takes the column's default.)
 *
 * @param text - the cell's text, trimmed and not empty
 * @returns the boolean, or {@link INVALID}
 * @example
 * coerceBoolean("Ja"); // => true
 * coerceBoolean("x"); // => true
 * coerceBoolean("misschien") === INVALID; // => true
 */
export function coerceBoolean(text: string): boolean | typeof INVALID {
  const v = BOOLEANS.get(text) ?? BOOLEANS.get(text.toLowerCase());
  return v === undefined ? INVALID : v;
}

/**
 * Read a whole number: digits, optionally a leading `-` (a range check follows in the schema).
 * A spreadsheet's `12.0` is accepted as 12.
 *
 * @param text - the cell's text, trimmed and not empty
 * @returns the number, or {@link INVALID}
 * @example
 * coerceInteger("90"); // => 90
 * coerceInteger("1,5") === INVALID; // => true
 */
export function coerceInteger(text: string): number | typeof INVALID {
  let n = text.length;
  if (n > 2 && text.charCodeAt(n - 2) === 46 && text.charCodeAt(n - 1) === 48) n -= 2; // "12.0"
  const neg = text.charCodeAt(0) === 45;
  const start = neg ? 1 : 0;
  if (n - start < 1 || n - start > 15) return INVALID;
  const v = digits(text, start, n);
  return v < 0 ? INVALID : neg ? -v : v;
}

/**
 * Read a decimal number with `,` or `.` as the decimal separator (no thousands separators).
 *
 * @param text - the cell's text, trimmed and not empty
 * @returns the number, or {@link INVALID}
 * @example
 * coerceDecimal("1,5"); // => 1.5
 * coerceDecimal("2.25"); // => 2.25
 * coerceDecimal("1.000,50") === INVALID; // => true
 */
export function coerceDecimal(text: string): number | typeof INVALID {
  let sep = -1;
  const start = text.charCodeAt(0) === 45 ? 1 : 0;
  if (text.length - start < 1 || text.length > 30) return INVALID;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) continue;
    if ((c === 44 || c === 46) && sep === -1 && i > start && i < text.length - 1) {
      sep = i;
      continue;
    }
    return INVALID;
  }
  return Number(sep === -1 ? text : `${text.slice(0, sep)}.${text.slice(sep + 1)}`);
}

/**
 * Read an amount in euros as spreadsheets write money (core's {@link parseEuro}): `€ 12.500,00`,
 * `1250,5`, `12,500.00`. Money has no third decimal, so `12.500` is twelve thousand five hundred.
 *
 * @param text - the cell's text, trimmed and not empty
 * @returns the amount, or {@link INVALID}
 * @example
 * coerceEuro("€ 12.500,00"); // => 12500
 * coerceEuro("1.2.3") === INVALID; // => true
 */
export function coerceEuro(text: string): number | typeof INVALID {
  return parseEuro(text) ?? INVALID;
}

/**
 * Read a Dutch postcode, `1234`, `1234 AB` or `1234AB` (letters in any case), keeping its four
 * digits (PC4): the house-level postcode is never stored.
 *
 * @param text - the cell's text, trimmed and not empty
 * @returns the four digits, or {@link INVALID}
 * @example
 * coercePostcode("5025 KL"); // => "5025"
 * coercePostcode("0123") === INVALID; // => true
 */
export function coercePostcode(text: string): string | typeof INVALID {
  const n = text.length;
  if (n !== 4 && n !== 6 && n !== 7) return INVALID;
  if (digits(text, 0, 4) < 1000) return INVALID;
  if (n === 4) return text;
  const at = n === 7 ? 5 : 4;
  if (n === 7 && text.charCodeAt(4) !== 32) return INVALID;
  for (let i = at; i < n; i++) {
    const c = text.charCodeAt(i) | 32;
    if (c < 97 || c > 122) return INVALID;
  }
  return text.slice(0, 4);
}

