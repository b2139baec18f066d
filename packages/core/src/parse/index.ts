import type { Activity } from "../activity/index.js";
import type { Attendance } from "../attendance/index.js";
import type { Budget } from "../budget/index.js";
import type { Child } from "../child/index.js";
import type { Result } from "../issues/issue.js";
import type { MeldcodeTrajectory } from "../meldcodeTrajectory/index.js";
import type { NeighbourhoodRecord } from "../neighbourhood/index.js";
import type { Referral } from "../referral/index.js";
import type { Session } from "../session/index.js";
import type { Signal } from "../signal/index.js";
import type { Signup } from "../signup/index.js";
import type { StaffMember } from "../staff/index.js";
import type { Staffing } from "../staffing/index.js";
import {
  activitiesTable,
  attendanceTable,
  budgetsTable,
  childrenTable,
  meldcodeTable,
  neighbourhoodsTable,
  referralsTable,
  sessionsTable,
  signalsTable,
  signupsTable,
  staffTable,
  staffingTable,
  targetsTable,
  type ParseOptions,
} from "../tables/index.js";
import type { Target } from "../target/index.js";

// Each parse function is its table's parse (see `tables/`): the schema, then the checks beyond it.
// Each names its own table's spec, not the list of all tables, so that it brings only that into a bundle.
export type { ParseOptions } from "../tables/index.js";

/**
 * Validate a child. Rejects a BSN-like id; warns when the id reads like a first name.
 *
 * @param input - anything
 * @param options - a path prefix for issues
 * @returns the child (postcode reduced to PC4), or the issues that reject it
 * @example
 * parseChild({ childId: "kw-0101", birthDate: "2015-09-14" });
 * // => { ok: true, value: { childId: "kw-0101", birthDate: "2015-09-14" }, issues: [] }
 * parseChild({ childId: "111222333", birthDate: "2015-09-14" }).ok; // => false (child.childId.bsn)
 */
export function parseChild(input: unknown, options: ParseOptions = {}): Result<Child> {
  return childrenTable.parse(input, options);
}

/**
 * Validate an activity, its programme lines and pillars against the catalogues in use.
 *
 * @param input - anything
 * @param options - the catalogues in use and a path prefix
 * @returns the activity with defaults filled in, or the issues that reject it
 * @example
 * parseActivity({ activityId: "a-1", name: "Voetbal", kind: "sport", pillars: ["child", "school"] });
 * // => { ok: false, issues: [{ code: "catalogue.code.unknown", path: ["pillars", 1], … }] }
 */
export function parseActivity(input: unknown, options: ParseOptions = {}): Result<Activity> {
  return activitiesTable.parse(input, options);
}

/**
 * Validate a session.
 *
 * @param input - anything
 * @param options - a path prefix
 * @returns the session with staff counts defaulted to 0, or the issues that reject it
 * @example
 * parseSession({ sessionId: "b-1", activityId: "a-1", date: "2025-10-01", durationMinutes: 0 }).ok;
 * // => false (value.too-small on durationMinutes)
 */
export function parseSession(input: unknown, options: ParseOptions = {}): Result<Session> {
  return sessionsTable.parse(input, options);
}

/**
 * Validate an attendance record.
 *
 * @param input - anything
 * @param options - a path prefix
 * @returns the attendance (present by default), or the issues that reject it
 * @example
 * parseAttendance({ sessionId: "b-1", childId: "kw-0101" });
 * // => { ok: true, value: { sessionId: "b-1", childId: "kw-0101", present: true }, issues: [] }
 */
export function parseAttendance(input: unknown, options: ParseOptions = {}): Result<Attendance> {
  return attendanceTable.parse(input, options);
}

/**
 * Validate a signal and its category against the catalogue in use. The description is scanned
 * for personal data with `scanPersonalData` (names, birth dates, addresses, phone numbers,
 * IBANs, e-mail addresses, BSNs, full postcodes): each finding is a `text.personal-data` warning
 * with its kind and position, never the value. Apps decide whether such a warning blocks saving.
 *
 * @param input - anything
 * @param options - the catalogues in use, a path prefix, and a larger list of names for the scan
 *   (`names` of `@kinderwerk/names`)
 * @returns the signal, or the issues that reject it
 * @example
 * parseSignal({ signalId: "s-1", childId: "kw-0101", date: "2025-10-01", category: "bullying", observedBy: "volunteer" }).ok; // => true
 */
export function parseSignal(input: unknown, options: ParseOptions = {}): Result<Signal> {
  return signalsTable.parse(input, options);
}

