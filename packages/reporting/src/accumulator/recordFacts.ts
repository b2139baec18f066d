// The records a report accumulator takes, and what each leaves in the state: its normalised facts,
// in the order of the state's tuples (state.ts). Names, partners, descriptions and the like never enter.
import { dateOfDayNumber, dayNumber, isCalendarDate } from "@kinderwerk/core";
import type { Activity, Attendance, Child, Referral, Session, Signal, TableName, TableRecord } from "@kinderwerk/core";
import { matchesFilter } from "../filter/index.js";
import type { ReportFilter } from "../filter/index.js";
import type { ActivityFact, ReferralFact, SessionFact, SignalFact } from "./state.js";

/**
 * A table whose records a report accumulator takes: any table of the exchange format. The report
 * reads children, activities, sessions, attendance, signals and referrals; records of the other
 * tables are taken and left out of the indicators of INDICATORS.md version 1.
 */
export type RecordTable = TableName;

/**
 * What a report needs of a record of each table, by table: a whole core record fits (`Child` for
 * `children`), and so does one with only the fields the indicators read.
 */
export interface ReportRecords {
  readonly children: Pick<Child, "childId" | "birthDate"> & Partial<Child>;
  readonly activities: Pick<Activity, "activityId" | "kind"> & Partial<Activity>;
  readonly sessions: Pick<Session, "sessionId" | "activityId" | "date" | "durationMinutes"> & Partial<Session>;
  readonly attendance: Pick<Attendance, "sessionId" | "childId"> & { readonly present?: boolean | undefined };
  readonly signals: Pick<Signal, "signalId" | "date" | "category">;
  readonly referrals: Pick<Referral, "referralId" | "destination" | "createdOn" | "status"> & Partial<Referral>;
}

/** The record a report accumulator takes for a table: {@link ReportRecords} for the tables a report reads, the core record for the others. */
export type ReportRecord<N extends RecordTable> = N extends keyof ReportRecords ? ReportRecords[N] : TableRecord<N>;

/** A record tagged with its table, as `ReportAccumulator.add` takes it. */
export type TaggedReportRecord = { readonly [N in RecordTable]: { readonly table: N; readonly record: ReportRecord<N> } }[RecordTable];

/**
 * An activity's facts: kind, programme lines and pillars (sorted, once each), and whether the
 * filter lets it in.
 *
 * @param activity - the activity record
 * @param filter - the report's filter
 * @returns the facts
 */
export function activityFact(activity: ReportRecords["activities"], filter: ReportFilter): ActivityFact {
  const lines = [...new Set(activity.programmeLines ?? [])].sort();
  const pillars = [...new Set(activity.pillars ?? [])].sort();
  const inScope = matchesFilter(filter, {
    kind: activity.kind,
    programmeLines: lines,
    pillars,
    neighbourhood: activity.neighbourhood,
    partners: (activity.partners ?? []).map((p) => p.name),
  });
  return [activity.kind, lines, pillars, inScope ? 1 : 0];
}

/**
 * A session's facts: activity id, date, minutes and staff counts (0 when not given).
 *
 * @param session - the session record
 * @returns the facts
 */
export function sessionFact(session: ReportRecords["sessions"]): SessionFact {
  return [session.activityId, session.date, session.durationMinutes, session.professionals ?? 0, session.interns ?? 0, session.volunteers ?? 0];
}

/**
 * A signal's facts: date and category.
 *
 * @param signal - the signal record
 * @returns the facts
 */
export function signalFact(signal: ReportRecords["signals"]): SignalFact {
  return [signal.date, signal.category];
}

/**
 * A referral's facts: destination, the sent, responded and closed dates (`null` when not a date),
 * status, and the follow-up date (`followUpOn`, or `sentOn` plus the destination's follow-up days).
 *
 * @param referral - the referral record
 * @param followUpDays - follow-up days by destination code
 * @returns the facts
 */
export function referralFact(referral: ReportRecords["referrals"], followUpDays: ReadonlyMap<string, number>): ReferralFact {
  const sentOn = isCalendarDate(referral.sentOn) ? referral.sentOn : null;
  const days = followUpDays.get(referral.destination);
  const followUp = isCalendarDate(referral.followUpOn) ? referral.followUpOn : sentOn !== null && days !== undefined ? dateOfDayNumber(dayNumber(sentOn) + days) : null;
  return [
    referral.destination,
    sentOn,
    isCalendarDate(referral.respondedOn) ? referral.respondedOn : null,
    isCalendarDate(referral.closedOn) ? referral.closedOn : null,
    referral.status,
    followUp,
  ];
}
