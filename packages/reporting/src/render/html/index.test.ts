import { describe, expect, it } from "vitest";
import type { ReportDocument } from "../../document/index.js";
import { fixture } from "../_fixture.js";
import { renderHtml } from "./index.js";

const hostile: ReportDocument = {
  ...fixture,
  organisation: { name: 'De "Brug" <script>alert(1)</script>', municipality: "<img src=x onerror=alert(1)>" },
  population: { children4to12: 2408, source: "</style><script>x</script>" },
  indicators: [
    ...fixture.indicators.filter((i) => i.id !== "reach.byNeighbourhood"),
    {
      id: "reach.byNeighbourhood",
      unit: "children",
      rows: [
        { key: '<script>alert("wijk")</script>', value: 40, suppressed: false },
        { key: "Buurt \"Oost\" & 't Hoekje", value: 30, suppressed: false },
      ],
    },
  ],
};

describe("renderHtml", () => {
  it("renders the fixture in Dutch", async () => {
    await expect(renderHtml(fixture)).toMatchFileSnapshot("./__snapshots__/report.nl.html");
  });

  it("renders the fixture in English", async () => {
    await expect(renderHtml(fixture, { lang: "en" })).toMatchFileSnapshot("./__snapshots__/report.en.html");
  });

  it("declares the language of the page", () => {
    expect(renderHtml(fixture).startsWith('<!doctype html>\n<html lang="nl">')).toBe(true);
    expect(renderHtml(fixture, { lang: "en" })).toContain('<html lang="en">');
  });

  it("escapes every string from the document", () => {
    const html = renderHtml(hostile);
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<img");
    expect(html).not.toContain("</style><");
    expect(html).toContain("De &quot;Brug&quot; &lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("&lt;script&gt;alert(&quot;wijk&quot;)&lt;/script&gt;");
    expect(html).toContain("Buurt &quot;Oost&quot; &amp; &#39;t Hoekje");
  });

  it("loads nothing from elsewhere: no URLs, no external scripts, styles, fonts or images", () => {
    const html = renderHtml(fixture);
    expect(html).not.toMatch(/https?:|\/\/[a-z]/i);
    expect(html).not.toMatch(/<script|<link|<img|@import|url\(/i);
    expect(html).toContain("<style>");
  });

  it("is printable on A4 and keeps tables and charts whole", () => {
    const html = renderHtml(fixture);
    expect(html).toContain("@page { size: A4;");
    expect(html).toContain("break-inside: avoid-page");
  });

  it("draws accessible charts with a table beside each", () => {
    const html = renderHtml(fixture);
    const charts = html.match(/<svg class="chart" role="img" aria-labelledby="([^"]+)"/g) ?? [];
    const breakdowns = fixture.indicators.filter((i) => "rows" in i).length;
    expect(charts).toHaveLength(breakdowns + 1);
    expect(html).toContain('<title id="chart-0-title">Bereik naar leeftijd: staafdiagram; de waarden staan in de tabel ernaast</title>');
  });

  it("shows a marker for a suppressed cell and draws no bar for it", () => {
    const doc: ReportDocument = {
      ...fixture,
      comparison: undefined,
      indicators: [
        { id: "reach.byGender", unit: "children", rows: [{ key: "girl", value: 40, suppressed: false }, { key: "other", value: null, suppressed: true, suppressedBy: "primary" }, { key: "unknown", value: null, suppressed: true, suppressedBy: "secondary" }] },
      ],
    };
    const html = renderHtml(doc);
    expect(html.match(/<rect [^>]*class="bar"/g)).toHaveLength(1);
    expect(html).toContain('<text x="196.0" y="46" class="val sup" dominant-baseline="central">afgeschermd (&lt; 5)</text>');
    expect(html).toContain('<tr><th scope="row">Anders</th><td class="n sup">afgeschermd (&lt; 5)</td></tr>');
    // Hidden to protect the other: not said to be below 5.
    expect(html).toContain('<tr><th scope="row">Onbekend</th><td class="n sup">afgeschermd</td></tr>');
  });

  it("wraps a long chart label onto more lines and keeps every character", () => {
    const label = "Centrum voor Jeugd en Gezin (CJG) Tilburg-Noord";
    const doc: ReportDocument = { ...fixture, comparison: undefined, indicators: [{ id: "reach.byNeighbourhood", unit: "children", rows: [{ key: label, value: 12, suppressed: false }] }] };
    const svg = /<svg class="chart"[\s\S]*?<\/svg>/.exec(renderHtml(doc))?.[0] ?? "";
    const spans = [...svg.matchAll(/<tspan [^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]);
    expect(spans.length).toBeGreaterThan(1);
    expect(spans.join(" ")).toBe(label);
    expect(svg).not.toContain("\u2026");
  });

  it("shows the title once when no organisation is given", () => {
    const html = renderHtml({ ...fixture, organisation: undefined } as unknown as ReportDocument);
    expect(html.match(/Rapportage kinderwerk<\/(p|h1)>/g)).toEqual(["Rapportage kinderwerk</h1>"]);
    expect(renderHtml(fixture)).toContain('<p class="kicker">Rapportage kinderwerk</p><h1>Stichting Kinderwerk De Brug</h1>');
  });

  it("never shows a suppressed value, even when the document carries one by mistake", () => {
    const doc = {
      ...fixture,
      comparison: undefined,
      indicators: [{ id: "reach.byGender", unit: "children", rows: [{ key: "other", value: 3, suppressed: true }, { key: "girl", value: 40, suppressed: false }] }],
    } as unknown as ReportDocument;
    const html = renderHtml(doc);
    expect(html).not.toMatch(/>3</);
    expect(html.match(/<rect [^>]*class="bar"/g)).toHaveLength(1);
  });

  it("formats numbers Dutch style in Dutch and English style in English", () => {
    expect(renderHtml(fixture)).toContain('<th scope="row">Uren vrijwilligers</th><td class="n">1.234,5</td>');
    expect(renderHtml(fixture, { lang: "en" })).toContain('<th scope="row">Volunteer hours</th><td class="n">1,234.5</td>');
    expect(renderHtml(fixture)).toContain("€ 471,70");
  });

  it("puts the sections in reading order: key figures, breakdowns, signals, comparison, how we count", () => {
    const html = renderHtml(fixture);
    const at = (id: string): number => html.indexOf(`<section id="${id}">`);
    expect(at("key-figures")).toBeGreaterThan(0);
    expect(at("key-figures")).toBeLessThan(at("breakdowns"));
    expect(at("breakdowns")).toBeLessThan(at("signals"));
    expect(at("signals")).toBeLessThan(at("comparison"));
    expect(at("comparison")).toBeLessThan(at("how-we-count"));
  });

  it("states the header: organisation, period, region and generation time in Amsterdam", () => {
    const html = renderHtml(fixture);
    expect(html).toContain("<h1>Stichting Kinderwerk De Brug</h1>");
    expect(html).toContain("<dt>Periode</dt><dd>1 januari 2025 t/m 31 december 2025</dd>");
    expect(html).toContain("<dt>Regio</dt><dd>Zuid</dd>");
    expect(html).toContain("<dt>Gemaakt op</dt><dd>15 januari 2026 om 10:30</dd>");
  });
});
