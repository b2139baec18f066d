import type { TableName, TableRecord } from "@kinderwerk/core";
import { describe, expect, it } from "vitest";
import { allRecords } from "../_lib/testData.js";
import { periodOfYear } from "../period/index.js";
import { createReportAccumulator, reportAccumulatorFromJSON } from "./index.js";
import type { ReportAccumulatorOptions } from "./index.js";

const summer = [{ from: "2025-07-12", to: "2025-08-24" }];

function run(options: Partial<ReportAccumulatorOptions> = {}) {
  const acc = createReportAccumulator({ period: periodOfYear(2025), holidays: summer, ...options });
  for (const { table, record } of allRecords()) acc.add(table, record);
  return acc;
}

const rows = (r: readonly { key: string; value: number }[]) => Object.fromEntries(r.filter((x) => x.value > 0).map((x) => [x.key, x.value]));

describe("every indicator on the hand-worked dataset (2025)", () => {
  const r = run().result();

  it("counts sessions in the period, including those on its first and last day", () => {
    // S1 (1 Jan), S2, S3, S4 (31 Dec), S6 (no attendance), S7; not S0 (2024) nor S5 (2026).
    expect(r.sessions).toBe(6);
    expect(r.activities).toBe(3);
  });

  it("counts present attendances once per child per session, ignoring absent records and unknown sessions", () => {
    // S1: K1 (twice), K2, K8 = 3; S2: K1, K2, K3 = 3; S7: K4 = 1; S3: K5, K1, K6 = 3; S4: K7, K1 = 2.
    expect(r.attendances).toBe(12);
  });

  it("counts distinct children reached and their reporting-age bands", () => {
    expect(r.reach).toBe(8);
    // K2 is 6 on 1 Jan (first attendance) though 7 from 14 Feb; K3 (29 Feb 2012) is 13 on 5 March;
    // K4 (29 Feb 2012) is still 12 on 28 Feb 2025; K6 has no valid birth date; K7 has no child record.
    expect(rows(r["reach.byAgeBand"])).toEqual({ "4-6": 1, "7-9": 1, "10-12": 2, "under-4": 1, "over-12": 1, unknown: 2 });
    expect(r["reach.targetGroup"]).toBe(4);
    expect(r["reach.byAgeBand"].map((x) => x.key)).toEqual(["4-6", "7-9", "10-12", "under-4", "over-12", "unknown"]);
  });

  it("splits reach by gender and by the child's own neighbourhood", () => {
    expect(rows(r["reach.byGender"])).toEqual({ girl: 3, boy: 2, other: 1, unknown: 2 });
    expect(r["reach.byNeighbourhood"]).toEqual([
      { key: "Noord", value: 3 },
      { key: "Zuid", value: 2 },
      { key: "unknown", value: 3 },
    ]);
  });

  it("counts a child once per programme line, pillar and activity kind", () => {
    expect(rows(r["reach.byProgrammeLine"])).toEqual({ "social-inclusion": 7, "equal-opportunities": 4, "custom-work": 2 });
    expect(rows(r["reach.byPillar"])).toEqual({ child: 7, family: 4, environment: 2 });
    expect(rows(r["reach.byActivityKind"])).toEqual({ sport: 4, craft: 4, "holiday-programme": 2 });
  });

  it("counts new children: first present attendance ever inside the period", () => {
    // K8 attended S0 on 31 Dec 2024.
    expect(r.newChildren).toBe(7);
  });

  it("counts regulars with the default N of 5 and with N = 2", () => {
    expect(r.regulars).toBe(0);
    expect(run({ regularsThreshold: 2 }).result().regulars).toBe(2);
  });

  it("computes means and hours, rounding half away from zero at the end", () => {
    expect(r.attendancesPerSession).toBe(2);
    // 405 minutes = 6.75 h -> 6.8
    expect(r.activityHours).toBe(6.8);
    expect(r.contactHours).toBe(16);
    expect(r["staffHours.professional"]).toBe(7);
    expect(r["staffHours.intern"]).toBe(3);
    // 435 minutes = 7.25 h -> 7.3
    expect(r["staffHours.volunteer"]).toBe(7.3);
    expect(r.raw).toEqual({ ageUnresolved: 0, activityMinutes: 405, contactMinutes: 960, respondedReferrals: 3 });
  });

  it("counts holiday reach on the given holiday dates", () => {
    expect(r.holidayReach).toBe(3);
  });

  it("counts holiday reach on the school holidays of a region", () => {
    // Zuid 2025: kerst (1 Jan: K1 K2 K8), voorjaar to 2 March (28 Feb: K4), zomer (20 Jul: K5 K1 K6), kerst (31 Dec: K7 K1).
    expect(run({ holidays: undefined, region: "zuid" }).result().holidayReach).toBe(7);
  });

  it("gives no holiday reach when no holidays are known", () => {
    expect(run({ holidays: undefined }).result().holidayReach).toBeNull();
  });

  it("counts signals dated in the period, duplicates once", () => {
    expect(r.signals).toBe(3);
    expect(rows(r["signals.byCategory"])).toEqual({ poverty: 2, bullying: 1 });
  });

  it("counts referrals sent in the period and their outcomes", () => {
    expect(r.referrals).toBe(7);
    expect(rows(r["referrals.byDestination"])).toEqual({ cjg: 3, "veilig-thuis": 1, gp: 1, jgz: 1, wijkteam: 1 });
    // R1 accepted, R8 completed; R5 completed only after the period.
    expect(r["referrals.accepted"]).toBe(2);
    // 4, 7 and 10 days.
    expect(r["referrals.medianDaysToResponse"]).toBe(7);
    // R3 (follow-up 15 Dec), R5 (answered only in 2026), R6 (sent in 2024, follow-up 1 Dec 2024).
    expect(r["referrals.overdue"]).toBe(3);
  });

  it("computes the extensions from a budget and a population", () => {
    const x = run().result({ budget: 1000, population: 30 });
    expect(x.costPerChild).toBe(125);
    expect(x.costPerContactHour).toBe(62.5);
    // 4 / 30 = 13.33 %
    expect(x.reachShare).toBe(13.3);
    expect(r.costPerChild).toBeNull();
  });
});

