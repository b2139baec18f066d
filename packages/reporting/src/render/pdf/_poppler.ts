// Test helpers: read a PDF back with poppler's tools (pdftotext, pdffonts, pdfinfo, pdfimages),
// which did not write it. Not part of the package: only the tests import this file.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Whether poppler's tools are installed (`apt-get install poppler-utils`). */
export const hasPoppler = spawnSync("pdftotext", ["-v"]).error === undefined;

/** The message a test run shows when poppler's tools are not there. */
export const NO_POPPLER = "pdftotext not found: install poppler-utils (apt-get install poppler-utils) to run the PDF tests";

/** Run a poppler tool on the PDF's bytes and give what it prints. */
export function poppler(tool: "pdftotext" | "pdffonts" | "pdfinfo" | "pdfimages" | "pdftohtml", bytes: Uint8Array, args: readonly string[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), "kw-pdf-"));
  try {
    const file = join(dir, "report.pdf");
    writeFileSync(file, bytes);
    const out = tool === "pdftotext" ? [...args, file, "-"] : [...args, file];
    const run = spawnSync(tool, out, { encoding: "utf8" });
    if (run.status !== 0) throw new Error(`${tool} failed: ${run.stderr}`);
    return run.stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The text of a PDF (or of one page) in the order it was written, whitespace collapsed to single
 * spaces. In `-raw` mode: pdftotext's default layout mode drops the space of a short line such as
 * "< 5" (it gives "<5", for any font), which would hide what the page shows.
 */
export function pdfText(bytes: Uint8Array, page?: number): string {
  const pages = page === undefined ? [] : ["-f", String(page), "-l", String(page)];
  return poppler("pdftotext", bytes, ["-raw", "-enc", "UTF-8", ...pages]).replace(/\s+/g, " ").trim();
}

/** The fonts of a PDF as pdffonts lists them: name, type, and whether each is embedded. */
export function pdfFonts(bytes: Uint8Array): { name: string; type: string; embedded: boolean }[] {
  const lines = poppler("pdffonts", bytes).split("\n").slice(2).filter((l) => l.trim() !== "");
  return lines.map((line) => {
    // name, type (words), encoding, emb, sub, uni, object id: read the yes/no columns from the right.
    const cells = line.trim().split(/\s+/);
    const emb = cells[cells.length - 5];
    return { name: cells[0]!, type: cells.slice(1, cells.length - 6).join(" "), embedded: emb === "yes" };
  });
}

/** The bookmarks of a PDF, from pdftohtml's XML: each title, indented two spaces per level. */
export function pdfOutline(bytes: Uint8Array): string[] {
  const xml = poppler("pdftohtml", bytes, ["-xml", "-stdout", "-i", "-q"]);
  const outline = xml.slice(xml.indexOf("<outline>"));
  const lines: string[] = [];
  let depth = -1;
  for (const [, tag, title] of outline.matchAll(/<(\/?outline|item)[^>]*>([^<]*)/g)) {
    if (tag === "outline") depth++;
    else if (tag === "/outline") depth--;
    else lines.push(`${"  ".repeat(depth)}${title}`);
  }
  return lines;
}

/** The number of pages of a PDF and its page size, from pdfinfo. */
export function pdfPages(bytes: Uint8Array): { pages: number; size: string } {
  const info = poppler("pdfinfo", bytes);
  return { pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]), size: /^Page size:\s+(.+)$/m.exec(info)?.[1]?.trim() ?? "" };
}

/** One page rendered by pdftoppm at 72 dpi (a pixel per point): its width, height and RGB bytes. */
export function pdfPagePixels(bytes: Uint8Array, page: number): { width: number; height: number; rgb: Uint8Array } {
  const dir = mkdtempSync(join(tmpdir(), "kw-pdf-"));
  try {
    const file = join(dir, "report.pdf");
    writeFileSync(file, bytes);
    const run = spawnSync("pdftoppm", ["-r", "72", "-f", String(page), "-l", String(page), "-singlefile", file], { maxBuffer: 1 << 26 });
    if (run.status !== 0) throw new Error(`pdftoppm failed: ${run.stderr.toString()}`);
    const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(run.stdout.toString("latin1", 0, 64));
    if (!header) throw new Error("pdftoppm did not give a P6 image");
    return { width: Number(header[1]), height: Number(header[2]), rgb: new Uint8Array(run.stdout.subarray(header[0].length)) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The words of one page with their boxes in points, from `pdftotext -bbox`. */
export function pdfWords(bytes: Uint8Array, page: number): { text: string; xMin: number; yMin: number; xMax: number; yMax: number }[] {
  const html = poppler("pdftotext", bytes, ["-bbox", "-enc", "UTF-8", "-f", String(page), "-l", String(page)]);
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
    text: m[5]!,
    xMin: Number(m[1]),
    yMin: Number(m[2]),
    xMax: Number(m[3]),
    yMax: Number(m[4]),
  }));
}
