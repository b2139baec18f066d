import * as z from "zod";
import { ChildId, RecordId } from "../id/index.js";

/**
 * A child's attendance at a session: present (the default) or absent, as registered.
 *
 * @example
 * Attendance.parse({ sessionId: "b-1", childId: "kw-0101" });
 * // => { sessionId: "b-1", childId: "kw-0101", present: true }
 */
export const Attendance = z.object({
  sessionId: RecordId,
  childId: ChildId,
  present: z.boolean().default(true),
});
/** A child's attendance at a session. */
export type Attendance = z.infer<typeof Attendance>;
/** What {@link Attendance} accepts before defaults are filled in. */
export type AttendanceInput = z.input<typeof Attendance>;
