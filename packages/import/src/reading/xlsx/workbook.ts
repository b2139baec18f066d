import { textDecoder } from "../../_lib/platform.js";
import { binaryKind } from "../decode/index.js";
import type { ReadLimits } from "../limits/index.js";
import { stop } from "../../types/readIssue.js";
import { isDateFormat } from "./dates.js";
import { SheetScanner, type SheetContext } from "./sheet.js";
import { attributes, elements, stringItemText } from "./xml.js";
import { inflateEntry, zipEntries, type InflateBudget, type ZipEntry } from "./zip.js";

const SMALL_PART = 16 * 1024 * 1024;

/** A workbook opened from its zip: its parts, and what the sheet reader needs to know. */
export interface Workbook extends SheetContext {
  readonly zip: Uint8Array;
  readonly budget: InflateBudget;
  /** The sheet to read: its name and its zip entry. */
  readonly sheet: { readonly name: string; readonly entry: ZipEntry };
}

/** The whole zip in memory, within `maxXlsxFileBytes`; an old `.xls` or a non-zip is refused. */
export async function loadZip(chunks: AsyncIterable<Uint8Array | string>, limits: ReadLimits): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    if (typeof chunk === "string") stop("xlsx.broken", { reason: "text" });
    size += chunk.length;
    if (size > limits.maxXlsxFileBytes) stop("xlsx.too-large", { max: limits.maxXlsxFileBytes });
    parts.push(chunk);
  }
  const zip = parts.length === 1 ? parts[0]! : new Uint8Array(size);
  if (parts.length !== 1) {
    let at = 0;
    for (const p of parts) {
      zip.set(p, at);
      at += p.length;
    }
  }
  const kind = binaryKind(zip);
  if (kind === "xls") stop("xlsx.encrypted", { kind });
  if (kind !== "zip") stop("xlsx.broken", { reason: "not-zip" });
  return zip;
}

/**
 * Open a workbook: its sheets and their parts, the date system, the date styles and the shared
 * strings (held in memory within their own limit), and the sheet to read (see {@link SheetChoice}).
 */
export function openWorkbook(zip: Uint8Array, limits: ReadLimits, choice: SheetChoice = {}): Workbook {
  const entries = zipEntries(zip, limits);
  const budget: InflateBudget = { total: 0 };
  const part = (name: string, max = SMALL_PART): string | undefined => {
    const e = entries.get(name);
    return e === undefined ? undefined : text(zip, e, limits, budget, max);
  };
  const workbookPath = entries.has("xl/workbook.xml") ? "xl/workbook.xml" : [...entries.keys()].find((n) => /(^|\/)workbook\.xml$/.test(n));
  const workbook = workbookPath === undefined ? undefined : part(workbookPath);
  if (workbookPath === undefined || workbook === undefined) stop("xlsx.broken", { reason: "no-workbook" });
  const sheets = sheetsOf(workbook, workbookPath, part(workbookPath.replace(/[^/]*$/, (f) => `_rels/${f}.rels`)) ?? "");
  if (sheets.length === 0) stop("xlsx.no-sheet");
  const entryOf = (sheet: { path: string | undefined }): ZipEntry => {
    const entry = sheet.path === undefined ? undefined : entries.get(sheet.path);
    if (entry === undefined) stop("xlsx.broken", { reason: "no-sheet-part" });
    return entry;
  };
  let date1904 = false;
  for (const p of elements(workbook, "workbookPr")) {
    const v = attributes(p.attrs).get("date1904");
    date1904 = v === "1" || v === "true";
  }
  const dateStyles = dateStylesOf(part(resolvePart(workbookPath, "styles.xml")) ?? "");
  const shared: string[] = [];
  const sstPath = [...entries.keys()].find((n) => /(^|\/)sharedStrings\.xml$/i.test(n));
  if (sstPath !== undefined) for (const si of elements(part(sstPath, limits.maxXlsxSharedStringsBytes) ?? "", "si")) shared.push(stringItemText(si.inner));
  const book = { zip, budget, date1904, dateStyles, shared };
  const named = choice.sheet === undefined ? undefined : sheetByName(sheets, choice.sheet);
  if (choice.sheet !== undefined && named === undefined) stop("xlsx.sheet-not-found", { sheet: String(choice.sheet), sheets: sheets.map((s) => s.name) });
  const qualifies = choice.qualifies;
  if (named !== undefined || qualifies === undefined || sheets.length === 1) {
    const sheet = named ?? sheets[0]!;
    return { ...book, sheet: { name: sheet.name, entry: entryOf(sheet) } };
  }
  // No sheet asked for: the one whose header names a table's columns (an instructions sheet first is passed by).
  const fit = sheets.filter((s) => {
    const cells = firstRow({ ...book, sheet: { name: s.name, entry: entryOf(s) } }, limits);
    return cells !== undefined && qualifies(cells);
  });
  if (fit.length > 1) stop("xlsx.sheet-ambiguous", { sheets: fit.map((s) => s.name) });
  const sheet = fit[0] ?? sheets[0]!;
  return { ...book, sheet: { name: sheet.name, entry: entryOf(sheet) } };
}

