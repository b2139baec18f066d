import type { IndicatorId } from "../document/index.js";
import type { RecordTable, ReportAccumulator, ReportAccumulatorOptions, ReportRecord } from "./index.js";
import { createReportAccumulator } from "./index.js";
import type { IndicatorResults, ResultOptions } from "./result.js";

/** One indicator as an accumulator: add records, merge partial states, read its result. */
export interface IndicatorAccumulator<Id extends IndicatorId> {
  /** The indicator's id. */
  readonly id: Id;
  /** The report accumulator underneath (the facts one indicator needs are joined with the others'). */
  readonly state: ReportAccumulator;
  /** Add a record of a table, typed by the table. */
  add<N extends RecordTable>(table: N, record: ReportRecord<N>): IndicatorAccumulator<Id>;
  /** Merge another indicator accumulator made with the same options (its state is shared by every indicator). */
  merge(other: { readonly state: ReportAccumulator }): IndicatorAccumulator<Id>;
  /** The unsuppressed value or rows. */
  result(options?: ResultOptions): IndicatorResults[Id];
}

/**
 * One indicator as an accumulator with `add`, `merge` and `result`. It keeps the same facts as a
 * report accumulator (any indicator may need any table, for example reach needs sessions for their
 * dates); use {@link createReportAccumulator} to compute several at once.
 *
 * @param id - the indicator id
 * @param options - as for {@link createReportAccumulator}
 * @returns the accumulator
 * @throws RangeError as {@link createReportAccumulator}
 * @example
 * const reach = createIndicatorAccumulator("reach", { period: periodOfYear(2025) });
 * reach.add("sessions", session).add("attendance", attendance).result(); // => 1
 */
export function createIndicatorAccumulator<Id extends IndicatorId>(id: Id, options: ReportAccumulatorOptions): IndicatorAccumulator<Id> {
  return wrap(id, createReportAccumulator(options));
}

function wrap<Id extends IndicatorId>(id: Id, state: ReportAccumulator): IndicatorAccumulator<Id> {
  const self: IndicatorAccumulator<Id> = {
    id,
    state,
    add(table, record) {
      state.add(table, record);
      return self;
    },
    merge(other) {
      state.merge(other.state);
      return self;
    },
    result(options) {
      return state.result(options)[id];
    },
  };
  return self;
}
