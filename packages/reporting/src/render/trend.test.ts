import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { ReportDocument } from "../document/index.js";
import { parseReportDocument } from "../document/index.js";
import { renderXlsx } from "../xlsx.js";
import { fixture } from "./_fixture.js";
import { renderCsv } from "./csv/index.js";
import { renderHtml } from "./html/index.js";
import { renderJson } from "./json/index.js";
import { renderMarkdown } from "./markdown/index.js";
import { trendBucketLabel } from "./trend.js";

const cell = (value: number | null) => (value === null ? { value: null, suppressed: true } : { value, suppressed: false });

/** The fixture with a trend by month over a period that starts on 15 January: January partial, March suppressed. */
const doc: ReportDocument = {
  ...fixture,
  period: { from: "2025-01-15", to: "2025-04-30" },
  trend: {
    granularity: "month",
    buckets: [
      { key: "2025-01", from: "2025-01-15", to: "2025-01-31", partial: true, attendances: cell(412), reach: cell(97) },
      { key: "2025-02", from: "2025-02-01", to: "2025-02-28", partial: false, attendances: cell(733), reach: cell(151) },
      { key: "2025-03", from: "2025-03-01", to: "2025-03-31", partial: false, attendances: cell(null), reach: cell(null) },
      { key: "2025-04", from: "2025-04-01", to: "2025-04-30", partial: false, attendances: cell(null), reach: cell(null) },
    ],
  },
};

