import { describe, expect, it } from "vitest";
import { periodOfYear } from "../period/index.js";
import { createIndicatorAccumulator } from "./indicator.js";

describe("createIndicatorAccumulator", () => {
  it("adds, merges and gives one indicator's result", () => {
    const options = { period: periodOfYear(2025) };
    const a = createIndicatorAccumulator("reach", options).add("sessions", { sessionId: "s1", activityId: "a1", date: "2025-05-01", durationMinutes: 60 });
    const b = createIndicatorAccumulator("reach", options)
      .add("attendance", { sessionId: "s1", childId: "k1", present: true })
      .add("attendance", { sessionId: "s1", childId: "k2", present: true });
    expect(a.result()).toBe(0);
    expect(a.merge(b).result()).toBe(2);
    expect(createIndicatorAccumulator("reach.byGender", options).merge(a).result().find((r) => r.key === "unknown")?.value).toBe(2);
  });
});
