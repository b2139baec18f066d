// Every indicator of INDICATORS.md version 2, and the table of targets against results, in every
// renderer and both languages.
import { describe, expect, it } from "vitest";
import { v2Dataset, YEAR } from "../_lib/v2TestData.js";
import { V2_INDICATOR_IDS } from "../indicators/groups.js";
import { indicatorLabels } from "../document/index.js";
import { parseReportDocument } from "../document/index.js";
import { buildReport } from "../report/index.js";
import { renderCsv } from "./csv/index.js";
import { renderHtml } from "./html/index.js";
import { renderJson } from "./json/index.js";
import { renderMarkdown } from "./markdown/index.js";
import { words } from "./format.js";
import { esc } from "./html/escape.js";

const doc = buildReport({ period: YEAR, region: "zuid", results: v2Dataset().result(), suppressionThreshold: 0, generatedAt: "2025-01-15T10:00:00Z" });

describe("the renderers on a report of version 2", () => {
  it("holds every version 2 indicator", () => {
    expect(doc.indicators.map((i) => i.id)).toEqual(expect.arrayContaining([...V2_INDICATOR_IDS]));
  });

  for (const lang of ["nl", "en"] as const) {
    it(`names every version 2 indicator in Markdown, HTML and CSV (${lang})`, () => {
      const md = renderMarkdown(doc, { lang });
      const html = renderHtml(doc, { lang });
      const csv = renderCsv(doc, { lang, lineEnding: "\n" });
      for (const id of V2_INDICATOR_IDS) {
        const label = indicatorLabels[id].label[lang];
        expect(md, id).toContain(label);
        expect(html, id).toContain(esc(label));
        const sep = lang === "nl" ? ";" : ",";
        const cell = label.includes(sep) ? `"${label}"` : label;
        expect(csv, id).toContain(`\n${id}${sep}${cell}${sep}`);
      }
      expect(md).toContain(`**${words.definitionsVersion[lang]}:** 2`);
    });
  }

  it("labels the rows of the version 2 breakdowns from core's vocabularies", () => {
    const md = renderMarkdown(doc, { lang: "nl" });
    expect(md).toContain("| Beroepskracht | 2 |");
    expect(md).toContain("| Voorbereiding | 8,5 |");
    expect(md).toContain("| Gemeente | € 36.600,00 |");
    expect(md).toContain("| Nog geen besluit | 2 |");
  });

  it("sets the targets against the results in a table of every format", () => {
    const md = renderMarkdown(doc, { lang: "nl" });
    expect(md).toContain("## Afspraken en resultaten");
    expect(md).toContain("| Gezinnen bereikt |  | 2 | 3 | 150,0 % |");
    expect(md).toContain("| Bereik | 1 januari 2024 t/m 31 december 2024 | 5 | 4 | 80,0 % |");
    const html = renderHtml(doc, { lang: "en" });
    expect(html).toContain('<section id="targets"><h2>Targets and results</h2>');
    expect(html).toContain('<tr><th scope="row">Families reached</th><td></td><td class="n">2</td><td class="n">3</td><td class="n">150.0%</td></tr>');
    const csv = renderCsv(doc, { lang: "en", lineEnding: "\n" }).split("\n");
    expect(csv).toContain("targets.agreed,Agreed,families,Families reached,2,households,false,2024-01-01,2024-12-31,,,,");
    expect(csv).toContain("targets.realised,Realised,families,Families reached,3,households,false,2024-01-01,2024-12-31,,,,");
    expect(csv).toContain("targets.percent,Realised (%),families,Families reached,150,percent,false,2024-01-01,2024-12-31,,,,");
    const json = JSON.parse(renderJson(doc)) as { targets: unknown[]; definitionsVersion: number };
    expect(json.definitionsVersion).toBe(2);
    expect(json.targets).toContainEqual({ indicator: "families", target: 2, realised: 3, percent: 150, suppressed: false });
    expect(parseReportDocument(json).ok).toBe(true);
  });

  it("names the missing table in the warnings of every format", () => {
    const missing = buildReport({ period: YEAR, region: "zuid", results: v2Dataset(new Set(["meldcode"])).result() });
    expect(renderMarkdown(missing, { lang: "nl" })).toContain("De tabel meldcode ontbreekt; meldcode.started, meldcode.byDecision, meldcode.medianDaysToDecision zijn niet berekend.");
    expect(renderHtml(missing, { lang: "en" })).toContain("The table meldcode is missing; meldcode.started, meldcode.byDecision, meldcode.medianDaysToDecision were not computed.");
    expect(renderJson(missing)).toContain('"code": "report.table-missing"');
  });
});
