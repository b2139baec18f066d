import { describe, expect, it } from "vitest";
import { isGroupRecoverable, isPrimarySuppressed, suppressBreakdown, suppressCount } from "./index.js";

const shown = (rows: { key: string; value: number | null; suppressed: boolean }[]) => rows.filter((r) => !r.suppressed).map((r) => r.key);

describe("primary suppression", () => {
  it("suppresses counts above 0 and below the threshold", () => {
    expect([0, 1, 4, 5].map((v) => isPrimarySuppressed(v, 5))).toEqual([false, true, true, false]);
    expect(suppressCount(4)).toEqual({ value: null, suppressed: true, suppressedBy: "primary" });
    expect(suppressCount(0)).toEqual({ value: 0, suppressed: false });
  });

  it("is disabled by a threshold of 0", () => {
    expect(suppressCount(1, 0)).toEqual({ value: 1, suppressed: false });
    expect(suppressBreakdown([{ key: "a", value: 1 }, { key: "b", value: 9 }], { threshold: 0, additive: true }).every((r) => !r.suppressed)).toBe(true);
  });
});

describe("secondary suppression", () => {
  it("hides a second row when one suppressed row would be the total minus the rest", () => {
    // Total 59 shown; without secondary suppression `other` = 59 - 30 - 27 = 2.
    const rows = suppressBreakdown(
      [
        { key: "girl", value: 30 },
        { key: "boy", value: 27 },
        { key: "other", value: 2 },
        { key: "unknown", value: 0 },
      ],
      { additive: true },
    );
    expect(rows).toEqual([
      { key: "girl", value: 30, suppressed: false },
      { key: "boy", value: null, suppressed: true, suppressedBy: "secondary" },
      { key: "other", value: null, suppressed: true, suppressedBy: "primary" },
      { key: "unknown", value: 0, suppressed: false },
    ]);
  });

  it("hides one more row when two suppressed rows sum to 2 (each would be 1)", () => {
    const rows = suppressBreakdown(
      [
        { key: "Noord", value: 1 },
        { key: "Oost", value: 12 },
        { key: "West", value: 1 },
        { key: "Zuid", value: 40 },
      ],
      { additive: true },
    );
    // 1 + 1 = 2 < 5: the smallest shown row (Oost, 12) goes too.
    expect(shown(rows)).toEqual(["Zuid"]);
  });

  it("suppresses every shown row tied with the pick, so the key order reveals nothing", () => {
    const rows = suppressBreakdown(
      [
        { key: "b", value: 9 },
        { key: "a", value: 9 },
        { key: "c", value: 3 },
        { key: "d", value: 20 },
      ],
      { additive: true },
    );
    // c (3) alone needs a second row: a and b (9) tie, both go.
    expect(shown(rows)).toEqual(["d"]);
  });

  it("stops once the suppressed rows hold at least the threshold", () => {
    const rows = suppressBreakdown(
      [
        { key: "a", value: 3 },
        { key: "b", value: 2 },
        { key: "c", value: 50 },
      ],
      { additive: true },
    );
    expect(shown(rows)).toEqual(["c"]);
  });

  it("does not add rows to a breakdown whose rows do not add up to a total", () => {
    const rows = suppressBreakdown([{ key: "sport", value: 2 }, { key: "craft", value: 30 }]);
    expect(shown(rows)).toEqual(["craft"]);
  });

  it("protects every group whose sum is published (target group and the rest)", () => {
    // reach 63 and reach.targetGroup 56 shown: 4-6 would be 56 - 30 - 23 = 3 without the group rule.
    const rows = suppressBreakdown(
      [
        { key: "4-6", value: 3 },
        { key: "7-9", value: 30 },
        { key: "10-12", value: 23 },
        { key: "under-4", value: 2 },
        { key: "over-12", value: 5 },
        { key: "unknown", value: 0 },
      ],
      { additive: true, groups: [["4-6", "7-9", "10-12"], ["under-4", "over-12", "unknown"]] },
    );
    // All rows: 3 + 2 = 5 would be enough, but inside the target group 3 alone is not: 10-12 goes;
    // outside it 2 alone is not: over-12 goes.
    expect(shown(rows)).toEqual(["7-9", "unknown"]);
  });
});

