import * as z from "zod";
import { CalendarDate } from "../calendarDate/index.js";
import { ChildId, RecordId } from "../id/index.js";
import { defineVocabulary } from "../vocabulary/index.js";

/** Where a sign-up stands. */
export const SIGNUP_STATUSES = ["placed", "waiting", "withdrawn"] as const;

/** Sign-up statuses: codes, zod enum and labels. */
export const SignupStatusVocabulary = defineVocabulary(SIGNUP_STATUSES, {
  placed: { nl: "Geplaatst", en: "Placed" },
  waiting: { nl: "Wachtlijst", en: "Waiting list" },
  withdrawn: { nl: "Afgemeld", en: "Withdrawn" },
});

/** The zod schema of a sign-up status. */
export const SignupStatus = SignupStatusVocabulary.schema;
/** A sign-up status: `placed`, `waiting` or `withdrawn`. */
export type SignupStatus = z.infer<typeof SignupStatus>;

/**
 * A child's sign-up for an activity: when, where it stands, and when the child was placed.
 * A child may sign up for the same activity again (after withdrawing), so sign-ups have no key.
 *
 * @example
 * Signup.parse({ activityId: "act-1", childId: "kw-0101", date: "2025-09-01", status: "waiting" });
 * // => { activityId: "act-1", childId: "kw-0101", date: "2025-09-01", status: "waiting" }
 */
export const Signup = z.object({
  activityId: RecordId,
  childId: ChildId,
  date: CalendarDate,
  status: SignupStatus.optional(),
  placedOn: CalendarDate.optional(),
});
/** A child's sign-up for an activity. */
export type Signup = z.infer<typeof Signup>;
