import { describe, expect, it } from "vitest";
import { scanPersonalData } from "./index.js";
import { precision, readLabelledNotes, recall, score } from "./_test/labelled.js";

describe("the labelled notes, with core's built-in list of names only", () => {
  const notes = readLabelledNotes();
  it("holds at least 400 notes, a quarter of them without personal data", () => {
    expect(notes.length).toBeGreaterThanOrEqual(400);
    expect(notes.filter((n) => n.labels.length === 0).length / notes.length).toBeGreaterThanOrEqual(0.25);
  });
  it("finds the contact details, addresses, birth dates, IBANs and BSNs with at least 95% recall and precision (span-exact)", () => {
    const { perKind, errors } = score(notes, (t) => scanPersonalData(t));
    if (process.env["PII_REPORT"]) console.log(JSON.stringify(perKind), "\n" + errors.join("\n"));
    for (const kind of ["birthdate", "address", "phone", "iban", "email", "bsn", "postcode"] as const) {
      expect.soft(recall(perKind[kind]), kind).toBeGreaterThanOrEqual(0.95);
      expect.soft(precision(perKind[kind]), kind).toBeGreaterThanOrEqual(0.95);
    }
  });
});
