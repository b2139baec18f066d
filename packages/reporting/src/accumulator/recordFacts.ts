// What each record leaves in the state: its normalised facts, in the order of the state's tuples
// (state.ts). Names, partners, descriptions and the like never enter.
import { dateOfDayNumber, dayNumber, isCalendarDate } from "@kinderwerk/core";
import type { Activity, Referral, Session, Signal } from "@kinderwerk/core";
import { matchesFilter } from "../filter/index.js";
import type { ReportFilter } from "../filter/index.js";
import type { ActivityFact, ReferralFact, SessionFact, SignalFact } from "./state.js";

/**
 * An activity's facts: kind, programme lines and pillars (sorted, once each), and whether the
 * filter lets it in.
 *
 * @param activity - the activity record
 * @param filter - the report's filter
 * @returns the facts
 */
export function activityFact(activity: Pick<Activity, "kind"> & Partial<Activity>, filter: ReportFilter): ActivityFact {
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
export function sessionFact(session: Pick<Session, "activityId" | "date" | "durationMinutes"> & Partial<Session>): SessionFact {
  return [session.activityId, session.date, session.durationMinutes, session.professionals ?? 0, session.interns ?? 0, session.volunteers ?? 0];
}

/**
 * A signal's facts: date and category.
 *
 * @param signal - the signal record
 * @returns the facts
 */
export function signalFact(signal: Pick<Signal, "date" | "category">): SignalFact {
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
export function referralFact(referral: Pick<Referral, "destination" | "status"> & Partial<Referral>, followUpDays: ReadonlyMap<string, number>): ReferralFact {
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
