// A small dataset whose every indicator is worked out by hand in the tests (see docs/indicators.md).
import type { Activity, AnyTableRecord, Attendance, Child, Referral, Session, Signal } from "@kinderwerk/core";

const act = (activityId: string, kind: Activity["kind"], programmeLines: string[], pillars: string[], extra: Partial<Activity> = {}): Activity => ({
  activityId,
  name: `Activiteit ${activityId}`,
  kind,
  programmeLines,
  pillars,
  partners: [],
  minAge: 4,
  maxAge: 12,
  ageRangeWidened: false,
  ...extra,
});

export const activities: Activity[] = [
  act("A1", "sport", ["social-inclusion"], ["child"], { neighbourhood: "Noord", partners: [{ name: "SV Noord" }] }),
  act("A2", "craft", ["equal-opportunities", "social-inclusion"], ["child", "family"]),
  act("A3", "holiday-programme", ["custom-work"], ["environment"]),
];

const ses = (sessionId: string, activityId: string, date: string, durationMinutes: number, professionals = 0, interns = 0, volunteers = 0): Session => ({
  sessionId,
  activityId,
  date,
  durationMinutes,
  professionals,
  interns,
  volunteers,
});

export const sessions: Session[] = [
  ses("S0", "A1", "2024-12-31", 60, 1),
  ses("S1", "A1", "2025-01-01", 90, 1, 0, 2),
  ses("S2", "A1", "2025-03-05", 60, 2, 1, 0),
  ses("S7", "A2", "2025-02-28", 60, 1),
  ses("S3", "A2", "2025-07-20", 120, 1, 1, 1),
  ses("S4", "A3", "2025-12-31", 45, 0, 0, 3),
  ses("S5", "A2", "2026-01-01", 60, 1),
  ses("S6", "A1", "2025-05-01", 30, 1),
];

export const children: Child[] = [
  { childId: "K1", birthDate: "2016-05-10", gender: "girl", neighbourhood: "Noord" },
  { childId: "K2", birthDate: "2018-02-14", gender: "boy", neighbourhood: "Zuid" },
  { childId: "K3", birthDate: "2012-02-29", gender: "boy", neighbourhood: "Noord" },
  { childId: "K4", birthDate: "2012-02-29", gender: "girl" },
  { childId: "K5", birthDate: "2022-06-01", neighbourhood: "Noord" },
  { childId: "K6", birthDate: "2015-02-30", gender: "other" },
  { childId: "K8", birthDate: "2013-06-15", gender: "girl", neighbourhood: "Zuid" },
  { childId: "K9", birthDate: "2014-01-01", gender: "boy" },
  { childId: "K10", birthDate: "2014-01-01", gender: "boy" },
];

const att = (sessionId: string, childId: string, present = true): Attendance => ({ sessionId, childId, present });

export const attendance: Attendance[] = [
  att("S0", "K8"),
  att("S1", "K1"),
  att("S1", "K2"),
  att("S1", "K8"),
  att("S1", "K1"),
  att("S1", "K10", false),
  att("S2", "K1"),
  att("S2", "K2"),
  att("S2", "K3"),
  att("S2", "K10", false),
  att("S7", "K4"),
  att("S3", "K5"),
  att("S3", "K1"),
  att("S3", "K6"),
  att("S4", "K7"),
  att("S4", "K1"),
  att("S5", "K9"),
  att("S99", "K1"),
];

const sig = (signalId: string, date: string, category: string): Signal => ({
  signalId,
  childId: "K1",
  date,
  category,
  observedBy: "professional",
  confidentiality: "confidential",
});

export const signals: Signal[] = [
  sig("SG1", "2025-01-01", "poverty"),
  sig("SG2", "2025-06-01", "bullying"),
  sig("SG2", "2025-06-01", "bullying"),
  sig("SG4", "2024-12-31", "poverty"),
  sig("SG5", "2025-12-31", "poverty"),
];

const ref = (referralId: string, destination: string, status: Referral["status"], dates: Partial<Referral> = {}): Referral => ({
  referralId,
  childId: "K1",
  destination,
  createdOn: dates.sentOn ?? "2025-01-01",
  status,
  ...dates,
});

export const referrals: Referral[] = [
  ref("R1", "cjg", "accepted", { sentOn: "2025-02-01", respondedOn: "2025-02-11" }),
  ref("R2", "veilig-thuis", "declined", { sentOn: "2025-03-01", respondedOn: "2025-03-05" }),
  ref("R3", "gp", "sent", { sentOn: "2025-12-01" }),
  ref("R4", "jgz", "sent", { sentOn: "2025-12-20" }),
  ref("R5", "cjg", "completed", { sentOn: "2025-06-01", respondedOn: "2026-01-10" }),
  ref("R6", "leisure", "sent", { sentOn: "2024-11-01", followUpOn: "2024-12-01" }),
  ref("R7", "cjg", "draft"),
  ref("R8", "wijkteam", "completed", { sentOn: "2025-04-01", respondedOn: "2025-04-08", closedOn: "2025-05-01" }),
  ref("R9", "cjg", "withdrawn", { sentOn: "2025-05-01", closedOn: "2025-05-10" }),
];

/** Every record, tagged with its table. */
export const allRecords = (): AnyTableRecord[] => [
  ...children.map((record) => ({ table: "children" as const, record })),
  ...activities.map((record) => ({ table: "activities" as const, record })),
  ...sessions.map((record) => ({ table: "sessions" as const, record })),
  ...attendance.map((record) => ({ table: "attendance" as const, record })),
  ...signals.map((record) => ({ table: "signals" as const, record })),
  ...referrals.map((record) => ({ table: "referrals" as const, record })),
];
