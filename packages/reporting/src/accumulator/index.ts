// The report accumulator's public face: make one, revive one from JSON.
import { defaultCatalogues, ok } from "@kinderwerk/core";
import type { Catalogues, Result } from "@kinderwerk/core";
import type { ReportAccumulatorOptions } from "./options.js";
import { configOf, followUpDaysOf } from "./options.js";
import { ReportAccumulator } from "./reportAccumulator.js";
import { applyState } from "./merge.js";
import { readState } from "./serial.js";

export { ReportAccumulator } from "./reportAccumulator.js";
export type { RecordTable, ReportRecord, ReportRecords } from "./recordFacts.js";
export { DEFAULT_REGULARS_THRESHOLD } from "./options.js";
export type { ReportAccumulatorOptions } from "./options.js";

/**
 * Make an empty report accumulator.
 *
 * @param options - the period, filter, catalogues, region or holidays, and N of `regulars`
 * @returns the accumulator
 * @throws RangeError when the period is not a valid range, `regularsThreshold` is not a whole number
 *   1..1000, or the age bands are not valid (core's `AgeBands`) or hold ages on both sides of the
 *   target group's edges (`reporting.ageBands.target-group`)
 * @example
 * const acc = createReportAccumulator({ period: periodOfYear(2025), region: "zuid" });
 * acc.addChild(child).addSession(session).addAttendance(attendance);
 */
export function createReportAccumulator(options: ReportAccumulatorOptions): ReportAccumulator {
  const { config, ageBands } = configOf(options);
  const catalogues = options.catalogues ?? defaultCatalogues;
  return new ReportAccumulator(config, followUpDaysOf(catalogues), catalogues, ageBands);
}

/**
 * Revive a serialised partial state, validating it first.
 *
 * @param json - a value made by `toJSON()` (parsed JSON)
 * @param catalogues - the catalogues the state was made with (only checked by id and version)
 * @returns the accumulator, or the issues that reject the state: the schema's, and
 *   `reporting.state.catalogue` when the referral-destination catalogue differs,
 *   `reporting.state.age-bands` when its age bands are not usable, `reporting.state.child` when a
 *   child's facts name a gender or band the report does not know
 * @example
 * reportAccumulatorFromJSON(JSON.parse(text)).ok; // => true
 */
export function reportAccumulatorFromJSON(json: unknown, catalogues: Catalogues = defaultCatalogues): Result<ReportAccumulator> {
  const read = readState(json, catalogues);
  if (!read.ok) return read;
  const acc = new ReportAccumulator(read.value.state.config, followUpDaysOf(catalogues), catalogues);
  applyState(acc, read.value);
  return ok(acc);
}
