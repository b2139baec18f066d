// The trend section of the Markdown report: a table of the attendances and reach per bucket.
import type { Lang } from "@kinderwerk/core";
import type { ReportDocument } from "../../document/index.js";
import { trendLabels } from "../../document/labels.js";
import { trendTexts } from "../trend.js";

/**
 * The trend as Markdown blocks: a heading, the description, a table (bucket, attendances, reach)
 * and, when a bucket lies only partly in the period, the note that says so; nothing without a trend.
 *
 * @param doc - the report document
 * @param lang - the language
 * @param escape - the renderer's escape for text from the document
 * @returns the blocks
 */
export function trendBlocks(doc: ReportDocument, lang: Lang, escape: (text: string) => string): string[] {
  const t = trendTexts(doc, lang);
  if (t === undefined) return [];
  const head = [t.bucketHeading, trendLabels.attendances[lang], trendLabels.reach[lang]];
  const lines = [head, ["---", "---:", "---:"], ...t.rows.map((r) => [escape(r.label), r.attendances, r.reach])].map((r) => `| ${r.join(" | ")} |`);
  return [`## ${t.heading}`, trendLabels.description[lang], lines.join("\n"), ...(t.anyPartial ? [escape(trendLabels.partialNote[lang])] : [])];
}
