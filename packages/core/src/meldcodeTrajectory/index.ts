import * as z from "zod";
import { CalendarDate } from "../calendarDate/index.js";
import { ChildId, RecordId } from "../id/index.js";
import { MELDCODE_DECISIONS, meldcodeDecisionLabels } from "../meldcode/afwegingskader.js";
import { defineVocabulary } from "../vocabulary/index.js";

/** The meldcode decisions ({@link MELDCODE_DECISIONS} of the afwegingskader): codes, zod enum and labels. */
export const MeldcodeDecisionVocabulary = defineVocabulary(MELDCODE_DECISIONS, meldcodeDecisionLabels);

/**
 * A meldcode trajectory as a row of the exchange format: when it started, the step reached (1–5),
 * and, once decided, the decision and its date. The full history is a series of meldcode events.
 *
 * @example
 * MeldcodeTrajectory.parse({ trajectoryId: "mc-1", childId: "kw-0101", startedOn: "2025-10-01", step: 2 });
 * // => { trajectoryId: "mc-1", childId: "kw-0101", startedOn: "2025-10-01", step: 2 }
 */
export const MeldcodeTrajectory = z.object({
  trajectoryId: RecordId,
  childId: ChildId,
  signalId: RecordId.optional(),
  startedOn: CalendarDate,
  step: z.int().min(1).max(5).optional(),
  decision: MeldcodeDecisionVocabulary.schema.optional(),
  decidedOn: CalendarDate.optional(),
  closedOn: CalendarDate.optional(),
});
/** A meldcode trajectory as a row of the exchange format. */
export type MeldcodeTrajectory = z.infer<typeof MeldcodeTrajectory>;
