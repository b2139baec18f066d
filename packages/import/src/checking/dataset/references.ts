import { echoParams, type Issue, TABLE_NAMES, tables, type TableName, type TableReference } from "@kinderwerk/core";
import { recordIssue } from "../../types/recordIssue.js";
import { Interner } from "./interner.js";

/** A reference from a field of one table to the ids of another (see each table's spec in core). */
export type DatasetReference = TableReference;

/** Which fields point to which tables: each table's `references`, from its spec. */
export const REFERENCES: Readonly<Record<TableName, readonly DatasetReference[]>> = Object.fromEntries(
  TABLE_NAMES.map((t) => [t, tables[t].references]),
) as Record<TableName, readonly DatasetReference[]>;

/** The order in which a dataset's tables are imported, so that every reference points back: the tables' order. */
export const TABLE_ORDER: readonly TableName[] = TABLE_NAMES;

/** The id field of each table that others point to (a one-field key). */
const ID_FIELD: Readonly<Partial<Record<TableName, string>>> = Object.fromEntries(
  TABLE_NAMES.filter((t) => TABLE_NAMES.some((from) => tables[from].references.some((r) => r.to === t))).map((t) => [t, tables[t].key[0]!]),
);

/**
 * The checks across the tables of a dataset, from the references of the tables' specs: attendance
 * points to existing sessions and children, sessions to existing activities, signals and referrals
 * to existing children (and a referral's signal, when given, to an existing signal), staffing to
 * existing staff, and so on. Feed it the records table by table in
 * {@link TABLE_ORDER}: {@link DatasetCheck.check} a record, then {@link DatasetCheck.remember} it
 * once accepted. A reference to a table that is not in the dataset is not checked (one
 * `dataset.table-missing` warning per table and reference).
 */
export class DatasetCheck {
  // The ids of each table pointed to, as numbers: a look-up compares numbers in a typed array, not strings of the heap.
  private readonly ids = new Map<string, Interner>();
  private readonly present: ReadonlySet<TableName>;

  /** @param present - the tables the dataset holds */
  constructor(present: Iterable<TableName>) {
    this.present = new Set(present);
    for (const t of this.present) if (ID_FIELD[t] !== undefined) this.ids.set(t, new Interner());
  }

  /**
   * Warnings for references that cannot be checked because the table they point to is absent.
   *
   * @param table - the table about to be imported
   * @returns one `dataset.table-missing` warning per absent referenced table
   */
  missing(table: TableName): Issue[] {
    return REFERENCES[table]
      .filter((r) => !this.present.has(r.to))
      .map((r) => recordIssue("dataset.table-missing", [r.field], { table, missing: r.to }, "warning"));
  }

  /**
   * The errors of a record whose references point to nothing.
   *
   * @param table - the record's table
   * @param record - the validated record
   * @returns `dataset.unknown-reference` errors (empty when all is well)
   */
  check(table: TableName, record: Readonly<Record<string, unknown>>): Issue[] {
    let out: Issue[] | undefined;
    for (const ref of REFERENCES[table]) {
      const known = this.ids.get(ref.to);
      if (known === undefined) continue;
      const value = record[ref.field];
      if (value === undefined && ref.optional) continue;
      if (typeof value === "string" && known.find(value) >= 0) continue;
      // References are ids: never echoed (the row and the table named suffice).
      (out ??= []).push(recordIssue("dataset.unknown-reference", [ref.field], { ...echoParams(value, [ref.field]), table: ref.to }));
    }
    return out ?? [];
  }

  /**
   * Remember an accepted record's id, so later tables can point to it.
   *
   * @param table - the record's table
   * @param record - the accepted record
   */
  remember(table: TableName, record: Readonly<Record<string, unknown>>): void {
    const field = ID_FIELD[table];
    if (field === undefined) return;
    const id = record[field];
    if (typeof id === "string") this.ids.get(table)?.intern(id);
  }
}

