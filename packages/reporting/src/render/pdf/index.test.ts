// The PDF report read back with poppler (pdftotext, pdffonts, pdfinfo, pdfimages), which did not
// write it: its text against the HTML report's, its fonts embedded, its pages A4 and numbered.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import type { BreakdownIndicator, ReportDocument } from "../../document/index.js";
import { isBreakdown } from "../../document/index.js";
import { YEAR, v2Dataset } from "../../_lib/v2TestData.js";
import { buildReport } from "../../report/index.js";
import { fixture } from "../_fixture.js";
import { cellText, indicatorName, rowLabel, suppressionNote, words } from "../format.js";
import { renderHtml } from "../html/index.js";
import { NO_POPPLER, hasPoppler, pdfFonts, pdfOutline, pdfPages, pdfText, poppler } from "./_poppler.js";
import { loadDefaultFonts, renderPdf } from "./index.js";

if (!hasPoppler) console.warn(NO_POPPLER);

/** The visible text of the HTML report, node by node: the page's body without its charts (their labels are in the tables too). */
function htmlTexts(html: string): string[] {
  const body = html.slice(html.indexOf("<body>")).replace(/<svg[\s\S]*?<\/svg>/g, "");
  const decode = (t: string): string => t.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");
  return body
    .split(/<[^>]+>/)
    .map((t) => decode(t).replace(/\s+/g, " ").trim())
    .filter((t) => t !== "" && t !== "." && t !== "·");
}

/** A neighbourhood breakdown too long for one page: 70 rows, one suppressed. */
const longBreakdown: BreakdownIndicator = {
  id: "reach.byNeighbourhood",
  unit: "children",
  rows: Array.from({ length: 70 }, (_, n) => (n === 40 ? { key: `Wijk ${n + 1}`, value: null, suppressed: true } : { key: `Wijk ${n + 1}`, value: 200 - n * 2, suppressed: false })),
};

const dutchGlyphs: ReportDocument = {
  ...fixture,
  organisation: { name: "Stichting Kinderwerk Naïef & Geëngageerd", municipality: "Súdwest-Fryslân" },
  budget: { amount: 150000, currency: "EUR", description: "subsidie ≥ 3 jaar toegezegd" },
};

