import * as z from "zod";
import { freeText } from "../_lib/freeText.js";
import { ActivityKind } from "../activityKind/index.js";
import { TARGET_GROUP } from "../age/index.js";
import { CalendarDate } from "../calendarDate/index.js";
import { CatalogueCode } from "../catalogue/index.js";
import { Neighbourhood } from "../child/index.js";
import { RecordId } from "../id/index.js";
import { LocationType } from "../locationType/index.js";
import { PartnerSector } from "../partnerSector/index.js";
import { refineParams } from "../issues/codes.js";

/** A partner organisation that delivers an activity with the organisation, with its sector. */
export const Partner = z.object({
  name: freeText(200),
  sector: PartnerSector.optional(),
});
/** A partner organisation that delivers an activity with the organisation, with its sector. */
export type Partner = z.infer<typeof Partner>;

const AGE_MIN = 0;
const AGE_MAX = 30;
const Age = z.int().min(AGE_MIN).max(AGE_MAX);

/** Whether an age passes {@link Age}'s own checks (an integer from 0 to 30). */
function isValidAge(age: unknown): age is number {
  return typeof age === "number" && Number.isInteger(age) && age >= AGE_MIN && age <= AGE_MAX;
}

/**
 * An activity: a course, a craft or sport afternoon, outdoor play, a holiday programme, outreach on
 * the street, and so on. Its sessions are the occurrences.
 *
 * The age range must lie inside the target group (4–12) unless `ageRangeWidened` is `true`:
 * a widened range is a deliberate choice and must be said. Programme lines and pillars are codes
 * of the catalogues in use; check them with {@link parseActivity}.
 *
 * @example
 * Activity.parse({ activityId: "act-1", name: "Knutselmiddag", kind: "craft" });
 * // => { activityId: "act-1", name: "Knutselmiddag", kind: "craft", programmeLines: [], pillars: [], partners: [], minAge: 4, maxAge: 12, ageRangeWidened: false }
 */
export const Activity = z
  .object({
    activityId: RecordId,
    name: freeText(200),
    kind: ActivityKind,
    programmeLines: z.array(CatalogueCode).max(50).default([]),
    pillars: z.array(CatalogueCode).max(50).default([]),
    locationType: LocationType.optional(),
    neighbourhood: Neighbourhood.optional(),
    partners: z.array(Partner).max(100).default([]),
    minAge: Age.default(TARGET_GROUP.minAge),
    maxAge: Age.default(TARGET_GROUP.maxAge),
    ageRangeWidened: z.boolean().default(false),
    startDate: CalendarDate.optional(),
    endDate: CalendarDate.optional(),
    capacity: z.int().min(1).max(100_000).optional(),
  })
  .check((ctx) => {
    const a = ctx.value;
    // Compare the ages only when both are valid: otherwise the field's own range issue says what
    // is wrong, and an order issue would carry (and show) whatever was typed, such as a BSN.
    const agesValid = isValidAge(a.minAge) && isValidAge(a.maxAge);
    if (!agesValid) {
      // nothing to compare
    } else if (a.minAge > a.maxAge) {
      ctx.issues.push({
        code: "custom",
        input: a,
        path: ["maxAge"],
        params: refineParams("activity.ageRange.order", { min: a.minAge, max: a.maxAge }),
        message: "age range order",
      });
    } else if (!a.ageRangeWidened && (a.minAge < TARGET_GROUP.minAge || a.maxAge > TARGET_GROUP.maxAge)) {
      ctx.issues.push({
        code: "custom",
        input: a,
        path: [a.minAge < TARGET_GROUP.minAge ? "minAge" : "maxAge"],
        params: refineParams("activity.ageRange.outside-target-group", { min: a.minAge, max: a.maxAge, targetMin: TARGET_GROUP.minAge, targetMax: TARGET_GROUP.maxAge }),
        message: "age range outside target group",
      });
    }
    if (a.startDate !== undefined && a.endDate !== undefined && a.endDate < a.startDate) {
      ctx.issues.push({
        code: "custom",
        input: a,
        path: ["endDate"],
        params: refineParams("activity.dates.order", { startDate: a.startDate, endDate: a.endDate }),
        message: "end before start",
      });
    }
  });
/** An activity: a course, a craft or sport afternoon, a holiday programme, and so on. */
export type Activity = z.infer<typeof Activity>;
/** What {@link Activity} accepts before defaults are filled in. */
export type ActivityInput = z.input<typeof Activity>;
