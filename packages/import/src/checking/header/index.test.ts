import { describe, expect, it } from "vitest";
import { guessTable, normaliseHeader, resolveHeader, shownColumnName, suggestColumn } from "./index.js";
import { importTable } from "../../pipeline/index.js";

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

describe("a first row that is not a header", () => {
  it("gives one header.missing error and echoes no cell", () => {
    const plan = resolveHeader(["kw-1", "Fatima El Amrani", "06-12345678", "2016-05-10"], "children");
    expect(plan.issues.map((i) => [i.code, i.params])).toEqual([["header.missing", { table: "children" }]]);
    expect(plan.unknown).toEqual([]);
    expect(JSON.stringify(plan)).not.toContain("Fatima");
  });
  it("rejects every row and keeps the counts whole", async () => {
    const r = await importTable("kw-1;Fatima;06-12345678;2016-05-10\nkw-2;Jan;0612345679;2016-05-11\n", { table: "children" });
    expect(r.counts.rows).toBe(r.counts.accepted + r.counts.rejected);
    expect(r.counts.accepted).toBe(0);
    expect(r.issues[0]?.message).toBe("Rij 1: De eerste rij bevat geen bekende kolomnamen: begin het bestand met een kopregel, bijvoorbeeld kindId;geboortedatum;…");
    expect(JSON.stringify(r.issues)).not.toMatch(/Fatima|12345678/);
  });
  it("names an unknown column only when the name is safe, else by position", () => {
    const plan = resolveHeader(["kindId", "geboortedatum", "06-12345678", "schoenmaat", "a@b.nl", "Straat 123", "x".repeat(41)], "children");
    expect(plan.issues.map((i) => i.params["column"] ?? i.params["position"])).toEqual([3, "schoenmaat", 5, 6, 7]);
    expect([shownColumnName(" maat "), shownColumnName("5025 KL")]).toEqual(["maat", undefined]);
  });
});
