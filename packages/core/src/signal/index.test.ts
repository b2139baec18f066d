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

  it("gives no warnings for a clean description", () => {
    expect(parseSignal({ ...signal, description: "Kind vertelt over ruzie thuis, is stil in de groep." }).issues).toEqual([]);
  });
});