// Rendering and reading back take a few seconds on a busy machine.
describe.skipIf(!hasPoppler)(`renderPdf${hasPoppler ? "" : ` (skipped: ${NO_POPPLER})`}`, { timeout: 60_000 }, () => {
  it("shows every text of the HTML report, in Dutch", async () => {
    const text = pdfText(await renderPdf(fixture));
    const missing = htmlTexts(renderHtml(fixture)).filter((t) => !text.includes(t));
    expect(missing).toEqual([]);
  });

  it("shows every text of the HTML report, in English", async () => {
    const text = pdfText(await renderPdf(fixture, { lang: "en" }));
    const missing = htmlTexts(renderHtml(fixture, { lang: "en" })).filter((t) => !text.includes(t));
    expect(missing).toEqual([]);
    expect(text).toContain("Page 1 of");
    expect(text).toContain("Suppressed cells: see How we count.");
  });

  it("shows the key figures, every breakdown's rows and the suppressed cells' markers", async () => {
    const text = pdfText(await renderPdf(fixture));
    for (const expected of ["318", "301", "412", "3.517,5", "87", "€ 471,70", "12,5 %", "+29 (+10,0 %) t.o.v. vorige periode", "−102,5 (−2,8 %) t.o.v. vorige periode"]) {
      expect(text).toContain(expected);
    }
    for (const heading of [words.keyFigures.nl, words.otherFigures.nl, words.breakdowns.nl, words.signals.nl, words.comparison.nl, words.howWeCount.nl, words.definitions.nl, words.warnings.nl]) {
      expect(text).toContain(heading);
    }
    for (const b of fixture.indicators.filter(isBreakdown)) {
      expect(text).toContain(indicatorName(b.id, "nl"));
      // Each row twice: the chart's label and value, and the table's.
      for (const row of b.rows) expect(text.split(`${rowLabel(b.id, row, "nl")} ${cellText(row.value, row.suppressed, b.unit, 5, "nl", row.suppressedBy)}`).length - 1, row.key).toBeGreaterThanOrEqual(2);
    }
    expect(text).toContain("Afgeschermde cellen: zie Zo tellen we.");
    expect(text).toContain(suppressionNote(5, "nl"));
    expect(text).toContain("Mediane reactietijd op verwijzingen afgeschermd (n < 5) dagen");
    expect(text).toContain("Verwijzingen zonder reactie na de termijn afgeschermd (< 5) aantal");
  });

  it("embeds its fonts, which carry the letters and signs Dutch needs", async () => {
    const bytes = await renderPdf(dutchGlyphs);
    const fonts = pdfFonts(bytes);
    expect(fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, "")).sort()).toEqual(["DejaVuSans", "DejaVuSans-Bold"]);
    expect(fonts.every((f) => f.embedded)).toBe(true);
    const text = pdfText(bytes);
    for (const word of ["Naïef & Geëngageerd", "Súdwest-Fryslân", "≥ 3 jaar", "€ 150.000,00", "Signaalcategorieën", "– : niet te berekenen", "−8 (−8,4 %)", "één keer"]) expect(text).toContain(word);
  });

  it("sets the report in the fonts it is given", async () => {
    const require = createRequire(import.meta.url);
    const font = (file: string): Uint8Array => new Uint8Array(readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${file}`)));
    const bytes = await renderPdf(fixture, { fonts: { regular: font("DejaVuSerif.ttf"), bold: font("DejaVuSerif-Bold.ttf") } });
    expect(pdfFonts(bytes).map((f) => f.name.replace(/^[A-Z]{6}\+/, "")).sort()).toEqual(["DejaVuSerif", "DejaVuSerif-Bold"]);
  });

  it("writes the same bytes for the same document (its generatedAt is the file's creation date)", async () => {
    const first = await renderPdf(fixture);
    expect(Buffer.compare(Buffer.from(first), Buffer.from(await renderPdf(fixture)))).toBe(0);
    expect(Buffer.compare(Buffer.from(first), Buffer.from(await renderPdf({ ...fixture, generatedAt: "2026-01-16T09:30:00Z" })))).not.toBe(0);
    expect(poppler("pdfinfo", first, ["-isodates"])).toMatch(/^CreationDate:\s+2026-01-15T09:30:00Z$/m);
  });

  it("wraps a long label in its chart rather than cutting it", async () => {
    const long = "Centrum voor Jeugd en Gezin Tilburg-Noord en Reeshof";
    const doc: ReportDocument = { ...fixture, indicators: fixture.indicators.map((i) => (i.id === "reach.byNeighbourhood" && isBreakdown(i) ? { ...i, rows: [{ key: long, value: 131, suppressed: false }, ...i.rows.slice(1)] } : i)) };
    // In the chart and in the table, each on more than one line.
    expect(pdfText(await renderPdf(doc)).split(`${long} 131`).length - 1).toBe(2);
  });

  it("is A4, numbers its pages, and draws its charts as vector graphics rather than images", async () => {
    const bytes = await renderPdf(fixture);
    const { pages, size } = pdfPages(bytes);
    expect(size).toMatch(/^595\.2\d x 841\.8\d pts \(A4\)$/);
    expect(pages).toBeGreaterThan(1);
    for (let page = 1; page <= pages; page++) expect(pdfText(bytes, page)).toContain(`Pagina ${page} van ${pages}`);
    expect(poppler("pdfimages", bytes, ["-list"]).split("\n").slice(2).filter((l) => l.trim() !== "")).toEqual([]);
  });

  it("has the headings as bookmarks, each breakdown under its section", async () => {
    const outline = pdfOutline(await renderPdf(fixture));
    expect(outline.slice(0, 8)).toEqual([
      words.keyFigures.nl,
      words.otherFigures.nl,
      words.breakdowns.nl,
      ...["reach.byAgeBand", "reach.byGender", "reach.byNeighbourhood", "reach.byProgrammeLine", "reach.byActivityKind"].map((id) => `  ${indicatorName(id, "nl")}`),
    ]);
    expect(outline).toContain(words.comparison.nl);
    expect(outline.slice(-2)).toEqual([words.howWeCount.nl, `  ${words.definitions.nl}`]);
  });

  it("keeps each breakdown's heading on the page of its chart's first row, wherever the page breaks fall", async () => {
    // More or fewer rows in the table of other figures move every later block down the pages.
    for (let extra = 0; extra <= 24; extra += 3) {
      const fillers = Array.from({ length: extra }, (_, n) => ({ id: `extra.figure${n}`, unit: "count", value: n, suppressed: false }));
      const bytes = await renderPdf({ ...fixture, indicators: [...fixture.indicators, ...fillers] });
      const texts = Array.from({ length: pdfPages(bytes).pages }, (_, i) => pdfText(bytes, i + 1));
      for (const b of fixture.indicators.filter(isBreakdown)) {
        const name = indicatorName(b.id, "nl");
        const page = texts.find((t) => t.includes(`${name} ${rowLabel(b.id, b.rows[0]!, "nl")}`));
        expect(page, `${name} with ${extra} more figures`).toBeDefined();
      }
    }
  });

  it("goes on with a breakdown too long for one page on the next, every row shown", async () => {
    const doc: ReportDocument = { ...fixture, indicators: [...fixture.indicators.filter((i) => i.id !== longBreakdown.id), longBreakdown], comparison: undefined, warnings: [] };
    const bytes = await renderPdf(doc);
    const text = pdfText(bytes);
    for (const row of longBreakdown.rows) expect(text).toContain(`${row.key} ${row.suppressed ? "afgeschermd" : String(row.value)}`);
    const { pages } = pdfPages(bytes);
    const heading = Array.from({ length: pages }, (_, i) => pdfText(bytes, i + 1)).find((t) => t.includes("Bereik naar wijk"))!;
    expect(heading.slice(heading.indexOf("Bereik naar wijk"))).toContain("Wijk 1 ");
  });
});

describe.skipIf(!hasPoppler)("renderPdf on a report of version 2", { timeout: 60_000 }, () => {
  const doc = buildReport({ period: YEAR, region: "zuid", results: v2Dataset().result(), suppressionThreshold: 5, generatedAt: "2025-01-15T10:00:00Z" });

  it("shows every text of the HTML report, the targets too, and fills each page but the last", async () => {
    const bytes = await renderPdf(doc);
    const text = pdfText(bytes);
    expect(htmlTexts(renderHtml(doc)).filter((t) => !text.includes(t))).toEqual([]);
    expect(text).toContain("Afspraken en resultaten");
    // A block drawn past the foot of a page would make PDFKit start pages with a line or two on them.
    const { pages } = pdfPages(bytes);
    for (let page = 1; page < pages; page++) expect(pdfText(bytes, page).length, `page ${page}`).toBeGreaterThan(600);
  });
});

describe("loadDefaultFonts", () => {
  it("reads DejaVu Sans from dejavu-fonts-ttf", async () => {
    const fonts = await loadDefaultFonts();
    // A TrueType file starts with the version 1.0 tag 00 01 00 00.
    expect([...new Uint8Array(fonts.regular).subarray(0, 4)]).toEqual([0, 1, 0, 0]);
    expect([...new Uint8Array(fonts.bold).subarray(0, 4)]).toEqual([0, 1, 0, 0]);
  });

  it("says how to install the fonts when they cannot be read", async () => {
    // A relative place to resolve from cannot be read from (and the package itself is present here).
    await expect(loadDefaultFonts("nowhere/at/all")).rejects.toMatchObject({ code: "pdf.fonts-missing", message: expect.stringContaining("npm install dejavu-fonts-ttf") });
  });
});
