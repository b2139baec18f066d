import * as z from "zod";
import { freeText } from "../_lib/freeText.js";
import { CalendarDate } from "../calendarDate/index.js";
import { RecordId } from "../id/index.js";

/**
 * An agreed result (prestatieafspraak): an indicator, the number agreed, the dates it covers and
 * optionally the funder it was agreed with, set against what was realised.
 *
 * @example
 * Target.parse({ indicator: "reach.children", target: 250, from: "2025-01-01", to: "2025-12-31" });
 * // => { indicator: "reach.children", target: 250, from: "2025-01-01", to: "2025-12-31" }
 */
export const Target = z.object({
  indicator: RecordId,
  target: z.number().min(0).max(1e10),
  from: CalendarDate.optional(),
  to: CalendarDate.optional(),
  funder: freeText(200).optional(),
});
/** An agreed result (prestatieafspraak). */
export type Target = z.infer<typeof Target>;
