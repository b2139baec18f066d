import { describe, expect, it } from "vitest";
import { createCatalogues } from "../catalogue/index.js";
import { formatIssue } from "../messages/index.js";
import { parseActivity } from "../parse/index.js";

const base = { activityId: "act-1", name: "Knutselmiddag", kind: "craft" };

describe("Activity", () => {
  it("fills in the defaults: the target group 4–12 and empty lists", () => {
    expect(parseActivity(base)).toEqual({
      ok: true,
      value: { ...base, programmeLines: [], pillars: [], partners: [], minAge: 4, maxAge: 12, ageRangeWidened: false },
      issues: [],
    });
  });

  it("accepts every field of the exchange format", () => {
    const full = {
      ...base,
      kind: "holiday-programme",
      programmeLines: ["social-inclusion", "equal-opportunities"],
      pillars: ["child", "environment"],
      locationType: "community-centre",
      neighbourhood: "Groenewoud",
      partners: [{ name: "Bibliotheek Midden-Brabant", sector: "education" }, { name: "Sportbedrijf" }],
      minAge: 6,
      maxAge: 10,
      startDate: "2025-07-19",
      endDate: "2025-08-31",
    };
    expect(parseActivity(full)).toMatchObject({ ok: true, value: full });
  });

  it("rejects an age range outside 4–12 unless it is explicitly widened", () => {
    const result = parseActivity({ ...base, maxAge: 14 });
    expect(result.ok).toBe(false);
    expect(result.issues[0]).toMatchObject({ code: "activity.ageRange.outside-target-group", path: ["maxAge"] });
    expect(formatIssue(result.issues[0]!)).toBe(
      'Leeftijd 4 t/m 14 valt buiten de doelgroep van 4 t/m 12 jaar. Zet "verruimde leeftijd" aan als dat de bedoeling is.',
    );
    expect(parseActivity({ ...base, minAge: 2, maxAge: 14, ageRangeWidened: true }).ok).toBe(true);
  });

  it("rejects a minimum age above the maximum, and an end before the start", () => {
    expect(parseActivity({ ...base, minAge: 10, maxAge: 6 }).issues[0]?.code).toBe("activity.ageRange.order");
    expect(parseActivity({ ...base, startDate: "2025-09-01", endDate: "2025-08-31" }).issues[0]?.code).toBe("activity.dates.order");
  });

  it("rejects an unknown kind, location type and partner sector", () => {
    const result = parseActivity({ ...base, kind: "sprot", locationType: "park", partners: [{ name: "X", sector: "finance" }] });
    expect(result.issues.map((i) => i.path.join("."))).toEqual(["kind", "locationType", "partners.0.sector"]);
  });

  it("checks programme lines and pillars against the catalogue in use", () => {
    const withDefaults = parseActivity({ ...base, programmeLines: ["taal"], pillars: ["child", "school"] });
    expect(withDefaults.issues.map((i) => [i.code, i.path.join(".")])).toEqual([
      ["catalogue.code.unknown", "programmeLines.0"],
      ["catalogue.code.unknown", "pillars.1"],
    ]);
    const own = createCatalogues({
      programmeLines: { id: "lijnen", version: "1", entries: [{ code: "taal", labels: { nl: "Taal", en: "Language" } }] },
    });
    if (!own.ok) throw new Error("catalogue should be valid");
    expect(parseActivity({ ...base, programmeLines: ["taal"] }, { catalogues: own.value }).ok).toBe(true);
    expect(parseActivity({ ...base, programmeLines: ["safety"] }, { catalogues: own.value }).ok).toBe(false);
  });
  it("compares the ages only when both are valid, so an out-of-range number is never carried", () => {
    for (const ages of [{ minAge: 123456782 }, { maxAge: 123456782 }, { minAge: -5, maxAge: 2 }, { minAge: 4.5, maxAge: 3 }]) {
      const r = parseActivity({ ...base, ...ages });
      expect(r.ok).toBe(false);
      expect(r.issues.map((i) => i.code)).not.toContain("activity.ageRange.order");
      expect(r.issues.map((i) => i.code)).not.toContain("activity.ageRange.outside-target-group");
      expect(JSON.stringify(r.issues)).not.toContain("123456782");
    }
    expect(parseActivity({ ...base, minAge: 10, maxAge: 6 }).issues.map((i) => i.code)).toEqual(["activity.ageRange.order"]);
  });
});
