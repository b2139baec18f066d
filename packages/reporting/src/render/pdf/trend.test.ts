// The trend section of the PDF report read back with poppler, which did not write it: every text of
// the HTML's trend section, each bucket's row with its numbers or its words, and the chart as
// pdftoppm draws it — a column for each shown bucket, a light one for a partial bucket, none for a
// suppressed one. Also the truthful words of suppressed cells and the comparison's caveats.
import { describe, expect, it } from "vitest";
import type { ReportDocument, ReportTrendBucket } from "../../document/index.js";
import { trendLabels } from "../../document/labels.js";
import { fixture } from "../_fixture.js";
import { warningText, words } from "../format.js";
import { renderHtml } from "../html/index.js";
import { trendTexts } from "../trend.js";
import { NO_POPPLER, hasPoppler, pdfOutline, pdfPagePixels, pdfPages, pdfText, pdfWords } from "./_poppler.js";
import { renderPdf } from "./index.js";

type Cell = ReportTrendBucket["reach"];
const shown = (value: number): Cell => ({ value, suppressed: false });
const hidden = (suppressedBy: "primary" | "secondary"): Cell => ({ value: null, suppressed: true, suppressedBy });

/** A year by month from 15 January: January partial, March hidden (primary), July's reach hidden to protect another (secondary). */
const doc: ReportDocument = {
  ...fixture,
  period: { from: "2025-01-15", to: "2025-12-31" },
  trend: {
    granularity: "month",
    buckets: Array.from({ length: 12 }, (_, i): ReportTrendBucket => {
      const m = String(i + 1).padStart(2, "0");
      const last = new Date(Date.UTC(2025, i + 1, 0)).getUTCDate();
      return {
        key: `2025-${m}`,
        from: i === 0 ? "2025-01-15" : `2025-${m}-01`,
        to: `2025-${m}-${last}`,
        partial: i === 0,
        attendances: i === 2 ? hidden("primary") : shown(150 + 23 * i),
        reach: i === 2 ? hidden("primary") : i === 6 ? hidden("secondary") : shown(40 + 7 * i),
      };
    }),
  },
  warnings: [
    ...(fixture.warnings ?? []),
    { code: "report.period.partly-covered", severity: "warning", params: { period: "previous", from: "2024-01-01", to: "2024-12-31", first: "2024-09-02", last: "2025-12-19", uncoveredDays: 245, days: 366 } },
  ],
};

