import { describe, expect, it } from "vitest";
import { formatIssue } from "../messages/index.js";
import { parseChild } from "../parse/index.js";
import { Child } from "./index.js";

describe("Child", () => {
  it("accepts a pseudonymous child and reduces the postcode to PC4", () => {
    expect(parseChild({ childId: "kw-0101", birthDate: "2015-09-14", gender: "girl", postcode: "5025 KL", neighbourhood: "Groenewoud", groep: 6 })).toEqual({
      ok: true,
      value: { childId: "kw-0101", birthDate: "2015-09-14", gender: "girl", postcode: "5025", neighbourhood: "Groenewoud", groep: 6 },
      issues: [],
    });
    expect(Child.parse({ childId: "kw-2", birthDate: "2018-01-03", postcode: "5025KL" }).postcode).toBe("5025");
    expect(Child.parse({ childId: "kw-3", birthDate: "2018-01-03", postcode: "5025" }).postcode).toBe("5025");
  });

  it("rejects an id that looks like a BSN, and explains why without echoing it", () => {
    const result = parseChild({ childId: "111222333", birthDate: "2015-09-14" });
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual([{ code: "child.childId.bsn", severity: "error", path: ["childId"], params: {} }]);
    const nl = formatIssue(result.issues[0]!);
    expect(nl).toContain("lijkt op een BSN");
    expect(nl).not.toContain("111222333");
    expect(formatIssue(result.issues[0]!, { lang: "en" })).toContain("may not process BSNs");
  });

  it("does not reject nine digits that fail the 11-test", () => {
    expect(parseChild({ childId: "123456789", birthDate: "2015-09-14" }).ok).toBe(true);
  });

  it("rejects a name with spaces as an id and warns about an id that reads like a first name", () => {
    expect(parseChild({ childId: "Jan de Vries", birthDate: "2015-09-14" }).issues[0]?.code).toBe("value.id");
    const named = parseChild({ childId: "Fatima", birthDate: "2015-09-14" });
    expect(named.ok).toBe(true);
    expect(named.issues).toEqual([expect.objectContaining({ code: "child.childId.name-like", severity: "warning" })]);
  });

  it("reports every field that is wrong, in the coordinator's words", () => {
    const result = parseChild({ childId: "kw-1", birthDate: "2015-02-30", gender: "meid", postcode: "ABCD", groep: 9 });
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => formatIssue(i))).toEqual([
      'Geboortedatum is geen geldige datum (ingevuld: "2015-02-30"); schrijf bijvoorbeeld 2025-09-14.',
      "Geslacht heeft een onbekende waarde. Kies uit: meisje (girl), jongen (boy), anders (other), onbekend (unknown).",
      "Postcode is geen Nederlandse postcode; schrijf 1234 of 1234 AB.",
      'Groep mag hoogstens 8 zijn (ingevuld: "9").',
    ]);
  });

  it("echoes only date-, time- or number-shaped values, never a name or an address", () => {
    const result = parseChild({ childId: "kw-1", birthDate: "Fatima", gender: "Fatima", postcode: "5025 KL 12" });
    expect(result.issues.map((i) => [i.code, i.params["value"]])).toEqual([
      ["value.date", undefined],
      ["value.not-allowed", undefined],
      ["value.postcode", undefined],
    ]);
    const text = result.issues.map((i) => formatIssue(i)).join(" ");
    expect(text).not.toMatch(/Fatima|5025/);
    expect(text).toContain("Geboortedatum is geen geldige datum; schrijf bijvoorbeeld 2025-09-14.");
  });

  it("does not echo a BSN or a phone number typed into a date field", () => {
    for (const birthDate of ["111222333", "0612345678"]) {
      const [found] = parseChild({ childId: "kw-1", birthDate }).issues;
      expect(found).toEqual({ code: "value.date", severity: "error", path: ["birthDate"], params: {} });
    }
  });

  it("rejects personal data in the neighbourhood", () => {
    const kinds = ["Wijk 111222333", "bel 06-12345678", "mail a@b.nl", "5025 KL 12"].map((neighbourhood) => {
      const found = parseChild({ childId: "kw-1", birthDate: "2015-09-14", neighbourhood }).issues[0];
      return [found?.code, found?.params["kind"]];
    });
    expect(kinds).toEqual([
      ["value.contains-bsn", undefined],
      ["value.contains-personal-data", "phone"],
      ["value.contains-personal-data", "email"],
      ["value.contains-personal-data", "address"],
    ]);
    const [phone] = parseChild({ childId: "kw-1", birthDate: "2015-09-14", neighbourhood: "bel 06-12345678" }).issues;
    expect(formatIssue(phone!)).toBe("Wijk bevat een telefoonnummer. Persoonsgegevens mogen hier niet staan: haal het weg.");
    expect(formatIssue(phone!, { lang: "en" })).toBe("Neighbourhood holds a phone number. Personal data may not be recorded here: remove it.");
  });

  it("rejects a BSN hidden in the child id and warns about ids without digits", () => {
    expect(parseChild({ childId: "NL111222333", birthDate: "2015-09-14" }).issues).toEqual([
      { code: "child.childId.bsn", severity: "error", path: ["childId"], params: {} },
    ]);
    for (const childId of ["Fatima_de_Vries", "fatima.devries"]) {
      expect(parseChild({ childId, birthDate: "2015-09-14" }).issues).toEqual([
        { code: "child.childId.name-like", severity: "warning", path: ["childId"], params: {} },
      ]);
    }
  });

  it("requires an id and a birth date", () => {
    const result = parseChild({});
    expect(result.issues.map((i) => [i.code, i.path[0]])).toEqual([
      ["value.required", "childId"],
      ["value.required", "birthDate"],
    ]);
    expect(formatIssue(result.issues[1]!, { lang: "en" })).toBe("Birth date is missing.");
  });

  it("never repeats what was typed into an id field: it may be a name", () => {
    const result = parseChild({ childId: "Sanne de Vries", birthDate: "2015-09-14" });
    expect(result.issues).toEqual([{ code: "value.id", severity: "error", path: ["childId"], params: {} }]);
    expect(formatIssue(result.issues[0]!)).not.toContain("Sanne");
  });

  it("treats blank fields as not filled in: optional ones stay unset, required ones are missing once", () => {
    expect(parseChild({ childId: "kw-1", birthDate: "2015-09-14", neighbourhood: "", postcode: "  " })).toEqual({
      ok: true,
      value: { childId: "kw-1", birthDate: "2015-09-14" },
      issues: [],
    });
    expect(parseChild({ childId: "", birthDate: "2015-09-14" }).issues).toEqual([
      { code: "value.required", severity: "error", path: ["childId"], params: {} },
    ]);
  });

  it("rejects a BSN-like number in the neighbourhood without repeating it", () => {
    const result = parseChild({ childId: "kw-1", birthDate: "2015-09-14", neighbourhood: "BSN 111222333" });
    expect(result.issues).toEqual([{ code: "value.contains-bsn", severity: "error", path: ["neighbourhood"], params: {} }]);
    expect(formatIssue(result.issues[0]!)).toBe("Wijk bevat een nummer dat op een BSN lijkt. Een BSN mag hier niet staan: haal het weg.");
  });

  it("offers labels in the coordinator's language when a code is unknown", () => {
    const result = parseChild({ childId: "kw-1", birthDate: "2015-09-14", gender: "x" });
    expect(formatIssue(result.issues[0]!, { lang: "en" })).toBe(
      'Gender has an unknown value. Choose from: girl, boy, other, unknown.',
    );
  });

  it("rejects a postcode that starts with 0", () => {
    expect(parseChild({ childId: "kw-1", birthDate: "2015-01-01", postcode: "0123 AB" }).issues[0]?.code).toBe("value.postcode");
  });
});

describe("a neighbourhood written as a CBS code", () => {
  it("accepts municipality, wijk and buurt codes, kept upper case, never as personal data", () => {
    for (const [input, kept] of [["BU08550203", "BU08550203"], ["bu08550203", "BU08550203"], [" WK085502 ", "WK085502"], ["gm0855", "GM0855"]] as const) {
      const r = parseChild({ childId: "kw-1", birthDate: "2016-01-01", neighbourhood: input });
      expect(r.ok).toBe(true);
      if (r.ok) expect(r.value.neighbourhood).toBe(kept);
    }
  });

  it("still rejects long digit runs that are no CBS code", () => {
    for (const text of ["BU085502031", "XX08550203", "Wijk 0855 0203", "BU 08550203 06-12345678"]) {
      expect(parseChild({ childId: "kw-1", birthDate: "2016-01-01", neighbourhood: text }).ok, text).toBe(false);
    }
    expect(parseChild({ childId: "kw-1", birthDate: "2016-01-01", neighbourhood: "Groenewoud" })).toMatchObject({ ok: true, value: { neighbourhood: "Groenewoud" } });
  });
});
