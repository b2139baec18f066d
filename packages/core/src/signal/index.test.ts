import { describe, expect, it } from "vitest";
import { formatIssue } from "../messages/index.js";
import { parseSignal } from "../parse/index.js";
import { ConfidentialityVocabulary, Signal } from "./index.js";

const signal = { signalId: "s-1", childId: "kw-0101", date: "2025-10-01", category: "tension-at-home", observedBy: "volunteer" };

describe("Signal", () => {
  it("is confidential unless stated otherwise", () => {
    expect(Signal.parse(signal).confidentiality).toBe("confidential");
    expect(ConfidentialityVocabulary.labels.restricted.nl).toBe("Alleen aandachtsfunctionaris");
  });

  it("accepts a signal with personal data in its description, with warnings that give positions and never the value", () => {
    const description = "Moeder vraagt terugbellen op 06-12345678, woont 5025 KL 12";
    const r = parseSignal({ ...signal, description }, { path: ["signals", 4] });
    expect(r.ok).toBe(true);
    expect(r.issues.map((i) => [i.code, i.severity, i.path, i.params])).toEqual([
      ["text.personal-data", "warning", ["signals", 4, "description"], { kind: "phone", start: 29, end: 40 }],
      ["text.personal-data", "warning", ["signals", 4, "description"], { kind: "address", start: 48, end: 58 }],
    ]);
    expect(formatIssue(r.issues[0]!)).toBe("Omschrijving bevat mogelijk een telefoonnummer (teken 30 t/m 40). Haal persoonsgegevens uit de tekst.");
    expect(JSON.stringify(r.issues)).not.toMatch(/12345678|5025/);
  });

  it("warns of names, birth dates and street addresses in the description, by kind and place only", () => {
    const description = "Moeder van Sara belde, geb. 3/2/2016, woont Dorpsstraat 12";
    const r = parseSignal({ ...signal, description });
    expect(r.ok).toBe(true);
    expect(r.issues.map((i) => i.params)).toEqual([
      { kind: "name", start: 11, end: 15 },
      { kind: "birthdate", start: 28, end: 36 },
      { kind: "address", start: 44, end: 58 },
    ]);
    expect(formatIssue(r.issues[0]!)).toBe("Omschrijving bevat mogelijk een naam (teken 12 t/m 15). Haal persoonsgegevens uit de tekst.");
    expect(formatIssue(r.issues[1]!, { lang: "en" })).toBe("Description may contain personal data: date of birth (characters 29 to 36). Remove personal data from the text.");
    for (const i of r.issues) for (const lang of ["nl", "en"] as const) expect(formatIssue(i, { lang })).not.toMatch(/Sara|2016|Dorpsstraat/);
  });

  it("scans the description with a larger list of names when one is given", () => {
    const names = { firstNames: new Set(["wubbo"]), surnames: new Set<string>(), commonWords: new Set<string>() };
    expect(parseSignal({ ...signal, description: "wubbo was stil" }).issues).toEqual([]);
    expect(parseSignal({ ...signal, description: "wubbo was stil" }, { names }).issues.map((i) => i.params)).toEqual([{ kind: "name", start: 0, end: 5 }]);
  });

  it("gives no warnings for a clean description", () => {
    expect(parseSignal({ ...signal, description: "Kind vertelt over ruzie thuis, is stil in de groep." }).issues).toEqual([]);
  });
});