describe("filters", () => {
  it("narrows the sessions by activity kind before counting", () => {
    const r = run({ filter: { activityKinds: ["sport"] } }).result();
    expect(r.sessions).toBe(3);
    expect(r.reach).toBe(4);
    expect(r.newChildren).toBe(3);
    expect(r.signals).toBe(3);
  });

  it("matches partners by name, ignoring case", () => {
    expect(run({ filter: { partners: ["sv noord"] } }).result().reach).toBe(4);
  });

  it("treats a child as new to a programme line when its first attendance in that line falls in the period", () => {
    const r = run({ filter: { programmeLines: ["equal-opportunities"] } }).result();
    expect(r.sessions).toBe(2);
    expect(r.reach).toBe(4);
    expect(r.newChildren).toBe(4);
  });
});

describe("order, duplicates and serialisation", () => {
  it("gives the same results whatever order the records arrive in", () => {
    const acc = createReportAccumulator({ period: periodOfYear(2025), holidays: summer });
    for (const { table, record } of allRecords().reverse()) acc.add(table, record);
    expect(acc.result()).toEqual(run().result());
  });

  it("keeps no birth date and no name in the serialised state", () => {
    const text = JSON.stringify(run().toJSON());
    expect(text).not.toContain("2016-05-10");
    expect(text).not.toContain("Activiteit");
    expect(text).not.toContain("SV Noord");
  });

  it("round-trips through JSON", () => {
    const back = reportAccumulatorFromJSON(JSON.parse(JSON.stringify(run().toJSON())));
    expect(back.ok).toBe(true);
    if (back.ok) expect(back.value.result()).toEqual(run().result());
  });

  it("rejects a state that is not one", () => {
    expect(reportAccumulatorFromJSON({ format: "x" }).ok).toBe(false);
  });

  it("rejects a state the schema rejects, naming the place, and strips keys the schema does not name", () => {
    const state = JSON.parse(JSON.stringify(run().toJSON()));
    const bad = JSON.parse(JSON.stringify(state));
    bad.sessions[0][3] = 0;
    const rejected = reportAccumulatorFromJSON(bad);
    expect(rejected.ok).toBe(false);
    if (!rejected.ok) expect(rejected.issues[0]?.path).toEqual(["sessions", 0, 3]);
    const extra = { ...state, note: "x", config: { ...state.config, extra: 1 } };
    const back = reportAccumulatorFromJSON(extra);
    expect(back.ok).toBe(true);
    if (back.ok) {
      expect(back.value.canMerge(run())).toBe(true);
      expect(back.value.result()).toEqual(run().result());
    }
  });

  it("refuses to merge accumulators that count differently", () => {
    const a = createReportAccumulator({ period: periodOfYear(2025) });
    const b = createReportAccumulator({ period: periodOfYear(2024) });
    expect(() => a.merge(b)).toThrow(/reporting.merge.incompatible/);
  });

  it("resolves conflicting duplicates the same way whatever the order", () => {
    const s1 = { sessionId: "X", activityId: "A1", date: "2025-03-01", durationMinutes: 60 };
    const s2 = { sessionId: "X", activityId: "A1", date: "2025-03-01", durationMinutes: 90 };
    const a = createReportAccumulator({ period: periodOfYear(2025) }).addSession(s1).addSession(s2);
    const b = createReportAccumulator({ period: periodOfYear(2025) }).addSession(s2).addSession(s1);
    expect(a.result().activityHours).toBe(b.result().activityHours);
  });

  it("validates its options", () => {
    expect(() => createReportAccumulator({ period: { from: "2025-02-01", to: "2025-01-01" } })).toThrow(RangeError);
    expect(() => createReportAccumulator({ period: periodOfYear(2025), regularsThreshold: 0 })).toThrow(RangeError);
  });
});

