import { describe, expect, it } from "vitest";
import { formatIssue } from "../messages/index.js";
import { parseAttendance, parseSession } from "../parse/index.js";

const base = { sessionId: "b-1", activityId: "act-1", date: "2025-10-01", durationMinutes: 90 };

describe("Session", () => {
  it("defaults the staff counts to 0", () => {
    expect(parseSession(base)).toEqual({ ok: true, value: { ...base, professionals: 0, interns: 0, volunteers: 0 }, issues: [] });
  });
  it("keeps a start time and staff by role", () => {
    const session = { ...base, startTime: "14:30", professionals: 1, interns: 1, volunteers: 3 };
    expect(parseSession(session)).toMatchObject({ ok: true, value: session });
  });
  it("rejects a duration outside 1..1440 minutes, a bad time and negative staff", () => {
    const result = parseSession({ ...base, durationMinutes: 1441, startTime: "24:00", volunteers: -1 });
    expect(result.issues.map((i) => i.code)).toEqual(["value.time", "value.too-big", "value.too-small"]);
    expect(formatIssue(result.issues[1]!)).toBe('Duur in minuten mag hoogstens 1440 zijn (ingevuld: "1441").');
  });
  it("rejects a fractional duration", () => {
    expect(parseSession({ ...base, durationMinutes: 1.5 }).issues[0]?.code).toBe("value.type");
  });
});

describe("Attendance", () => {
  it("is present by default and can be absent", () => {
    expect(parseAttendance({ sessionId: "b-1", childId: "kw-0101" })).toEqual({
      ok: true,
      value: { sessionId: "b-1", childId: "kw-0101", present: true },
      issues: [],
    });
    expect(parseAttendance({ sessionId: "b-1", childId: "kw-0101", present: false }).ok).toBe(true);
  });
  it("rejects a BSN as the child's id and a non-boolean presence", () => {
    expect(parseAttendance({ sessionId: "b-1", childId: "111222333", present: "ja" }).issues.map((i) => i.code)).toEqual([
      "child.childId.bsn",
      "value.type",
    ]);
  });
});
