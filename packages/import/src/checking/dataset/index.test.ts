import { describe, expect, it } from "vitest";
import { checkDataset, DuplicateCheck, Interner, PairSet } from "./index.js";
import { FileRows } from "./files.js";
import { comparedFields, recordHash, valueHash } from "./fingerprint.js";
import { FULL, NEW } from "./pairs.js";

describe("checkDataset", () => {
  it("finds references to nothing and duplicates", () => {
    const issues = checkDataset({
      children: [{ childId: "kw-1" }, { childId: "kw-1" }],
      sessions: [{ sessionId: "b-1", activityId: "a-1" }],
      activities: [{ activityId: "a-2" }],
      attendance: [
        { sessionId: "b-1", childId: "kw-1" },
        { sessionId: "b-1", childId: "kw-1" },
        { sessionId: "b-9", childId: "kw-1" },
      ],
      referrals: [{ referralId: "v-1", childId: "kw-1", signalId: "s-1" }],
    });
    expect(issues.map((i) => [i.table, i.index, i.code, i.path[0], i.severity])).toEqual([
      ["children", 1, "dataset.duplicate-id", "childId", "warning"],
      ["sessions", 0, "dataset.unknown-reference", "activityId", "error"],
      ["attendance", 1, "dataset.duplicate-attendance", "childId", "warning"],
      ["attendance", 2, "dataset.unknown-reference", "sessionId", "error"],
    ]);
  });

  it("finds every repeated pair among thousands, however the table grows", () => {
    const attendance: Record<string, unknown>[] = [];
    for (let i = 0; i < 5000; i++) attendance.push({ sessionId: `b-${i % 97}`, childId: `kw-${Math.floor(i / 97)}` });
    for (let i = 0; i < 300; i++) attendance.push({ sessionId: `b-${(i * 7) % 97}`, childId: `kw-${i % 51}` });
    const issues = checkDataset({ attendance });
    expect(issues).toHaveLength(300);
    expect(issues.every((i) => i.code === "dataset.duplicate-attendance" && i.index >= 5000)).toBe(true);
    expect(issues[0]?.params["firstRow"]).toBe(2);
  });
});

describe("the duplicate check's tables", () => {
  it("gives every distinct string one small number, in order of first sight, across growth", () => {
    const ids = new Interner();
    for (let i = 0; i < 5000; i++) expect(ids.intern(`kw-${i}`)).toBe(i);
    expect(ids.intern("kw-0")).toBe(0);
    expect(ids.intern("kw-4999")).toBe(4999);
    expect(ids.intern("")).toBe(5000);
    expect(ids.size).toBe(5001);
  });

  it("finds a pair again with its first row, and never confuses pairs that share a part", () => {
    const pairs = new PairSet();
    for (let a = 0; a < 300; a++) for (let b = 0; b < 30; b++) expect(pairs.add(a, b, a * 30 + b + 2, 0)).toBe(NEW);
    expect(pairs.size).toBe(9000);
    expect(pairs.add(0, 0, 99_999, 0)).toBe(2);
    expect(pairs.add(299, 29, 99_999, 0)).toBe(299 * 30 + 29 + 2);
    expect(pairs.add(30, 0, 1, 0)).toBe(902);
    expect(pairs.add(0, 30, 1, 0)).toBe(NEW); // (0, 30) is not (1, 0) nor (30, 0)
    expect(pairs.add(2 ** 31 - 1, 2 ** 31 - 1, 5, 0)).toBe(NEW);
    expect(pairs.add(2 ** 31 - 1, 2 ** 31 - 1, 6, 0)).toBe(5);
  });

  it("holds at most 32 bytes a distinct pair in its table (16-byte slots, half to three quarters full)", () => {
    const pairs = new PairSet();
    for (let i = 0; i < 200_000; i++) pairs.add(i % 1000, Math.floor(i / 1000), i + 2, 0);
    expect(pairs.bytes / pairs.size).toBeLessThanOrEqual(32);
    expect(pairs.bytes / pairs.size).toBeGreaterThanOrEqual(21);
  });

  it("stays within its budget: a bounded add of a new pair is refused once full, a known pair is still found", () => {
    const pairs = new PairSet(16 * 4096);
    pairs.reserve(1_000_000);
    expect(pairs.bytes).toBe(16 * 4096);
    let held = 0;
    for (let i = 0; i < 5000; i++) if (pairs.add(i, i + 1, i + 2, 0, true) === NEW) held++;
    expect(held).toBe(3072); // three quarters of 4,096 slots
    expect(pairs.full).toBe(true);
    expect(pairs.bytes).toBe(16 * 4096);
    expect(pairs.add(4999, 5000, 9, 0, true)).toBe(FULL);
    expect(pairs.add(7, 8, 9, 0, true)).toBe(9); // held from its first occurrence on
    expect(pairs.add(4999, 5000, 9, 0)).toBe(NEW); // unbounded: grows beyond the budget
    expect(pairs.bytes).toBeGreaterThan(16 * 4096);
  });

  it("grows by half up to its budget and no further, and empties in the memory it holds", () => {
    const pairs = new PairSet(16 * 5000);
    for (let i = 0; i < 4000; i++) pairs.add(i, 0, i, 0, true);
    expect(pairs.bytes).toBe(16 * 5000);
    expect(pairs.size).toBe(3750);
    pairs.clear(100);
    expect(pairs.size).toBe(0);
    expect(pairs.bytes).toBe(16 * 5000);
    expect(pairs.add(1, 0, 7, 0, true)).toBe(NEW);
    expect(pairs.add(1, 0, 8, 0, true)).toBe(7);
  });

  it("finds a repeated id in a one-part key with the row it was first seen", () => {
    const check = new DuplicateCheck("children");
    for (let i = 0; i < 3000; i++) expect(check.check({ childId: `kw-${i}` }, i + 2)).toBeUndefined();
    expect(check.check({ childId: "kw-1500" }, 9999)?.params["firstRow"]).toBe(1502);
    expect(check.check({ childId: "kw-1500" }, 10_000)?.params["firstRow"]).toBe(1502);
  });
});

