// A rejects file as an XLSX workbook: one sheet, the reasons column first, then the input's own
// columns, each cell of the kind it was read as (a date stays a date, a number a number), written
// as a stream of zip pieces so that a large rejects file never sits in memory whole.
import { strToU8, Zip, ZipDeflate } from "fflate";
import type { CellKind } from "../../types/rows.js";

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006";

/** The parts of the workbook other than its sheet. Style 1 shows a date (`dd-mm-yyyy`), style 2 wraps the reasons' text. */
function staticParts(date1904: boolean): Record<string, string> {
  return {
    "[Content_Types].xml": `${XML}<Types xmlns="${PKG}/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
    "_rels/.rels": `${XML}<Relationships xmlns="${PKG}/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}">${date1904 ? '<workbookPr date1904="1"/>' : "<workbookPr/>"}<sheets><sheet name="Afgekeurd" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    "xl/_rels/workbook.xml.rels": `${XML}<Relationships xmlns="${PKG}/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    "xl/styles.xml": `${XML}<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd\\-mm\\-yyyy"/></numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf></cellXfs></styleSheet>`,
  };
}

/** A column's letters: 0 → A, 25 → Z, 26 → AA. */
function columnName(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/**
 * Text as XML character data. Characters XML cannot hold (control characters) are written the way
 * Excel writes them, `_xHHHH_`, and a `_x` that would read as such an escape gets its `_` escaped.
 */
function xmlText(text: string): string {
  if (!/[&<>\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|_x[0-9a-fA-F]{4}_/.test(text)) return text;
  return (
    text
      .replace(/_(x[0-9a-fA-F]{4}_)/g, "_x005F_$1")
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`)
  );
}

const NUMBER = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;

/** One cell: a number or date as a number (a date with the date style), a boolean as a boolean, anything else as text. */
function cellXml(ref: string, text: string, kind: CellKind | undefined, style = 0): string {
  if (text === "") return "";
  if ((kind === "number" || kind === "date") && NUMBER.test(text)) return `<c r="${ref}"${kind === "date" ? ' s="1"' : ""}><v>${text}</v></c>`;
  if (kind === "boolean" && (text === "true" || text === "false")) return `<c r="${ref}" t="b"><v>${text === "true" ? 1 : 0}</v></c>`;
  return `<c r="${ref}" t="inlineStr"${style === 0 ? "" : ` s="${style}"`}><is><t xml:space="preserve">${xmlText(text)}</t></is></c>`;
}

/**
 * Writes the workbook of a rejects file piece by piece: {@link row} adds a row to the sheet,
 * {@link take} hands over the zip bytes made so far, {@link end} closes the sheet and the zip.
 * The first row is the header; in every row the first cell is the reasons (text, wrapped).
 */
export class XlsxRowsWriter {
  private readonly zip: Zip;
  private readonly sheet: ZipDeflate;
  private out: Uint8Array[] = [];
  private rowNumber = 0;
  private failure: Error | undefined;

  /** @param date1904 - whether the input counted dates from 1904 (its serials are kept as they are) */
  constructor(date1904 = false) {
    this.zip = new Zip((error, chunk) => {
      if (error) this.failure = error;
      else this.out.push(chunk);
    });
    for (const [name, text] of Object.entries(staticParts(date1904))) {
      const part = new ZipDeflate(name, { level: 6 });
      this.zip.add(part);
      part.push(strToU8(text), true);
    }
    this.sheet = new ZipDeflate("xl/worksheets/sheet1.xml", { level: 6 });
    this.zip.add(this.sheet);
    this.push(`${XML}<worksheet xmlns="${MAIN}"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><cols><col min="1" max="1" width="60" customWidth="1"/></cols><sheetData>`);
  }

  /**
   * Add a row: the reasons, then the cells.
   *
   * @param reasons - the reasons cell (the header's name of the reasons column for the first row)
   * @param cells - the input's cells
   * @param kinds - what kind of value each cell held, when the input said (XLSX, JSON)
   */
  row(reasons: string, cells: readonly string[], kinds?: readonly (CellKind | undefined)[]): void {
    const r = ++this.rowNumber;
    let xml = `<row r="${r}">${cellXml(`A${r}`, reasons, "string", r === 1 ? 0 : 2)}`;
    for (let i = 0; i < cells.length; i++) xml += cellXml(`${columnName(i + 1)}${r}`, cells[i]!, r === 1 ? "string" : kinds?.[i]);
    this.push(`${xml}</row>`);
  }

  /** The zip bytes made since the last call, as one piece (empty when there are none). */
  take(): Uint8Array {
    if (this.failure !== undefined) throw this.failure;
    const pieces = this.out;
    this.out = [];
    if (pieces.length === 1) return pieces[0]!;
    const size = pieces.reduce((n, p) => n + p.length, 0);
    const all = new Uint8Array(size);
    let at = 0;
    for (const p of pieces) {
      all.set(p, at);
      at += p.length;
    }
    return all;
  }

  /** Close the sheet and the workbook; {@link take} then returns the rest of the bytes. */
  end(): void {
    this.sheet.push(strToU8("</sheetData></worksheet>"), true);
    this.zip.end();
  }

  private push(xml: string): void {
    this.sheet.push(strToU8(xml));
  }
}
