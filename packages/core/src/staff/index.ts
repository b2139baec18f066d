import * as z from "zod";
import { CalendarDate } from "../calendarDate/index.js";
import { RecordId } from "../id/index.js";
import { StaffRole } from "../staffRole/index.js";

/**
 * A member of staff, known by a pseudonym as children are: a BSN-like id is rejected
 * (`value.contains-bsn`) and `parseStaffMember` warns when the id reads like a name.
 *
 * - `role`: professional, intern or volunteer
 * - `contractHours`: hours a week (decimal)
 * - `vogDate`: the date of the certificate of conduct (VOG)
 * - `meldcodeTrainingDate`: the date of the last meldcode training
 *
 * @example
 * StaffMember.parse({ staffId: "mw-01", role: "volunteer" });
 * // => { staffId: "mw-01", role: "volunteer" }
 */
export const StaffMember = z.object({
  staffId: RecordId,
  role: StaffRole.optional(),
  contractHours: z.number().min(0).max(80).optional(),
  vogDate: CalendarDate.optional(),
  meldcodeTrainingDate: CalendarDate.optional(),
  startDate: CalendarDate.optional(),
  endDate: CalendarDate.optional(),
});
/** A member of staff, known by a pseudonym. */
export type StaffMember = z.infer<typeof StaffMember>;