/**
 * Validate a referral record and its destination against the catalogue in use, with the
 * cross-field rules of {@link checkReferralRecord}: a sent (or later) referral needs `sentOn` and
 * `consent`, and `createdOn <= sentOn <= respondedOn <= closedOn`.
 *
 * @param input - anything
 * @param options - the catalogues in use and a path prefix
 * @returns the referral, or the issues that reject it
 * @example
 * parseReferral({ referralId: "v-1", childId: "kw-0101", destination: "cjg", createdOn: "2025-10-02", status: "draft" }).ok; // => true
 */
export function parseReferral(input: unknown, options: ParseOptions = {}): Result<Referral> {
  return referralsTable.parse(input, options);
}

/**
 * Validate a member of staff. Rejects a BSN-like id; warns when the id reads like a name
 * (`staff.staffId.name-like`); an end date before the start date is `record.dates.order`.
 *
 * @param input - anything
 * @param options - a path prefix
 * @returns the member of staff, or the issues that reject it
 * @example
 * parseStaffMember({ staffId: "mw-01", role: "volunteer", contractHours: "8" }).ok; // => false (hours are a number)
 * parseStaffMember({ staffId: "mw-01", role: "volunteer", contractHours: 8 }).ok; // => true
 */
export function parseStaffMember(input: unknown, options: ParseOptions = {}): Result<StaffMember> {
  return staffTable.parse(input, options);
}

/**
 * Validate hours a member of staff spent on one day (more than 0, at most 24).
 *
 * @param input - anything
 * @param options - a path prefix
 * @returns the staffing record, or the issues that reject it
 * @example
 * parseStaffing({ staffId: "mw-01", date: "2025-10-01", hours: 25 }).ok; // => false (value.too-big on hours)
 */
export function parseStaffing(input: unknown, options: ParseOptions = {}): Result<Staffing> {
  return staffingTable.parse(input, options);
}

/**
 * Validate a child's sign-up for an activity; a placement before the sign-up is `record.dates.order`.
 *
 * @param input - anything
 * @param options - a path prefix
 * @returns the sign-up, or the issues that reject it
 * @example
 * parseSignup({ activityId: "act-1", childId: "kw-0101", date: "2025-09-01", status: "waiting" }).ok; // => true
 */
export function parseSignup(input: unknown, options: ParseOptions = {}): Result<Signup> {
  return signupsTable.parse(input, options);
}

/**
 * Validate a meldcode trajectory row: the step reached (1–5) and, once decided, the decision;
 * a decision or closing before the start is `record.dates.order`.
 *
 * @param input - anything
 * @param options - a path prefix
 * @returns the trajectory, or the issues that reject it
 * @example
 * parseMeldcodeTrajectory({ trajectoryId: "mc-1", childId: "kw-0101", startedOn: "2025-10-01", step: 6 }).ok; // => false
 */
export function parseMeldcodeTrajectory(input: unknown, options: ParseOptions = {}): Result<MeldcodeTrajectory> {
  return meldcodeTable.parse(input, options);
}

/**
 * Validate a budget line and its programme line against the catalogue in use; `to` before `from`
 * is `record.dates.order`.
 *
 * @param input - anything
 * @param options - the catalogues in use and a path prefix
 * @returns the budget line, or the issues that reject it
 * @example
 * parseBudget({ funder: "Gemeente Tilburg", amount: 12500, from: "2025-01-01", to: "2025-12-31" }).ok; // => true
 */
export function parseBudget(input: unknown, options: ParseOptions = {}): Result<Budget> {
  return budgetsTable.parse(input, options);
}

/**
 * Validate an agreed result (prestatieafspraak).
 *
 * @param input - anything
 * @param options - a path prefix
 * @returns the target, or the issues that reject it
 * @example
 * parseTarget({ indicator: "reachChildren", target: 250, from: "2025-01-01", to: "2025-12-31" }).ok; // => true
 */
export function parseTarget(input: unknown, options: ParseOptions = {}): Result<Target> {
  return targetsTable.parse(input, options);
}

/**
 * Validate a row of the neighbourhood table: a code (a name or a CBS code), a name, and
 * optionally the number of children aged 4 to 12 who live there.
 *
 * @param input - anything
 * @param options - a path prefix
 * @returns the neighbourhood, or the issues that reject it
 * @example
 * parseNeighbourhood({ code: "wk085501", name: "Centrum", population4to12: 840 });
 * // => { ok: true, value: { code: "WK085501", name: "Centrum", population4to12: 840 }, issues: [] }
 */
export function parseNeighbourhood(input: unknown, options: ParseOptions = {}): Result<NeighbourhoodRecord> {
  return neighbourhoodsTable.parse(input, options);
}
