import { describe, expect, it } from "vitest";
import { isPrimarySuppressed, suppressBreakdown, suppressCount } from "./index.js";

const shown = (rows: { key: string; value: number | null; suppressed: boolean }[]) => rows.filter((r) => !r.suppressed).map((r) => r.key);

describe("primary suppression", () => {
  it("suppresses counts above 0 and below the threshold", () => {
    expect([0, 1, 4, 5].map((v) => isPrimarySuppressed(v, 5))).toEqual([false, true, true, false]);
    expect(suppressCount(4)).toEqual({ value: null, suppressed: true });
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
      { key: "boy", value: null, suppressed: true },
      { key: "other", value: null, suppressed: true },
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

  it("breaks ties by the key that sorts first", () => {
    const rows = suppressBreakdown(
      [
        { key: "b", value: 9 },
        { key: "a", value: 9 },
        { key: "c", value: 3 },
        { key: "d", value: 20 },
      ],
      { additive: true },
    );
    expect(shown(rows)).toEqual(["b", "d"]);
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
