import type { CsvDialect } from "../read/types.js";

const CANDIDATES = [";", ",", "\t"] as const;

/**
 * Detect the delimiter and line ending of a CSV file from its header line: the candidate
 * (`;`, `,`, tab) that occurs most often outside quotes wins; with none, `,` (one column).
 *
 * @param text - the start of the file, at least its first line
 * @returns the delimiter and the line ending
 * @example
 * detectDialect("Kind ID;Geboortedatum\r\n"); // => { delimiter: ";", lineEnding: "\r\n" }
 */
export function detectDialect(text: string): Pick<CsvDialect, "delimiter" | "lineEnding"> {
  const counts = new Map<string, number>();
  let inQuotes = false;
  let end = text.length;
  // Skip blank lines before the header.
  let from = 0;
  for (let nl = text.indexOf("\n"); nl !== -1 && text.slice(from, nl).trim() === ""; nl = text.indexOf("\n", from)) from = nl + 1;
  for (let i = from; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && c === "\n") {
      end = i;
      break;
    } else if (!inQuotes && (c === ";" || c === "," || c === "\t")) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let delimiter: CsvDialect["delimiter"] = ",";
  let best = 0;
  for (const c of CANDIDATES) {
    const k = counts.get(c) ?? 0;
    if (k > best) {
      best = k;
      delimiter = c;
    }
  }
  const lineEnding = end < text.length && end > 0 && text[end - 1] === "\r" ? "\r\n" : "\n";
  return { delimiter, lineEnding };
}
