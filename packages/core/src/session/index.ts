import * as z from "zod";
import { CalendarDate } from "../calendarDate/index.js";
import { RecordId } from "../id/index.js";
import { refineParams } from "../issues/codes.js";

const StaffCount = z.int().min(0).max(1000).default(0);

const TIME = /^(?:[01][0-9]|2[0-3]):[0-5][0-9]$/;

/** A start time `HH:MM`, 00:00–23:59. */
export const StartTime = z
  .string()
  .max(5)
  .refine((v) => TIME.test(v), { params: refineParams("value.time") })
  .meta({ description: "A time of day, HH:MM.", pattern: TIME.source, examples: ["14:30"] });

/**
 * One occurrence of an activity: its date, start time, duration, and the staff by role
 * (professionals, interns, volunteers: counts, never names).
 *
 * @example
 * Session.parse({ sessionId: "b-1", activityId: "act-1", date: "2025-10-01", durationMinutes: 90 });
 * // => { sessionId: "b-1", activityId: "act-1", date: "2025-10-01", durationMinutes: 90, professionals: 0, interns: 0, volunteers: 0 }
 */
export const Session = z.object({
  sessionId: RecordId,
  activityId: RecordId,
  date: CalendarDate,
  startTime: StartTime.optional(),
  durationMinutes: z.int().min(1).max(1440),
  professionals: StaffCount,
  interns: StaffCount,
  volunteers: StaffCount,
});
/** One occurrence of an activity. */
export type Session = z.infer<typeof Session>;
/** What {@link Session} accepts before defaults are filled in. */
export type SessionInput = z.input<typeof Session>;
