import { echoParams, type Catalogue, type IssueParam } from "@kinderwerk/core";
import { excelSerialToDate } from "../../reading/xlsx/dates.js";
import type { CellKind } from "../../types/rows.js";

/** What a coercer returns for text it cannot read. Compare with `===`. */
export const INVALID: unique symbol = Symbol.for("@kinderwerk/import/invalid-cell");

/** The value of a cell, `undefined` for an empty cell, or {@link INVALID}. */
export type Coerced<T> = T | undefined | typeof INVALID;

/** Why a cell could not be read: an issue code and the values that explain it. */
export interface CellProblem {
  readonly code: string;
  readonly params: Readonly<Record<string, IssueParam>>;
}

/**
 * The text of a cell without surrounding white space (fast path: most cells have none).
 *
 * @param text - the cell's text
 * @returns the trimmed text
 * @example
 * trimCell("  kw-0101 "); // => "kw-0101"
 */
export function trimCell(text: string): string {
  const n = text.length;
  if (n === 0) return text;
  return text.charCodeAt(0) <= 32 || text.charCodeAt(n - 1) <= 32 || text.charCodeAt(0) === 0xa0 || text.charCodeAt(n - 1) === 0xa0 ? text.trim() : text;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

function daysIn(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Digits from `from` to `to` (exclusive) as a number, or -1 when one of them is not a digit. */
function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return to > from ? n : -1;
}

/** The parts of a date written in one of the accepted forms, before checking it exists. */
function dateShape(text: string): { year: number; month: number; day: number } | undefined {
  const n = text.length;
  // YYYY-MM-DD (also with a time after it: 2025-09-14T10:00:00)
  if (n >= 10 && text.charCodeAt(4) === 45 && text.charCodeAt(7) === 45 && (n === 10 || text.charCodeAt(10) === 84 || text.charCodeAt(10) === 32)) {
    const year = digits(text, 0, 4);
    const month = digits(text, 5, 7);
    const day = digits(text, 8, 10);
    return year < 0 || month < 0 || day < 0 ? undefined : { year, month, day };
  }
  if (n < 8 || n > 10) return undefined;
  // D-M-YYYY, DD-MM-YYYY, DD/MM/YYYY, D/M/YYYY: day first, always.
  const sep = text.charCodeAt(1) === 45 || text.charCodeAt(1) === 47 ? 1 : text.charCodeAt(2) === 45 || text.charCodeAt(2) === 47 ? 2 : -1;
  if (sep < 0) return undefined;
  const s = text.charCodeAt(sep);
  const sep2 = text.charCodeAt(sep + 2) === s ? sep + 2 : text.charCodeAt(sep + 3) === s ? sep + 3 : -1;
  if (sep2 < 0 || n - sep2 - 1 !== 4) return undefined;
  const day = digits(text, 0, sep);
  const month = digits(text, sep + 1, sep2);
  const year = digits(text, sep2 + 1, n);
  return year < 0 || month < 0 || day < 0 ? undefined : { year, month, day };
}

/**
 * Read a date written as `YYYY-MM-DD`, `DD-MM-YYYY`, `D-M-YYYY`, `DD/MM/YYYY` or `D/M/YYYY`. The day
 * always comes first (never `MM/DD`); a date that does not exist (31-02-2025) is invalid.
 *
 * @param text - the cell's text, trimmed
 * @returns the date as `YYYY-MM-DD`, or {@link INVALID}
 * @example
 * coerceDate("3-1-2018"); // => "2018-01-03"
 * coerceDate("14/09/2015"); // => "2015-09-14"
 * coerceDate("31-02-2025") === INVALID; // => true
 */
export function coerceDate(text: string): string | typeof INVALID {
  const shape = dateShape(text);
  if (shape === undefined) return INVALID;
  const { year, month, day } = shape;
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return INVALID;
  if (text.length === 10 && text.charCodeAt(4) === 45) return text;
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/**
 * Why a date cell is invalid: `cell.date.impossible` for a date in an accepted form that does not
 * exist (31-02-2025, or a month above 12 — months never come first), `cell.date.format` otherwise.
 *
 * The value is echoed only as core's echo policy allows (`echoParams`): a date-shaped value is,
 * a name typed into a date column is not.
 *
 * @param text - the cell's text, trimmed
 * @param field - the field the cell is for (the echo policy never echoes ids or postcodes)
 * @returns the problem
 * @example
 * explainDate("31-02-2025").code; // => "cell.date.impossible"
 * explainDate("31-02-2025").params; // => { value: "31-02-2025" }
 * explainDate("Fatima").params; // => {}
 */
export function explainDate(text: string, field = "date"): CellProblem {
  return { code: dateShape(text) === undefined ? "cell.date.format" : "cell.date.impossible", params: echoParams(text, [field]) };
}

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

const PLAIN_AMOUNT = /^\d+(?:[.,]\d{1,2})?$/;
const DUTCH_GROUPED = /^\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?$/;
const ENGLISH_GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?$/;

/**
 * Read an amount in euros as spreadsheets write money: an optional `€` or `EUR` before or after,
 * an optional minus, and digits with a decimal `,` or `.` of one or two decimals, or grouped in
 * thousands (`12.500,00`, `12,500.00`). Money has no third decimal, so `12.500` is twelve
 * thousand five hundred, never twelve and a half.
 *
 * @param text - the cell's text, trimmed and not empty
 * @returns the amount, or {@link INVALID}
 * @example
 * coerceEuro("€ 12.500,00"); // => 12500
 * coerceEuro("1250,5"); // => 1250.5
 * coerceEuro("12.500"); // => 12500
 * coerceEuro("1.2.3") === INVALID; // => true
 */
export function coerceEuro(text: string): number | typeof INVALID {
  if (text.length > 40) return INVALID;
  let t = text.replace(/^(?:€|eur)\s*/i, "").replace(/\s*(?:€|eur)$/i, "");
  const negative = t.startsWith("-");
  if (negative) t = t.slice(1).trimStart();
  let plain: string;
  if (PLAIN_AMOUNT.test(t)) plain = t.replace(",", ".");
  else if (DUTCH_GROUPED.test(t)) plain = t.replaceAll(".", "").replace(",", ".");
  else if (ENGLISH_GROUPED.test(t)) plain = t.replaceAll(",", "");
  else return INVALID;
  const n = Number(plain);
  return negative ? -n : n;
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

/**
 * A look-up from every accepted spelling of a code (lowercase) to the code.
 *
 * @param codes - per code, its spellings
 * @returns the look-up
 * @example
 * codeLookup({ boy: ["boy", "jongen", "m"] }).get("m"); // => "boy"
 */
export function codeLookup(codes: Readonly<Record<string, readonly string[]>>): Map<string, string> {
  const map = new Map<string, string>();
  for (const [code, words] of Object.entries(codes)) {
    for (const w of [code, ...words]) {
      map.set(w.toLowerCase(), code);
      map.set(w, code);
    }
  }
  return map;
}

/**
 * A look-up from a catalogue's codes and labels (either language, lowercase) to the code.
 *
 * @param catalogue - the catalogue in use
 * @returns the look-up
 * @example
 * catalogueLookup(defaultPillars).get("gezin"); // => "family"
 */
export function catalogueLookup(catalogue: Catalogue): Map<string, string> {
  const map = new Map<string, string>();
  for (const e of catalogue.entries) {
    map.set(e.code, e.code);
    map.set(e.labels.nl.toLowerCase(), e.code);
    map.set(e.labels.en.toLowerCase(), e.code);
  }
  return map;
}

/**
 * Read a code through a look-up of its spellings, ignoring case.
 *
 * @param text - the cell's text, trimmed and not empty
 * @param lookup - from {@link codeLookup} or {@link catalogueLookup}
 * @returns the code, or {@link INVALID}
 * @example
 * coerceCode("Meisje", codeLookup({ girl: ["meisje", "v"] })); // => "girl"
 */
export function coerceCode(text: string, lookup: ReadonlyMap<string, string>): string | typeof INVALID {
  return lookup.get(text) ?? lookup.get(text.toLowerCase()) ?? INVALID;
}

/**
 * Split a list cell on `|`, trimming each item and dropping empty ones.
 *
 * @param text - the cell's text
 * @returns the items
 * @example
 * splitList("sport | Gezin||"); // => ["sport", "Gezin"]
 */
export function splitList(text: string): string[] {
  const out: string[] = [];
  for (const part of text.split("|")) {
    const item = trimCell(part);
    if (item !== "") out.push(item);
  }
  return out;
}

/**
 * The separators a list cell may use beside `|` (FORMAT.md version 2): `;` and `,`, each unless it
 * is the file's delimiter (a cell can only hold it quoted, so it is taken for text there).
 *
 * @param delimiter - the file's delimiter (CSV), or `undefined` for XLSX and JSON
 * @returns the separators as one pattern (spaces around them belong to them), or `undefined`
 * @example
 * otherListSeparators(";")?.source; // => "\\s*,\\s*"
 */
export function otherListSeparators(delimiter: string | undefined): RegExp | undefined {
  const semicolon = delimiter !== ";";
  const comma = delimiter !== ",";
  if (semicolon && comma) return /\s*[;,]\s*/;
  if (semicolon) return /\s*;\s*/;
  if (comma) return /\s*,\s*/;
  return undefined;
}

/**
 * Read a list cell of codes: items split on `|`; an item that is no code is split again on the
 * other separators (`Kind, Gezin`, `sport;spel`) and then each piece must be a code. A label that
 * itself holds a comma is found whole first, so it is never cut in two.
 *
 * @param text - the cell's text
 * @param lookup - every spelling of every code, lowercase and as written
 * @param other - the other separators ({@link otherListSeparators})
 * @returns the codes, or `INVALID` when an item or piece is no code
 * @example
 * coerceCodeList("Kind, Gezin", new Map([["kind", "child"], ["gezin", "family"]]), /\s*[;,]\s*\/);
 * // => ["child", "family"]
 */
export function coerceCodeList(text: string, lookup: ReadonlyMap<string, string>, other: RegExp | undefined): string[] | typeof INVALID {
  const out: string[] = [];
  for (const item of splitList(text)) {
    const code = coerceCode(item, lookup);
    if (code !== INVALID) {
      out.push(code);
      continue;
    }
    if (other === undefined) return INVALID;
    for (const piece of item.split(other)) {
      if (piece === "") continue;
      const c = coerceCode(piece, lookup);
      if (c === INVALID) return INVALID;
      out.push(c);
    }
  }
  return out;
}

/** A partner organisation as read from a cell: its name and, when given, its sector code. */
export interface PartnerValue {
  readonly name: string;
  readonly sector?: string;
}

const SECTOR_SUFFIX = /^(.*?\S)\s*\(\s*([^()]*?)\s*\)$/;

/** One partner written `name (sector)`: the sector when the parenthesis names one, otherwise all of it is the name. */
function partnerOf(item: string, sectors: ReadonlyMap<string, string>): PartnerValue & { readonly sectorGiven: boolean } {
  const m = SECTOR_SUFFIX.exec(item);
  const sector = m === null ? undefined : coerceCode(m[2]!, sectors);
  if (m === null || sector === undefined || sector === INVALID) return { name: item, sectorGiven: false };
  return { name: m[1]!, sector, sectorGiven: true };
}

/**
 * Read a partners cell (FORMAT.md version 2): items split on `|` (and on `;` unless it is the
 * delimiter), each `name (sector)` with the sector as code or Dutch label
 * (`GGD Hart voor Brabant (zorg)`), or a name alone. A parenthesis that names no sector
 * (`OBS De Vlinder (Tilburg)`) is part of the name. An item is split on `,` only when every piece
 * names its sector, so a name with a comma stays whole. From JSON (`kind` `json`): an array of
 * `{ "name", "sector" }` objects or of names, or one such object.
 *
 * @param text - the cell's text (JSON text when `kind` is `json`)
 * @param kind - what the cell held (`json` for objects and arrays of objects)
 * @param sectors - every spelling of every sector code
 * @param delimiter - the file's delimiter, if any
 * @returns the partners, or `INVALID` when a JSON partner has no name or an unknown sector
 * @example
 * coercePartners("GGD (zorg)|Bibliotheek", "string", sectors, ";");
 * // => [{ name: "GGD", sector: "care" }, { name: "Bibliotheek" }]
 */
export function coercePartners(text: string, kind: CellKind | undefined, sectors: ReadonlyMap<string, string>, delimiter: string | undefined): PartnerValue[] | typeof INVALID {
  if (kind === "json") return partnersFromJson(text, sectors);
  const out: PartnerValue[] = [];
  const items = delimiter === ";" ? splitList(text) : splitList(text).flatMap((i) => i.split(/\s*;\s*/)).filter((i) => i !== "");
  for (const item of items) {
    const pieces = delimiter === "," ? [item] : item.split(/\s*,\s*/);
    const parsed = pieces.map((piece) => partnerOf(piece, sectors));
    if (pieces.length > 1 && parsed.every((p) => p.sectorGiven)) {
      for (const p of parsed) out.push({ name: p.name, sector: p.sector! });
      continue;
    }
    const one = partnerOf(item, sectors);
    out.push(one.sector === undefined ? { name: one.name } : { name: one.name, sector: one.sector });
  }
  return out;
}

function partnersFromJson(text: string, sectors: ReadonlyMap<string, string>): PartnerValue[] | typeof INVALID {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return INVALID;
  }
  const out: PartnerValue[] = [];
  for (const item of Array.isArray(value) ? value : [value]) {
    if (typeof item === "string") {
      const name = trimCell(item);
      if (name === "") continue;
      const p = partnerOf(name, sectors);
      out.push(p.sector === undefined ? { name: p.name } : { name: p.name, sector: p.sector });
      continue;
    }
    if (typeof item !== "object" || item === null) return INVALID;
    const { name, sector } = item as { name?: unknown; sector?: unknown };
    if (typeof name !== "string" || trimCell(name) === "") return INVALID;
    if (sector === undefined || sector === null || (typeof sector === "string" && trimCell(sector) === "")) {
      out.push({ name: trimCell(name) });
      continue;
    }
    const code = typeof sector === "string" ? coerceCode(trimCell(sector), sectors) : INVALID;
    if (code === INVALID) return INVALID;
    out.push({ name: trimCell(name), sector: code });
  }
  return out;
}

/** How a column reads its cells, with what it needs (look-ups, the workbook's date system). */
export interface CellReader {
  /** Read a trimmed, non-empty cell. */
  readonly read: (text: string, kind: CellKind | undefined) => unknown;
  /** Why a cell that {@link CellReader.read} found invalid is invalid. */
  readonly explain: (text: string) => CellProblem;
}

/**
 * A cell problem that shows the value only as core's echo policy allows (`echoParams`): a short
 * value shaped like a date, time or number, never an id, a postcode, a name or personal data.
 *
 * @param code - the issue code
 * @param text - the cell's text
 * @param field - the field the cell is for (decides whether the value may be shown at all)
 * @param more - other params that explain the problem
 * @returns the problem
 * @example
 * problem("cell.integer", "12,5", "groep"); // => { code: "cell.integer", params: { value: "12,5" } }
 * problem("cell.integer", "zes", "groep"); // => { code: "cell.integer", params: {} }
 */
export function problem(code: string, text: string, field: string, more: Readonly<Record<string, IssueParam>> = {}): CellProblem {
  return { code, params: { ...echoParams(text, [field]), ...more } };
}

