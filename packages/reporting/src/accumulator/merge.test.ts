import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { customPeriod } from "../period/index.js";
import { createReportAccumulator, reportAccumulatorFromJSON } from "./index.js";
import type { RecordTable, ReportAccumulatorOptions, ReportRecord } from "./index.js";
import type { IndicatorResults } from "./result.js";

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

// The generated records hold only the fields a report reads (see ReportRecords).
const tagged = <N extends RecordTable>(table: N, arb: fc.Arbitrary<unknown>) => arb.map((record) => ({ table, record: record as ReportRecord<N> }) as Tagged);
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

// The tables and columns of FORMAT.md version 2.
const v2Child = child.chain((c) => fc.option(id("h", 5), { nil: undefined }).map((householdId) => (householdId === undefined ? c : { ...c, householdId })));
const v2Activity = activity.chain((a) => fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }).map((capacity) => (capacity === undefined ? a : { ...a, capacity })));
const v2Referral = referral.chain((r) => fc.option(id("sg", 10), { nil: undefined }).map((signalId) => (signalId === undefined ? r : { ...r, signalId })));
const staffMember = fc.record({
  staffId: id("m", 6),
  role: fc.option(fc.constantFrom("professional", "intern", "volunteer"), { nil: undefined }),
  vogDate: fc.option(day, { nil: undefined }),
  meldcodeTrainingDate: fc.option(day, { nil: undefined }),
});
const staffing = fc.record({
  staffId: id("m", 7),
  date: day,
  hours: fc.constantFrom(0.25, 1, 1.5, 2.75, 3.1, 7.3),
  kind: fc.option(fc.constantFrom("session", "preparation", "meeting", "outreach", "training"), { nil: undefined }),
});
const signup = fc.record({
  activityId: id("a", 4),
  childId: id("k", 14),
  date: day,
  status: fc.option(fc.constantFrom("placed", "waiting", "withdrawn"), { nil: undefined }),
  placedOn: fc.option(day, { nil: undefined }),
});
const meldcode = fc.record({
  trajectoryId: id("t", 8),
  childId: id("k", 14),
  startedOn: day,
  decision: fc.option(fc.constantFrom("report", "help", "close"), { nil: undefined }),
  decidedOn: fc.option(day, { nil: undefined }),
});
const budgetLine = fc
  .record({
    funder: fc.constant("Gemeente"),
    funderKind: fc.option(fc.constantFrom("municipality", "fund", "own", "other"), { nil: undefined }),
    amount: fc.constantFrom(1000, 12500.5, 333.33, 0.1),
    from: day,
    days: fc.integer({ min: 0, max: 400 }),
    programmeLine: fc.option(fc.constantFrom("social-inclusion", "safety"), { nil: undefined }),
  })
  .map(({ days, ...b }) => ({ ...b, to: new Date(Date.parse(b.from) + days * 86_400_000).toISOString().slice(0, 10) }));
const target = fc.record({ indicator: fc.constantFrom("reach", "families", "signups.waiting"), target: fc.integer({ min: 0, max: 50 }), from: fc.option(day, { nil: undefined }) });
const neighbourhood = fc.record({ code: fc.constantFrom("Noord", "Zuid", "West"), name: fc.constant("Wijk"), population4to12: fc.option(fc.integer({ min: 0, max: 300 }), { nil: undefined }) });
const v2Records = fc.array(
  fc.oneof(
    { weight: 2, arbitrary: tagged("children", v2Child) },
    { weight: 1, arbitrary: tagged("activities", v2Activity) },
    { weight: 2, arbitrary: tagged("sessions", session) },
    { weight: 6, arbitrary: tagged("attendance", attendance) },
    { weight: 1, arbitrary: tagged("signals", signal) },
    { weight: 1, arbitrary: tagged("referrals", v2Referral) },
    { weight: 1, arbitrary: tagged("staff", staffMember) },
    { weight: 2, arbitrary: tagged("staffing", staffing) },
    { weight: 1, arbitrary: tagged("signups", signup) },
    { weight: 1, arbitrary: tagged("meldcode", meldcode) },
    { weight: 1, arbitrary: tagged("budgets", budgetLine) },
    { weight: 1, arbitrary: tagged("targets", target) },
    { weight: 1, arbitrary: tagged("neighbourhoods", neighbourhood) },
  ),
  { minLength: 40, maxLength: 200, size: "max" },
);

const options = fc.record({
  period: fc.constantFrom(customPeriod("2025-01-01", "2025-12-31"), customPeriod("2025-02-01", "2025-03-31"), customPeriod("2024-10-01", "2026-02-13")),
  filter: fc.constantFrom(undefined, { activityKinds: ["sport"] }, { programmeLines: ["safety"], partners: ["sv noord"] }),
  holidays: fc.constantFrom([{ from: "2025-02-22", to: "2025-03-02" }, { from: "2025-07-05", to: "2025-08-17" }]),
  regularsThreshold: fc.integer({ min: 1, max: 4 }),
});

type Tagged = { readonly [N in RecordTable]: { readonly table: N; readonly record: ReportRecord<N> } }[RecordTable];