describe("addAll", () => {
  it("gives the same state as adding records one by one", () => {
    const acc = createReportAccumulator({ period: periodOfYear(2025), holidays: summer });
    const byTable = new Map<TableName, TableRecord<TableName>[]>();
    for (const { table, record } of allRecords()) byTable.set(table, [...(byTable.get(table) ?? []), record]);
    for (const [table, records] of byTable) acc.addAll(table, records);
    expect(acc.result()).toEqual(run().result());
  });

  it("gives the same pairs from a generator as from an array, across the slices it reads a generator in", () => {
    // 70,000 records: more than one slice of 65,536; every 7th absent, every 5th a repeat of the one before.
    const rows = Array.from({ length: 70_000 }, (_, i) => ({ sessionId: `s-${Math.floor(i / 5) % 300}`, childId: `k-${(i * 7919) % 2_000}`, present: i % 7 !== 0 }));
    const fromArray = createReportAccumulator({ period: periodOfYear(2025) }).addAll("attendance", rows);
    const fromGenerator = createReportAccumulator({ period: periodOfYear(2025) }).addAll(
      "attendance",
      (function* () {
        yield* rows;
      })(),
    );
    const a = fromArray.rawPairs();
    const g = fromGenerator.rawPairs();
    expect(g.n).toBe(60_000);
    expect(a.n).toBe(60_000);
    expect([...g.s.subarray(0, g.n)]).toEqual([...a.s.subarray(0, a.n)]);
    expect([...g.c.subarray(0, g.n)]).toEqual([...a.c.subarray(0, a.n)]);
    expect(fromGenerator.sessionIds).toEqual(fromArray.sessionIds);
    expect(fromGenerator.childIds).toEqual(fromArray.childIds);
    expect(fromGenerator.toJSON()).toEqual(fromArray.toJSON());
  });
});

