// `kinderwerk report --format pdf`: the report as a PDF, made with @kinderwerk/reporting/pdf. PDFKit
// and the DejaVu fonts are optional peers of the command: when one is missing the run says which
// package to install, in one line.
import type { Catalogues } from "@kinderwerk/core";
import type { ReportDocument } from "@kinderwerk/reporting";
import { DEFAULT_FONT_PACKAGE, renderPdf } from "@kinderwerk/reporting/pdf";
import { CliError } from "../_lib/errors.js";
import type { CliLang } from "../_lib/io.js";
import { say } from "../_lib/messages.js";

/** The packages `--format pdf` needs, by the code of the error that says one is missing. */
const PDF_PACKAGES: Readonly<Record<string, string>> = { "pdf.pdfkit-missing": "pdfkit", "pdf.fonts-missing": DEFAULT_FONT_PACKAGE };

/**
 * The report as PDF bytes.
 *
 * @param doc - the report document
 * @param lang - the report's language
 * @param catalogues - the organisation's catalogues, to label rows
 * @returns the PDF file's bytes
 * @throws {CliError} when PDFKit or the fonts are not installed
 */
export async function pdfReport(doc: ReportDocument, lang: CliLang, catalogues: Partial<Catalogues> | undefined): Promise<Uint8Array> {
  try {
    return await renderPdf(doc, { lang, ...(catalogues === undefined ? {} : { catalogues }) });
  } catch (error) {
    const missing = PDF_PACKAGES[String((error as { code?: unknown }).code)];
    if (missing !== undefined) throw new CliError(say(lang, "database.driver-missing", { engine: "--format pdf", package: missing }));
    throw error;
  }
}
