import type { ReadLimits } from "../limits/index.js";
import { stop } from "../../types/readIssue.js";
import type { Row } from "../../types/rows.js";

const QUOTE = 34;
const CR = 13;
const LF = 10;

/** Outcome of parsing one quoted record from the buffer. */
const INCOMPLETE = -1;

/**
 * A streaming CSV tokenizer over decoded text chunks. `push` returns the complete records of the
 * text so far and keeps the rest; `finish` flushes the last record. Unquoted lines take a fast
 * path (`indexOf` + `split`); lines with quotes go through a small state machine that jumps from
 * quote to quote.
 */
export class CsvParser {
  private buf = "";
  /** Physical line (1-based) where the next record starts. */
  line = 1;
  /** Row number of the last record (including empty ones). */
  row = 0;
  emptyRows = 0;
  private readonly delim: string;
  private readonly delimCode: number;
  /** Set when the pending record is inside a quoted field: skip re-parsing until a quote arrives. */
  private waitForQuote = false;
  private cells: string[] = [];
  private next = 0;
  private nextLine = 0;

  constructor(
    delimiter: string,
    private readonly limits: ReadLimits,
  ) {
    this.delim = delimiter;
    this.delimCode = delimiter.charCodeAt(0);
  }

  /** Parse the complete records in `text` (plus what was kept), appending them to `out`. */
  push(text: string, out: Row[]): void {
    if (this.waitForQuote && text.indexOf('"') === -1) {
      this.buf += text;
      this.checkPending();
      return;
    }
    this.waitForQuote = false;
    this.run(this.buf.length === 0 ? text : this.buf + text, false, out);
  }

  /** Parse the last record (a file need not end with a line break). */
  finish(out: Row[]): void {
    this.waitForQuote = false;
    if (this.buf.length > 0) this.run(this.buf, true, out);
    this.buf = "";
  }

  private run(buf: string, final: boolean, out: Row[]): void {
    const n = buf.length;
    const { maxRecordChars, maxFieldChars, maxColumns } = this.limits;
    const delim = this.delim;
    let pos = 0;
    let q = buf.indexOf('"');
    if (q === -1) q = n;
    while (pos < n) {
      let nl = buf.indexOf("\n", pos);
      if (q < pos) {
        q = buf.indexOf('"', pos);
        if (q === -1) q = n;
      }
      if (nl === -1) {
        if (!final) break;
        nl = n;
      }
      if (q > nl) {
        // Fast path: no quote before the line break.
        if (nl - pos > maxRecordChars) stop("csv.record-too-large", { row: this.row + 1, line: this.line, max: maxRecordChars });
        let end = nl;
        if (end > pos && buf.charCodeAt(end - 1) === CR) end--;
        const text = buf.slice(pos, end);
        const cells = text.split(delim);
        this.row++;
        if (text.length === cells.length - 1) this.emptyRows++;
        else {
          if (cells.length > maxColumns) stop("csv.too-many-columns", { row: this.row, line: this.line, max: maxColumns, count: cells.length });
          if (text.length > maxFieldChars) this.checkFields(cells);
          out.push({ row: this.row, line: this.line, cells });
        }
        this.line++;
        pos = nl + 1;
        continue;
      }
      // Slow path: a quote somewhere in this record.
      if (this.quoted(buf, pos, final) === INCOMPLETE) break;
      const cells = this.cells;
      this.row++;
      let empty = true;
      for (const c of cells) {
        if (c.length > 0) {
          empty = false;
          break;
        }
      }
      if (empty) this.emptyRows++;
      else out.push({ row: this.row, line: this.line, cells });
      this.line = this.nextLine;
      pos = this.next;
    }
    this.buf = pos >= n ? "" : buf.slice(pos);
    if (!final) this.checkPending();
  }

  private checkFields(cells: readonly string[]): void {
    for (const c of cells) {
      if (c.length > this.limits.maxFieldChars) stop("csv.field-too-large", { row: this.row, line: this.line, max: this.limits.maxFieldChars });
    }
  }

  /** A record still waiting for its end must stay within the limits. */
  private checkPending(): void {
    const buf = this.buf;
    const { maxFieldChars, maxRecordChars } = this.limits;
    if (buf.length <= maxFieldChars) return;
    let from = 0;
    for (;;) {
      const d = buf.indexOf(this.delim, from);
      const end = d === -1 ? buf.length : d;
      if (end - from > maxFieldChars) stop("csv.field-too-large", { row: this.row + 1, line: this.line, max: maxFieldChars });
      if (d === -1) break;
      from = d + 1;
    }
    if (buf.length > maxRecordChars) stop("csv.record-too-large", { row: this.row + 1, line: this.line, max: maxRecordChars });
  }

