import * as z from "zod";
import { freeText } from "../_lib/freeText.js";
import { CalendarDate } from "../calendarDate/index.js";
import { Gender } from "../gender/index.js";
import { Groep } from "../groep/index.js";
import { ChildId } from "../id/index.js";
import { Postcode } from "../postcode/index.js";

/** A neighbourhood (wijk): its code or its name. */
export const Neighbourhood = freeText(100).meta({ description: "A neighbourhood (wijk): code or name.", examples: ["Groenewoud"] });


/**
 * A child who takes part in kinderwerk, known by a pseudonym.
 *
 * - `childId`: a pseudonymous id (never a name, never a BSN)
 * - `birthDate`: `YYYY-MM-DD`
 * - `gender`: `girl`, `boy`, `other` or `unknown` (optional)
 * - `postcode`: reduced to its four digits (PC4) for reporting
 * - `neighbourhood`: the child's own wijk, code or name
 * - `groep`: school group 1–8 as observed (a {@link Groep}), never derived from the birth date
 * - `registeredOn`: the date the child was registered
 *
 * @example
 * Child.parse({ childId: "kw-0101", birthDate: "2015-09-14", postcode: "5025 KL" });
 * // => { childId: "kw-0101", birthDate: "2015-09-14", postcode: "5025" }
 */
export const Child = z.object({
  childId: ChildId,
  birthDate: CalendarDate,
  gender: Gender.optional(),
  postcode: Postcode.optional(),
  neighbourhood: Neighbourhood.optional(),
  groep: Groep.optional(),
  registeredOn: CalendarDate.optional(),
});
/** A child who takes part in kinderwerk, known by a pseudonym. */
export type Child = z.infer<typeof Child>;
/** What {@link Child} accepts before normalisation (a postcode may still carry its letters). */
export type ChildInput = z.input<typeof Child>;
