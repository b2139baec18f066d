// `kinderwerk report --compare-previous` as a separate process, on the demo dataset: the earlier
// period's own budget and population, and the warnings for a period the data cover only in part.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt, kw, tempFolder } from "../_test/cli.js";

let tmp: { dir: string; remove: () => void };
const GEN = ["--generated-at", "2026-01-15T09:00:00Z"];

interface Entry {
  id: string;
  previous: number | null;
  change: number | null;
}
interface Doc {
  dataSpan?: { first: string; last: string };
  warnings?: { code: string; params?: Record<string, unknown> }[];
  comparison?: { partlyCovered?: boolean; indicators: Entry[] };
  indicators: { id: string; value?: number | null; suppressed?: boolean; suppressedBy?: string; rows?: { key: string; suppressed: boolean; suppressedBy?: string }[] }[];
}

beforeAll(() => {
  ensureBuilt();
  tmp = tempFolder();
  expect(kw(["demo", "--out", "data", "--seed", "2025"], tmp.dir).status).toBe(0);
});
afterAll(() => tmp.remove());

const entry = (doc: Doc, id: string): Entry => doc.comparison!.indicators.find((e) => e.id === id)!;

describe("kinderwerk report --compare-previous", () => {
  it("divides the earlier period's own budget by its own reach (--previous-budget, --previous-population)", () => {
    const r = kw(["report", "data", "--year", "2025", "--compare-previous", "--budget", "120000", "--previous-budget", "€ 50.000", "--population", "2400", "--previous-population", "2300", ...GEN], tmp.dir);
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout) as Doc;
    const reachBefore = entry(doc, "reach").previous!;
    expect(reachBefore).toBeGreaterThan(0);
    expect(entry(doc, "costPerChild").previous).toBeCloseTo(50_000 / reachBefore, 2);
    expect(entry(doc, "costPerChild").previous).not.toBeCloseTo(120_000 / reachBefore, 0);
    expect(entry(doc, "reachShare").previous).not.toBeNull();
    expect((doc.warnings ?? []).map((w) => w.code)).not.toContain("report.comparison.input-missing");
  });

  it("takes the earlier period's lines of the budgets table when no --previous-budget is given, and says what is missing", () => {
    const r = kw(["report", "data", "--year", "2025", "--compare-previous", "--budget", "120000", "--population", "2400", ...GEN], tmp.dir);
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout) as Doc;
    const reachBefore = entry(doc, "reach").previous!;
    const budgetBefore = entry(doc, "budget.total").previous!;
    // The demo's budgets table has lines in 2024: their part of 2024, not this period's --budget.
    expect(budgetBefore).toBeGreaterThan(0);
    expect(entry(doc, "costPerChild").previous).toBeCloseTo(budgetBefore / reachBefore, 1);
    // No population for 2024: the reach share is not compared, and the report and stderr say why.
    expect(entry(doc, "reachShare")).toMatchObject({ previous: null, change: null });
    expect(doc.warnings).toContainEqual(expect.objectContaining({ code: "report.comparison.input-missing", params: expect.objectContaining({ input: "population", indicators: ["reachShare"] }) }));
    expect(r.stderr).toContain("Voor de vorige periode (2024-01-01 t/m 2024-12-31) is geen aantal kinderen in het gebied opgegeven; reachShare is daarom niet vergeleken.");
  });

  it("warns on stderr and in the document when the earlier period is only partly covered by the data", () => {
    // The demo starts in September 2024: 2024 is covered for a third.
    const r = kw(["report", "data", "--year", "2025", "--compare-previous", "--lang", "en", ...GEN], tmp.dir);
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout) as Doc;
    expect(doc.dataSpan?.first).toMatch(/^2024-09-/);
    expect(doc.comparison?.partlyCovered).toBe(true);
    expect(doc.warnings).toContainEqual(expect.objectContaining({ code: "report.period.partly-covered", params: expect.objectContaining({ period: "previous", from: "2024-01-01", to: "2024-12-31" }) }));
    expect(r.stderr).toMatch(/kinderwerk: The earlier period \(2024-01-01 to 2024-12-31\) is only partly covered by the data \(first date 2024-09-\d\d/);
    const md = kw(["report", "data", "--year", "2025", "--compare-previous", "--format", "md", "--lang", "en", ...GEN], tmp.dir).stdout;
    const comparison = md.slice(md.indexOf("## Comparison with the earlier period"));
    expect(comparison).toContain("> **Please note:** The earlier period (2024-01-01 to 2024-12-31) is only partly covered by the data");
  });

  it("stays quiet about coverage for a period the data cover", () => {
    const r = kw(["report", "data", "--quarter", "2025-Q2", "--compare-previous", ...GEN], tmp.dir);
    expect(r.status).toBe(0);
    expect(r.stderr).not.toContain("deel binnen de gegevens");
    expect((JSON.parse(r.stdout) as Doc).comparison?.partlyCovered).toBeUndefined();
  });

  it("lists --previous-budget and --previous-population in --help, with an example, in both languages", () => {
    for (const lang of ["nl", "en"]) {
      const help = kw(["report", "--help", "--lang", lang], tmp.dir).stdout;
      expect(help).toContain("--previous-budget <");
      expect(help).toContain("--previous-population <n>");
      expect(help).toContain("kinderwerk report ./export --year 2025 --compare-previous --budget 120000 --previous-budget 95000 --population 2400 --previous-population 2350");
    }
  });

  it("refuses --previous-budget without --compare-previous", () => {
    const r = kw(["report", "data", "--year", "2025", "--previous-budget", "50000", ...GEN], tmp.dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("--previous-budget geldt voor de vorige periode: gebruik het samen met --compare-previous");
  });

  it("names the rule of every suppressed cell in the JSON and says < 5 only for primary cells in the Markdown", () => {
    const r = kw(["report", "data", "--from", "2025-03-01", "--to", "2025-03-31", "--suppress", "10", ...GEN], tmp.dir);
    const doc = JSON.parse(r.stdout) as Doc;
    const cells = doc.indicators.flatMap((i) => [...(i.rows ?? []), ...(i.rows === undefined ? [i] : [])]).filter((c) => c.suppressed === true);
    expect(cells.length).toBeGreaterThan(0);
    for (const c of cells) expect(["primary", "basis", "secondary", "group", "part-of-whole", "derived"]).toContain(c.suppressedBy);
    const md = kw(["report", "data", "--from", "2025-03-01", "--to", "2025-03-31", "--suppress", "10", "--format", "md", ...GEN], tmp.dir).stdout;
    expect(md).not.toMatch(/\| < 10 \|/);
    expect(md).toContain("afgeschermd (< 10)");
  });
});
