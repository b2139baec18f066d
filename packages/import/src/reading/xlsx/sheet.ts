import type { ReadLimits } from "../limits/index.js";
import { stop } from "../../types/readIssue.js";
import type { CellKind, ReadEvent, Row } from "../../types/rows.js";
import { attributes, elements, stringItemText, unescapeXml } from "./xml.js";

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

/** What the scanner needs of its workbook: the sheet's name, the date system, the date styles and the shared strings. */
export interface SheetContext {
  readonly sheet: { readonly name: string };
  /** Whether dates count from 1904. */
  readonly date1904: boolean;
  /** The style indexes whose number format shows a date. */
  readonly dateStyles: ReadonlySet<number>;
  readonly shared: readonly string[];
}

const ROW_OPEN = /<(?:[A-Za-z_][\w.-]*:)?row(?=[\s/>])([^>]*)>/g;
const ROW_CLOSE = /<\/(?:[A-Za-z_][\w.-]*:)?row>/g;

/**
 * Reads a sheet's XML as it is inflated: text is appended piece by piece and {@link scan} yields
 * the complete rows in it — the first non-empty row as the header, the others in batches —
 * keeping a partial row for the next piece. Row numbers are the sheet's own (`r`), so empty rows
 * keep their place.
 */
export class SheetScanner {
  private buf = "";
  private header: Row | undefined;
  /** Rows yielded (the header not counted), empty rows skipped, the last row number seen. */
  rows = 0;
  emptyRows = 0;
  lastRow = 0;
  private readonly rowOpen = new RegExp(ROW_OPEN);
  private readonly rowClose = new RegExp(ROW_CLOSE);

  constructor(
    private readonly book: SheetContext,
    private readonly limits: ReadLimits,
  ) {}

  /** Add inflated text. */
  push(text: string): void {
    this.buf += text;
  }

  /** The complete rows in the text so far; `final` when the sheet's text has ended. */
  *scan(final: boolean): Generator<ReadEvent> {
    const { limits } = this;
    const batch: Row[] = [];
    let pos = 0;
    for (;;) {
      this.rowOpen.lastIndex = pos;
      const open = this.rowOpen.exec(this.buf);
      if (open === null) {
        // Keep a possible partial `<row` at the end.
        const lt = this.buf.lastIndexOf("<");
        pos = lt === -1 ? this.buf.length : Math.max(pos, lt);
        break;
      }
      const selfClosing = open[1]!.endsWith("/");
      let inner = "";
      let next = this.rowOpen.lastIndex;
      if (!selfClosing) {
        this.rowClose.lastIndex = this.rowOpen.lastIndex;
        const close = this.rowClose.exec(this.buf);
        if (close === null) {
          if (this.buf.length - open.index > limits.maxRecordChars) this.tooLarge();
          pos = open.index;
          break;
        }
        inner = this.buf.slice(this.rowOpen.lastIndex, close.index);
        next = this.rowClose.lastIndex;
      }
      const row = this.parseRow(selfClosing ? open[1]!.slice(0, -1) : open[1]!, inner);
      pos = next;
      if (row === undefined) continue;
      if (this.header === undefined) {
        this.header = row;
        yield { type: "header", header: { row: row.row, line: row.line, cells: row.cells, format: "xlsx", sheet: this.book.sheet.name, date1904: this.book.date1904 } };
      } else {
        batch.push(row);
        this.rows++;
      }
    }
    this.buf = this.buf.slice(pos);
    if (final && this.buf.length > limits.maxRecordChars) this.tooLarge();
    if (batch.length > 0) yield { type: "rows", rows: batch };
  }

  private tooLarge(): never {
    return stop("csv.record-too-large", { row: this.lastRow + 1, line: this.lastRow + 1, max: this.limits.maxRecordChars });
  }

  /** A row's cells and their kinds, gaps filled with empty cells; `undefined` for an empty row. */
  private parseRow(attrs: string, inner: string): Row | undefined {
    const { limits } = this;
    const r = Number(attributes(attrs).get("r") ?? this.lastRow + 1);
    const rowNumber = Number.isInteger(r) && r > this.lastRow ? r : this.lastRow + 1;
    this.emptyRows += rowNumber - this.lastRow - 1;
    this.lastRow = rowNumber;
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
      const [value, kind] = this.cell(a, c.inner);
      if (value.length > limits.maxFieldChars) stop("csv.field-too-large", { row: rowNumber, line: rowNumber, max: limits.maxFieldChars });
      if (value !== "") any = true;
      cells[col] = value;
      kinds[col] = value === "" ? "empty" : kind;
    }
    if (!any) {
      this.emptyRows++;
      return undefined;
    }
    return { row: rowNumber, line: rowNumber, cells, kinds };
  }

  /** A cell's text and kind, from its type (`t`), its value and its style. */
  private cell(a: Map<string, string>, inner: string): [string, CellKind] {
    const t = a.get("t") ?? "n";
    if (t === "inlineStr") {
      let s = "";
      for (const is of elements(inner, "is")) s += stringItemText(is.inner);
      return [s, "string"];
    }
    let v: string | undefined;
    for (const ve of elements(inner, "v")) v = unescapeXml(ve.inner);
    if (v === undefined) return ["", "empty"];
    if (t === "s") return [this.book.shared[Number(v)] ?? "", "string"];
    if (t === "b") return [v === "1" ? "true" : "false", "boolean"];
    if (t === "e") return [v, "error"];
    if (t === "str" || t === "d") return [v, "string"];
    return [v, this.book.dateStyles.has(Number(a.get("s") ?? "0")) ? "date" : "number"];
  }
}
