// The renderers behind the report's download buttons (see report/formats.ts).
import type { Lang } from "@kinderwerk/core";
import { renderCsv, renderHtml, renderJson, renderMarkdown, type ReportDocument } from "@kinderwerk/reporting";
import type { ReportFormatId } from "../report/formats.js";

/**
 * The report in a format.
 *
 * @param doc - the report document
 * @param format - the format
 * @param lang - the language of the words in it (JSON has none)
 * @returns the file's text
 */
export function renderReport(doc: ReportDocument, format: ReportFormatId, lang: Lang): string {
  switch (format) {
    case "html":
      return renderHtml(doc, { lang });
    case "json":
      return renderJson(doc);
    case "csv":
      return renderCsv(doc, { lang, bom: true });
    case "md":
      return renderMarkdown(doc, { lang });
  }
}