/** How to choose the sheet: by name or position, else the one whose header qualifies, else the first. */
export interface SheetChoice {
  /** A sheet's name (exactly, else ignoring case), or its position (1 = the first tab; digits as text too, when no sheet has that name). */
  readonly sheet?: string | number | undefined;
  /** Whether a sheet's first non-empty row is a header of the table wanted. */
  readonly qualifies?: ((cells: readonly string[]) => boolean) | undefined;
}

function sheetByName<S extends { name: string }>(sheets: readonly S[], wanted: string | number): S | undefined {
  if (typeof wanted === "string") {
    const byName = sheets.find((s) => s.name === wanted) ?? sheets.find((s) => s.name.toLowerCase() === wanted.toLowerCase());
    if (byName !== undefined || !/^\d+$/.test(wanted.trim())) return byName;
  }
  const position = Number(wanted);
  return Number.isInteger(position) && position >= 1 ? sheets[position - 1] : undefined;
}

/** The cells of a sheet's first non-empty row, inflating no more of the sheet than it takes. */
function firstRow(book: Workbook, limits: ReadLimits): string[] | undefined {
  const scanner = new SheetScanner(book, limits);
  const decoder = textDecoder("utf-8", false);
  for (const piece of inflateEntry(book.zip, book.sheet.entry, limits, book.budget)) {
    scanner.push(decoder.decode(piece, { stream: true }));
    for (const event of scanner.scan(false)) if (event.type === "header") return event.header.cells;
  }
  scanner.push(decoder.decode());
  for (const event of scanner.scan(true)) if (event.type === "header") return event.header.cells;
  return undefined;
}

function text(zip: Uint8Array, entry: ZipEntry, limits: ReadLimits, budget: InflateBudget, max: number): string {
  const decoder = textDecoder("utf-8", false);
  let out = "";
  for (const piece of inflateEntry(zip, entry, limits, budget, max)) out += decoder.decode(piece, { stream: true });
  return out + decoder.decode();
}

function resolvePart(base: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = base.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== ".") parts.push(seg);
  }
  return parts.join("/");
}

/** The sheets of a workbook in their order, each with the path of its part. */
function sheetsOf(workbook: string, workbookPath: string, relsXml: string): { name: string; path: string | undefined }[] {
  const rels = new Map<string, string>();
  for (const r of elements(relsXml, "Relationship")) {
    const a = attributes(r.attrs);
    const id = a.get("Id");
    const target = a.get("Target");
    if (id !== undefined && target !== undefined) rels.set(id, resolvePart(workbookPath, target));
  }
  return Array.from(elements(workbook, "sheet"), (s) => {
    const a = attributes(s.attrs);
    return { name: a.get("name") ?? "", path: rels.get(a.get("r:id") ?? a.get("id") ?? "") };
  });
}

/** Which style indexes show dates (their number format is a date format). */
function dateStylesOf(stylesXml: string): Set<number> {
  const dateStyles = new Set<number>();
  const custom = new Map<number, string>();
  for (const f of elements(stylesXml, "numFmt")) {
    const a = attributes(f.attrs);
    custom.set(Number(a.get("numFmtId")), a.get("formatCode") ?? "");
  }
  for (const xfs of elements(stylesXml, "cellXfs")) {
    let i = 0;
    for (const xf of elements(xfs.inner, "xf")) {
      const id = Number(attributes(xf.attrs).get("numFmtId") ?? "0");
      if (isDateFormat(id, custom.get(id))) dateStyles.add(i);
      i++;
    }
  }
  return dateStyles;
}
