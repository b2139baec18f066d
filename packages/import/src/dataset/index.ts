import { echoParams, issue, type Issue } from "@kinderwerk/core";
import { TABLE_NAMES, tables, type TableName } from "../table/index.js";

/** A reference from a field of one table to the ids of another. */
export interface DatasetReference {
  readonly field: string;
  readonly to: "children" | "activities" | "sessions" | "signals";
  readonly optional?: boolean;
}

/** Which fields point to which tables. */
export const REFERENCES: Readonly<Record<TableName, readonly DatasetReference[]>> = {
  children: [],
  activities: [],
  sessions: [{ field: "activityId", to: "activities" }],
  attendance: [
    { field: "sessionId", to: "sessions" },
    { field: "childId", to: "children" },
  ],
  signals: [{ field: "childId", to: "children" }],
  referrals: [
    { field: "childId", to: "children" },
    { field: "signalId", to: "signals", optional: true },
  ],
};

/** The order in which a dataset's tables are imported, so that every reference points back. */
export const TABLE_ORDER: readonly TableName[] = ["children", "activities", "sessions", "attendance", "signals", "referrals"];

const ID_FIELD: Readonly<Partial<Record<TableName, string>>> = {
  children: "childId",
  activities: "activityId",
  sessions: "sessionId",
  signals: "signalId",
};

/**
 * The checks across the tables of a dataset: attendance points to existing sessions and children,
 * sessions to existing activities, signals and referrals to existing children (and a referral's
 * signal, when given, to an existing signal). Feed it the records table by table in
 * {@link TABLE_ORDER}: {@link DatasetCheck.check} a record, then {@link DatasetCheck.remember} it
 * once accepted. A reference to a table that is not in the dataset is not checked (one
 * `dataset.table-missing` warning per table and reference).
 */
export class DatasetCheck {
  private readonly ids = new Map<string, Set<string>>();
  private readonly present: ReadonlySet<TableName>;

  /** @param present - the tables the dataset holds */
  constructor(present: Iterable<TableName>) {
    this.present = new Set(present);
    for (const t of this.present) if (ID_FIELD[t] !== undefined) this.ids.set(t, new Set());
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
      .map((r) => issue("dataset.table-missing", [r.field], { table, missing: r.to }, "warning"));
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
      if (typeof value === "string" && known.has(value)) continue;
      // References are ids: never echoed (the row and the table named suffice).
      (out ??= []).push(issue("dataset.unknown-reference", [ref.field], { ...echoParams(value, [ref.field]), table: ref.to }));
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
    if (typeof id === "string") this.ids.get(table)?.add(id);
  }
}

/**
 * A set of pairs of small numbers, each with the row where it was first seen: an open-addressing
 * hash table on typed arrays, so a million pairs take a few dozen MiB outside the garbage-collected
 * heap and no allocation per pair.
 */
class PairTable {
  // Three numbers per slot, side by side (one cache line per probe): a, b and the first row.
  private slots = new Int32Array(3 * 1024).fill(-1);
  private size = 0;
  private mask = 1023;

  /** Add a pair; returns the row of an earlier occurrence, or `undefined` when it is new. */
  add(a: number, b: number, row: number): number | undefined {
    // murmur3's finaliser over both numbers: low bits that depend on every bit of the pair
    let h = Math.imul(a, 0x9e3779b1) ^ b;
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    let i = (h ^ (h >>> 16)) & this.mask;
    const slots = this.slots;
    for (;;) {
      const k = slots[3 * i]!;
      if (k === -1) break;
      if (k === a && slots[3 * i + 1] === b) return slots[3 * i + 2];
      i = (i + 1) & this.mask;
    }
    slots[3 * i] = a;
    slots[3 * i + 1] = b;
    slots[3 * i + 2] = row;
    if (++this.size * 2 > this.mask) this.grow();
    return undefined;
  }

  private grow(): void {
    const old = this.slots;
    const capacity = (this.mask + 1) * 2;
    this.slots = new Int32Array(3 * capacity).fill(-1);
    this.mask = capacity - 1;
    this.size = 0;
    for (let i = 0; i < old.length; i += 3) if (old[i] !== -1) this.add(old[i]!, old[i + 1]!, old[i + 2]!);
  }
}

/**
 * Finds duplicates within a table: the same id twice, or the same child twice in one session.
 * A duplicate is a warning and counts once.
 */
export class DuplicateCheck {
  private readonly seen = new Map<string, number>();
  private readonly ids = new Map<string, number>();
  private readonly pairs = new PairTable();
  private lastId: string | undefined;
  private lastNumber = -1;
  private readonly key: readonly string[];

  private intern(id: string): number {
    let n = this.ids.get(id);
    if (n === undefined) this.ids.set(id, (n = this.ids.size));
    return n;
  }

  /** @param table - the table */
  constructor(readonly table: TableName) {
    this.key = tables[table].key;
  }

  /**
   * The warning for a record already seen, or `undefined` the first time.
   *
   * @param record - the validated record
   * @param row - its row (remembered for the first occurrence, named in the warning of a later one)
   * @returns a `dataset.duplicate-id` or `dataset.duplicate-attendance` warning, or `undefined`
   */
  check(record: Readonly<Record<string, unknown>>, row: number): Issue | undefined {
    let first: number | undefined;
    if (this.key.length === 1) {
      const k = String(record[this.key[0]!]);
      first = this.seen.get(k);
      if (first === undefined) {
        this.seen.set(k, row);
        return undefined;
      }
    } else {
      // Two-part keys (a session and a child): small numbers per distinct id, and one map of
      // child numbers per session, so a million attendance rows stay cheap in time and memory.
      // Files often list a session's children together: remember the last session's number.
      const first0 = String(record[this.key[0]!]);
      const a = first0 === this.lastId ? this.lastNumber : (this.lastNumber = this.intern((this.lastId = first0)));
      const b = this.intern(String(record[this.key[1]!]));
      first = this.pairs.add(a, b, row);
      if (first === undefined) return undefined;
    }
    if (this.table === "attendance") {
      return issue("dataset.duplicate-attendance", ["childId"], { firstRow: first }, "warning");
    }
    const field = this.key[0]!;
    return issue("dataset.duplicate-id", [field], { ...echoParams(record[field], [field]), firstRow: first }, "warning");
  }
}

/** An issue of {@link checkDataset}: which table and which record (index in its array). */
export interface DatasetIssue extends Issue {
  readonly table: TableName;
  readonly index: number;
}

/**
 * Check a dataset held in memory: references across tables and duplicates within them.
 *
 * @param dataset - records by table (any table may be absent)
 * @returns the issues, each with its table and the record's index
 * @example
 * checkDataset({ sessions: [{ sessionId: "b-1", activityId: "a-9", date: "2025-10-01", durationMinutes: 60 }], activities: [] });
 * // => [{ code: "dataset.unknown-reference", table: "sessions", index: 0, path: ["activityId"], … }]
 */
export function checkDataset(dataset: Partial<Record<TableName, readonly Readonly<Record<string, unknown>>[]>>): DatasetIssue[] {
  const present = TABLE_NAMES.filter((t) => dataset[t] !== undefined);
  const check = new DatasetCheck(present);
  const out: DatasetIssue[] = [];
  for (const table of TABLE_ORDER) {
    const records = dataset[table];
    if (records === undefined) continue;
    const dups = new DuplicateCheck(table);
    records.forEach((record, index) => {
      for (const i of check.check(table, record)) out.push({ ...i, table, index });
      const dup = dups.check(record, index + 2);
      if (dup !== undefined) out.push({ ...dup, table, index });
      check.remember(table, record);
    });
  }
  return out;
}
