/// <reference types="node" />
import { scanPersonalData } from "@kinderwerk/core";
import { describe, expect, it } from "vitest";
import { names } from "./index.js";
import { precision, readLabelledNotes, recall, score } from "./_test/labelled.js";

describe("the labelled notes", () => {
  const notes = readLabelledNotes();
  it("hold at least 400 notes, a quarter of them or more without personal data", () => {
    expect(notes.length).toBeGreaterThanOrEqual(400);
    expect(notes.filter((n) => n.labels.length === 0).length / notes.length).toBeGreaterThanOrEqual(0.25);
  });
});

describe("the personal-data scan with the names list, on the labelled notes (fixtures/pii/notes.txt)", () => {
  const notes = readLabelledNotes();
  const { perKind, all, errors } = score(notes, (t) => scanPersonalData(t, { names }));
  if (process.env["PII_REPORT"]) console.log(JSON.stringify({ perKind, all }), `\n${errors.join("\n")}`);

  it("has at least 95% recall and 95% precision over all kinds, span-exact", () => {
    expect(recall(all)).toBeGreaterThanOrEqual(0.95);
    expect(precision(all)).toBeGreaterThanOrEqual(0.95);
  });
  it.each(Object.keys(perKind) as (keyof typeof perKind)[])("has at least 95% recall and 95% precision for %s, span-exact", (kind) => {
    expect(recall(perKind[kind])).toBeGreaterThanOrEqual(0.95);
    expect(precision(perKind[kind])).toBeGreaterThanOrEqual(0.95);
  });
});

describe.each(["holdout.txt", "holdout-2.txt"])("the scan with the names list, on the held-out notes of %s", (file) => {
  const { perKind, all } = score(readLabelledNotes(file), (t) => scanPersonalData(t, { names }));
  if (process.env["PII_REPORT"]) console.log(file, JSON.stringify({ perKind, all }));

  it("has at least 95% precision for every kind, span-exact", () => {
    for (const kind of Object.keys(perKind) as (keyof typeof perKind)[]) expect(precision(perKind[kind]), kind).toBeGreaterThanOrEqual(0.95);
  });
  it("has at least 95% recall for every kind but names, and at least 80% for names (a list never knows every name)", () => {
    for (const kind of Object.keys(perKind) as (keyof typeof perKind)[]) expect(recall(perKind[kind]), kind).toBeGreaterThanOrEqual(kind === "name" ? 0.8 : 0.95);
    expect(precision(all)).toBeGreaterThanOrEqual(0.95);
  });
});
