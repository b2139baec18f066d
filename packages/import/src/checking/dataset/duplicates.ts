import { type Issue, tables, type TableName } from "@kinderwerk/core";
import { memorySpillStore, type SpillStore, type SpillStoreFactory } from "../spill/index.js";
import { conflictError, differingFields, duplicateWarning, FIELDS_UNKNOWN, type FirstOccurrence } from "./duplicateIssues.js";
import { FileRows } from "./files.js";
import { comparedFields, recordHash, valueHash } from "./fingerprint.js";
import { Interner } from "./interner.js";
import { PairSet } from "./pairs.js";
import { PairSpill, resolveSpill, type LateDuplicates, type SpillContext } from "./pairSpill.js";

/** Options of a {@link DuplicateCheck}. */
export interface DuplicateCheckOptions {
  /**
   * The most bytes the table of session and child pairs may hold (no limit when left out). Once it
   * is full, a pair seen for the first time is spilled to `spill` with every later occurrence, and
   * checked after the last row (see {@link DuplicateCheck.finish}); the pairs held are still
   * checked at once.
   */
  readonly memory?: number | undefined;
  /** Where the pairs beyond `memory` go (default: {@link memorySpillStore}). */
  readonly spill?: SpillStoreFactory | undefined;
  /** @internal The partitions of a spill (default 128). */
  readonly spillParts?: number | undefined;
}

/** Grows a typed array to at least `n` numbers, by half at least, keeping what it holds. */
function grown(x: Int32Array<ArrayBuffer>, n: number): Int32Array<ArrayBuffer> {
  if (n <= x.length) return x;
  const y = new Int32Array(Math.max(n, Math.ceil(x.length * 1.5)));
  y.set(x);
  return y;
}

/**
 * Finds duplicates within a table: the same id twice, or the same child twice in one session.
 * A repeat identical to the first row of its key is a warning and counts once; a repeat whose
 * record differs (compared field by field as validated: `14-09-2015` and `2015-09-14` are one
 * date) is a `dataset.conflicting-duplicate` error, and the first row stays.
 *
 * Ids become small numbers once (`Interner`). A one-part key keeps per number the first row and a
 * 32-bit hash of each compared field (4 bytes a field), so a conflict names the fields that differ.
 * A two-part key (a session and a child) is one entry in a `PairSet` with the first row and one
 * 32-bit hash of the record, in at most `memory` bytes: the pairs beyond it are spilled and
 * checked after the last row, exactly ({@link DuplicateCheck.finish}). Records whose hashes match
 * are taken as identical: a false match has a chance of about 2^-32 per pair of rows with one key.
 *
 * A table that comes in several files is checked by one check: call
 * {@link DuplicateCheck.startFile} before each file's rows; row numbers stay those of each file.
 */
export class DuplicateCheck {
  private readonly first = new Interner();
  private readonly second = new Interner();
  private firstRows = new Int32Array(1024);
  /** Per id number of a one-part key, the hash of each compared field of its first row. */
  private prints: Int32Array<ArrayBuffer>;
  private readonly pairs: PairSet;
  private readonly spillFactory: SpillStoreFactory;
  private readonly spillParts: number;
  private spill: PairSpill | undefined;
  private store: Promise<SpillStore> | undefined;
  private disposed = false;
  private batchA = new Int32Array(1024);
  private batchB = new Int32Array(1024);
  private batchH = new Int32Array(1024);
  private batchRows = new Int32Array(1024);
  private batchLines = new Int32Array(1024);
  private batchOut = new Int32Array(1024);
  private batchDiff = new Int32Array(1024);
  private staged = 0;
  private lastId: string | undefined;
  private lastNumber = -1;
  private heldBefore = 0;
  /** The fields that differed in the last look-up of a key already seen (see `stagedDiffs`). */
  private lastDiff = 0;
  private readonly key: readonly string[];
  /** What the fields of a two-part key's repeat that differs are: the one field compared, or not known (only the record's hash is kept). */
  private readonly pairMark: number;
  /** The fields two rows with one key are compared on: every column outside the key, in column order. */
  readonly fields: readonly string[];
  /** The files of the table, their rows numbered as one. */
  readonly files = new FileRows();

