// `kinderwerk report --format pdf`: the PDF of the demo dataset read back with poppler, which did not
// write it, against the HTML report of the same run; down a pipe; refused on a terminal; and what a
// run says when PDFKit is not installed.

import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI, ensureBuilt, kw, tempFolder, testEnv } from "../_test/cli.js";
import { NO_POPPLER, fontsEmbedded, hasPoppler, htmlTexts, pdfText } from "../_test/pdf.js";
import { run } from "../index.js";

if (!hasPoppler) console.warn(NO_POPPLER);

let tmp: { dir: string; remove: () => void };
const at = (...p: string[]) => join(tmp.dir, ...p);
const RUN = ["report", "demo", "--year", "2025", "--compare-previous", "--generated-at", "2026-01-15T10:00:00Z", "--budget", "120000", "--population", "2400", "--organisation", "Kinderwerk Zuidoost"];

beforeAll(() => {
  ensureBuilt();
  tmp = tempFolder();
  expect(kw(["demo", "--out", "demo", "--seed", "7"], tmp.dir).status).toBe(0);
}, 120_000);
afterAll(() => tmp.remove());

describe.skipIf(!hasPoppler)(`kinderwerk report --format pdf${hasPoppler ? "" : ` (skipped: ${NO_POPPLER})`}`, { timeout: 60_000 }, () => {
  it("writes an A4 PDF with every text of the HTML report of the same run, its fonts embedded", () => {
    const r = kw([...RUN, "--format", "pdf", "--out", "rapport.pdf"], tmp.dir);
    expect(r.status, r.stderr).toBe(0);
    // The demo's data start in September 2024: the run warns that the earlier period is only partly covered.
    expect(r.stderr).toContain("kinderwerk: De vorige periode (2024-01-01 t/m 2024-12-31) valt maar voor een deel binnen de gegevens");
    expect(r.stderr.endsWith("\nRapport geschreven naar rapport.pdf\n")).toBe(true);
    expect(readFileSync(at("rapport.pdf")).subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const text = pdfText(at("rapport.pdf"));
    const html = kw([...RUN, "--format", "html"], tmp.dir).stdout;
    expect(htmlTexts(html).filter((t) => !text.includes(t))).toEqual([]);
    for (const words of ["Kinderwerk Zuidoost", "Kerncijfers", "Wie we bereiken", "Verloop per maand", "Vergelijking met de vorige periode", "Zo tellen we", "Kosten per bereikt kind", "Pagina 1 van"]) expect(text).toContain(words);
    // The caveat stands in the comparison too, above its table.
    const comparison = text.slice(text.indexOf("Vergelijking met de vorige periode"));
    const caveat = comparison.indexOf("Let op: De vorige periode (2024-01-01 t/m 2024-12-31) valt maar voor een deel binnen de gegevens");
    expect(caveat).toBeGreaterThan(0);
    expect(caveat).toBeLessThan(comparison.indexOf("Indicator Deze periode Vorige periode"));
    expect(fontsEmbedded(at("rapport.pdf"))).toEqual({ fonts: ["DejaVuSans", "DejaVuSans-Bold"], allEmbedded: true });
    // A block drawn past the foot of a page would make PDFKit start pages with a line or two on them.
    const pages = text.split(/Pagina \d+ van \d+/).slice(0, -2);
    expect(pages.length).toBeGreaterThan(3);
    for (const page of pages) expect(page.length).toBeGreaterThan(600);
  });

  it("speaks English with --lang en, and writes the PDF down a pipe", () => {
    const piped = spawnSync(process.execPath, [CLI, ...RUN, "--format", "pdf", "--lang", "en"], { cwd: tmp.dir, env: testEnv(), timeout: 60_000 });
    expect(piped.status, piped.stderr.toString()).toBe(0);
    writeFileSync(at("piped.pdf"), piped.stdout);
    const text = pdfText(at("piped.pdf"));
    for (const words of ["Key figures", "Who we reach", "Comparison with the earlier period", "How we count", "Page 1 of", "Suppressed cells: see How we count."]) expect(text).toContain(words);
  });
});

describe("kinderwerk report --format pdf without a file", { timeout: 60_000 }, () => {
  it("does not write a PDF onto a terminal, and says how to name a file", async () => {
    const out: string[] = [];
    const err: string[] = [];
    const terminal = { write: (s: string) => out.push(s), writeBytes: () => out.push("bytes"), isTTY: true };
    const code = await run([...RUN, "--format", "pdf"], { cwd: tmp.dir, stdout: terminal, stderr: { write: (s: string) => err.push(s) }, env: {} });
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(err.join("")).toBe("kinderwerk: --format pdf schrijft een PDF-bestand, niet naar het scherm: geef het met --out (bijvoorbeeld --out rapport.pdf) of stuur de uitvoer door (> rapport.pdf)\n");
  });

  it("names the package to install when PDFKit is missing", () => {
    // A module hook that finds no `pdfkit`, as in an installation without it.
    writeFileSync(at("no-pdfkit-hooks.mjs"), `export async function resolve(specifier, context, next) {\n  if (specifier === "pdfkit") throw Object.assign(new Error("Cannot find package 'pdfkit'"), { code: "ERR_MODULE_NOT_FOUND" });\n  return next(specifier, context);\n}\n`);
    writeFileSync(at("no-pdfkit.mjs"), `import { register } from "node:module";\nregister("./no-pdfkit-hooks.mjs", import.meta.url);\n`);
    const r = spawnSync(process.execPath, ["--import", at("no-pdfkit.mjs"), CLI, ...RUN, "--format", "pdf", "--out", "none.pdf"], { cwd: tmp.dir, env: testEnv(), encoding: "utf8", timeout: 60_000 });
    expect(r.status).toBe(2);
    expect(r.stderr.endsWith("kinderwerk: voor --format pdf is het pakket pdfkit nodig: installeer het naast de kinderwerk-opdracht (npm install pdfkit)\n")).toBe(true);
    expect(existsSync(at("none.pdf"))).toBe(false);
  });
});
