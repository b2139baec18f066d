import { textDecoder } from "../../_lib/platform.js";
import { binaryKind } from "../decode/index.js";
import type { ReadLimits } from "../limits/index.js";
import { stop } from "../../types/readIssue.js";
import type { CellKind, ReadEvent, Row } from "../../types/rows.js";
import { isDateFormat } from "./dates.js";
import { attributes, elements, stringItemText, unescapeXml } from "./xml.js";
import { inflateEntry, zipEntries, type InflateBudget, type ZipEntry } from "./zip.js";

const SMALL_PART = 16 * 1024 * 1024;

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

/** Column index (0-based) of a cell reference like `AB12`, or -1. */
function columnOf(ref: string): number {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20;
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  return i === 0 ? -1 : col - 1;
}

/** Options for {@link readXlsx}. */
export interface XlsxReadOptions {
  readonly limits: ReadLimits;
  readonly sheet?: string | undefined;
}

/**
 * Read the first (or a named) sheet of an XLSX workbook into events. The zip is held in memory
 * (at most `maxXlsxFileBytes`); shared strings are loaded, the sheet itself is inflated and scanned
 * row by row. Cells carry their kind; a number shown with a date format has kind `date` and keeps
 * its serial as text (see `excelSerialToDate`).
 */
export async function* readXlsx(chunks: AsyncIterable<Uint8Array | string>, options: XlsxReadOptions): AsyncGenerator<ReadEvent> {
  const { limits } = options;
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
  parts.length = 0;
  const kind = binaryKind(zip);
  if (kind === "xls") stop("xlsx.encrypted", { kind });
  if (kind !== "zip") stop("xlsx.broken", { reason: "not-zip" });
  const entries = zipEntries(zip, limits);
  const budget: InflateBudget = { total: 0 };
  const part = (name: string, max = SMALL_PART): string | undefined => {
    const e = entries.get(name);
    return e === undefined ? undefined : text(zip, e, limits, budget, max);
  };

  // Workbook: sheets, their parts, and the date system.
  const workbookPath = entries.has("xl/workbook.xml") ? "xl/workbook.xml" : [...entries.keys()].find((n) => /(^|\/)workbook\.xml$/.test(n));
  const workbook = workbookPath === undefined ? undefined : part(workbookPath);
  if (workbookPath === undefined || workbook === undefined) stop("xlsx.broken", { reason: "no-workbook" });
  const relsPath = workbookPath.replace(/[^/]*$/, (f) => `_rels/${f}.rels`);
  const rels = new Map<string, string>();
  for (const r of elements(part(relsPath) ?? "", "Relationship")) {
    const a = attributes(r.attrs);
    const id = a.get("Id");
    const target = a.get("Target");
    if (id !== undefined && target !== undefined) rels.set(id, resolvePart(workbookPath, target));
  }
  const sheets: { name: string; path: string | undefined }[] = [];
  for (const s of elements(workbook, "sheet")) {
    const a = attributes(s.attrs);
    sheets.push({ name: a.get("name") ?? "", path: rels.get(a.get("r:id") ?? a.get("id") ?? "") });
  }
  let date1904 = false;
  for (const p of elements(workbook, "workbookPr")) {
    const v = attributes(p.attrs).get("date1904");
    date1904 = v === "1" || v === "true";
  }
  if (sheets.length === 0) stop("xlsx.no-sheet");
  const sheet = options.sheet === undefined ? sheets[0]! : sheets.find((s) => s.name === options.sheet) ?? sheets.find((s) => s.name.toLowerCase() === options.sheet!.toLowerCase());
  if (sheet === undefined) stop("xlsx.sheet-not-found", { sheet: options.sheet ?? "", sheets: sheets.map((s) => s.name) });
  const sheetEntry = sheet.path === undefined ? undefined : entries.get(sheet.path);
  if (sheetEntry === undefined) stop("xlsx.broken", { reason: "no-sheet-part" });

  // Styles: which style indexes show dates.
  const dateStyles = new Set<number>();
  const stylesXml = part(resolvePart(workbookPath, "styles.xml")) ?? "";
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

  // Shared strings, held in memory within their own limit.
  const shared: string[] = [];
  const sstPath = [...entries.keys()].find((n) => /(^|\/)sharedStrings\.xml$/i.test(n));
  if (sstPath !== undefined) {
    const sst = part(sstPath, limits.maxXlsxSharedStringsBytes) ?? "";
    for (const si of elements(sst, "si")) shared.push(stringItemText(si.inner));
  }

  // The sheet, streamed row by row.
  const decoder = textDecoder("utf-8", false);
  let buf = "";
  let header: Row | undefined;
  let lastRow = 0;
  let rows = 0;
  let emptyRows = 0;
  const rowOpen = /<(?:[A-Za-z_][\w.-]*:)?row(?=[\s/>])([^>]*)>/g;
  const rowClose = /<\/(?:[A-Za-z_][\w.-]*:)?row>/g;
  const parseRow = (attrs: string, inner: string): Row | undefined => {
    const r = Number(attributes(attrs).get("r") ?? lastRow + 1);
    const rowNumber = Number.isInteger(r) && r > lastRow ? r : lastRow + 1;
    emptyRows += rowNumber - lastRow - 1;
    lastRow = rowNumber;
    const cells: string[] = [];
    const kinds: CellKind[] = [];
    let col = -1;
    let any = false;
    for (const c of elements(inner, "c")) {
      const a = attributes(c.attrs);
      const ref = a.get("r");
      const at = ref === undefined ? col + 1 : columnOf(ref);
      col = at < 0 ? col + 1 : at;
      if (col >= limits.maxColumns) stop("csv.too-many-columns", { row: rowNumber, line: rowNumber, max: limits.maxColumns });
      while (cells.length < col) {
        cells.push("");
        kinds.push("empty");
      }
      const t = a.get("t") ?? "n";
      let value = "";
      let kind: CellKind = "empty";
      if (t === "inlineStr") {
        let s = "";
        for (const is of elements(c.inner, "is")) s += stringItemText(is.inner);
        value = s;
        kind = "string";
      } else {
        let v: string | undefined;
        for (const ve of elements(c.inner, "v")) v = unescapeXml(ve.inner);
        if (v !== undefined) {
          if (t === "s") {
            value = shared[Number(v)] ?? "";
            kind = "string";
          } else if (t === "b") {
            value = v === "1" ? "true" : "false";
            kind = "boolean";
          } else if (t === "e") {
            value = v;
            kind = "error";
          } else if (t === "str" || t === "d") {
            value = v;
            kind = "string";
          } else {
            value = v;
            kind = dateStyles.has(Number(a.get("s") ?? "0")) ? "date" : "number";
          }
        }
      }
      if (value.length > limits.maxFieldChars) stop("csv.field-too-large", { row: rowNumber, line: rowNumber, max: limits.maxFieldChars });
      if (value !== "") any = true;
      cells[col] = value;
      kinds[col] = value === "" ? "empty" : kind;
    }
    if (!any) {
      emptyRows++;
      return undefined;
    }
    return { row: rowNumber, line: rowNumber, cells, kinds };
  };

  const scan = function* (final: boolean): Generator<ReadEvent> {
    const batch: Row[] = [];
    let pos = 0;
    for (;;) {
      rowOpen.lastIndex = pos;
      const open = rowOpen.exec(buf);
      if (open === null) {
        // Keep a possible partial `<row` at the end.
        const lt = buf.lastIndexOf("<");
        pos = lt === -1 ? buf.length : Math.max(pos, lt);
        break;
      }
      let inner = "";
      let next: number;
      if (open[1]!.endsWith("/")) next = rowOpen.lastIndex;
      else {
        rowClose.lastIndex = rowOpen.lastIndex;
        const close = rowClose.exec(buf);
        if (close === null) {
          if (buf.length - open.index > limits.maxRecordChars) stop("csv.record-too-large", { row: lastRow + 1, line: lastRow + 1, max: limits.maxRecordChars });
          pos = open.index;
          break;
        }
        inner = buf.slice(rowOpen.lastIndex, close.index);
        next = rowClose.lastIndex;
      }
      const row = parseRow(open[1]!.endsWith("/") ? open[1]!.slice(0, -1) : open[1]!, inner);
      pos = next;
      if (row === undefined) continue;
      if (header === undefined) {
        header = row;
        yield { type: "header", header: { row: row.row, line: row.line, cells: row.cells, format: "xlsx", sheet: sheet.name, date1904 } };
      } else {
        batch.push(row);
        rows++;
      }
    }
    buf = buf.slice(pos);
    if (final && buf.length > limits.maxRecordChars) stop("csv.record-too-large", { row: lastRow + 1, line: lastRow + 1, max: limits.maxRecordChars });
    if (batch.length > 0) yield { type: "rows", rows: batch };
  };

  for (const piece of inflateEntry(zip, sheetEntry, limits, budget)) {
    buf += decoder.decode(piece, { stream: true });
    yield* scan(false);
  }
  buf += decoder.decode();
  yield* scan(true);
  yield { type: "end", summary: { rows, emptyRows, lastRow } };
}