  /**
   * @param table - the table
   * @param options - the memory budget of the pair table and where the pairs beyond it go
   */
  constructor(
    readonly table: TableName,
    options: DuplicateCheckOptions = {},
  ) {
    this.key = tables[table].key;
    this.fields = comparedFields(table);
    // A mask of differing fields has a bit per field (FIELDS_UNKNOWN, all bits, is taken).
    if (this.fields.length > 30) throw new RangeError(`${table}: more than 30 fields outside the key`);
    this.prints = new Int32Array(this.key.length === 1 ? 1024 * this.fields.length : 0);
    this.pairMark = this.fields.length === 1 ? 1 : FIELDS_UNKNOWN;
    this.pairs = new PairSet(options.memory ?? Infinity);
    this.spillFactory = options.spill ?? memorySpillStore;
    this.spillParts = options.spillParts ?? 128;
  }

  /**
   * Start the next file of the table: its rows are checked against those of the files before it.
   * A check of one file needs no call.
   *
   * @param name - the file's name (named in the issue of a repeat in a later file)
   * @returns the file's number, 0 for the first
   */
  startFile(name: string | undefined): number {
    this.heldBefore = this.pairs.size;
    return this.files.start(name);
  }

  /**
   * Make room for this many records at once, when the size of the file tells it (see
   * `importTable`), within the memory budget: with several files, the records of this file
   * beyond the pairs held before it.
   *
   * @param records - the records expected in the current file
   */
  reserve(records: number): void {
    if (this.key.length === 2) this.pairs.reserve(this.heldBefore + records);
  }

  /** The bytes the check's tables hold outside the strings themselves (for measurements). */
  get bytes(): number {
    return this.pairs.bytes + this.firstRows.byteLength + this.prints.byteLength;
  }

  /**
   * Stage a record for {@link DuplicateCheck.checkStaged}: its ids become numbers now (while its
   * strings are fresh), and its fields hashes; the look-up waits for the rest of the group.
   *
   * @param record - the validated record
   * @param row - its row in its file
   * @param line - the line where its row starts (named in a duplicate found after the file; default `row`)
   */
  stage(record: Readonly<Record<string, unknown>>, row: number, line = row): void {
    const j = this.staged++;
    if (j === this.batchA.length) {
      const n = 2 * j;
      this.batchA = grown(this.batchA, n);
      this.batchB = grown(this.batchB, n);
      this.batchH = grown(this.batchH, n);
      this.batchRows = grown(this.batchRows, n);
      this.batchLines = grown(this.batchLines, n);
      this.batchDiff = grown(this.batchDiff, n);
    }
    const at = this.files.rowOf(row);
    this.batchRows[j] = at;
    this.batchLines[j] = line;
    this.batchDiff[j] = 0;
    if (this.key.length === 0) {
      this.batchA[j] = 0;
      return;
    }
    if (this.key.length !== 2) {
      const first = this.firstRowOf(record, at);
      this.batchA[j] = first === undefined ? 0 : first + 1;
      this.batchDiff[j] = this.lastDiff;
      return;
    }
    this.batchA[j] = this.firstNumber(record);
    const k1 = record[this.key[1]!];
    this.batchB[j] = this.second.intern(typeof k1 === "string" ? k1 : String(k1));
    this.batchH[j] = recordHash(record, this.fields);
  }

  /** How many records are staged. */
  get stagedCount(): number {
    return this.staged;
  }

  /**
   * Check the staged records at once, in order: the same outcome as {@link DuplicateCheck.check}
   * for each in turn, but for a large table of pairs several times faster (see
   * `PairSet.addMany`). At most 65,536 staged records. With a memory budget, a record whose pair
   * is new while the table is full is deferred (-1): it is spilled, to be checked by
   * {@link DuplicateCheck.finish}; call {@link DuplicateCheck.drain} after this. Whether a repeat
   * differs from its first row is in {@link DuplicateCheck.stagedDiffs}.
   *
   * @returns per staged record, the (shared) row of its first occurrence + 1, 0 when it is the
   *   first, or -1 when it is deferred (valid until the next call)
   */
  checkStaged(): Int32Array {
    const n = this.staged;
    this.staged = 0;
    if (this.batchOut.length < this.batchA.length) this.batchOut = new Int32Array(this.batchA.length);
    const out = this.batchOut;
    if (this.key.length !== 2) out.set(this.batchA.subarray(0, n));
    else {
      this.pairs.addMany(this.batchA, this.batchB, this.batchRows, this.batchH, n, out, this.batchDiff, this.pairMark);
      if (this.pairs.full) {
        // Refused pairs go to the spill in file order (addMany visits them in another order).
        for (let j = 0; j < n; j++) {
          if (out[j] !== -1) continue;
          this.spill ??= new PairSpill(() => this.openStore(), 0, this.spillParts, 0);
          this.spill.push(this.batchA[j]!, this.batchB[j]!, this.batchRows[j]!, this.batchLines[j]!, this.batchH[j]!);
        }
      }
    }
    return out;
  }

