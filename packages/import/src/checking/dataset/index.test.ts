import { describe, expect, it } from "vitest";
import { checkDataset, DuplicateCheck, Interner, PairSet } from "./index.js";
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
    for (let a = 0; a < 300; a++) for (let b = 0; b < 30; b++) expect(pairs.add(a, b, a * 30 + b + 2)).toBe(NEW);
    expect(pairs.size).toBe(9000);
    expect(pairs.add(0, 0, 99_999)).toBe(2);
    expect(pairs.add(299, 29, 99_999)).toBe(299 * 30 + 29 + 2);
    expect(pairs.add(30, 0, 1)).toBe(902);
    expect(pairs.add(0, 30, 1)).toBe(NEW); // (0, 30) is not (1, 0) nor (30, 0)
    expect(pairs.add(2 ** 31 - 1, 2 ** 31 - 1, 5)).toBe(NEW);
    expect(pairs.add(2 ** 31 - 1, 2 ** 31 - 1, 6)).toBe(5);
  });

  it("holds at most 24 bytes a distinct pair in its table", () => {
    const pairs = new PairSet();
    for (let i = 0; i < 200_000; i++) pairs.add(i % 1000, Math.floor(i / 1000), i + 2);
    expect(pairs.bytes / pairs.size).toBeLessThanOrEqual(24);
    expect(pairs.bytes / pairs.size).toBeGreaterThanOrEqual(16);
  });

  it("stays within its budget: a bounded add of a new pair is refused once full, a known pair is still found", () => {
    const pairs = new PairSet(12 * 4096);
    pairs.reserve(1_000_000);
    expect(pairs.bytes).toBe(12 * 4096);
    let held = 0;
    for (let i = 0; i < 5000; i++) if (pairs.add(i, i + 1, i + 2, true) === NEW) held++;
    expect(held).toBe(3072); // three quarters of 4,096 slots
    expect(pairs.full).toBe(true);
    expect(pairs.bytes).toBe(12 * 4096);
    expect(pairs.add(4999, 5000, 9, true)).toBe(FULL);
    expect(pairs.add(7, 8, 9, true)).toBe(9); // held from its first occurrence on
    expect(pairs.add(4999, 5000, 9)).toBe(NEW); // unbounded: grows beyond the budget
    expect(pairs.bytes).toBeGreaterThan(12 * 4096);
  });

  it("grows by half up to its budget and no further, and empties in the memory it holds", () => {
    const pairs = new PairSet(12 * 5000);
    for (let i = 0; i < 4000; i++) pairs.add(i, 0, i, true);
    expect(pairs.bytes).toBe(12 * 5000);
    expect(pairs.size).toBe(3750);
    pairs.clear(100);
    expect(pairs.size).toBe(0);
    expect(pairs.bytes).toBe(12 * 5000);
    expect(pairs.add(1, 0, 7, true)).toBe(NEW);
    expect(pairs.add(1, 0, 8, true)).toBe(7);
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
});
