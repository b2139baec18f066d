// Test helpers: read a PDF file back with poppler's pdftotext and pdffonts, which did not write it.

import { spawnSync } from "node:child_process";

/** Whether poppler's tools are installed (`apt-get install poppler-utils`). */
export const hasPoppler = spawnSync("pdftotext", ["-v"]).error === undefined;

/** The message a test run shows when poppler's tools are not there. */
export const NO_POPPLER = "pdftotext not found: install poppler-utils (apt-get install poppler-utils) to run the PDF tests";

function tool(name: "pdftotext" | "pdffonts", args: readonly string[]): string {
  const run = spawnSync(name, args, { encoding: "utf8" });
  if (run.status !== 0) throw new Error(`${name} failed: ${run.stderr}`);
  return run.stdout;
}

/**
 * A PDF file's text in the order it was written (`-raw`: the default layout mode drops the space of
 * a short line such as "< 5"), whitespace collapsed to single spaces.
 */
export function pdfText(file: string): string {
  return tool("pdftotext", ["-raw", "-enc", "UTF-8", file, "-"]).replace(/\s+/g, " ").trim();
}

/** Whether pdffonts lists fonts for the file and says of each that it is embedded. */
export function fontsEmbedded(file: string): { fonts: string[]; allEmbedded: boolean } {
  const rows = tool("pdffonts", [file]).split("\n").slice(2).filter((l) => l.trim() !== "").map((l) => l.trim().split(/\s+/));
  // name … encoding, emb, sub, uni, object id (two numbers): emb is the fifth cell from the right.
  return { fonts: rows.map((r) => r[0]!.replace(/^[A-Z]{6}\+/, "")), allEmbedded: rows.length > 0 && rows.every((r) => r[r.length - 5] === "yes") };
}

/** The visible text of an HTML report, node by node, without its charts (their labels are in the tables too). */
export function htmlTexts(html: string): string[] {
  const body = html.slice(html.indexOf("<body>")).replace(/<svg[\s\S]*?<\/svg>/g, "");
  const decode = (t: string): string => t.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");
  return body
    .split(/<[^>]+>/)
    .map((t) => decode(t).replace(/\s+/g, " ").trim())
    .filter((t) => t !== "" && t !== "." && t !== "·");
}