  /**
   * Per record of the last {@link DuplicateCheck.checkStaged}, which fields of a repeat differ from
   * its first row: 0 when identical (or not a repeat), else a mask (bit i: `fields[i]`). A two-part
   * key keeps only the record's hash: with one field compared (attendance: `present`) that field
   * is bit 0, with more the mask is `FIELDS_UNKNOWN`. Valid until the next stage.
   */
  get stagedDiffs(): Int32Array {
    return this.batchDiff;
  }

  /** How many records were deferred (-1 from {@link DuplicateCheck.checkStaged}) to be checked after the file. */
  get deferred(): number {
    return this.spill?.total ?? 0;
  }

  /** Whether spilled pairs wait to be written ({@link DuplicateCheck.drain}). */
  get draining(): boolean {
    return this.spill?.pending === true;
  }

  /** Write the spilled pairs that fill a buffer to the spill store (call it after {@link DuplicateCheck.checkStaged}). */
  async drain(): Promise<void> {
    await this.spill?.drain();
  }

  /**
   * After the last record (of the last file): check the deferred records, partition by partition,
   * and hand on each one that repeats an earlier record: its row, the row of the first occurrence
   * (the smallest row of the pair), the line where its row starts, and whether its record differs
   * from the first one's. Rows are shared rows ({@link DuplicateCheck.locate} tells their files).
   * The spill store is disposed of at the end, also when this throws.
   *
   * @param found - receives the duplicates, a partition at a time: rows in file order within a
   *   call, not across calls (the arrays are reused after the returned promise settles)
   * @param signal - stops the check between partitions
   * @returns `false` when the signal stopped the check before its end
   */
  async finish(found: LateDuplicates, signal?: { readonly aborted: boolean }): Promise<boolean> {
    try {
      const spill = this.spill;
      if (spill === undefined) return true;
      await spill.close();
      const ctx: SpillContext = { table: this.pairs, store: () => this.openStore(), parts: this.spillParts, next: this.spillParts, signal };
      const mark = this.pairMark;
      // The spill says 1 of a repeat that differs: the same mask as `stagedDiffs`.
      const marked: LateDuplicates = (rows, firsts, n, lines, differs) => {
        if (mark !== 1) for (let i = 0; i < n; i++) if (differs[i] !== 0) differs[i] = mark;
        return found(rows, firsts, n, lines, differs);
      };
      return await resolveSpill(spill, ctx, marked);
    } finally {
      await this.dispose();
    }
  }

  /** Remove whatever was spilled (temporary files in Node); safe to call more than once. */
  async dispose(): Promise<void> {
    if (this.disposed) return;
    this.disposed = true;
    this.spill = undefined;
    const store = this.store;
    if (store === undefined) return;
    // Best effort: a failed clean-up must neither hide the import's own error nor fail an import
    // that succeeded (the spilled bytes hold numbers only, no ids).
    try {
      await (await store).dispose();
    } catch {
      /* left to the system's temporary-file cleaning */
    }
  }

  private openStore(): Promise<SpillStore> {
    if (this.disposed) return Promise.reject(new Error("the duplicate check was disposed of"));
    return (this.store ??= Promise.resolve(this.spillFactory()));
  }

  /**
   * Where a shared row number is: its file's number and name, and its row in that file.
   *
   * @param at - a row as {@link DuplicateCheck.checkStaged} or {@link DuplicateCheck.finish} give it
   * @returns the file (-1 and no name when no file was started) and the row
   */
  locate(at: number): { readonly file: number; readonly name: string | undefined; readonly row: number } {
    const { file, row } = this.files.locate(at);
    return { file, name: this.files.name(file), row };
  }

