import * as z from "zod";
import { freeText } from "../_lib/freeText.js";
import { CalendarDate } from "../calendarDate/index.js";
import { Gender } from "../gender/index.js";
import { Groep } from "../groep/index.js";
import { ChildId, RecordId } from "../id/index.js";
import { Postcode } from "../postcode/index.js";

/**
 * A CBS code of a region (FORMAT.md version 2), matched whole and case-insensitively: `GM` and 4
 * digits (gemeente, municipality), `WK` and 6 digits (wijk), `BU` and 8 digits (buurt).
 *
 * @example
 * CBS_AREA_CODE.test("BU08550203"); // => true
 * CBS_AREA_CODE.test("wk085502"); // => true
 */
export const CBS_AREA_CODE = /^(?:GM\d{4}|WK\d{6}|BU\d{8})$/i;

/**
 * A neighbourhood (wijk): a name, or a CBS code (`GM0855`, `WK085502`, `BU08550203`), which is kept
 * upper case and is never taken for personal data.
 *
 * @example
 * Neighbourhood.parse("bu08550203"); // => "BU08550203"
 * Neighbourhood.parse("Groenewoud"); // => "Groenewoud"
 */
export const Neighbourhood = freeText(100, { code: CBS_AREA_CODE }).meta({
  description: "A neighbourhood (wijk): a name, or a CBS code (GM + 4, WK + 6 or BU + 8 digits).",
  examples: ["Groenewoud", "BU08550203"],
});

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
 * - `householdId`: a pseudonym of the household, shared by siblings (optional)
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
  householdId: RecordId.optional(),
});
/** A child who takes part in kinderwerk, known by a pseudonym. */
export type Child = z.infer<typeof Child>;
/** What {@link Child} accepts before normalisation (a postcode may still carry its letters). */
export type ChildInput = z.input<typeof Child>;
