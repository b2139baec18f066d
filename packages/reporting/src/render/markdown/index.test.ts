import { describe, expect, it } from "vitest";
import type { ReportDocument } from "../../document/index.js";
import { fixture } from "../_fixture.js";
import { renderMarkdown } from "./index.js";

describe("renderMarkdown", () => {
  it("renders the fixture in Dutch", async () => {
    await expect(renderMarkdown(fixture)).toMatchFileSnapshot("./__snapshots__/report.nl.md");
  });

  it("renders the fixture in English", async () => {
    await expect(renderMarkdown(fixture, { lang: "en" })).toMatchFileSnapshot("./__snapshots__/report.en.md");
  });

  it("states the organisation, the period and the definitions version at the top", () => {
    const lines = renderMarkdown(fixture).split("\n");
    expect(lines[0]).toBe("# Rapportage kinderwerk — Stichting Kinderwerk De Brug");
    expect(lines[2]).toBe("**Periode:** 1 januari 2025 t/m 31 december 2025  ");
    expect(renderMarkdown(fixture)).toContain("**Versie van de definities:** 1");
  });

  it("shows suppressed cells as a marker explained in a note, never the value", () => {
    const text = renderMarkdown(fixture);
    expect(text).toContain("| Jonger dan 4 jaar | afgeschermd (< 5) |");
    expect(text).toContain("| Mediane reactietijd op verwijzingen | afgeschermd (n < 5) | dagen |");
    // Hidden to protect a neighbour: its value may be 10 or 12, so no "< 5".
    expect(text).toContain("| Ouder dan 12 jaar | afgeschermd |");
    expect(text).toContain("afgeschermd (< 5): een aantal van 1 tot 5.");
    expect(renderMarkdown(fixture, { lang: "en" })).toContain("| Over 12 | suppressed |");
  });

  it("never shows a suppressed value, even when the document carries one by mistake", () => {
    const doc = {
      ...fixture,
      indicators: [{ id: "reach.byGender", unit: "children", rows: [{ key: "other", value: 3, suppressed: true }, { key: "girl", value: 40, suppressed: false }] }],
    } as unknown as ReportDocument;
    const text = renderMarkdown(doc);
    // Without the rule that hid it, the cell is not said to be below the threshold.
    expect(text).toContain("| Anders | afgeschermd |");
    expect(text).not.toMatch(/\|\s*3\s*\|/);
  });

  it("formats numbers Dutch style in Dutch and English style in English", () => {
    expect(renderMarkdown(fixture)).toContain("| Contacturen | 3.517,5 | uren |");
    expect(renderMarkdown(fixture, { lang: "en" })).toContain("| Contact hours | 3,517.5 | hours |");
    expect(renderMarkdown(fixture)).toContain("| Contacturen | 3.517,5 | 3.620,0 | −102,5 | −2,8 % |");
  });

  it("escapes markup and HTML in names from the document", () => {
    const doc: ReportDocument = {
      ...fixture,
      organisation: { name: 'Kind & Co <script>alert("x")</script> | *ster*' },
      indicators: [{ id: "reach.byNeighbourhood", unit: "children", rows: [{ key: "[klik](javascript:x)", value: 12, suppressed: false }] }],
    };
    const text = renderMarkdown(doc);
    expect(text).not.toContain("<script>");
    expect(text).toContain("# Rapportage kinderwerk — Kind &amp; Co &lt;script&gt;alert(\"x\")&lt;/script&gt; \\| \\*ster\\*");
    expect(text).toContain("| \\[klik\\](javascript:x) | 12 |");
  });
});