/** The HTML's trend section's texts, node by node (without its chart, whose words are in the table too). */
function trendHtmlTexts(html: string): string[] {
  const section = html.slice(html.indexOf('<section id="trend">'), html.indexOf("</section>", html.indexOf('<section id="trend">'))).replace(/<svg[\s\S]*?<\/svg>/g, "");
  return section.split(/<[^>]+>/).map((t) => t.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&").replace(/\s+/g, " ").trim()).filter((t) => t !== "");
}

describe.skipIf(!hasPoppler)(`the PDF report's trend${hasPoppler ? "" : ` (skipped: ${NO_POPPLER})`}`, { timeout: 60_000 }, () => {
  it("shows every text of the HTML's trend section and each bucket's numbers, a suppressed one in its words", async () => {
    for (const lang of ["nl", "en"] as const) {
      const text = pdfText(await renderPdf(doc, { lang }));
      expect(trendHtmlTexts(renderHtml(doc, { lang })).filter((t) => !text.includes(t))).toEqual([]);
      for (const r of trendTexts(doc, lang)!.rows) expect(text).toContain(`${r.label} ${r.bucket.from} \u2013 ${r.bucket.to} ${r.attendances} ${r.reach}`);
    }
    const text = pdfText(await renderPdf(doc));
    expect(text).toContain("januari 2025 * 2025-01-15 \u2013 2025-01-31 150 40");
    expect(text).toContain("maart 2025 2025-03-01 \u2013 2025-03-31 afgeschermd (< 5) afgeschermd (< 5)");
    // July's reach was hidden to protect another bucket: it may be large, so no "< 5".
    expect(text).toContain("juli 2025 2025-07-01 \u2013 2025-07-31 288 afgeschermd augustus 2025");
    expect(text).toContain(trendLabels.partialNote.nl);
    expect(text).toContain(trendLabels.chartSuppressed.nl);
  });

  it("draws a column per shown month, light for the partial one, none for a suppressed one, on the page of its heading", async () => {
    const bytes = await renderPdf(doc);
    const page = Array.from({ length: pdfPages(bytes).pages }, (_, i) => i + 1).find((p) => pdfText(bytes, p).includes("Verloop per maand"))!;
    const text = pdfText(bytes, page);
    expect(text.indexOf(trendLabels.reach.nl)).toBeGreaterThan(text.indexOf("Verloop per maand"));
    const { width, rgb } = pdfPagePixels(bytes, page);
    // The reach panel's axis labels are the first of each short month name on the page.
    const label = (name: string) => pdfWords(bytes, page).find((w) => w.text === name)!;
    const column = (name: string): { solid: number; light: number } => {
      const l = label(name);
      const x = Math.round((l.xMin + l.xMax) / 2);
      let solid = 0;
      let light = 0;
      for (let y = Math.round(l.yMin) - 5; y > l.yMin - 85; y--) {
        const at = (y * width + x) * 3;
        const [r, g, b] = [rgb[at]!, rgb[at + 1]!, rgb[at + 2]!];
        if (Math.abs(r - 0x1d) < 30 && Math.abs(g - 0x4e) < 30 && Math.abs(b - 0x89) < 30) solid++;
        if (Math.abs(r - 0xc5) < 20 && Math.abs(g - 0xd5) < 20 && Math.abs(b - 0xe9) < 20) light++;
      }
      return { solid, light };
    };
    expect(column("jan").light).toBeGreaterThan(5);
    expect(column("feb").solid).toBeGreaterThan(5);
    expect(column("feb").light).toBe(0);
    // December's reach (117) is the largest: its column is taller than February's (47).
    expect(column("dec").solid).toBeGreaterThan(column("feb").solid * 2);
    expect(column("mrt")).toEqual({ solid: 0, light: 0 });
    expect(column("jul")).toEqual({ solid: 0, light: 0 });
  });

  it("keeps its heading on the page of the whole chart wherever the page breaks fall, and is a bookmark", async () => {
    for (let extra = 0; extra <= 30; extra += 5) {
      const fillers = Array.from({ length: extra }, (_, n) => ({ id: `extra.figure${n}`, unit: "count", value: n, suppressed: false }));
      const bytes = await renderPdf({ ...doc, indicators: [...doc.indicators, ...fillers] });
      const page = Array.from({ length: pdfPages(bytes).pages }, (_, i) => pdfText(bytes, i + 1)).find((t) => t.includes("Verloop per maand"))!;
      // Both panels, each with its axis from January to December, then the description.
      expect(page, `with ${extra} more figures`).toMatch(/Verloop per maand Bereik \(kinderen\) .*jan \*.*dec Aanwezigheden .*jan \*.*dec Getelde aanwezigheden/);
    }
    expect(pdfOutline(await renderPdf(doc))).toContain("Verloop per maand");
  });

  it("goes on with a trend by week on the next page, under the table's header again, every week shown", async () => {
    const weekly: ReportDocument = {
      ...fixture,
      trend: {
        granularity: "week",
        buckets: Array.from({ length: 53 }, (_, i): ReportTrendBucket => {
          const from = new Date(Date.UTC(2024, 11, 30 + 7 * i));
          const to = new Date(Math.min(from.getTime() + 6 * 86_400_000, Date.UTC(2025, 11, 31)));
          const day = (d: Date) => d.toISOString().slice(0, 10);
          const key = `${i === 52 ? 2026 : 2025}-W${String(i === 52 ? 1 : i + 1).padStart(2, "0")}`;
          return { key, from: day(i === 0 ? new Date(Date.UTC(2025, 0, 1)) : from), to: day(to), partial: i === 0 || i === 52, attendances: shown(30 + ((i * 37) % 50)), reach: i === 20 ? hidden("primary") : shown(10 + ((i * 13) % 20)) };
        }),
      },
    };
    const bytes = await renderPdf(weekly);
    const pages = Array.from({ length: pdfPages(bytes).pages }, (_, i) => pdfText(bytes, i + 1));
    const header = "Week Van \u2013 tot en met Aanwezigheden Bereik (kinderen)";
    expect(pages.filter((p) => p.includes(header)).length).toBeGreaterThanOrEqual(2);
    const text = pages.join(" ");
    for (const r of trendTexts(weekly, "nl")!.rows) expect(text).toContain(`${r.label} ${r.bucket.from} \u2013 ${r.bucket.to} ${r.attendances} ${r.reach}`);
    expect(text).toContain("week 1 (2026) * 2025-12-29 \u2013 2025-12-31");
  });
});

describe.skipIf(!hasPoppler)("the PDF report's suppressed cells and caveats", { timeout: 60_000 }, () => {
  it("reads (< 5) for a cell the primary rule hid, and only the word for one hidden to protect another", async () => {
    const text = pdfText(await renderPdf(fixture));
    // reach.byAgeBand: under 4 hidden as a small count, over 12 hidden to protect it; in the chart and the table.
    expect(text.split("Jonger dan 4 jaar afgeschermd (< 5) 4 t/m 6 jaar").length - 1).toBe(2);
    expect(text.split("Ouder dan 12 jaar afgeschermd Leeftijd onbekend").length - 1).toBe(2);
    expect(text).not.toContain("Ouder dan 12 jaar afgeschermd (");
    expect(text).toContain("Mediane reactietijd op verwijzingen afgeschermd (n < 5) dagen");
    const english = pdfText(await renderPdf(fixture, { lang: "en" }));
    expect(english).toContain("Under 4 suppressed (< 5)");
    expect(english).not.toContain("Over 12 suppressed (");
  });

  it("does not repeat the title above itself without an organisation, as the HTML does not", async () => {
    const { organisation: _, ...anonymous } = fixture;
    const text = pdfText(await renderPdf(anonymous));
    expect(text.startsWith(`${words.title.nl} ${words.period.nl} `)).toBe(true);
    expect(pdfText(await renderPdf(fixture)).startsWith(`${words.title.nl.toUpperCase()} Stichting Kinderwerk De Brug`)).toBe(true);
  });

  it("prints the comparison's caveat above its chart, as the HTML does", async () => {
    const text = pdfText(await renderPdf(doc));
    const caveat = warningText(doc.warnings![1]!, "nl");
    const comparison = text.slice(text.indexOf(words.comparison.nl));
    expect(comparison).toContain(`${words.warnings.nl}: ${caveat}`);
    expect(comparison.indexOf(caveat)).toBeLessThan(comparison.indexOf(words.indicator.nl));
  });
});
