// The rows of a breakdown before disclosure control, and their order.
import type { Catalogues } from "@kinderwerk/core";

/** One row of a breakdown, before disclosure control. */
export interface ResultRow {
  /** The code: age band, gender, neighbourhood, programme line, pillar, activity kind, category, destination or trend bucket. */
  readonly key: string;
  /** The count. */
  readonly value: number;
}

/**
 * The rows of counts in report order: the keys of `order` first (0 when not counted), then the
 * other keys alphabetically, then the keys of `lastKeys` that were counted.
 *
 * @param counts - counts by key
 * @param order - the keys that come first, in this order, zeros included
 * @param lastKeys - keys that come last when counted (`unknown`)
 * @returns the rows
 */
export function rowsOf(counts: ReadonlyMap<string, number>, order: readonly string[], lastKeys: readonly string[] = []): ResultRow[] {
  const rows: ResultRow[] = [];
  const seen = new Set<string>();
  for (const key of order) {
    seen.add(key);
    rows.push({ key, value: counts.get(key) ?? 0 });
  }
  const rest = [...counts.keys()].filter((k) => !seen.has(k) && !lastKeys.includes(k)).sort();
  for (const key of rest) rows.push({ key, value: counts.get(key)! });
  for (const key of lastKeys) if (!seen.has(key) && counts.has(key)) rows.push({ key, value: counts.get(key)! });
  return rows;
}

/**
 * Count one more for a key.
 *
 * @param counts - counts by key
 * @param key - the key
 */
export function countKey(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/**
 * The codes of a catalogue, in catalogue order; none without catalogues.
 *
 * @param catalogues - the catalogues, if any
 * @param kind - which catalogue
 * @returns the codes
 */
export function catalogueCodes(catalogues: Catalogues | undefined, kind: keyof Catalogues): string[] {
  return catalogues ? catalogues[kind].entries.map((e) => e.code) : [];
}