  /**
   * The warning for a repeat identical to its first row.
   *
   * @param record - the record (its key's id is echoed when the echo policy allows)
   * @param first - the (shared) row of its first occurrence
   * @param file - the number of the repeat's file (default: the current one)
   * @returns a `dataset.duplicate-id` or `dataset.duplicate-attendance` warning
   */
  warning(record: Readonly<Record<string, unknown>>, first: number, file = this.files.current): Issue {
    return duplicateWarning(this.table, this.key, record, this.firstOf(first, file));
  }

  /**
   * The issue of a repeat: a warning when it is identical to its first row, else an error.
   *
   * @param record - the record (its key's id is echoed in a warning when the echo policy allows)
   * @param first - the (shared) row of its first occurrence
   * @param differs - which fields differ (from {@link DuplicateCheck.stagedDiffs}, or `FIELDS_UNKNOWN`); 0 when none
   * @param file - the number of the repeat's file (default: the current one)
   * @returns a warning, or a `dataset.conflicting-duplicate` error naming the fields that differ
   */
  duplicateIssue(record: Readonly<Record<string, unknown>>, first: number, differs: number, file = this.files.current): Issue {
    if (differs === 0) return this.warning(record, first, file);
    return conflictError(this.key, differingFields(this.fields, differs), this.firstOf(first, file));
  }

  private firstOf(first: number, file: number): FirstOccurrence {
    const at = this.locate(first);
    return { row: at.row, file: at.file === file ? undefined : at.name };
  }

  /**
   * The first row of a one-part key (remembered with its fields' hashes when it is the first), and
   * in `lastDiff` the fields of the record that differ from the first row's.
   */
  private firstRowOf(record: Readonly<Record<string, unknown>>, row: number): number | undefined {
    const a = this.firstNumber(record);
    const k = this.fields.length;
    if (a >= this.firstRows.length) {
      this.firstRows = grown(this.firstRows, a + 1);
      this.prints = grown(this.prints, this.firstRows.length * k);
    }
    const at = a * k;
    this.lastDiff = 0;
    if (this.firstRows[a] !== 0) {
      let diff = 0;
      for (let i = 0; i < k; i++) if (this.prints[at + i] !== valueHash(record[this.fields[i]!])) diff |= 1 << i;
      this.lastDiff = diff;
      return this.firstRows[a]! - 1;
    }
    this.firstRows[a] = row + 1;
    for (let i = 0; i < k; i++) this.prints[at + i] = valueHash(record[this.fields[i]!]);
    return undefined;
  }

  private firstNumber(record: Readonly<Record<string, unknown>>): number {
    const k0 = record[this.key[0]!];
    const id0 = typeof k0 === "string" ? k0 : String(k0);
    // Files often list a session's children together: remember the last first part's number.
    return id0 === this.lastId ? this.lastNumber : (this.lastNumber = this.first.intern((this.lastId = id0)));
  }

  /**
   * The issue of a record already seen, or `undefined` the first time. One record at a time,
   * all in memory: the memory budget applies to {@link DuplicateCheck.checkStaged} only.
   *
   * @param record - the validated record
   * @param row - its row in its file (remembered for the first occurrence, named in the issue of a later one)
   * @returns a `dataset.duplicate-id` or `dataset.duplicate-attendance` warning for an identical
   *   repeat, a `dataset.conflicting-duplicate` error for one that differs, or `undefined`
   */
  check(record: Readonly<Record<string, unknown>>, row: number): Issue | undefined {
    if (this.key.length === 0) return undefined;
    const at = this.files.rowOf(row);
    let first: number | undefined;
    if (this.key.length === 1) first = this.firstRowOf(record, at);
    else {
      const k1 = record[this.key[1]!];
      const hash = recordHash(record, this.fields);
      const r = this.pairs.add(this.firstNumber(record), this.second.intern(typeof k1 === "string" ? k1 : String(k1)), at, hash);
      first = r >= 0 ? r : undefined;
      this.lastDiff = first !== undefined && this.pairs.firstHash !== hash ? this.pairMark : 0;
    }
    return first === undefined ? undefined : this.duplicateIssue(record, first, this.lastDiff);
  }
}
