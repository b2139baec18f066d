import * as z from "zod";
import { CalendarDate } from "../calendarDate/index.js";
import { RecordId } from "../id/index.js";
import { defineVocabulary } from "../vocabulary/index.js";

/** What staff spend their hours on. */
export const STAFFING_KINDS = ["session", "preparation", "meeting", "outreach", "training"] as const;

/** The kinds of staff hours: codes, zod enum and labels. */
export const StaffingKindVocabulary = defineVocabulary(STAFFING_KINDS, {
  session: { nl: "Bijeenkomst", en: "Session" },
  preparation: { nl: "Voorbereiding", en: "Preparation" },
  meeting: { nl: "Overleg", en: "Meeting" },
  outreach: { nl: "Outreach", en: "Outreach" },
  training: { nl: "Scholing", en: "Training" },
});

/** The zod schema of a kind of staff hours. */
export const StaffingKind = StaffingKindVocabulary.schema;
/** A kind of staff hours: `session`, `preparation`, `meeting`, `outreach` or `training`. */
export type StaffingKind = z.infer<typeof StaffingKind>;

/**
 * Hours a member of staff spent on one day: more than 0 and at most 24, on a session (then
 * `sessionId` may say which), preparation, a meeting, outreach or training.
 *
 * @example
 * Staffing.parse({ staffId: "mw-01", date: "2025-10-01", hours: 2.5, kind: "session" });
 * // => { staffId: "mw-01", date: "2025-10-01", hours: 2.5, kind: "session" }
 */
export const Staffing = z.object({
  staffId: RecordId,
  date: CalendarDate,
  hours: z.number().gt(0).max(24),
  kind: StaffingKind.optional(),
  sessionId: RecordId.optional(),
});
/** Hours a member of staff spent on one day. */
export type Staffing = z.infer<typeof Staffing>;