/** The options and the one-pass result of a dataset, and its split through JSON merged in a given order. */
function run(opts: unknown, recs: readonly Tagged[], parts: readonly Tagged[][], order: readonly number[]) {
  const o = opts as ReportAccumulatorOptions;
  const whole = createReportAccumulator(o);
  for (const { table, record } of recs) whole.add(table, record);
  const texts = parts.map((part) => {
    const acc = createReportAccumulator(o);
    for (const { table, record } of part) acc.add(table, record);
    return JSON.stringify(acc);
  });
  const merged = createReportAccumulator(o);
  const direct = createReportAccumulator(o);
  for (const i of order) {
    const back = reportAccumulatorFromJSON(JSON.parse(texts[i]!));
    if (!back.ok) throw new Error(JSON.stringify(back.issues));
    merged.merge(back.value);
    const r = direct.mergeJSON(JSON.parse(texts[i]!));
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
  }
  const budgeted = { budget: 12345.67, population: 40 };
  // mergeJSON is merge(reportAccumulatorFromJSON(…)) without the accumulator in between.
  expect(direct.result(budgeted)).toEqual(merged.result(budgeted));
  return { whole: whole.result(budgeted), merged: merged.result(budgeted) };
}

// Runs end on the first failure (endOnFailure below): fast-check cannot shrink a shuffled subarray
// drawn inside `chain`, and the counterexample is printed as found.
const split = fc.integer({ min: 2, max: 5 }).chain((parts) =>
  fc.tuple(fc.constant(parts), fc.infiniteStream(fc.integer({ min: 0, max: parts - 1 })), fc.shuffledSubarray([...Array(parts).keys()], { minLength: parts })),
);

/** Deal every record to a part at random. */
function dealAnyhow(recs: readonly Tagged[], parts: number, deal: fc.Stream<number>): Tagged[][] {
  const out: Tagged[][] = Array.from({ length: parts }, () => []);
  const dealer = deal[Symbol.iterator]();
  for (const r of recs) out[dealer.next().value as number]!.push(r);
  return out;
}

/**
 * Deal every record to a part at random, and give the part that gets an attendance record every
 * record of its child, of its session and of that session's activities too (reference records may
 * sit in several parts: teams share a register, worker threads get the same lookup tables).
 */
function dealWithReferences(recs: readonly Tagged[], parts: number, deal: fc.Stream<number>): Tagged[][] {
  const out = dealAnyhow(recs, parts, deal);
  const all = (table: RecordTable, key: string, id: unknown) => recs.filter((r) => r.table === table && (r.record as Record<string, unknown>)[key] === id);
  return out.map((part) => {
    const extra: Tagged[] = [];
    for (const r of part) {
      if (r.table !== "attendance") continue;
      const a = r.record as { sessionId: string; childId: string };
      const sessions = all("sessions", "sessionId", a.sessionId);
      extra.push(...all("children", "childId", a.childId), ...sessions);
      for (const s of sessions) extra.push(...all("activities", "activityId", (s.record as { activityId: string }).activityId));
    }
    return [...part, ...extra];
  });
}

// The shares of the area's children rest on the target group, and so on ages too.
const AGE_IDS = ["reach.targetGroup", "reach.byAgeBand", "reachShare", "reach.share", "reach.shareByNeighbourhood"] as const;
const withoutAges = (r: IndicatorResults) => {
  const { raw, basis, ...rest } = r;
  const others: Record<string, unknown> = { ...basis };
  delete others["reach.targetGroup.byNeighbourhood"];
  delete others["reach.shareByNeighbourhood"];
  const copy: Record<string, unknown> = { ...rest, raw: { ...raw, ageUnresolved: 0 }, basis: others };
  for (const id of AGE_IDS) delete copy[id];
  return copy;
};

