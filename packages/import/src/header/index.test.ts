import { describe, expect, it } from "vitest";
import { guessTable, normaliseHeader, resolveHeader, suggestColumn } from "./index.js";

describe("header matching", () => {
  it("ignores case, spaces, _ and -", () => {
    expect(normaliseHeader(" Kind ID ")).toBe("kindid");
    const plan = resolveHeader(["Kind ID", "GEBOORTE_DATUM", "geslacht", "Post-code", "birthDate2"], "children");
    expect(plan.columns.map((c) => c.def.field)).toEqual(["childId", "birthDate", "gender", "postcode"]);
  });
  it("accepts English names and Dutch aliases for every table", () => {
    expect(resolveHeader(["sessionId", "childId", "present"], "attendance").issues).toEqual([]);
    expect(resolveHeader(["bijeenkomstId", "kindId", "aanwezig"], "attendance").issues).toEqual([]);
    expect(resolveHeader(["activiteitId", "naam", "soort", "pijlers", "minLeeftijd"], "activities").issues).toEqual([]);
    expect(resolveHeader(["bijeenkomstId", "activiteitId", "datum", "duurMinuten", "vrijwilligers"], "sessions").issues).toEqual([]);
    expect(resolveHeader(["signaalId", "kindId", "datum", "categorie", "gesignaleerdDoor", "omschrijving"], "signals").issues).toEqual([]);
    expect(resolveHeader(["verwijzingId", "kindId", "bestemming", "aangemaaktOp", "status", "toestemming"], "referrals").issues).toEqual([]);
  });
  it("reports an unknown column once, with a suggestion, and keeps it out", () => {
    const plan = resolveHeader(["kindId", "geboortedatun", "schoenmaat"], "children");
    expect(plan.unknown).toEqual(["geboortedatun", "schoenmaat"]);
    expect(plan.issues.map((i) => [i.code, i.params["suggestion"] ?? null, i.severity])).toEqual([
      ["header.unknown-column", "geboortedatum", "warning"],
      ["header.unknown-column", null, "warning"],
      ["header.missing-column", null, "error"],
    ]);
    expect(suggestColumn("geslaht", "children")).toBe("geslacht");
    expect(suggestColumn("brthDate", "children")).toBe("birthDate");
  });
  it("ignores a second column for the same field with a warning", () => {
    const plan = resolveHeader(["kindId", "childId", "geboortedatum"], "children");
    expect(plan.columns.map((c) => c.index)).toEqual([0, 2]);
    expect(plan.issues[0]?.code).toBe("header.duplicate-column");
  });
  it("ignores the reasons column of a rejects file quietly", () => {
    const plan = resolveHeader(["importfouten", "kindId", "geboortedatum"], "children");
    expect(plan.issues).toEqual([]);
    expect(plan.reasonsIndex).toBe(0);
  });
  it("uses a mapping's column names", () => {
    const plan = resolveHeader(["Client nr", "Geb. datum", "Intern"], "children", { columns: { "Client nr": "childId", "Geb. datum": "birthDate", Intern: null } });
    expect(plan.columns.map((c) => c.def.field)).toEqual(["childId", "birthDate"]);
    expect(plan.issues).toEqual([]);
  });
  it("guesses the table from the header", () => {
    expect(guessTable(["bijeenkomstId", "kindId", "aanwezig"])).toBe("attendance");
    expect(guessTable(["kindId", "geboortedatum"])).toBe("children");
    expect(guessTable(["foo", "bar"])).toBeUndefined();
  });
});
