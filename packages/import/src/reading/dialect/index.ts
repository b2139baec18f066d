import type { CsvDialect } from "../../types/rows.js";

const CANDIDATES = [";", ",", "\t"] as const;

/**
 * Detect the delimiter and line ending of a CSV file from its header line: the candidate
 * (`;`, `,`, tab) that occurs most often outside quotes wins; with none, `,` (one column). The
 * header line ends at the first line break outside quotes: `\r\n`, `\n`, or a lone `\r` (Excel for
 * Mac's "CSV (Macintosh)", FORMAT.md version 2).
 *
 * @param text - the start of the file, at least its first line
 * @returns the delimiter and the line ending
 * @example
 * detectDialect("Kind ID;Geboortedatum\r\n"); // => { delimiter: ";", lineEnding: "\r\n" }
 * detectDialect("Kind ID;Geboortedatum\rkw-1;2016-01-01\r"); // => { delimiter: ";", lineEnding: "\r" }
 */
export function detectDialect(text: string): Pick<CsvDialect, "delimiter" | "lineEnding"> {
  const counts = new Map<string, number>();
  let inQuotes = false;
  let end = text.length;
  // Skip blank lines before the header.
  let from = 0;
  for (let nl = nextBreak(text, 0); nl !== -1 && text.slice(from, nl).trim() === ""; nl = nextBreak(text, from)) from = nl + 1;
  let lineEnding: CsvDialect["lineEnding"] = "\n";
  for (let i = from; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && c === "\n") {
      end = i;
      if (i > 0 && text[i - 1] === "\r") lineEnding = "\r\n";
      break;
    } else if (!inQuotes && c === "\r" && i + 1 < text.length && text[i + 1] !== "\n") {
      end = i;
      lineEnding = "\r";
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
  return { delimiter, lineEnding: end < text.length ? lineEnding : "\n" };
}

/** The offset of the next line break (`\n`, or a `\r` not followed by `\n`) from `from`, or -1. */
function nextBreak(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10 && i + 1 < text.length)) return i;
  }
  return -1;
}
