import * as z from "zod";
import { freeText } from "../_lib/freeText.js";
import { CalendarDate } from "../calendarDate/index.js";
import { CatalogueCode } from "../catalogue/index.js";
import { RecordId } from "../id/index.js";
import { defineVocabulary } from "../vocabulary/index.js";

/** The kinds of funder. */
export const FUNDER_KINDS = ["municipality", "fund", "own", "other"] as const;

/** Funder kinds: codes, zod enum and labels. */
export const FunderKindVocabulary = defineVocabulary(FUNDER_KINDS, {
  municipality: { nl: "Gemeente", en: "Municipality" },
  fund: { nl: "Fonds", en: "Fund" },
  own: { nl: "Eigen", en: "Own" },
  other: { nl: "Overig", en: "Other" },
});

/** The zod schema of a funder kind. */
export const FunderKind = FunderKindVocabulary.schema;
/** A funder kind: `municipality`, `fund`, `own` or `other`. */
export type FunderKind = z.infer<typeof FunderKind>;

/**
 * A budget line: who funds, how much (euros), over which dates, and optionally what it pays for
 * (a programme line of the catalogue, an activity).
 *
 * @example
 * Budget.parse({ funder: "Gemeente Tilburg", amount: 12500, from: "2025-01-01", to: "2025-12-31" });
 * // => { funder: "Gemeente Tilburg", amount: 12500, from: "2025-01-01", to: "2025-12-31" }
 */
export const Budget = z.object({
  funder: freeText(200),
  funderKind: FunderKind.optional(),
  amount: z.number().min(0).max(1e10).optional(),
  from: CalendarDate,
  to: CalendarDate,
  programmeLine: CatalogueCode.optional(),
  activityId: RecordId.optional(),
});
/** A budget line. */
export type Budget = z.infer<typeof Budget>;
