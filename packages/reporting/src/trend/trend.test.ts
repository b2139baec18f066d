import * as fc from "fast-check";
import { isoWeekId, isoWeekOf } from "@kinderwerk/core";
import { describe, expect, it } from "vitest";
import { allRecords } from "../_lib/testData.js";
import { createReportAccumulator, reportAccumulatorFromJSON } from "../accumulator/index.js";
import { customPeriod, periodOfYear } from "../period/index.js";
import { trendBuckets } from "./buckets.js";
import type { TrendGranularity } from "./buckets.js";

const summer = [{ from: "2025-07-12", to: "2025-08-24" }];

function handWorked(period = periodOfYear(2025)) {
  const acc = createReportAccumulator({ period, holidays: summer });
  for (const { table, record } of allRecords()) acc.add(table, record);
  return acc;
}

/** The buckets with anything counted, as `key: [attendances, reach]`. */
const counted = (buckets: readonly { key: string; attendances: number; reach: number }[]) =>
  Object.fromEntries(buckets.filter((b) => b.attendances > 0 || b.reach > 0).map((b) => [b.key, [b.attendances, b.reach]]));

describe("the buckets of a period", () => {
  it("gives every month of a year, none partial", () => {
    const b = trendBuckets(periodOfYear(2025), "month");
    expect(b.map((x) => x.key)).toEqual(["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12"].map((m) => `2025-${m}`));
    expect(b.every((x) => !x.partial)).toBe(true);
    expect(b[1]).toEqual({ key: "2025-02", from: "2025-02-01", to: "2025-02-28", partial: false });
  });

  it("cuts the ISO weeks at a year's ends: the first and last weeks of 2025 belong to ISO years 2025 and 2026 and are partial", () => {
    const b = trendBuckets(periodOfYear(2025), "week");
    expect(b).toHaveLength(53);
    expect(b[0]).toEqual({ key: "2025-W01", from: "2025-01-01", to: "2025-01-05", partial: true });
    expect(b[1]).toEqual({ key: "2025-W02", from: "2025-01-06", to: "2025-01-12", partial: false });
    expect(b[52]).toEqual({ key: "2026-W01", from: "2025-12-29", to: "2025-12-31", partial: true });
    expect(b.slice(1, 52).every((x) => !x.partial)).toBe(true);
  });

  it("keeps a week 53 whole across New Year, keyed by its ISO year", () => {
    const b = trendBuckets(customPeriod("2020-12-28", "2021-01-10"), "week");
    expect(b).toEqual([
      { key: "2020-W53", from: "2020-12-28", to: "2021-01-03", partial: false },
      { key: "2021-W01", from: "2021-01-04", to: "2021-01-10", partial: false },
    ]);
  });

  it("marks the month and the quarter a period starts or ends in as partial", () => {
    expect(trendBuckets(customPeriod("2025-01-15", "2025-03-10"), "month")).toEqual([
      { key: "2025-01", from: "2025-01-15", to: "2025-01-31", partial: true },
      { key: "2025-02", from: "2025-02-01", to: "2025-02-28", partial: false },
      { key: "2025-03", from: "2025-03-01", to: "2025-03-10", partial: true },
    ]);
    expect(trendBuckets(customPeriod("2025-08-01", "2026-07-31"), "quarter").map((x) => [x.key, x.from, x.to, x.partial])).toEqual([
      ["2025-Q3", "2025-08-01", "2025-09-30", true],
      ["2025-Q4", "2025-10-01", "2025-12-31", false],
      ["2026-Q1", "2026-01-01", "2026-03-31", false],
      ["2026-Q2", "2026-04-01", "2026-06-30", false],
      ["2026-Q3", "2026-07-01", "2026-07-31", true],
    ]);
    expect(trendBuckets(customPeriod("2024-02-29", "2024-02-29"), "month")).toEqual([{ key: "2024-02", from: "2024-02-29", to: "2024-02-29", partial: true }]);
  });

  it("covers every day of the period exactly once, in order", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 800 }), fc.constantFrom<TrendGranularity>("week", "month", "quarter"), (start, length, g) => {
        const from = new Date(Date.UTC(2019, 0, 1) + start * 86_400_000).toISOString().slice(0, 10);
        const to = new Date(Date.UTC(2019, 0, 1) + (start + length) * 86_400_000).toISOString().slice(0, 10);
        const b = trendBuckets({ from, to }, g);
        expect(b[0]!.from).toBe(from);
        expect(b[b.length - 1]!.to).toBe(to);
        for (let i = 1; i < b.length; i++) {
          const dayAfter = new Date(Date.parse(`${b[i - 1]!.to}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
          expect(b[i]!.from).toBe(dayAfter);
        }
        expect(new Set(b.map((x) => x.key)).size).toBe(b.length);
      }),
    );
  });

  it("refuses a period that ends before it starts and an unknown grouping", () => {
    expect(() => trendBuckets({ from: "2025-02-01", to: "2025-01-01" }, "month")).toThrow(RangeError);
    expect(() => trendBuckets(periodOfYear(2025), "day" as TrendGranularity)).toThrow(RangeError);
  });
});

describe("the trend of the hand-worked dataset (2025)", () => {
  const acc = handWorked();

  it("counts attendances and distinct children per month, by month when nothing is asked", () => {
    // S1 1 Jan: K1 (twice), K2, K8; S7 28 Feb: K4; S2 5 Mar: K1, K2, K3; S6 1 May: nobody; S3 20 Jul: K5, K1, K6; S4 31 Dec: K7, K1.
    const r = acc.result();
    expect(r.trend?.granularity).toBe("month");
    expect(r.trend?.buckets).toHaveLength(12);
    expect(counted(r.trend!.buckets)).toEqual({ "2025-01": [3, 3], "2025-02": [1, 1], "2025-03": [3, 3], "2025-07": [3, 3], "2025-12": [2, 2] });
    expect(r.trend!.buckets.reduce((s, b) => s + b.attendances, 0)).toBe(r.attendances);
  });

  it("counts a child once per quarter", () => {
    // Q1: K1 and K2 came twice (January and March), so reach is 5 of 7 attendances.
    const r = acc.result({ trend: "quarter" });
    expect(counted(r.trend!.buckets)).toEqual({ "2025-Q1": [7, 5], "2025-Q3": [3, 3], "2025-Q4": [2, 2] });
  });

  it("puts 1 January 2025 in ISO week 2025-W01 and 31 December 2025 in 2026-W01", () => {
    const r = acc.result({ trend: "week" });
    expect(counted(r.trend!.buckets)).toEqual({ "2025-W01": [3, 3], "2025-W09": [1, 1], "2025-W10": [3, 3], "2025-W29": [3, 3], "2026-W01": [2, 2] });
  });

  it("leaves the trend out with trend none, and refuses an unknown grouping", () => {
    expect(acc.result({ trend: "none" })).not.toHaveProperty("trend");
    expect(() => acc.result({ trend: "day" as TrendGranularity })).toThrow(RangeError);
  });

  it("counts only the days of a period that starts mid-month, the first and last months marked partial", () => {
    const r = handWorked(customPeriod("2025-02-15", "2025-07-20")).result();
    expect(r.trend!.buckets.map((b) => [b.key, b.partial])).toEqual([
      ["2025-02", true],
      ["2025-03", false],
      ["2025-04", false],
      ["2025-05", false],
      ["2025-06", false],
      ["2025-07", true],
    ]);
    expect(counted(r.trend!.buckets)).toEqual({ "2025-02": [1, 1], "2025-03": [3, 3], "2025-07": [3, 3] });
  });
});

// Random datasets for the properties: sessions over 2024-12 .. 2026-01, children coming to several.
const day = fc.integer({ min: 0, max: 420 }).map((n) => new Date(Date.UTC(2024, 11, 1) + n * 86_400_000).toISOString().slice(0, 10));
const dataset = fc.record({
  sessions: fc.uniqueArray(fc.record({ sessionId: fc.integer({ min: 0, max: 40 }).map((i) => `s${i}`), date: day }), { selector: (s) => s.sessionId, maxLength: 30 }),
  attendance: fc.array(fc.record({ sessionId: fc.integer({ min: 0, max: 45 }).map((i) => `s${i}`), childId: fc.integer({ min: 0, max: 25 }).map((i) => `k${i}`), present: fc.boolean() }), { maxLength: 200 }),
});
type Dataset = typeof dataset extends fc.Arbitrary<infer T> ? T : never;

const session = (s: Dataset["sessions"][number]) => ({ ...s, activityId: "a", durationMinutes: 60, professionals: 1, interns: 0, volunteers: 0 });

/** The bucket of a date, worked out apart from the code under test. */
function bucketKey(date: string, g: TrendGranularity): string {
  if (g === "week") return isoWeekId(isoWeekOf(date));
  return g === "month" ? date.slice(0, 7) : `${date.slice(0, 4)}-Q${Math.ceil(Number(date.slice(5, 7)) / 3)}`;
}

describe("the trend, for any dataset", () => {
  const period = customPeriod("2025-01-15", "2025-11-20");

  it("equals a plain count of the records: present attendances once per child and session, distinct children per bucket", () => {
    fc.assert(
      fc.property(dataset, fc.constantFrom<TrendGranularity>("week", "month", "quarter"), (d, g) => {
        const acc = createReportAccumulator({ period });
        d.sessions.forEach((s) => acc.addSession(session(s)));
        d.attendance.forEach((a) => acc.addAttendance(a));
        const dates = new Map(d.sessions.map((s) => [s.sessionId, s.date]));
        const pairs = new Set<string>();
        const att = new Map<string, number>();
        const kids = new Map<string, Set<string>>();
        for (const a of d.attendance) {
          const date = dates.get(a.sessionId);
          if (!a.present || date === undefined || date < period.from || date > period.to || pairs.has(`${a.sessionId} ${a.childId}`)) continue;
          pairs.add(`${a.sessionId} ${a.childId}`);
          const key = bucketKey(date, g);
          att.set(key, (att.get(key) ?? 0) + 1);
          kids.set(key, (kids.get(key) ?? new Set()).add(a.childId));
        }
        const expected = Object.fromEntries([...att].map(([key, n]) => [key, [n, kids.get(key)!.size]]));
        expect(counted(acc.result({ trend: g }).trend!.buckets)).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });

  it("merges: two halves sent through JSON and merged give the trend of one pass", () => {
    fc.assert(
      fc.property(dataset, fc.infiniteStream(fc.boolean()), fc.constantFrom<TrendGranularity>("week", "month", "quarter"), (d, deal, g) => {
        const whole = createReportAccumulator({ period });
        const halves = [createReportAccumulator({ period }), createReportAccumulator({ period })];
        const dealer = deal[Symbol.iterator]();
        const next = () => halves[dealer.next().value ? 1 : 0]!;
        for (const s of d.sessions) {
          whole.addSession(session(s));
          next().addSession(session(s));
        }
        for (const a of d.attendance) {
          whole.addAttendance(a);
          next().addAttendance(a);
        }
        const merged = createReportAccumulator({ period });
        for (const h of halves) {
          const back = reportAccumulatorFromJSON(JSON.parse(JSON.stringify(h)));
          if (!back.ok) throw new Error("state rejected");
          merged.merge(back.value);
        }
        expect(merged.result({ trend: g }).trend).toEqual(whole.result({ trend: g }).trend);
      }),
      { numRuns: 150 },
    );
  });
});
