// What happens to pairs beyond the pair table's memory budget: hash-partitioned spill runs on a
// SpillStore, checked partition by partition after the last row, through the emptied table.
import type { SpillStore } from "../spill/index.js";
import { FULL, type PairSet } from "./pairs.js";

/** murmur3's finaliser. */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * The partition of a pair at a level of spilling: a hash unrelated to the home slot of the pair table (else the
 * pairs of one partition would crowd one stretch of the table that checks it), and another one at
 * each level, so that a partition spilled again spreads over its own partitions.
 */
function partOf(a: number, b: number, level: number, parts: number): number {
  const h = mix((b ^ Math.imul(level + 1, 0x27d4eb2f)) + Math.imul(mix(a + Math.imul(level, 0x165667b1) + 0x3c6ef372), 0x61c88647));
  return Math.floor(h * (parts / 4294967296));
}

/** Numbers per spilled occurrence: the pair (a, b), its row, the line where the row starts, and the hash of its record. */
const ENTRY = 5;
/** Bytes per spilled occurrence. */
export const ENTRY_BYTES = 4 * ENTRY;
/** Occurrences a spill buffer holds (40 KiB). */
const BUFFER_ENTRIES = 2048;

/**
 * Pairs that did not fit, written as packed `Int32` entries (a, b, row, line, hash) to the partitions
 * `first … first + parts - 1` of a spill store, by a hash of the pair: every occurrence of one pair
 * lands in one partition, in the order it was pushed. Pushing fills a buffer per partition (made
 * when first needed); a full buffer waits for {@link PairSpill.drain}, which hands it to the store.
 */
export class PairSpill {
  /** The occurrences pushed to each partition. */
  readonly sizes: Float64Array;
  /** The occurrences pushed in all. */
  total = 0;
  private readonly buffers: (Int32Array<ArrayBuffer> | undefined)[];
  private readonly filled: Int32Array;
  private readonly queue: { partition: number; buffer: Int32Array<ArrayBuffer>; n: number }[] = [];
  /** Buffers written out, to fill again (the store copies what it keeps). */
  private readonly free: Int32Array<ArrayBuffer>[] = [];

  /**
   * @param store - where the bytes go (made on the first drain)
   * @param first - the number of the first partition
   * @param parts - how many partitions
   * @param level - 0 for the pairs of the file, one more for each partition spilled again
   */
  constructor(
    private readonly store: () => Promise<SpillStore>,
    readonly first: number,
    readonly parts: number,
    readonly level: number,
  ) {
    this.sizes = new Float64Array(parts);
    this.buffers = new Array<Int32Array<ArrayBuffer> | undefined>(parts);
    this.filled = new Int32Array(parts);
  }

  /** Whether full buffers wait for {@link PairSpill.drain}. */
  get pending(): boolean {
    return this.queue.length > 0;
  }

  /**
   * Push one occurrence of a pair.
   *
   * @param a - the first number
   * @param b - the second number
   * @param row - its row
   * @param line - the line where its row starts
   * @param hash - the hash of its record
   */
  push(a: number, b: number, row: number, line: number, hash: number): void {
    const p = partOf(a, b, this.level, this.parts);
    const buffer = (this.buffers[p] ??= this.free.pop() ?? new Int32Array(ENTRY * BUFFER_ENTRIES));
    const at = ENTRY * this.filled[p]!;
    buffer[at] = a;
    buffer[at + 1] = b;
    buffer[at + 2] = row;
    buffer[at + 3] = line;
    buffer[at + 4] = hash;
    this.sizes[p]!++;
    this.total++;
    if (++this.filled[p]! === BUFFER_ENTRIES) {
      this.queue.push({ partition: this.first + p, buffer, n: BUFFER_ENTRIES });
      this.buffers[p] = undefined;
      this.filled[p] = 0;
    }
  }

  /** Hand the full buffers to the store, and keep them to fill again. */
  async drain(): Promise<void> {
    if (this.queue.length === 0) return;
    const store = await this.store();
    for (let q = this.queue.shift(); q !== undefined; q = this.queue.shift()) {
      await store.append(q.partition, new Uint8Array(q.buffer.buffer, 0, ENTRY_BYTES * q.n));
      this.free.push(q.buffer);
    }
  }

  /** Hand every buffer to the store, the last ones with what they hold, and let go of them. */
  async close(): Promise<void> {
    for (let p = 0; p < this.parts; p++) {
      const buffer = this.buffers[p];
      const n = this.filled[p]!;
      this.buffers[p] = undefined;
      this.filled[p] = 0;
      if (buffer !== undefined && n > 0) this.queue.push({ partition: this.first + p, buffer, n });
    }
    await this.drain();
    this.free.length = 0;
  }
}

