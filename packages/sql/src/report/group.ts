// The shape of an indicator group in SQL: the same groups, ids and results as reporting's
// (src/indicators/ there), computed by queries over the shared context.
import type { ResultRow } from "@kinderwerk/reporting";
import { rowsOf } from "@kinderwerk/reporting";
import type { SqlContext } from "./context.js";

/** Exact sums behind rounded values, as `IndicatorResults.raw` holds them. */
export interface SqlRawSums {
  readonly activityMinutes?: number;
  readonly contactMinutes?: number;
  readonly respondedReferrals?: number;
}

/** What a group computes: values by indicator id, and raw sums. */
export interface SqlGroupResult {
  readonly values: Readonly<Record<string, number | null | undefined | readonly ResultRow[]>>;
  readonly raw?: SqlRawSums;
  /** What disclosure control needs behind values, as `IndicatorResults.basis` holds it. */
  readonly basis?: Readonly<Record<string, number | Readonly<Record<string, number>>>>;
}

/** What the groups before a group computed (values after the absent ones were taken out), as reporting's later groups read them. */
export interface SqlEarlier {
  readonly values: Readonly<Record<string, unknown>>;
  readonly basis: Readonly<Record<string, unknown>>;
}

/** The rows every breakdown starts from, in report order (zeros included): those of an empty report. */
export type RowOrder = (id: string) => readonly string[];

/** An indicator group in SQL. */
export interface SqlIndicatorGroup {
  /** The group's name, as reporting names it. */
  readonly name: string;
  /** The indicator ids it computes. */
  readonly ids: readonly string[];
  /** Compute its values; a group that builds on others (population, budget) reads what they computed. */
  compute(ctx: SqlContext, order: RowOrder, earlier: SqlEarlier): Promise<SqlGroupResult>;
}

/**
 * Counts by key as a breakdown's rows in report order (reporting's `rowsOf`).
 *
 * @param rows - rows with a `key` and a count `n`
 * @param order - the keys that come first, zeros included
 * @param lastKeys - keys that come last when counted
 * @returns the rows
 */
export function breakdownRows(rows: readonly Record<string, unknown>[], order: readonly string[], lastKeys: readonly string[] = []): ResultRow[] {
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(String(r["key"]), Number(r["n"]));
  return rowsOf(counts, order, lastKeys);
}
