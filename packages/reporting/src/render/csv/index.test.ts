import { describe, expect, it } from "vitest";
import type { ReportDocument } from "../../document/index.js";
import { fixture } from "../_fixture.js";
import { renderCsv } from "./index.js";

const lines = (text: string): string[] => text.split("\r\n").filter((l) => l !== "");

describe("renderCsv", () => {
  it("writes the fixture in Dutch with semicolons and decimal commas", async () => {
    await expect(renderCsv(fixture)).toMatchFileSnapshot("./__snapshots__/report.nl.csv");
  });

  it("writes the fixture in English with commas and decimal points", async () => {
    await expect(renderCsv(fixture, { lang: "en" })).toMatchFileSnapshot("./__snapshots__/report.en.csv");
  });

  it("writes one row per value after the header", () => {
    const scalars = fixture.indicators.filter((i) => !("rows" in i)).length;
    const rows = fixture.indicators.reduce((n, i) => n + ("rows" in i ? i.rows.length : 0), 0);
    expect(lines(renderCsv(fixture))).toHaveLength(1 + scalars + rows);
    expect(lines(renderCsv(fixture))[0]).toBe(
      "indicator;naam;code;omschrijving;waarde;eenheid;afgeschermd;periode_van;periode_tot;vorige_waarde;verschil;verschil_procent;afgeschermd_door",
    );
  });

  it("keeps numbers as numbers and writes the comparison beside the value", () => {
    const nl = lines(renderCsv(fixture));
    expect(nl).toContain("reach;Bereik;;;318;kinderen;false;2025-01-01;2025-12-31;289;29;10;");
    expect(nl).toContain("contactHours;Contacturen;;;3517,5;uren;false;2025-01-01;2025-12-31;3620;-102,5;-2,8;");
    const en = lines(renderCsv(fixture, { lang: "en" }));
    expect(en).toContain("contactHours,Contact hours,,,3517.5,hours,false,2025-01-01,2025-12-31,3620,-102.5,-2.8,");
  });

  it("leaves a suppressed value empty and marks it suppressed", () => {
    const nl = lines(renderCsv(fixture));
    expect(nl).toContain("reach.byAgeBand;Bereik naar leeftijd;under-4;Jonger dan 4 jaar;;kinderen;true;2025-01-01;2025-12-31;;;;primary");
    // The rule that hid a cell, in the last column: a secondary cell is not said to be below 5.
    expect(nl).toContain("reach.byAgeBand;Bereik naar leeftijd;over-12;Ouder dan 12 jaar;;kinderen;true;2025-01-01;2025-12-31;;;;secondary");
    expect(nl).toContain("referrals.medianDaysToResponse;Mediane reactietijd op verwijzingen;;;;dagen;true;2025-01-01;2025-12-31;;;;basis");
  });

  it("labels codes from the vocabularies and catalogues", () => {
    const en = lines(renderCsv(fixture, { lang: "en" }));
    expect(en).toContain("reach.byProgrammeLine,Reach by programme line,equal-opportunities,Equal opportunities and talent development,133,children,false,2025-01-01,2025-12-31,,,,");
    expect(en).toContain("reach.byGender,Reach by gender,girl,Girl,162,children,false,2025-01-01,2025-12-31,,,,");
  });

  it("labels codes from the organisation's own catalogue when given", () => {
    const text = renderCsv(fixture, {
      lang: "en",
      catalogues: { programmeLines: { id: "eigen", version: "2025", entries: [{ code: "strong-parents", labels: { nl: "Ouders aan zet", en: "Parents in charge" } }] } },
    });
    expect(text).toContain(",strong-parents,Parents in charge,41,");
  });

  it("neutralises text a spreadsheet would run as a formula", () => {
    const doc: ReportDocument = {
      ...fixture,
      indicators: [
        { id: "reach.byNeighbourhood", unit: "children", rows: [
          { key: "=HYPERLINK(\"http://x\")", value: 12, suppressed: false },
          { key: "@SUM(A1)", value: 7, suppressed: false },
          { key: "-2+3", value: 6, suppressed: false },
        ] },
      ],
    };
    const text = renderCsv(doc, { lang: "en" });
    expect(text).toContain(`"'=HYPERLINK(""http://x"")","'=HYPERLINK(""http://x"")",12,`);
    expect(text).toContain("'@SUM(A1),'@SUM(A1),7,");
    expect(text).toContain("'-2+3,'-2+3,6,");
  });

  it("never writes a suppressed value, even when the document carries one by mistake", () => {
    const doc = {
      ...fixture,
      comparison: undefined,
      indicators: [{ id: "reach", unit: "children", value: 3, suppressed: true }],
    } as unknown as ReportDocument;
    expect(lines(renderCsv(doc))[1]).toBe("reach;Bereik;;;;kinderen;true;2025-01-01;2025-12-31;;;;");
  });

  it("starts with a byte-order mark when asked", () => {
    expect(renderCsv(fixture, { bom: true }).startsWith("\uFEFFindicator;")).toBe(true);
  });
});
