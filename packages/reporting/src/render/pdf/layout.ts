// The page of a PDF report: A4, its margins, colours and type sizes, and a cursor that writes text,
// headings and tables down the page and starts a new page when the next block does not fit.
// Everything is measured before it is drawn, so that a block is never split where it should not be.
// (PDFKit's types are a global namespace, hence the reference rather than an import.)
/// <reference types="pdfkit" />

/** A PDFKit document. */
export type PdfDoc = PDFKit.PDFDocument;

/** A4 in points, and the margins of a page (the bottom one leaves room for the footer). */
export const PAGE = { width: 595.28, height: 841.89, top: 50, bottom: 64, left: 50, right: 50 } as const;
/** The width of the text on a page. */
export const CONTENT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

/** The colours of the HTML report, so that both read alike (and in black and white). */
export const COLOURS = {
  ink: "#1a1a1a",
  muted: "#4a4a4a",
  line: "#b8b8b8",
  accent: "#1d4e89",
  soft: "#eef3f9",
  previous: "#c5d5e9",
  warnBorder: "#8a5a00",
  warnFill: "#fff6e0",
  warnInk: "#5c3c00",
} as const;

/** The names the embedded fonts are registered under. */
export const FONTS = { regular: "kinderwerk-regular", bold: "kinderwerk-bold" } as const;

/** Type sizes in points. */
export const SIZES = { body: 9.5, small: 8, h1: 21, h2: 14, h3: 11, kicker: 8.5, figure: 17 } as const;

/** How a piece of text looks. */
export interface TextStyle {
  readonly size?: number;
  readonly bold?: boolean;
  readonly color?: string;
  readonly align?: "left" | "right" | "center";
  /** Extra space between lines, in points (default 1.5). */
  readonly lineGap?: number;
}

/** One column of a table: its heading, its share of the table's width, and how its cells align. */
export interface Column {
  readonly header: string;
  /** The column's share of the table's width (the shares of a table add up to 1). */
  readonly share: number;
  readonly align?: "left" | "right";
}

/** One cell of a table: its text, and whether it is set in bold or in the muted colour (a suppressed cell). */
export interface Cell {
  readonly text: string;
  readonly bold?: boolean;
  readonly muted?: boolean;
}

const CELL_PAD_X = 4;
const CELL_PAD_Y = 3;

/**
 * A cell's text as set: in a suppressed cell the words in brackets keep together ("afgeschermd" may
 * end a line, "(< 5)" is never broken into "(<" and "5)"), by non-breaking spaces.
 */
function cellString(c: Cell): string {
  return c.muted ? c.text.replace(/\([^)]*\)/g, (m) => m.replace(/ /g, "\u00a0")) : c.text;
}

/** A cursor down the pages of a PDFKit document. */
export class PdfCursor {
  /** Where the next block starts, from the top of the page. */
  y: number = PAGE.top;

  /** The bookmark of the section being written, that its subheadings go under. */
  private section: PDFKit.PDFOutline | undefined;

  constructor(readonly doc: PdfDoc) {}

  /** The lowest point text may reach on a page. */
  get bottom(): number {
    return PAGE.height - PAGE.bottom;
  }

  /** Whether the cursor is at the top of a page, where breaking would gain nothing. */
  get atTop(): boolean {
    return this.y <= PAGE.top + 0.5;
  }

  /** The room a whole page has for blocks. */
  get pageRoom(): number {
    return this.bottom - PAGE.top;
  }

  /** Start a new page. */
  newPage(): void {
    this.doc.addPage();
    this.y = PAGE.top;
  }

  /** Start a new page unless a block of this height still fits on this one. */
  ensure(height: number): void {
    if (!this.atTop && this.y + height > this.bottom) this.newPage();
  }

  /**
   * Where a run of rows that starts at `from` ends on this page: past every row that still fits
   * below the cursor, with `extra` points besides, and past at least one.
   */
  rowsThatFit(heights: readonly number[], from: number, extra = 0): number {
    let room = this.bottom - this.y - extra;
    let to = from;
    while (to < heights.length && (to === from || heights[to]! <= room)) room -= heights[to++]!;
    return to;
  }

  /** Move down. */
  space(points: number): void {
    this.y += points;
  }

  /** Set the font, size and colour of a style. */
  style(s: TextStyle): void {
    this.doc.font(s.bold ? FONTS.bold : FONTS.regular).fontSize(s.size ?? SIZES.body).fillColor(s.color ?? COLOURS.ink);
  }

  /** The height of a text in a style, wrapped to a width. */
  measure(text: string, width: number, s: TextStyle = {}): number {
    this.style(s);
    return this.doc.heightOfString(text, { width, lineGap: s.lineGap ?? 1.5 });
  }

  /** The width of a text on one line, in a style. */
  widthOf(text: string, s: TextStyle = {}): number {
    this.style(s);
    return this.doc.widthOfString(text);
  }

  /** Write a text at a place, wrapped to a width; returns its height. The cursor does not move. */
  write(text: string, x: number, y: number, width: number, s: TextStyle = {}, extra: PDFKit.Mixins.TextOptions = {}): number {
    const height = this.measure(text, width, s);
    this.doc.text(text, x, y, { width, lineGap: s.lineGap ?? 1.5, align: s.align ?? "left", ...extra });
    return height;
  }