describe("the interner's short strings, compared in the slot", () => {
  it("tells apart strings that share a hash-free prefix, a length or a padding, and long or wide strings", () => {
    const ids = new Interner();
    const words = ["", "a", "a\u0000", "ab", "abcdefgh", "abcdefgi", "abcdefghi", "\u00ff".repeat(8), "\u0100".repeat(8), "\u00ff".repeat(7) + "\u0100", "kw-00001", "kw-000010", "b-1", "B-1"];
    words.forEach((w, i) => expect(ids.intern(w)).toBe(i));
    words.forEach((w, i) => expect(ids.intern(`${w}`)).toBe(i));
    expect(ids.size).toBe(words.length);
  });

  it("finds a string already seen by its number and adds none it looks up, short, long or wide, across growth", () => {
    const ids = new Interner();
    const words = ["", "a", "abcdefgh", "abcdefghi", "kw-" + "x".repeat(40), "\u0100".repeat(3)];
    for (const w of words) expect(ids.find(w)).toBe(-1);
    expect(ids.size).toBe(0);
    words.forEach((w, i) => expect(ids.intern(w)).toBe(i));
    for (let i = 0; i < 3000; i++) ids.intern(`s-${i}`);
    words.forEach((w, i) => expect(ids.find(`${w}`)).toBe(i));
    expect(ids.find("s-2999")).toBe(words.length + 2999);
    for (const w of ["b", "abcdefgj", "abcdefghj", "A", "s-3000", "\u0100".repeat(2)]) expect(ids.find(w)).toBe(-1);
    expect(ids.size).toBe(words.length + 3000);
  });
});

describe("the hashes the duplicate check keeps instead of records", () => {
  it("hash equal values alike, lists in any order and objects with keys in any order, and tell kinds of value apart", () => {
    expect(valueHash("2015-09-14")).toBe(valueHash("2015-09-14"));
    expect(valueHash(["child", "family"])).toBe(valueHash(["family", "child"]));
    expect(valueHash(["child", "child"])).not.toBe(valueHash(["child"]));
    expect(valueHash({ name: "GGD", sector: "care" })).toBe(valueHash({ sector: "care", name: "GGD" }));
    expect(valueHash({ name: "GGD", sector: "care" })).not.toBe(valueHash({ name: "GGD", sector: "other" }));
    const distinct = [undefined, true, false, 0, 1, -1, 1.5, "1", "", "true", [], [""], {}];
    expect(new Set(distinct.map(valueHash)).size).toBe(distinct.length);
    expect(valueHash(null)).toBe(valueHash(undefined)); // an absent field
  });

  it("hash a record over its fields in order, as the field's own hash when there is one", () => {
    expect(recordHash({ present: true, sessionId: "b-1" }, ["present"])).toBe(valueHash(true));
    expect(recordHash({ a: 1, b: 2 }, ["a", "b"])).not.toBe(recordHash({ a: 2, b: 1 }, ["a", "b"]));
    expect(comparedFields("attendance")).toEqual(["present"]);
    expect(comparedFields("children")).toEqual(["birthDate", "gender", "postcode", "neighbourhood", "groep", "registeredOn", "householdId"]);
  });
});

