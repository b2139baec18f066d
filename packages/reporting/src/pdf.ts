// @kinderwerk/reporting/pdf: the report as a PDF file. The one entry point that needs PDFKit and
// fonts to embed (optional peer dependencies), so that the main entry stays small and browser-safe.
export { DEFAULT_FONT_PACKAGE, PdfFontsMissingError, PdfKitMissingError, loadDefaultFonts, renderPdf } from "./render/pdf/index.js";
export type { FontBytes, PdfFonts, RenderPdfOptions } from "./render/pdf/index.js";
