// A small dataset of every table of FORMAT.md version 2 whose version 2 indicators are worked out by
// hand in src/indicators/version2.test.ts; the renderers' tests show it too.
import { createReportAccumulator } from "../accumulator/index.js";
import type { ReportAccumulator } from "../accumulator/index.js";
import { customPeriod } from "../period/index.js";

/** The period of the dataset: calendar year 2024. */
export const YEAR = customPeriod("2024-01-01", "2024-12-31");
type Table = Parameters<ReportAccumulator["add"]>[0];
type Skip = ReadonlySet<string>;

/** The records of the first tables: 4 children (3 households), 2 activities (one with a capacity), 3 sessions, 5 attendances. */
const FIRST_TABLES: readonly (readonly [Table, readonly object[]])[] = [
  ["children", [
    { childId: "k1", birthDate: "2016-03-01", gender: "girl", neighbourhood: "Noord", householdId: "h1" },
    { childId: "k2", birthDate: "2018-05-01", gender: "boy", neighbourhood: "Noord", householdId: "h1" },
    { childId: "k3", birthDate: "2013-02-01", gender: "girl", neighbourhood: "Zuid" },
    { childId: "k4", birthDate: "2016-08-01", gender: "boy", neighbourhood: "West", householdId: "h2" },
  ]],
  ["activities", [
    { activityId: "a1", kind: "sport", programmeLines: ["social-inclusion"], capacity: 4 },
    { activityId: "a2", kind: "craft", programmeLines: ["safety"] },
  ]],
  ["sessions", [
    { sessionId: "s1", activityId: "a1", date: "2024-03-01", durationMinutes: 60, professionals: 1 },
    { sessionId: "s2", activityId: "a1", date: "2024-03-08", durationMinutes: 60, professionals: 0 },
    { sessionId: "s3", activityId: "a2", date: "2024-04-01", durationMinutes: 60, professionals: 1 },
  ]],
  ["attendance", [
    { sessionId: "s1", childId: "k1" },
    { sessionId: "s1", childId: "k2" },
    { sessionId: "s1", childId: "k3" },
    { sessionId: "s2", childId: "k1" },
    { sessionId: "s3", childId: "k4" },
  ]],
];

/**
 * The dataset: 4 children reached in 3 households, 3 sessions, staff, sign-ups, referrals, meldcode, budget lines, targets.
 *
 * @param skip - tables to leave out
 * @returns an accumulator of 2024 (region zuid) with the records added
 */
export function v2Dataset(skip: Skip = new Set()): ReportAccumulator {
  const acc = createReportAccumulator({ period: YEAR, region: "zuid" });
  const add = (table: Table, rows: readonly object[]): void => {
    if (!skip.has(table)) for (const r of rows) acc.add(table, r as never);
  };
  for (const [table, rows] of FIRST_TABLES) add(table, rows);
  add("neighbourhoods", [
    { code: "Noord", name: "Noord", population4to12: 200 },
    { code: "Zuid", name: "Zuid", population4to12: 100 },
    { code: "West", name: "West", population4to12: 0 },
    { code: "Oost", name: "Oost", population4to12: 50 },
  ]);
  add("staff", [
    { staffId: "m1", role: "professional", vogDate: "2022-06-01", meldcodeTrainingDate: "2021-06-01" },
    { staffId: "m2", role: "volunteer", meldcodeTrainingDate: "2023-01-01" },
    { staffId: "m3", role: "professional", vogDate: "2020-12-31", meldcodeTrainingDate: "2023-05-01" },
    { staffId: "m4", role: "intern", vogDate: "2024-01-01", meldcodeTrainingDate: "2024-01-01" },
  ]);
  add("staffing", [
    { staffId: "m1", date: "2024-02-01", hours: 10, kind: "session" },
    { staffId: "m1", date: "2024-02-02", hours: 8.5, kind: "preparation" },
    { staffId: "m2", date: "2024-03-01", hours: 3, kind: "session" },
    { staffId: "m3", date: "2024-05-01", hours: 1.25 },
    { staffId: "m4", date: "2023-12-31", hours: 5, kind: "session" },
  ]);
  add("signups", [
    { activityId: "a1", childId: "k5", date: "2024-02-01", status: "waiting" },
    { activityId: "a1", childId: "k6", date: "2024-01-10", status: "waiting" },
    { activityId: "a1", childId: "k6", date: "2024-01-10", status: "placed", placedOn: "2024-01-20" },
    { activityId: "a2", childId: "k1", date: "2023-12-01", status: "placed", placedOn: "2024-01-05" },
    { activityId: "a2", childId: "k7", date: "2024-12-01", status: "waiting", placedOn: "2025-01-10" },
    { activityId: "a1", childId: "k8", date: "2025-01-05", status: "waiting" },
  ]);
  add("signals", [
    { signalId: "sg1", childId: "k1", date: "2024-02-01", category: "poverty" },
    { signalId: "sg2", childId: "k3", date: "2024-05-01", category: "poverty" },
  ]);
  add("referrals", [
    { referralId: "r1", childId: "k1", signalId: "sg1", destination: "cjg", createdOn: "2024-02-10", sentOn: "2024-02-11", closedOn: "2024-03-01", status: "completed" },
    { referralId: "r2", childId: "k3", signalId: "sg2", destination: "cjg", createdOn: "2024-05-04", sentOn: "2024-05-04", closedOn: "2025-01-02", status: "completed" },
    { referralId: "r3", childId: "k2", destination: "gp", createdOn: "2023-12-20", sentOn: "2023-12-20", closedOn: "2024-01-09", status: "completed" },
    { referralId: "r4", childId: "k4", destination: "gp", createdOn: "2024-11-01", sentOn: "2024-11-01", followUpOn: "2024-11-15", status: "sent" },
  ]);
  add("meldcode", [
    { trajectoryId: "t1", childId: "k1", startedOn: "2024-02-01", decision: "report", decidedOn: "2024-02-15" },
    { trajectoryId: "t2", childId: "k2", startedOn: "2024-03-01", decision: "help", decidedOn: "2024-03-31" },
    { trajectoryId: "t3", childId: "k3", startedOn: "2024-06-01" },
    { trajectoryId: "t4", childId: "k4", startedOn: "2023-12-01", decision: "close", decidedOn: "2024-01-06" },
    { trajectoryId: "t5", childId: "k1", startedOn: "2024-12-01", decision: "help", decidedOn: "2025-01-10" },
  ]);
  add("budgets", [
    { funder: "Gemeente", funderKind: "municipality", amount: 36600, from: "2024-01-01", to: "2024-12-31", programmeLine: "social-inclusion" },
    { funder: "Fonds", funderKind: "fund", amount: 10000, from: "2024-07-01", to: "2025-06-30", programmeLine: "safety" },
    { funder: "Eigen", funderKind: "own", amount: 500, from: "2023-01-01", to: "2023-12-31" },
  ]);
  add("targets", [
    { indicator: "reach", target: 5, from: "2024-01-01", to: "2024-12-31" },
    { indicator: "families", target: 2 },
    { indicator: "budget.total", target: 40000 },
    { indicator: "reach", target: 9, from: "2023-01-01", to: "2023-12-31" },
  ]);
  return acc;
}

