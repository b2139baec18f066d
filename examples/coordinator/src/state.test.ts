import { describe, expect, it } from "vitest";
import { addFiles, addsTo, withTable } from "./state.js";

const file = (label: string, text = "x"): { name: string; label: string; blob: Blob } => ({ name: label.split(" › ").at(-1)!, label, blob: new Blob([text]) });

describe("the dataset the page holds", () => {
  it("tells each file's table from its name, and leaves it open when the name does not tell", () => {
    const entries = addFiles([], [file("kinderen.csv"), file("export.zip › Aanwezigheid 2025.xlsx"), file("export.csv")]);
    expect(entries.map((e) => e.table)).toEqual(["children", "attendance", undefined]);
  });

  it("replaces a file dropped again instead of reading it twice, keeping the table chosen for it", () => {
    let entries = addFiles([], [file("export.csv", "abc")]);
    entries = withTable(entries, entries[0]!.id, "sessions");
    entries = addFiles(entries, [file("export.csv", "abc")]);
    expect(entries.map((e) => [e.label, e.table])).toEqual([["export.csv", "sessions"]]);
    entries = addFiles(entries, [file("export.csv", "abcd")]);
    expect(entries).toHaveLength(2);
  });

  it("says which file a later file of the same table adds to", () => {
    const entries = addFiles([], [file("kinderen.csv"), file("aanwezigheid.csv"), file("kinderen.afgekeurd.csv")]);
    expect(addsTo(entries, entries[2]!)?.label).toBe("kinderen.csv");
    expect(addsTo(entries, entries[0]!)).toBeUndefined();
    expect(addsTo(entries, entries[1]!)).toBeUndefined();
  });
});