describe("identical and conflicting duplicates", () => {
  it("warns of an identical repeat and rejects one that differs, naming the fields that differ", () => {
    const check = new DuplicateCheck("children");
    expect(check.check({ childId: "kw-1", birthDate: "2015-09-14", gender: "girl" }, 2)).toBeUndefined();
    expect(check.check({ childId: "kw-1", birthDate: "2015-09-14", gender: "girl" }, 3)).toMatchObject({ code: "dataset.duplicate-id", severity: "warning", params: { firstRow: 2 } });
    expect(check.check({ childId: "kw-1", birthDate: "2016-09-14", gender: "boy" }, 4)).toEqual({
      code: "dataset.conflicting-duplicate",
      severity: "error",
      path: ["birthDate"],
      params: { key: ["childId"], fields: ["birthDate", "gender"], firstRow: 2 },
    });
    // A field given in one row and left empty in the other differs too.
    expect(check.check({ childId: "kw-1", birthDate: "2015-09-14" }, 5)?.params["fields"]).toEqual(["gender"]);
  });

  it("tells a child in a session present and then absent as a conflict, in memory and staged", () => {
    const one = new DuplicateCheck("attendance");
    expect(one.check({ sessionId: "b-1", childId: "kw-1", present: true }, 2)).toBeUndefined();
    expect(one.check({ sessionId: "b-1", childId: "kw-1", present: true }, 3)?.code).toBe("dataset.duplicate-attendance");
    expect(one.check({ sessionId: "b-1", childId: "kw-1", present: false }, 4)).toMatchObject({ code: "dataset.conflicting-duplicate", path: ["present"], params: { fields: ["present"], firstRow: 2 } });
    const staged = new DuplicateCheck("attendance");
    [true, true, false, true].forEach((present, i) => staged.stage({ sessionId: "b-1", childId: "kw-1", present }, i + 2));
    expect(Array.from(staged.checkStaged().subarray(0, 4))).toEqual([0, 3, 3, 3]);
    expect(Array.from(staged.stagedDiffs.subarray(0, 4)).map((d) => d !== 0)).toEqual([false, false, true, false]);
  });

  it("checks the files of one table as one: a repeat in a later file names the file and row of the first", () => {
    const check = new DuplicateCheck("children");
    expect(check.startFile("kinderen-2024.csv")).toBe(0);
    for (let row = 2; row <= 12; row++) expect(check.check({ childId: `kw-${row}`, birthDate: "2015-01-01" }, row)).toBeUndefined();
    expect(check.startFile("kinderen-2025.csv")).toBe(1);
    expect(check.check({ childId: "kw-12", birthDate: "2015-01-01" }, 2)?.params).toEqual({ firstRow: 12, firstFile: "kinderen-2024.csv" });
    expect(check.check({ childId: "kw-12", birthDate: "2016-01-01" }, 3)?.params).toEqual({ key: ["childId"], fields: ["birthDate"], firstRow: 12, firstFile: "kinderen-2024.csv" });
    expect(check.check({ childId: "kw-99", birthDate: "2015-01-01" }, 4)).toBeUndefined();
    expect(check.check({ childId: "kw-99", birthDate: "2015-01-01" }, 5)?.params).toEqual({ firstRow: 4 }); // the same file: no file named
  });
});

describe("the rows of several files numbered as one", () => {
  it("moves each file's rows past those of the files before, and tells them apart again", () => {
    const files = new FileRows();
    expect(files.locate(7)).toEqual({ file: -1, row: 7 });
    files.start("a.csv");
    expect(files.rowOf(2)).toBe(2);
    expect(files.rowOf(40)).toBe(40);
    files.start("b.csv");
    const at = files.rowOf(2);
    expect(at).toBe(43);
    files.start(undefined); // a file with no rows
    files.start("d.csv");
    expect(files.locate(files.rowOf(5))).toEqual({ file: 3, row: 5 });
    expect(files.locate(40)).toEqual({ file: 0, row: 40 });
    expect(files.locate(at)).toEqual({ file: 1, row: 2 });
    expect(files.name(1)).toBe("b.csv");
  });
});