describe("ages in partial states", () => {
  const year = { period: periodOfYear(2025) };
  const activity = { activityId: "A", kind: "sport" as const };
  // Born 29 February 2012: 12 until 28 February 2025, 13 from 1 March 2025.
  const child = { childId: "K", birthDate: "2012-02-29", gender: "girl" as const };
  const session = (sessionId: string, date: string) => ({ sessionId, activityId: "A", date, durationMinutes: 60 });
  const travel = (acc: ReturnType<typeof createReportAccumulator>) => {
    const back = reportAccumulatorFromJSON(JSON.parse(JSON.stringify(acc.toJSON())));
    if (!back.ok) throw new Error(JSON.stringify(back.issues));
    return back.value;
  };

  it("keeps the band on the first day and whether it changes, never the day it changes", () => {
    const acc = createReportAccumulator(year).addChild(child);
    expect(acc.toJSON().children).toEqual([["K", "girl\u000110-12\u00011\u0001"]]);
    expect(JSON.stringify(acc.toJSON())).not.toMatch(/03-01|02-28|2012/);
    // A child whose band stays the same all year carries no date at all.
    expect(createReportAccumulator(year).addChild({ childId: "L", birthDate: "2017-06-01" }).toJSON().children).toEqual([["L", "unknown\u00017-9\u00010\u0001"]]);
  });

  it("keeps the band on the day of the first counted attendance it saw, for a child whose band changes", () => {
    const late = createReportAccumulator(year).addChild(child).addActivity(activity).addSession(session("S", "2025-05-01")).addAttendance({ sessionId: "S", childId: "K" });
    expect(late.toJSON().children).toEqual([["K", "girl\u000110-12\u00011\u0001", "2025-05-01", "over-12"]]);
    const early = late.addSession(session("T", "2025-02-01")).addAttendance({ sessionId: "T", childId: "K" });
    expect(early.toJSON().children).toEqual([["K", "girl\u000110-12\u00011\u0001", "2025-02-01", "10-12"]]);
  });

  it("resolves the band exactly when the first attendance travelled with the child's record", () => {
    const a = createReportAccumulator(year).addChild(child).addActivity(activity).addSession(session("S", "2025-02-01")).addAttendance({ sessionId: "S", childId: "K" });
    const b = createReportAccumulator(year).addChild(child).addActivity(activity).addSession(session("T", "2025-06-01")).addAttendance({ sessionId: "T", childId: "K" });
    const merged = createReportAccumulator(year).merge(travel(a)).merge(travel(b)).result();
    expect(rows(merged["reach.byAgeBand"])).toEqual({ "10-12": 1 });
    expect(merged["reach.targetGroup"]).toBe(1);
    expect(merged.raw.ageUnresolved).toBe(0);
  });

  it("resolves it from a later anchor still in the first day's band", () => {
    // The part with the record saw an attendance on 20 February, when the child was still 12.
    const a = createReportAccumulator(year).addChild(child).addActivity(activity).addSession(session("T", "2025-02-20")).addAttendance({ sessionId: "T", childId: "K" });
    // The earlier attendance travelled without the record: the band on 1 February lies between the
    // band on 1 January (10-12) and the band on 20 February (10-12).
    const b = createReportAccumulator(year).addActivity(activity).addSession(session("S", "2025-02-01")).addAttendance({ sessionId: "S", childId: "K" });
    const merged = createReportAccumulator(year).merge(travel(a)).merge(travel(b)).result();
    expect(rows(merged["reach.byAgeBand"])).toEqual({ "10-12": 1 });
    expect(merged.raw.ageUnresolved).toBe(0);
  });

  it("counts a child as unknown, and says so, when no part held both its record and its first attendance", () => {
    const a = createReportAccumulator(year).addChild(child);
    const b = createReportAccumulator(year).addActivity(activity).addSession(session("S", "2025-05-01")).addAttendance({ sessionId: "S", childId: "K" });
    const merged = createReportAccumulator(year).merge(travel(a)).merge(travel(b)).result();
    expect(rows(merged["reach.byAgeBand"])).toEqual({ unknown: 1 });
    expect(merged["reach.byGender"].find((x) => x.key === "girl")?.value).toBe(1);
    expect(merged.raw.ageUnresolved).toBe(1);
    // Merged in memory, the birth date never left the process: exact.
    const inMemory = createReportAccumulator(year).merge(a).merge(b).result();
    expect(rows(inMemory["reach.byAgeBand"])).toEqual({ "over-12": 1 });
    expect(inMemory.raw.ageUnresolved).toBe(0);
  });

  it("refuses a state of the earlier format, which held the days bands change", () => {
    const state = { ...createReportAccumulator(year).toJSON(), version: 1 };
    expect(reportAccumulatorFromJSON(state).ok).toBe(false);
  });

  it("refuses child facts that name a gender or band the report does not know", () => {
    const state = createReportAccumulator(year).addChild(child).toJSON();
    const bad = (fact: string, anchor: string[] = []) => reportAccumulatorFromJSON({ ...state, children: [["K", fact, ...anchor]] });
    expect(bad("girl\u000110-12\u00011\u0001").ok).toBe(true);
    for (const r of [bad("Fatima\u000110-12\u00011\u0001"), bad("girl\u0001groep 8\u00011\u0001"), bad("girl\u000110-12\u00012\u0001"), bad("girl\u000110-12\u00010\u0001", ["2025-05-01", "over-12"]), bad("girl\u000110-12\u00011\u0001", ["2025-05-01", "Fatima"])]) {
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.issues[0]?.code).toBe("reporting.state.child");
    }
  });
});

