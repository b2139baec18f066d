import type { Attendance, Child, Session } from "@kinderwerk/core";
import { describe, expect, it } from "vitest";
import { formatCapacityPlan } from "./format.js";
import { planCapacity } from "./planCapacity.js";

const session = (sessionId: string, date: string, durationMinutes: number, staff: Partial<Pick<Session, "professionals" | "interns" | "volunteers">>): Session => ({
  sessionId, activityId: "a-1", date, durationMinutes, professionals: 0, interns: 0, volunteers: 0, ...staff,
});
const kids = (prefix: string, n: number, birthDate: string): Child[] => Array.from({ length: n }, (_, i) => ({ childId: `${prefix}${i}`, birthDate }));
const attend = (sessionId: string, children: readonly Child[]): Attendance[] => children.map((c) => ({ sessionId, childId: c.childId, present: true }));

// Worked by hand (docs/capacity.md uses the same case):
// s1 Mon 6 Jan 2025, 2 h, 1 professional + 1 volunteer; 10 children aged 8 (band 7-9): 10 / 8 → 2 adults, none short.
// s2 Wed 8 Jan, 1 h, 1 professional; 6 children aged 5 (band 4-6, one adult per 4): 6 / 4 → 2 adults, 1 short, 1 h.
// s3 Wed 15 Jan, 1.5 h, 1 professional + 1 intern; 16 children aged 8 + 1 waiting: 17 / 8 → 3 adults, 1 short, 1.5 h.
const older = kids("o", 16, "2016-06-01");
const younger = kids("y", 6, "2019-09-01");
const waiting = { childId: "w0", birthDate: "2016-06-01" };
const sessions = [session("s1", "2025-01-06", 120, { professionals: 1, volunteers: 1 }), session("s2", "2025-01-08", 60, { professionals: 1 }), session("s3", "2025-01-15", 90, { professionals: 1, interns: 1 })];
const attendance = [
  ...attend("s1", older.slice(0, 10)),
  { sessionId: "s1", childId: "o0", present: true }, // the same child twice counts once
  { sessionId: "s1", childId: "o11", present: false }, // absent: no demand
  ...attend("s2", younger),
  ...attend("s3", older),
];
const data = {
  sessions: [...sessions, session("s-later", "2025-02-01", 60, {})],
  attendance,
  children: [...older, ...younger, waiting],
  signups: [
    { activityId: "a-1", childId: "w0", date: "2025-01-10", status: "waiting" },
    { activityId: "a-1", childId: "o3", date: "2025-01-01", status: "waiting" }, // placed later: no extra demand
    { activityId: "a-1", childId: "o3", date: "2025-01-02", status: "placed" },
  ],
};
const period = { from: "2025-01-06", to: "2025-01-19" };
const policy = { childrenPerAdult: 8, byAgeBand: { "4-6": 4 } };

describe("planCapacity", () => {
  const plan = planCapacity(data, { period, policy, pool: { availability: 0.5, coverage: 0.9 } });

  it("gives the hand-worked totals", () => {
    expect(plan.total).toEqual({
      sessions: 3, understaffedSessions: 2, children: 33, adultsNeeded: 7, adultsAvailable: 5, shortfall: 2,
      hoursNeeded: 10.5, hoursAvailable: 8, hoursShortfall: 2.5,
    });
  });

  it("gives every ISO week of the period", () => {
    expect(plan.weeks.map((w) => [w.week, w.sessions, w.adultsNeeded, w.shortfall, w.hoursShortfall])).toEqual([
      ["2025-W02", 2, 4, 1, 1],
      ["2025-W03", 1, 3, 1, 1.5],
    ]);
  });

  it("gives fte over the period from a 36-hour week", () => {
    // Two weeks: 72 full-time hours.
    expect(plan.fte.needed).toBeCloseTo(10.5 / 72, 12);
    expect(plan.fte.available).toBeCloseTo(8 / 72, 12);
    expect(plan.fte.shortfall).toBeCloseTo(2.5 / 72, 12);
  });

  it("sizes the on-call pool with the exact binomial tail", () => {
    // Shortfalls 0, 1, 1: (1 + 2 (1 − 0.5ⁿ)) / 3 ≥ 0.9 ⇔ 0.5ⁿ ≤ 0.15: n = 3.
    expect(plan.pool).toMatchObject({ size: 3, reached: true });
    expect(plan.pool!.coverage).toBeCloseTo(2.75 / 3, 12);
  });

  it("returns its assumptions", () => {
    expect(plan.assumptions).toEqual({
      childrenPerAdult: 8, byAgeBand: { "4-6": 4 }, minimumAdults: 1, growth: 0, fullTimeHours: 36, weeksInPeriod: 2,
      countInterns: true, countVolunteers: true, waitingChildren: 1, pool: { availability: 0.5, coverage: 0.9, maxSize: 500 },
    });
  });

  it("grows demand, and needs exactly two adults for sixteen children at one per eight", () => {
    // s1 with 60% growth: 16 children → 2 adults (not 3 from rounding error).
    const grown = planCapacity({ sessions: [sessions[0]!], attendance: attend("s1", older.slice(0, 10)), children: older }, { period, growth: 0.6 });
    expect(grown.total).toMatchObject({ adultsNeeded: 2, shortfall: 0 });
    expect(grown.total.children).toBeCloseTo(16, 9);
    const more = planCapacity({ sessions: [sessions[0]!], attendance: attend("s1", older.slice(0, 10)), children: older }, { period, growth: 0.7 });
    expect(more.total).toMatchObject({ adultsNeeded: 3, shortfall: 1 });
  });

  it("leaves out interns and volunteers when asked, and applies the minimum number of adults", () => {
    const strict = planCapacity(data, { period, policy: { ...policy, minimumAdults: 3 }, countInterns: false, countVolunteers: false });
    // Every session then needs at least 3 adults and has only its professional.
    expect(strict.total).toMatchObject({ adultsNeeded: 9, adultsAvailable: 3, shortfall: 6, understaffedSessions: 3 });
  });

  it("counts a child without a record in the default ratio", () => {
    const unknown = planCapacity({ sessions: [sessions[1]!], attendance: attend("s2", younger) }, { period, policy });
    // Without the children's birth dates all six are `unknown`: 6 / 8 → 1 adult, none short.
    expect(unknown.total).toMatchObject({ adultsNeeded: 1, shortfall: 0 });
  });

  it("refuses an option out of range", () => {
    expect(() => planCapacity(data, { period, policy: { childrenPerAdult: 0 } })).toThrow(RangeError);
    expect(() => planCapacity(data, { period, pool: { availability: 1.5, coverage: 0.9 } })).toThrow(RangeError);
  });
});

describe("formatCapacityPlan", () => {
  it("prints the weeks, the answer and the assumptions beside it", () => {
    const text = formatCapacityPlan(planCapacity(data, { period, policy, growth: 0.1, pool: { availability: 0.5, coverage: 0.9 } }));
    expect(text).toContain("2025-W02");
    expect(text).toContain("Eén volwassene per 8 kinderen");
    expect(text).toContain("leeftijdsgroep 4-6: één volwassene per 4 kinderen");
    expect(text).toContain("Groei van de vraag: 10,0%");
    expect(text).toMatch(/Oproeppoule: \d+ leden dekken het tekort/);
    expect(text).toContain("exacte binomiale verdeling");
    const en = formatCapacityPlan(planCapacity(data, { period, policy }), { lang: "en" });
    expect(en).toContain("One adult per 8 children");
    expect(en).not.toContain("On-call pool:");
  });
});