describe("the trend in every renderer", () => {
  it("labels buckets in Dutch and English", () => {
    expect(trendBucketLabel("2025-03", "nl")).toBe("maart 2025");
    expect(trendBucketLabel("2025-03", "en")).toBe("March 2025");
    expect(trendBucketLabel("2025-Q1", "nl")).toBe("1e kwartaal 2025");
    expect(trendBucketLabel("2025-Q1", "en")).toBe("Q1 2025");
    expect(trendBucketLabel("2026-W01", "nl")).toBe("week 1 (2026)");
    expect(trendBucketLabel("2025-W09", "en", true)).toBe("9");
  });

  it("JSON: writes the section with key, days, partial, attendances and reach, suppressed cells null, and reads it back", () => {
    const text = renderJson(doc);
    expect(text).toContain('"trend": {\n    "granularity": "month",\n    "buckets": [\n      {\n        "from": "2025-01-15",\n        "to": "2025-01-31",\n        "key": "2025-01",\n        "partial": true,');
    const back = parseReportDocument(JSON.parse(text));
    expect(back.ok && back.value.trend).toEqual(doc.trend);
    // A suppressed cell never carries a number, even when a document holds one by mistake.
    const leaky = { ...doc, trend: { ...doc.trend!, buckets: [{ ...doc.trend!.buckets[2]!, reach: { value: 3, suppressed: true } }] } };
    expect(renderJson(leaky as ReportDocument)).not.toMatch(/"value": 3\b/);
  });

  it("CSV: two rows per bucket in the report's columns, the bucket's days as its period, partial buckets said so", () => {
    const lines = renderCsv(doc, { lineEnding: "\n" }).trim().split("\n");
    const trend = lines.filter((l) => l.startsWith("trend."));
    expect(trend).toHaveLength(8);
    expect(trend[0]).toBe("trend.attendances;Verloop per maand: aanwezigheden;2025-01;januari 2025 (deels in de periode);412;aantal;false;2025-01-15;2025-01-31;;;;");
    expect(trend[1]).toBe("trend.reach;Verloop per maand: bereik (kinderen);2025-01;januari 2025 (deels in de periode);97;kinderen;false;2025-01-15;2025-01-31;;;;");
    expect(trend[5]).toBe("trend.reach;Verloop per maand: bereik (kinderen);2025-03;maart 2025;;kinderen;true;2025-03-01;2025-03-31;;;;");
    const en = renderCsv(doc, { lang: "en", lineEnding: "\n" }).split("\n").filter((l) => l.startsWith("trend."));
    expect(en[2]).toBe("trend.attendances,Trend by month: attendances,2025-02,February 2025,733,count,false,2025-02-01,2025-02-28,,,,");
  });

  it("Markdown: a table per bucket with the partial note; the suppressed cells say so", () => {
    const text = renderMarkdown(doc);
    expect(text).toContain("## Verloop per maand");
    expect(text).toContain("| Maand | Aanwezigheden | Bereik (kinderen) |\n| --- | ---: | ---: |\n| januari 2025 \\* | 412 | 97 |\n| februari 2025 | 733 | 151 |\n| maart 2025 | afgeschermd | afgeschermd |");
    // The word is true whichever rule hid a month; "< 5" would not be for April, hidden only to protect March.
    const section = text.slice(text.indexOf("## Verloop"), text.indexOf("\n## ", text.indexOf("## Verloop") + 3));
    expect(section).not.toContain("< 5");
    expect(text).toContain("\\* Valt maar voor een deel in de rapportageperiode");
    expect(renderMarkdown(doc, { lang: "en" })).toContain("| Month | Attendances | Reach (children) |");
    expect(renderMarkdown(fixture)).not.toContain("Verloop");
  });

  it("HTML: a chart with a column per shown value (partial ones light), no column for a suppressed cell, and the table", () => {
    const html = renderHtml(doc);
    const section = html.slice(html.indexOf('<section id="trend">'), html.indexOf("</section>", html.indexOf('<section id="trend">')));
    expect(section).toContain("<h2>Verloop per maand</h2>");
    const svg = section.slice(section.indexOf("<svg"), section.indexOf("</svg>"));
    // January and February in each of the two panels; March and April suppressed: no bar.
    expect(svg.match(/<rect /g)).toHaveLength(4);
    expect(svg.match(/class="bar prev"/g)).toHaveLength(2);
    expect(svg.match(/>×<\/text>/g)).toHaveLength(4);
    expect(section).toContain("× in de grafiek: afgeschermd.");
    expect(section).toContain('<th scope="row">januari 2025 *</th><td>2025-01-15 – 2025-01-31</td><td class="n">412</td><td class="n">97</td>');
    expect(section).toContain('<td class="n sup">afgeschermd</td>');
    expect(section).not.toContain("&lt; 5");
    expect(renderHtml(doc, { lang: "en" })).toContain("<h2>Trend by month</h2>");
    expect(renderHtml(fixture)).not.toContain('id="trend"');
  });

  it("HTML: thins out the axis of 53 weeks and marks suppressed weeks in the chart", () => {
    const weeks = Array.from({ length: 53 }, (_, i) => ({
      key: `2025-W${String(i + 1).padStart(2, "0")}`,
      from: "2025-01-06",
      to: "2025-01-12",
      partial: false,
      attendances: cell(i === 7 ? null : 20 + i),
      reach: cell(i === 7 ? null : 10 + i),
    }));
    const html = renderHtml({ ...doc, trend: { granularity: "week", buckets: weeks } });
    const svg = html.slice(html.indexOf('<svg class="chart trend"'), html.indexOf("</svg>", html.indexOf('<svg class="chart trend"')));
    expect(svg.match(/<rect /g)).toHaveLength(2 * 52);
    expect(svg.match(/>×<\/text>/g)).toHaveLength(2);
    expect(html).toContain("<h2>Verloop per week</h2>");
  });

  it("XLSX: a sheet Verloop / Trend with number cells and the word for suppressed ones", async () => {
    for (const [lang, name, word] of [["nl", "Verloop", "afgeschermd"], ["en", "Trend", "suppressed"]] as const) {
      const book = new ExcelJS.Workbook();
      await book.xlsx.load((await renderXlsx(doc, { lang })) as unknown as ArrayBuffer);
      const sheet = book.getWorksheet(name);
      expect(sheet).toBeDefined();
      const rows = sheet!.getSheetValues().filter((r) => r !== undefined).map((r) => (r as unknown[]).slice(1));
      expect(rows[1]).toEqual([lang === "nl" ? "januari 2025 *" : "January 2025 *", "2025-01-15", "2025-01-31", lang === "nl" ? "ja" : "yes", 412, 97, "2025-01"]);
      expect(rows[3]!.slice(4, 6)).toEqual([word, word]);
      expect(typeof rows[2]![4]).toBe("number");
    }
  });
});