  /**
   * Parse one record that holds a quote, starting at `pos`. Sets `cells`, `next` (offset after
   * the record) and `nextLine`, or returns INCOMPLETE when the buffer ends inside the record.
   */
  private quoted(buf: string, pos: number, final: boolean): number {
    const n = buf.length;
    const { maxRecordChars, maxFieldChars, maxColumns } = this.limits;
    const delimCode = this.delimCode;
    const cells: string[] = [];
    let lines = 0;
    let i = pos;
    const row = this.row + 1;
    for (;;) {
      // One field starting at i.
      let value: string;
      if (buf.charCodeAt(i) === QUOTE) {
        let j = i + 1;
        value = "";
        for (;;) {
          const k = buf.indexOf('"', j);
          if (k === -1) {
            if (final) stop("csv.unterminated-quote", { row, line: this.line });
            if (n - i > maxFieldChars) stop("csv.field-too-large", { row, line: this.line, max: maxFieldChars });
            this.waitForQuote = true;
            return INCOMPLETE;
          }
          if (k + 1 === n && !final) {
            this.waitForQuote = false;
            return INCOMPLETE;
          }
          if (buf.charCodeAt(k + 1) === QUOTE) {
            value += buf.slice(j, k + 1);
            j = k + 2;
            continue;
          }
          value += buf.slice(j, k);
          lines += countLf(buf, i, k);
          i = k + 1;
          break;
        }
        // Text after the closing quote (`"a"b`) is kept, as spreadsheets do.
        const c = buf.charCodeAt(i);
        if (i < n && c !== delimCode && c !== LF && c !== CR) {
          const e = this.fieldEnd(buf, i);
          value += buf.slice(i, e);
          i = e;
        }
      } else {
        let e = buf.indexOf(this.delim, i);
        const lf = buf.indexOf("\n", i);
        if (e === -1 || (lf !== -1 && lf < e)) e = lf === -1 ? n : lf;
        value = e > i && e < n && buf.charCodeAt(e) === LF && buf.charCodeAt(e - 1) === CR ? buf.slice(i, e - 1) : buf.slice(i, e);
        i = e;
      }
      if (value.length > maxFieldChars) stop("csv.field-too-large", { row, line: this.line, max: maxFieldChars });
      cells.push(value);
      if (cells.length > maxColumns) stop("csv.too-many-columns", { row, line: this.line, max: maxColumns });
      if (i - pos > maxRecordChars) stop("csv.record-too-large", { row, line: this.line, max: maxRecordChars });
      // After a field: delimiter, line end, or end of buffer.
      if (i >= n) {
        if (!final) return INCOMPLETE;
        this.finishRecord(cells, n, lines + 1);
        return 0;
      }
      const c = buf.charCodeAt(i);
      if (c === delimCode) {
        i++;
        if (i >= n && !final) return INCOMPLETE;
        if (i >= n) {
          cells.push("");
          this.finishRecord(cells, n, lines + 1);
          return 0;
        }
        continue;
      }
      if (c === CR && buf.charCodeAt(i + 1) === LF) i++;
      else if (c === CR && i + 1 >= n && !final) return INCOMPLETE;
      this.finishRecord(cells, i + 1, lines + 1);
      return 0;
    }
  }

  /** Where an unquoted field (or the text after a closing quote) starting at `i` ends: a delimiter, a line end, or the end of the buffer. */
  private fieldEnd(buf: string, i: number): number {
    const n = buf.length;
    let e = i;
    while (e < n) {
      const ce = buf.charCodeAt(e);
      if (ce === this.delimCode || ce === LF || (ce === CR && buf.charCodeAt(e + 1) === LF)) break;
      e++;
    }
    return e;
  }

  private finishRecord(cells: string[], next: number, lines: number): void {
    this.cells = cells;
    this.next = next;
    this.nextLine = this.line + lines;
  }
}

function countLf(buf: string, from: number, to: number): number {
  let count = 0;
  let at = buf.indexOf("\n", from);
  while (at !== -1 && at < to) {
    count++;
    at = buf.indexOf("\n", at + 1);
  }
  return count;
}