describe("merge", () => {
  it("gives exactly the result of one pass when each attendance record is added with its child, session and activity records, for any split into 2..5 parts sent through JSON and merged in any order", () => {
    fc.assert(
      fc.property(options, records, split, (opts, recs, [parts, deal, order]) => {
        const { whole, merged } = run(opts, recs, dealWithReferences(recs, parts, deal), order);
        expect(merged).toEqual(whole);
        expect(merged.raw.ageUnresolved).toBe(0);
      }),
      { numRuns: 300, endOnFailure: true },
    );
    // 300 datasets, each merged through JSON: seconds of work, more on a busy machine.
  }, 60_000);

  it("gives every indicator but the age bands exactly for any split whatsoever; a child whose band cannot be resolved is counted as unknown and in raw.ageUnresolved", () => {
    fc.assert(
      fc.property(options, records, split, (opts, recs, [parts, deal, order]) => {
        const { whole, merged } = run(opts, recs, dealAnyhow(recs, parts, deal), order);
        expect(withoutAges(merged)).toEqual(withoutAges(whole));
        const moved = merged.raw.ageUnresolved;
        const band = (r: IndicatorResults, key: string) => r["reach.byAgeBand"].find((x) => x.key === key)?.value ?? 0;
        // A child moved may have been in `unknown` anyway (a first attendance before its birth date).
        expect(band(merged, "unknown") - band(whole, "unknown")).toBeLessThanOrEqual(moved);
        const target = whole["reach.targetGroup"] - merged["reach.targetGroup"];
        expect(target).toBeGreaterThanOrEqual(0);
        expect(target).toBeLessThanOrEqual(moved);
      }),
      { numRuns: 300, endOnFailure: true },
    );
  });

  it("gives exactly the one-pass result with the tables of version 2 too, for any split sent through JSON and merged in any order", () => {
    fc.assert(
      fc.property(options, v2Records, split, (opts, recs, [parts, deal, order]) => {
        const { whole, merged } = run(opts, recs, dealWithReferences(recs, parts, deal), order);
        expect(merged).toEqual(whole);
        expect(whole.usesVersion2).toBe(true);
      }),
      { numRuns: 200, endOnFailure: true },
    );
    // 200 runs take a few seconds, more on a shared machine.
  }, 60_000);

  it("gives every version 2 indicator but the shares of the target group exactly for any split whatsoever", () => {
    fc.assert(
      fc.property(options, v2Records, split, (opts, recs, [parts, deal, order]) => {
        const { whole, merged } = run(opts, recs, dealAnyhow(recs, parts, deal), order);
        expect(withoutAges(merged)).toEqual(withoutAges(whole));
      }),
      { numRuns: 200, endOnFailure: true },
    );
  }, 60_000);

  it("loses no age band when a child's record disagrees with nothing, whatever the split: every child is counted in its own band or, unresolved, as unknown", () => {
    // One record per child id: the bands that are not `unknown` can only shrink, by the children moved to `unknown`.
    const unique = records.map((recs) => {
      const seen = new Set<string>();
      return recs.filter((r) => r.table !== "children" || (!seen.has((r.record as { childId: string }).childId) && seen.add((r.record as { childId: string }).childId)));
    });
    fc.assert(
      fc.property(options, unique, split, (opts, recs, [parts, deal, order]) => {
        const { whole, merged } = run(opts, recs, dealAnyhow(recs, parts, deal), order);
        let lost = 0;
        for (const row of whole["reach.byAgeBand"]) {
          if (row.key === "unknown") continue;
          const m = merged["reach.byAgeBand"].find((x) => x.key === row.key)!.value;
          expect(m).toBeLessThanOrEqual(row.value);
          lost += row.value - m;
        }
        const unknown = (r: IndicatorResults) => r["reach.byAgeBand"].find((x) => x.key === "unknown")!.value;
        expect(lost).toBe(unknown(merged) - unknown(whole));
        expect(lost).toBeLessThanOrEqual(merged.raw.ageUnresolved);
      }),
      { numRuns: 300, endOnFailure: true },
    );
  });

  it("never puts a birth date or a birthday in a partial state: every date in its children is the date of a session", () => {
    fc.assert(
      fc.property(options, records, split, (opts, recs, [parts, deal]) => {
        const sessionDates = new Set(recs.filter((r) => r.table === "sessions").map((r) => (r.record as { date: string }).date));
        for (const part of dealAnyhow(recs, parts, deal)) {
          const acc = createReportAccumulator(opts as ReportAccumulatorOptions);
          for (const { table, record } of part) acc.add(table, record);
          const state = acc.toJSON();
          for (const [, , day] of state.children) if (day !== undefined) expect(sessionDates.has(day)).toBe(true);
          const text = JSON.stringify(state.children);
          // (A birth date may also be the date of a session, and as such appear in an anchor.)
          for (const r of part) {
            const birthDate = (r.record as { birthDate?: string }).birthDate;
            if (r.table === "children" && birthDate !== undefined && !sessionDates.has(birthDate)) expect(text).not.toContain(birthDate);
          }
        }
      }),
      { numRuns: 300, endOnFailure: true },
    );
  });

  it("merges a state straight from JSON, refusing one that counts differently or is not valid without changing anything", () => {
    const o = { period: customPeriod("2025-01-01", "2025-12-31") };
    const part = createReportAccumulator(o).addSession({ sessionId: "s1", activityId: "a", date: "2025-02-01", durationMinutes: 60 }).addAttendance({ sessionId: "s1", childId: "k1" });
    const total = createReportAccumulator(o);
    expect(total.mergeJSON(JSON.parse(JSON.stringify(part))).ok).toBe(true);
    expect(total.result().reach).toBe(1);
    const other = createReportAccumulator({ period: customPeriod("2024-01-01", "2024-12-31") });
    const refused = total.mergeJSON(JSON.parse(JSON.stringify(other)));
    expect(refused.ok ? [] : refused.issues.map((i) => i.code)).toEqual(["reporting.merge.incompatible"]);
    const broken = JSON.parse(JSON.stringify(part));
    broken.attendance[0][1] = [""];
    expect(total.mergeJSON(broken).ok).toBe(false);
    expect(total.result().attendances).toBe(1);
    expect(total.childIds).toEqual(["k1"]);
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