/**
 * Duplicates found after the file, `n` of them: rows, first rows, the lines where the rows start,
 * and per duplicate 1 when its record differs from the first one's (a conflicting duplicate), else
 * 0 (the arrays are reused).
 */
export type LateDuplicates = (rows: Int32Array, firstRows: Int32Array, n: number, lines: Int32Array, differs: Int32Array) => void | Promise<void>;

/** Occurrences read back at a time. */
const STAGE_ENTRIES = 8192;

/** The state shared by the partitions of one check: the table, the store, the next free partition number, buffers. */
export interface SpillContext {
  readonly table: PairSet;
  readonly store: () => Promise<SpillStore>;
  readonly parts: number;
  next: number;
  readonly signal?: { readonly aborted: boolean } | undefined;
  /** Occurrences read back (made on first use, shared by all levels: a level is done with it before the next starts). */
  stage?: Int32Array<ArrayBuffer>;
  out?: { rows: Int32Array; firsts: Int32Array; lines: Int32Array; differs: Int32Array };
}

/**
 * Check the spilled pairs partition by partition: each partition's occurrences in the order they
 * were pushed (file order) through the emptied table, which finds every later occurrence of a pair
 * with its first row, and whether its record's hash differs from the first one's. A partition with more distinct pairs than the table may hold goes on the same
 * way one level down: the pairs the table refuses are spilled again, by another hash, and checked
 * after the partition. Every partition is dropped once read.
 *
 * @param spill - the closed spill
 * @param ctx - the table, the store and the numbering
 * @param found - receives the duplicates, partition by partition
 * @returns `false` when the signal stopped the check before its end
 */
export async function resolveSpill(spill: PairSpill, ctx: SpillContext, found: LateDuplicates): Promise<boolean> {
  const store = await ctx.store();
  const table = ctx.table;
  const stage = (ctx.stage ??= new Int32Array(ENTRY * STAGE_ENTRIES));
  const stageBytes = new Uint8Array(stage.buffer);
  const out = (ctx.out ??= { rows: new Int32Array(STAGE_ENTRIES), firsts: new Int32Array(STAGE_ENTRIES), lines: new Int32Array(STAGE_ENTRIES), differs: new Int32Array(STAGE_ENTRIES) });
  for (let p = 0; p < spill.parts; p++) {
    const size = spill.sizes[p]!;
    if (size === 0) continue;
    if (ctx.signal?.aborted) return false;
    const partition = spill.first + p;
    table.clear(size);
    // What the partition gave so far: duplicates not yet handed on, and its own spill, if any.
    const st: { n: number; sub: PairSpill | undefined } = { n: 0, sub: undefined };
    const check = async (n: number): Promise<void> => {
      for (let t = 0; t < n; t++) {
        const a = stage[ENTRY * t]!;
        const b = stage[ENTRY * t + 1]!;
        const row = stage[ENTRY * t + 2]!;
        const line = stage[ENTRY * t + 3]!;
        const hash = stage[ENTRY * t + 4]!;
        const first = table.add(a, b, row, hash, true);
        if (first >= 0) {
          out.rows[st.n] = row;
          out.firsts[st.n] = first;
          out.lines[st.n] = line;
          out.differs[st.n] = table.firstHash === hash ? 0 : 1;
          if (++st.n === STAGE_ENTRIES) {
            await found(out.rows, out.firsts, st.n, out.lines, out.differs);
            st.n = 0;
          }
        } else if (first === FULL) {
          if (st.sub === undefined) {
            st.sub = new PairSpill(ctx.store, ctx.next, ctx.parts, spill.level + 1);
            ctx.next += ctx.parts;
          }
          st.sub.push(a, b, row, line, hash);
        }
      }
      if (st.sub?.pending === true) await st.sub.drain();
    };
    let have = 0;
    let read = 0;
    for await (const chunk of store.read(partition)) {
      for (let at = 0; at < chunk.length; ) {
        const take = Math.min(chunk.length - at, stageBytes.length - have);
        stageBytes.set(chunk.subarray(at, at + take), have);
        have += take;
        at += take;
        if (have === stageBytes.length) {
          await check(STAGE_ENTRIES);
          read += STAGE_ENTRIES;
          have = 0;
        }
      }
    }
    read += Math.floor(have / ENTRY_BYTES);
    if (have % ENTRY_BYTES !== 0 || read !== size) throw new Error(`spill partition ${partition}: ${read} entries and ${have % ENTRY_BYTES} stray bytes read back, ${size} entries written`);
    await check(have / ENTRY_BYTES);
    await store.drop(partition);
    if (st.n > 0) await found(out.rows, out.firsts, st.n, out.lines, out.differs);
    if (st.sub !== undefined) {
      await st.sub.close();
      if (!(await resolveSpill(st.sub, ctx, found))) return false;
    }
  }
  return true;
}