  /** A paragraph the width of the page, on this page if it fits, then the cursor below it. */
  paragraph(text: string, s: TextStyle = {}, after = 5, extra: PDFKit.Mixins.TextOptions = {}): void {
    this.ensure(this.measure(text, CONTENT_WIDTH, s));
    this.y += this.write(text, PAGE.left, this.y, CONTENT_WIDTH, s, extra) + after;
  }

  /** The height of a heading and the space around it. */
  headingHeight(level: 2 | 3, text: string): number {
    return this.measure(text, CONTENT_WIDTH, { size: level === 2 ? SIZES.h2 : SIZES.h3, bold: true }) + (level === 2 ? 20 : 10);
  }

  /**
   * A heading, kept on one page with the `keep` points that follow it, as a bookmark in the
   * outline (a subheading under its section's), and optionally a named destination that links go to.
   */
  heading(level: 2 | 3, text: string, keep: number, destination?: string): void {
    this.ensure(this.headingHeight(level, text) + keep);
    this.y += level === 2 ? 10 : 4;
    const color = level === 2 ? COLOURS.accent : COLOURS.ink;
    const height = this.write(text, PAGE.left, this.y, CONTENT_WIDTH, { size: level === 2 ? SIZES.h2 : SIZES.h3, bold: true, color }, destination === undefined ? {} : { destination });
    this.y += height;
    if (level === 2) {
      this.doc.moveTo(PAGE.left, this.y + 1).lineTo(PAGE.left + CONTENT_WIDTH, this.y + 1).lineWidth(0.6).strokeColor(COLOURS.line).stroke();
      this.section = this.doc.outline.addItem(text);
    } else {
      (this.section ?? this.doc.outline).addItem(text);
    }
    this.y += level === 2 ? 8 : 5;
  }

  /** A list of labels and values in two columns, kept on one page when it fits. */
  facts(facts: readonly (readonly [string, string])[], labelWidth = 170): void {
    const valueWidth = CONTENT_WIDTH - labelWidth - 10;
    const heights = facts.map(([k, v]) => Math.max(this.measure(k, labelWidth, { bold: true }), this.measure(v, valueWidth)) + 2);
    this.ensure(Math.min(this.pageRoom, heights.reduce((a, b) => a + b, 0)));
    facts.forEach(([k, v], i) => {
      this.ensure(heights[i]!);
      this.write(k, PAGE.left, this.y, labelWidth, { bold: true });
      this.write(v, PAGE.left + labelWidth + 10, this.y, valueWidth);
      this.y += heights[i]!;
    });
  }

  /** The heights of a table's header and rows at a width. */
  tableHeights(columns: readonly Column[], rows: readonly (readonly Cell[])[], width: number): { header: number; rows: number[] } {
    const cellHeight = (cells: readonly Cell[], bold: boolean): number =>
      Math.max(...cells.map((c, i) => this.measure(cellString(c), columns[i]!.share * width - 2 * CELL_PAD_X, { bold: bold || c.bold === true, size: bold ? SIZES.small + 0.5 : SIZES.body }))) + 2 * CELL_PAD_Y;
    return { header: cellHeight(columns.map((c) => ({ text: c.header })), true), rows: rows.map((r) => cellHeight(r, false)) };
  }

  /** The height of a whole table at a width. */
  tableHeight(columns: readonly Column[], rows: readonly (readonly Cell[])[], width: number): number {
    const h = this.tableHeights(columns, rows, width);
    return h.header + h.rows.reduce((a, b) => a + b, 0);
  }

  /**
   * A table at `x` and the cursor, `width` wide: a bold header with a rule under it, then a row per
   * line with a thin rule under each. Rows go on on the next page, under the header again, when
   * `flow` is set; without it the caller has made sure the table fits.
   */
  table(columns: readonly Column[], rows: readonly (readonly Cell[])[], x: number, width: number, flow: boolean): void {
    const heights = this.tableHeights(columns, rows, width);
    const drawRow = (cells: readonly Cell[], height: number, header: boolean): void => {
      let cx = x;
      cells.forEach((c, i) => {
        const col = columns[i]!;
        const w = col.share * width;
        const style: TextStyle = { bold: header || c.bold === true, size: header ? SIZES.small + 0.5 : SIZES.body, color: c.muted ? COLOURS.muted : COLOURS.ink, align: col.align ?? "left" };
        this.write(cellString(c), cx + CELL_PAD_X, this.y + CELL_PAD_Y, w - 2 * CELL_PAD_X, style);
        cx += w;
      });
      this.y += height;
      this.doc.moveTo(x, this.y).lineTo(x + width, this.y).lineWidth(header ? 1.2 : 0.5).strokeColor(header ? COLOURS.ink : COLOURS.line).stroke();
    };
    const header = (): void => drawRow(columns.map((c) => ({ text: c.header })), heights.header, true);
    // A short table stays on one page; a long one starts with at least its header and three rows.
    const total = heights.header + heights.rows.reduce((a, b) => a + b, 0);
    if (flow) this.ensure(total <= this.pageRoom / 2 ? total : heights.header + heights.rows.slice(0, 3).reduce((a, b) => a + b, 0));
    header();
    rows.forEach((row, i) => {
      if (flow && this.y + heights.rows[i]! > this.bottom) {
        this.newPage();
        header();
      }
      drawRow(row, heights.rows[i]!, false);
    });
  }
}
