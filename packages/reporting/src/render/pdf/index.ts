// The report as a PDF file on A4, made without a browser: PDFKit (an optional peer dependency)
// writes the pages, with the fonts embedded and the charts drawn as vector graphics. The same
// content as the HTML report, section by section, in the same words.
import type { ReportDocument } from "../../document/index.js";
import { reportTitle } from "../content.js";
import type { RenderOptions } from "../format.js";
import { sections, words } from "../format.js";
import { comparisonSection, firstBlockHeight, indicatorBlock, targetSection } from "./blocks.js";
import type { PdfFonts } from "./fonts.js";
import { loadDefaultFonts } from "./fonts.js";
import type { PdfDoc } from "./layout.js";
import { FONTS, PAGE, PdfCursor } from "./layout.js";
import { footers, header, howWeCount, keyFigures, warnings } from "./sections.js";
import { trendSection } from "./trend.js";

export type { FontBytes, PdfFonts } from "./fonts.js";
export { DEFAULT_FONT_PACKAGE, PdfFontsMissingError, loadDefaultFonts } from "./fonts.js";

/** Options for {@link renderPdf}. */
export interface RenderPdfOptions extends RenderOptions {
  /**
   * The fonts to set the report in and embed: the bytes of a regular and a bold TrueType font with
   * the glyphs of the report's language. By default DejaVu Sans from the package
   * `dejavu-fonts-ttf`, read from disk (Node only; in a browser, pass fonts).
   */
  readonly fonts?: PdfFonts;
  /**
   * PDFKit's `PDFDocument` class, when the app has PDFKit loaded already (a browser bundle, say);
   * by default `pdfkit` is imported.
   */
  readonly PDFDocument?: unknown;
}

/** The thrown error when PDFKit cannot be imported. */
export class PdfKitMissingError extends Error {
  /** A code to tell this error apart without `instanceof`. */
  readonly code = "pdf.pdfkit-missing" as const;
  constructor(cause: unknown) {
    super("renderPdf needs PDFKit: install the package pdfkit (npm install pdfkit), or pass its PDFDocument class as options.PDFDocument", { cause });
    this.name = "PdfKitMissingError";
  }
}

type PdfDocumentClass = new (options: PDFKit.PDFDocumentOptions) => PdfDoc;

/** PDFKit's PDFDocument: an ES module's default export, or a CommonJS module itself. */
async function loadPdfKit(): Promise<PdfDocumentClass> {
  try {
    const module = (await import("pdfkit")) as unknown as { default?: PdfDocumentClass };
    return module.default ?? (module as unknown as PdfDocumentClass);
  } catch (error) {
    throw new PdfKitMissingError(error);
  }
}

/** The bytes a PDFKit document writes, once it has ended. */
function collect(pdf: PdfDoc): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    pdf.on("data", (chunk: Uint8Array) => chunks.push(chunk));
    pdf.on("error", reject);
    pdf.on("end", () => {
      const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
      let at = 0;
      for (const c of chunks) {
        out.set(c, at);
        at += c.length;
      }
      resolve(out);
    });
  });
}

/**
 * The report as a PDF on A4 pages, made without a browser: the same content as
 * `renderHtml`, in the same words — the header (organisation, period, municipality, region,
 * generation date), the warnings, the key figures as cards with their change against the earlier
 * period, the other figures as a table, every breakdown with its bar chart (vector graphics, labels
 * wrapped rather than cut) and its table, signals and referrals, the trend (a column chart of reach
 * and attendances per week, month or quarter, partial buckets light and starred, with its table), the
 * targets, the comparison with its caveats and chart, and "how we count" (definitions version,
 * suppression threshold, catalogues, definitions). A suppressed cell shows the same words as the
 * HTML ("afgeschermd", with "(< 5)" only when the primary rule hid it), never its value, and its
 * chart row draws no bar. A heading never ends a page without the chart under it; every page has a
 * footer with the page number ("Pagina 2 van 5"); the headings are the PDF's bookmarks. Dutch by
 * default, English with `lang: "en"`.
 *
 * Needs PDFKit (`npm install pdfkit`), an optional peer dependency, and fonts to embed: by default
 * DejaVu Sans from `dejavu-fonts-ttf` (`npm install dejavu-fonts-ttf`), or the bytes of a regular
 * and a bold TrueType font in `fonts`. This entry point (`@kinderwerk/reporting/pdf`) is the only
 * one that imports them.
 *
 * @param doc - the report document
 * @param options - language, catalogues for labels, time zone, fonts, PDFKit's class
 * @returns the PDF file's bytes
 * @throws {PdfKitMissingError} when PDFKit is not installed and no `PDFDocument` was given
 * @throws {PdfFontsMissingError} when no fonts were given and `dejavu-fonts-ttf` cannot be read
 * @example
 * import { renderPdf } from "@kinderwerk/reporting/pdf";
 * await writeFile("rapport.pdf", await renderPdf(doc));
 */
export async function renderPdf(doc: ReportDocument, options: RenderPdfOptions = {}): Promise<Uint8Array> {
  const lang = options.lang ?? "nl";
  const PDFDocument = (options.PDFDocument as PdfDocumentClass | undefined) ?? (await loadPdfKit());
  const fonts = options.fonts ?? (await loadDefaultFonts());
  const pdf = new PDFDocument({
    size: "A4",
    margins: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right },
    bufferPages: true,
    lang: lang === "nl" ? "nl-NL" : "en-GB",
    displayTitle: true,
    info: {
      Title: reportTitle(doc, lang),
      ...(doc.organisation ? { Author: doc.organisation.name } : {}),
      Subject: words.title[lang],
      Creator: "@kinderwerk/reporting",
      ...(doc.generatedAt ? { CreationDate: new Date(doc.generatedAt) } : {}),
    },
  });
  const bytes = collect(pdf);
  pdf.registerFont(FONTS.regular, fonts.regular);
  pdf.registerFont(FONTS.bold, fonts.bold);
  const cursor = new PdfCursor(pdf);
  header(cursor, doc, lang, options);
  warnings(cursor, doc, lang);
  const s = sections(doc);
  keyFigures(cursor, s.keyFigures, doc, lang, options);
  const section = (heading: string, items: typeof s.otherFigures): void => {
    if (items.length === 0) return;
    cursor.heading(2, heading, firstBlockHeight(cursor, items, doc, lang, options));
    indicatorBlock(cursor, items, doc, lang, options);
  };
  section(words.otherFigures[lang], s.otherFigures);
  section(words.breakdowns[lang], s.breakdowns);
  section(words.signals[lang], s.signals);
  trendSection(cursor, doc, lang);
  targetSection(cursor, doc, lang);
  comparisonSection(cursor, doc, lang);
  howWeCount(cursor, doc, lang);
  footers(cursor, doc, lang, options);
  pdf.end();
  return bytes;
}