describe("secondary suppression goes on while suppressed rows can be worked out", () => {
  const hiddenKeys = (values: number[], keys = ["girl", "boy", "other", "unknown"]) =>
    suppressBreakdown(values.map((value, i) => ({ key: keys[i]!, value })), { additive: true }).filter((r) => r.suppressed).map((r) => r.key);

  it("closes the reviewer's tie case: boy 5, girl 5, other 4 is not published as girl 5", () => {
    // The INDICATORS.md rule alone hid boy (key order) and other: 14 − 5 = 9 = 5 + 4 gave other = 4.
    expect(hiddenKeys([5, 5, 4, 0])).toEqual(["girl", "boy", "other"]);
  });

  it("does not stop when the suppressed rows are all 1", () => {
    // Five singleton neighbourhoods hold 5, but five rows summing to 5 are each 1.
    const rows = ["B", "C", "D", "E", "F"].map((key) => ({ key, value: 1 }));
    const out = suppressBreakdown([...rows, { key: "Noord", value: 20 }], { additive: true });
    expect(out.every((r) => r.suppressed)).toBe(true);
  });

  it("does not stop when the suppressed rows are all at their largest possible value", () => {
    // 10-12 4 and unknown 4 hidden, 5 shown: each hidden row is at most 4, so 8 = 4 + 4.
    expect(hiddenKeys([4, 5, 4, 0], ["a", "b", "c", "d"])).toEqual(["a", "b", "c"]);
  });

  it("tells when a group's sum would reveal its suppressed rows", () => {
    const rows = [{ key: "4-6", value: 3 }, { key: "7-9", value: 0 }, { key: "under-4", value: 9 }];
    expect(isGroupRecoverable(rows, suppressBreakdown(rows, { additive: true }), ["4-6", "7-9"])).toBe(true);
    expect(isGroupRecoverable(rows, suppressBreakdown(rows, { additive: true }), ["4-6", "7-9"], 0)).toBe(false);
  });

  it("hides one more row when the rules would give a primary and a secondary row away (1 and 5 of 6)", () => {
    // other 1 (primary) and boy 5 (secondary) hide 6: a reader who knows primary is 1..4 and
    // secondary at least 5 gets 1 and 5. So girl goes too.
    expect(hiddenKeys([40, 5, 1, 0])).toEqual(["girl", "boy", "other"]);
    const out = suppressBreakdown([{ key: "girl", value: 40 }, { key: "boy", value: 5 }, { key: "other", value: 1 }], { additive: true });
    // Nothing non-zero is left shown, so the rows do not tell which of them is small.
    expect(out.map((r) => r.suppressedBy)).toEqual(["group", "group", "group"]);
  });

  it("leaves no suppressed cell recoverable in any gender table with cells 0..14, also to a reader of suppressedBy (exhaustive)", () => {
    // A reader who knows the rule (ties included) and reads which rule hid each cell groups all
    // tables by their published document, rules included; a suppressed cell with one possible value
    // over a group is a leak.
    const keys = ["girl", "boy", "other", "unknown"];
    const docs = new Map<string, number[][]>();
    const m = 14;
    for (let a = 0; a <= m; a++)
      for (let b = 0; b <= m; b++)
        for (let c = 0; c <= m; c++)
          for (let d = 0; d <= m; d++) {
            const v = [a, b, c, d];
            const total = a + b + c + d;
            if (isPrimarySuppressed(total)) continue;
            const pub = suppressBreakdown(keys.map((key, i) => ({ key, value: v[i]! })), { additive: true });
            const sig = `${total}|${pub.map((r) => r.value).join(",")}|${pub.map((r) => r.suppressedBy ?? "").join(",")}`;
            const g = docs.get(sig);
            if (g) g.push(v);
            else docs.set(sig, [v]);
          }
    const leaks: string[] = [];
    for (const [sig, tables] of docs) {
      const [total, cells] = sig.split("|") as [string, string, string];
      if (Number(total) > m) continue; // tables with a larger total are not all enumerated
      cells.split(",").forEach((cell, i) => {
        if (cell === "" && new Set(tables.map((t) => t[i])).size === 1) leaks.push(`${sig} ${keys[i]}`);
      });
    }
    expect(docs.size).toBeGreaterThan(400);
    expect(leaks).toEqual([]);
  });
});
