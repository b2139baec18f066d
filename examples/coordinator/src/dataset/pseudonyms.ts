// Child ids replaced by pseudonyms on their way from the import to the report, in every table that
// holds them: the children's own key and every field that points to a child (from the tables'
// specs). The import's `pseudonymise` option does the same inside the import, but only for the
// tables children, attendance, signals and referrals: with it, a signup or meldcode row points to
// a child id the children table no longer has, and is rejected. Done here, after the import's
// checks, the references are checked on the ids as written and every table gets the same pseudonyms.
import { TABLE_NAMES, tables, type TableName } from "@kinderwerk/core";
import { REFERENCES, type Pseudonymiser } from "@kinderwerk/import";

/** The fields of each table that hold a child id. */
export const CHILD_ID_FIELDS: Readonly<Record<TableName, readonly string[]>> = Object.fromEntries(
  TABLE_NAMES.map((t) => [t, t === "children" ? [...tables.children.key] : REFERENCES[t].filter((r) => r.to === "children").map((r) => r.field)]),
) as unknown as Record<TableName, readonly string[]>;

/** The pseudonyms of one check: the import's pseudonymiser, and the ids already done. */
export interface Pseudonyms {
  readonly pseudonymiser: Pseudonymiser;
  readonly done: Map<string, string>;
}

/** Pseudonyms for a check. */
export const pseudonymsOf = (pseudonymiser: Pseudonymiser): Pseudonyms => ({ pseudonymiser, done: new Map() });

/**
 * The records with their child ids replaced by pseudonyms (new objects; the records given are left as they are).
 *
 * @param pseudonyms - the import's pseudonymiser of the key, and the ids done so far
 * @param table - the records' table
 * @param records - a batch of accepted records
 * @returns the records with pseudonyms, or the same array when the table holds no child id
 */
export async function withPseudonyms<R>(pseudonyms: Pseudonyms, table: TableName, records: readonly R[]): Promise<readonly R[]> {
  const fields = CHILD_ID_FIELDS[table];
  if (fields.length === 0) return records;
  const { done, pseudonymiser } = pseudonyms;
  const missing = new Set<string>();
  for (const r of records) {
    for (const f of fields) {
      const v = (r as Record<string, unknown>)[f];
      if (typeof v === "string" && !done.has(v)) missing.add(v);
    }
  }
  if (missing.size > 0) {
    const list = [...missing];
    const made = await Promise.all(list.map((id) => pseudonymiser.pseudonym(id)));
    list.forEach((id, i) => done.set(id, made[i]!));
  }
  return records.map((r) => {
    const copy: Record<string, unknown> = { ...(r as Record<string, unknown>) };
    for (const f of fields) {
      const v = copy[f];
      if (typeof v === "string") copy[f] = done.get(v);
    }
    return copy as R;
  });
}
