import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { customPeriod } from "../period/index.js";
import { createReportAccumulator, reportAccumulatorFromJSON } from "./index.js";
import type { RecordTable, ReportAccumulator, ReportAccumulatorOptions } from "./index.js";

const day = fc.integer({ min: 0, max: 500 }).map((n) => new Date(Date.UTC(2024, 9, 1) + n * 86_400_000).toISOString().slice(0, 10));
const birth = fc.oneof(
  fc.integer({ min: 0, max: 6000 }).map((n) => new Date(Date.UTC(2010, 0, 1) + n * 86_400_000).toISOString().slice(0, 10)),
  fc.constantFrom("2012-02-29", "2016-02-29", "2015-02-30"),
);
const id = (prefix: string, n: number) => fc.integer({ min: 0, max: n }).map((i) => `${prefix}${i}`);

const child = fc.record({
  childId: id("k", 12),
  birthDate: birth,
  gender: fc.option(fc.constantFrom("girl", "boy", "other", "unknown"), { nil: undefined }),
  neighbourhood: fc.option(fc.constantFrom("Noord", "Zuid", "West"), { nil: undefined }),
});
const activity = fc.record({
  activityId: id("a", 4),
  kind: fc.constantFrom("sport", "craft", "play"),
  programmeLines: fc.subarray(["social-inclusion", "safety", "custom-work"]),
  pillars: fc.subarray(["child", "family", "environment"]),
  neighbourhood: fc.option(fc.constantFrom("Noord", "Zuid"), { nil: undefined }),
  partners: fc.subarray([{ name: "Bibliotheek" }, { name: "SV Noord" }]),
});
const session = fc.record({
  sessionId: id("s", 8),
  activityId: id("a", 4),
  date: day,
  durationMinutes: fc.integer({ min: 1, max: 240 }),
  professionals: fc.integer({ min: 0, max: 3 }),
  interns: fc.integer({ min: 0, max: 2 }),
  volunteers: fc.integer({ min: 0, max: 4 }),
});
const attendance = fc.record({ sessionId: id("s", 9), childId: id("k", 14), present: fc.boolean() });
const signal = fc.record({ signalId: id("sg", 10), date: day, category: fc.constantFrom("poverty", "bullying", "other") });
const referral = fc.record({
  referralId: id("r", 10),
  destination: fc.constantFrom("cjg", "gp", "veilig-thuis", "unlisted"),
  createdOn: day,
  sentOn: fc.option(day, { nil: undefined }),
  respondedOn: fc.option(day, { nil: undefined }),
  closedOn: fc.option(day, { nil: undefined }),
  followUpOn: fc.option(day, { nil: undefined }),
  status: fc.constantFrom("draft", "sent", "accepted", "declined", "completed", "withdrawn"),
});

const tagged = <T,>(table: RecordTable, arb: fc.Arbitrary<T>) => arb.map((record) => ({ table, record: record as unknown }));
const records = fc.array(
  fc.oneof(
    { weight: 2, arbitrary: tagged("children", child) },
    { weight: 1, arbitrary: tagged("activities", activity) },
    { weight: 2, arbitrary: tagged("sessions", session) },
    { weight: 8, arbitrary: tagged("attendance", attendance) },
    { weight: 1, arbitrary: tagged("signals", signal) },
    { weight: 1, arbitrary: tagged("referrals", referral) },
  ),
  { minLength: 40, maxLength: 200, size: "max" },
);

const options = fc.record({
  period: fc.constantFrom(customPeriod("2025-01-01", "2025-12-31"), customPeriod("2025-02-01", "2025-03-31"), customPeriod("2024-10-01", "2026-02-13")),
  filter: fc.constantFrom(undefined, { activityKinds: ["sport"] }, { programmeLines: ["safety"], partners: ["sv noord"] }),
  holidays: fc.constantFrom([{ from: "2025-02-22", to: "2025-03-02" }, { from: "2025-07-05", to: "2025-08-17" }]),
  regularsThreshold: fc.integer({ min: 1, max: 4 }),
});

describe("merge", () => {
  it("gives exactly the result of one pass for any split into 2..5 parts sent through JSON and merged in any order", () => {
    fc.assert(
      fc.property(
        options,
        records,
        fc.integer({ min: 2, max: 5 }).chain((parts) =>
          fc.tuple(fc.constant(parts), fc.infiniteStream(fc.integer({ min: 0, max: parts - 1 })), fc.shuffledSubarray([...Array(parts).keys()], { minLength: parts })),
        ),
        (opts, recs, [parts, deal, order]) => {
          const o = opts as ReportAccumulatorOptions;
          const whole = createReportAccumulator(o);
          for (const { table, record } of recs) whole.add(table, record);
          const accs: ReportAccumulator[] = Array.from({ length: parts }, () => createReportAccumulator(o));
          const dealer = deal[Symbol.iterator]();
          for (const { table, record } of recs) accs[dealer.next().value as number]!.add(table, record);
          const travelled = accs.map((a) => {
            const back = reportAccumulatorFromJSON(JSON.parse(JSON.stringify(a)));
            if (!back.ok) throw new Error(JSON.stringify(back.issues));
            return back.value;
          });
          const merged = createReportAccumulator(o);
          for (const i of order) merged.merge(travelled[i]!);
          const budgeted = { budget: 12345.67, population: 40 };
          expect(merged.result(budgeted)).toEqual(whole.result(budgeted));
        },
      ),
      { numRuns: 200 },
    );
  });

  it("is associative: merging merged states equals merging the parts", () => {
    const o = { period: customPeriod("2025-01-01", "2025-12-31") };
    const a = createReportAccumulator(o).addSession({ sessionId: "s1", activityId: "a", date: "2025-02-01", durationMinutes: 60 });
    const b = createReportAccumulator(o).addAttendance({ sessionId: "s1", childId: "k1" }).addAttendance({ sessionId: "s1", childId: "k1" });
    const c = createReportAccumulator(o).addAttendance({ sessionId: "s1", childId: "k1" }).addChild({ childId: "k1", birthDate: "2017-06-01" });
    const left = createReportAccumulator(o).merge(createReportAccumulator(o).merge(a).merge(b)).merge(c);
    const right = createReportAccumulator(o).merge(a).merge(createReportAccumulator(o).merge(b).merge(c));
    expect(left.result()).toEqual(right.result());
    expect(left.result().attendances).toBe(1);
    expect(left.result()["reach.targetGroup"]).toBe(1);
  });
});
