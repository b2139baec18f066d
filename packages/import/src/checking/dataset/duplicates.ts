import { echoParams, issue, type Issue, tables, type TableName } from "@kinderwerk/core";
import { memorySpillStore, type SpillStore, type SpillStoreFactory } from "../spill/index.js";
import { Interner } from "./interner.js";
import { PairSet, PairSpill, resolveSpill, type LateDuplicates, type SpillContext } from "./pairs.js";

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

/**
 * Finds duplicates within a table: the same id twice, or the same child twice in one session.
 * A duplicate is a warning and counts once. Ids become small numbers once (`Interner`);
 * a one-part key keeps the first row per number, a two-part key (a session and a child) is one
 * entry in a `PairSet`, in at most `memory` bytes: the pairs beyond it are spilled and checked
 * after the last row, exactly ({@link DuplicateCheck.finish}).
 */
export class DuplicateCheck {
  private readonly first = new Interner();
  private readonly second = new Interner();
  private firstRows = new Int32Array(1024);
  private readonly pairs: PairSet;
  private readonly spillFactory: SpillStoreFactory;
  private readonly spillParts: number;
  private spill: PairSpill | undefined;
  private store: Promise<SpillStore> | undefined;
  private disposed = false;
  private batchA = new Int32Array(1024);
  private batchB = new Int32Array(1024);
  private batchRows = new Int32Array(1024);
  private batchLines = new Int32Array(1024);
  private batchOut = new Int32Array(1024);
  private staged = 0;
  private lastId: string | undefined;
  private lastNumber = -1;
  private readonly key: readonly string[];

  /**
   * @param table - the table
   * @param options - the memory budget of the pair table and where the pairs beyond it go
   */
  constructor(
    readonly table: TableName,
    options: DuplicateCheckOptions = {},
  ) {
    this.key = tables[table].key;
    this.pairs = new PairSet(options.memory ?? Infinity);
    this.spillFactory = options.spill ?? memorySpillStore;
    this.spillParts = options.spillParts ?? 128;
  }

  /**
   * Make room for this many records at once, when the size of the file tells it (see
   * `importTable`), within the memory budget.
   *
   * @param records - the records expected
   */
  reserve(records: number): void {
    if (this.key.length === 2) this.pairs.reserve(records);
  }

  /** The bytes the check's tables hold outside the strings themselves (for measurements). */
  get bytes(): number {
    return this.pairs.bytes + this.firstRows.byteLength;
  }

  /**
   * Stage a record for {@link DuplicateCheck.checkStaged}: its ids become numbers now (while its
   * strings are fresh), the look-up waits for the rest of the group.
   *
   * @param record - the validated record
   * @param row - its row
   * @param line - the line where its row starts (named in a duplicate found after the file; default `row`)
   */
  stage(record: Readonly<Record<string, unknown>>, row: number, line = row): void {
    const j = this.staged++;
    if (j === this.batchA.length) {
      const grow = (x: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> => {
        const y = new Int32Array(x.length * 2);
        y.set(x);
        return y;
      };
      this.batchA = grow(this.batchA);
      this.batchB = grow(this.batchB);
      this.batchRows = grow(this.batchRows);
      this.batchLines = grow(this.batchLines);
    }
    this.batchRows[j] = row;
    this.batchLines[j] = line;
    if (this.key.length === 0) {
      this.batchA[j] = 0;
      return;
    }
    if (this.key.length !== 2) {
      const first = this.firstRowOf(record, row);
      this.batchA[j] = first === undefined ? 0 : first + 1;
      return;
    }
    this.batchA[j] = this.firstNumber(record);
    const k1 = record[this.key[1]!];
    this.batchB[j] = this.second.intern(typeof k1 === "string" ? k1 : String(k1));
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
   * {@link DuplicateCheck.finish}; call {@link DuplicateCheck.drain} after this.
   *
   * @returns per staged record, the row of its first occurrence + 1, 0 when it is the first, or
   *   -1 when it is deferred (valid until the next call)
   */
  checkStaged(): Int32Array {
    const n = this.staged;
    this.staged = 0;
    if (this.batchOut.length < this.batchA.length) this.batchOut = new Int32Array(this.batchA.length);
    const out = this.batchOut;
    if (this.key.length !== 2) out.set(this.batchA.subarray(0, n));
    else {
      this.pairs.addMany(this.batchA, this.batchB, this.batchRows, n, out);
      if (this.pairs.full) {
        // Refused pairs go to the spill in file order (addMany visits them in another order).
        for (let j = 0; j < n; j++) {
          if (out[j] !== -1) continue;
          this.spill ??= new PairSpill(() => this.openStore(), 0, this.spillParts, 0);
          this.spill.push(this.batchA[j]!, this.batchB[j]!, this.batchRows[j]!, this.batchLines[j]!);
        }
      }
    }
    return out;
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
   * After the last record: check the deferred records, partition by partition, and hand on each
   * one that repeats an earlier record: its row, the row of the first occurrence (the smallest row
   * of the pair) and the line where its row starts. The spill store is disposed of at the end, also when this throws.
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
      return await resolveSpill(spill, ctx, found);
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
   * The warning for a duplicate record.
   *
   * @param record - the record
   * @param first - the row of its first occurrence
   * @returns a `dataset.duplicate-id` or `dataset.duplicate-attendance` warning
   */
  warning(record: Readonly<Record<string, unknown>>, first: number): Issue {
    if (this.table === "attendance") {
      return issue("dataset.duplicate-attendance", ["childId"], { firstRow: first }, "warning");
    }
    const field = this.key[0]!;
    return issue("dataset.duplicate-id", [field], { ...echoParams(record[field], [field]), firstRow: first }, "warning");
  }

  private firstRowOf(record: Readonly<Record<string, unknown>>, row: number): number | undefined {
    const a = this.firstNumber(record);
    if (a >= this.firstRows.length) {
      const grown = new Int32Array(Math.max(a + 1, Math.ceil(this.firstRows.length * 1.5)));
      grown.set(this.firstRows);
      this.firstRows = grown;
    }
    if (this.firstRows[a] !== 0) return this.firstRows[a]! - 1;
    this.firstRows[a] = row + 1;
    return undefined;
  }

  private firstNumber(record: Readonly<Record<string, unknown>>): number {
    const k0 = record[this.key[0]!];
    const id0 = typeof k0 === "string" ? k0 : String(k0);
    // Files often list a session's children together: remember the last first part's number.
    return id0 === this.lastId ? this.lastNumber : (this.lastNumber = this.first.intern((this.lastId = id0)));
  }

  /**
   * The warning for a record already seen, or `undefined` the first time. One record at a time,
   * all in memory: the memory budget applies to {@link DuplicateCheck.checkStaged} only.
   *
   * @param record - the validated record
   * @param row - its row (remembered for the first occurrence, named in the warning of a later one)
   * @returns a `dataset.duplicate-id` or `dataset.duplicate-attendance` warning, or `undefined`
   */
  check(record: Readonly<Record<string, unknown>>, row: number): Issue | undefined {
    if (this.key.length === 0) return undefined;
    let first: number | undefined;
    if (this.key.length === 1) first = this.firstRowOf(record, row);
    else {
      const k1 = record[this.key[1]!];
      const a = this.firstNumber(record);
      const r = this.pairs.add(a, this.second.intern(typeof k1 === "string" ? k1 : String(k1)), row);
      first = r >= 0 ? r : undefined;
    }
    return first === undefined ? undefined : this.warning(record, first);
  }
}

