import { describe, expect, it } from "vitest";
import { checkDataset } from "./index.js";

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
