// The formats a report can be downloaded in. Each is one entry here and one renderer in
// worker/render.ts; an XLSX or PDF renderer, once reporting has one, is one more of each.
import type { Lang } from "@kinderwerk/core";

export const REPORT_FORMATS = [
  { id: "html", extension: "html", type: "text/html;charset=utf-8", label: { nl: "HTML (lezen en printen)", en: "HTML (read and print)" } },
  { id: "json", extension: "json", type: "application/json", label: { nl: "JSON (het rapportdocument)", en: "JSON (the report document)" } },
  { id: "csv", extension: "csv", type: "text/csv;charset=utf-8", label: { nl: "CSV (voor Excel)", en: "CSV (for Excel)" } },
  { id: "md", extension: "md", type: "text/markdown;charset=utf-8", label: { nl: "Markdown", en: "Markdown" } },
] as const satisfies readonly { id: string; extension: string; type: string; label: Readonly<Record<Lang, string>> }[];

export type ReportFormatId = (typeof REPORT_FORMATS)[number]["id"];

/**
 * The name of a report file: `rapport-2025.html`, `report-2025-Q3.json`.
 *
 * @param period - the report's period (its id when it has one)
 * @param extension - the file extension
 * @param lang - the language of the name
 * @returns the file name
 */
export function reportFileName(period: { readonly from: string; readonly to: string; readonly id?: string | undefined }, extension: string, lang: Lang): string {
  const id = period.id !== undefined && !period.id.includes("..") ? period.id : `${period.from}_${period.to}`;
  return `${lang === "nl" ? "rapport" : "report"}-${id.replace(/[^0-9A-Za-z_-]+/g, "-")}.${extension}`;
}