describe("age bands of the organisation's own", () => {
  const bands = [
    { key: "4-7", minAge: 4, maxAge: 7, label: { nl: "Onderbouw", en: "Lower school" } },
    { key: "8-12", minAge: 8, maxAge: 12 },
    { key: "13-15", minAge: 13, maxAge: 15 },
  ];

  it("counts reach in them, with the target group the bands inside 4..12", () => {
    const r = run({ ageBands: bands }).result();
    const d = run().result();
    expect(r["reach.byAgeBand"].map((x) => x.key)).toEqual(["4-7", "8-12", "13-15", "under-4", "over-15", "unknown"]);
    expect(r["reach.byAgeBand"].reduce((s, x) => s + x.value, 0)).toBe(r.reach);
    expect(r["reach.targetGroup"]).toBe(d["reach.targetGroup"]);
    expect(r.ageBands).toEqual(bands);
  });

  it("travels in the state and refuses to merge with other bands", () => {
    const own = run({ ageBands: bands });
    const back = reportAccumulatorFromJSON(JSON.parse(JSON.stringify(own)));
    expect(back.ok).toBe(true);
    if (back.ok) expect(back.value.result()["reach.byAgeBand"]).toEqual(own.result()["reach.byAgeBand"]);
    expect(() => own.merge(run())).toThrow(/reporting.merge.incompatible/);
  });

  it("refuses bands that are not valid or straddle the target group's edges", () => {
    expect(() => run({ ageBands: [{ key: "4-8", minAge: 4, maxAge: 8 }, { key: "8-12", minAge: 8, maxAge: 12 }] })).toThrow(/ageBands.overlap/);
    expect(() => run({ ageBands: [{ key: "4-6", minAge: 4, maxAge: 6 }, { key: "7-14", minAge: 7, maxAge: 14 }] })).toThrow(/reporting.ageBands.target-group/);
  });
});
