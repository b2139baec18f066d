// The pair table of the duplicate check, and what happens to pairs beyond its memory budget:
// hash-partitioned spill runs on a SpillStore, checked partition by partition after the last row.
import type { SpillStore } from "../spill/index.js";

/** {@link PairSet.add}: the pair is new, and now held. */
export const NEW = -1;
/** {@link PairSet.add}: the pair is new, but the table is at its limit and did not take it. */
export const FULL = -2;

/** The fewest slots a table has, whatever its budget. */
const MIN_SLOTS = 64;

/**
 * A set of pairs of numbers `(a, b)` (each 0 ≤ n < 2^31), each with the row where it was first
 * seen: an open-addressing table on one `Int32Array`, three numbers a slot side by side (a, b and
 * the row), so a probe reads one cache line. 12 bytes a slot, kept between half and three quarters
 * full by growing by half, so 16–24 bytes a distinct pair, outside the garbage-collected heap and
 * with no allocation per pair. With a budget the table never grows beyond it: a bounded add of a
 * new pair then answers {@link FULL} instead of taking it.
 */
export class PairSet {
  private slots: Int32Array;
  /** The allocation `slots` is a view of (larger after {@link PairSet.clear} shrank the view). */
  private space: Int32Array;
  private capacity: number;
  private count = 0;
  private readonly maxCapacity: number;
  private readonly maxCount: number;

  /** @param maxBytes - the most bytes the table may hold (at least 768); no limit when left out */
  constructor(maxBytes = Infinity) {
    this.maxCapacity = Number.isFinite(maxBytes) ? Math.max(MIN_SLOTS, Math.floor(maxBytes / 12)) : Infinity;
    this.maxCount = Number.isFinite(this.maxCapacity) ? Math.floor((this.maxCapacity * 3) / 4) : Infinity;
    this.capacity = Math.min(1024, this.maxCapacity);
    this.space = this.slots = new Int32Array(3 * this.capacity);
  }

  /** How many distinct pairs were added. */
  get size(): number {
    return this.count;
  }

  /** The bytes the table holds now. */
  get bytes(): number {
    return this.space.byteLength;
  }

  /** Whether a bounded add of a new pair would be refused. */
  get full(): boolean {
    return this.count >= this.maxCount;
  }

  /**
   * Add a pair.
   *
   * @param a - the first number
   * @param b - the second number
   * @param row - the row where it was seen (0 ≤ row < 2^31 - 1)
   * @param bounded - refuse a new pair when the table is at its budget (else grow beyond it)
   * @returns the row of an earlier occurrence, or {@link NEW}, or {@link FULL} (bounded only)
   */
  add(a: number, b: number, row: number, bounded = false): number {
    const slots = this.slots;
    const capacity = this.capacity;
    let i = slotOf(a, b, capacity);
    for (;;) {
      const r = slots[3 * i + 2]!;
      if (r === 0) break; // an empty slot: rows are kept + 1
      if (slots[3 * i] === a && slots[3 * i + 1] === b) return r - 1;
      if (++i === capacity) i = 0;
    }
    if (bounded && this.count >= this.maxCount) return FULL;
    slots[3 * i] = a;
    slots[3 * i + 1] = b;
    slots[3 * i + 2] = row + 1;
    if (++this.count * 4 > capacity * 3) {
      // Up to the budget; beyond it only when unbounded (a bounded table is never fuller than 3/4).
      const to = Math.ceil(capacity * 1.5);
      this.grow(capacity < this.maxCapacity ? Math.min(to, this.maxCapacity) : to);
    }
    return NEW;
  }

  /**
   * Add many pairs at once, bounded, visiting the table in the order of its slots rather than in
   * the order of the pairs: a large table is then read from one end to the other instead of at
   * random, which spares the processor a cache and address-translation miss per pair. The outcome
   * is the same as adding them one by one in order: of equal pairs, the one given first is the
   * first occurrence, and once the table is full every new pair is refused, so a pair is either
   * held from its first occurrence on or refused at every occurrence.
   *
   * @param a - the first numbers
   * @param b - the second numbers
   * @param rows - the rows
   * @param n - how many (at most 65,536)
   * @param out - per pair: the row of an earlier occurrence + 1, 0 when it is new, -1 when it is new and refused
   */
  addMany(a: Int32Array, b: Int32Array, rows: Int32Array, n: number, out: Int32Array): void {
    if (n > 65_536) throw new RangeError("at most 65,536 pairs at once");
    const order = new Float64Array(n);
    const capacity = this.capacity;
    for (let j = 0; j < n; j++) order[j] = slotOf(a[j]!, b[j]!, capacity) * 65_536 + j;
    order.sort();
    for (let k = 0; k < n; k++) {
      const j = order[k]! % 65_536;
      const first = this.add(a[j]!, b[j]!, rows[j]!, true);
      out[j] = first >= 0 ? first + 1 : first === NEW ? 0 : -1;
    }
  }

  /**
   * Make room for this many pairs in all, at once (no growing, and no old table beside a new one,
   * on the way there), within the budget.
   *
   * @param pairs - the pairs expected
   */
  reserve(pairs: number): void {
    const capacity = Math.min(Math.ceil((pairs * 4) / 3) + 1, this.maxCapacity);
    if (capacity > this.capacity) this.grow(capacity);
  }

  /**
   * Empty the table and size it for this many pairs, within the budget, in the memory it already
   * holds when that is enough (so that emptying a full table does not put a second one beside it).
   *
   * @param pairs - the pairs expected next
   */
  clear(pairs: number): void {
    const capacity = Math.max(MIN_SLOTS, Math.min(Math.ceil((pairs * 4) / 3) + 1, this.maxCapacity));
    if (3 * capacity <= this.space.length) {
      this.slots = this.space.subarray(0, 3 * capacity);
      this.slots.fill(0);
    } else {
      this.space = this.slots = new Int32Array(3 * capacity);
    }
    this.capacity = capacity;
    this.count = 0;
  }

  private grow(capacity: number): void {
    const old = this.slots;
    const slots = new Int32Array(3 * capacity);
    for (let j = 0; j < old.length; j += 3) {
      if (old[j + 2] === 0) continue;
      const a = old[j]!;
      const b = old[j + 1]!;
      let i = slotOf(a, b, capacity);
      while (slots[3 * i + 2] !== 0) if (++i === capacity) i = 0;
      slots[3 * i] = a;
      slots[3 * i + 1] = b;
      slots[3 * i + 2] = old[j + 2]!;
    }
    this.space = this.slots = slots;
    this.capacity = capacity;
  }
}

/** The home slot of a pair: murmur3's finaliser over both numbers, scaled into [0, capacity) (any size, no modulo). */
function slotOf(a: number, b: number, capacity: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ b;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h ^= h >>> 16;
  return Math.floor((h >>> 0) * (capacity / 4294967296));
}

/** murmur3's finaliser. */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * The partition of a pair at a level of spilling: a hash unrelated to {@link slotOf} (else the
 * pairs of one partition would crowd one stretch of the table that checks it), and another one at
 * each level, so that a partition spilled again spreads over its own partitions.
 */
function partOf(a: number, b: number, level: number, parts: number): number {
  const h = mix((b ^ Math.imul(level + 1, 0x27d4eb2f)) + Math.imul(mix(a + Math.imul(level, 0x165667b1) + 0x3c6ef372), 0x61c88647));
  return Math.floor(h * (parts / 4294967296));
}

/** Numbers per spilled occurrence: the pair (a, b), its row, and the line where the row starts. */
const ENTRY = 4;
/** Bytes per spilled occurrence. */
export const ENTRY_BYTES = 4 * ENTRY;
/** Occurrences a spill buffer holds (32 KiB). */
const BUFFER_ENTRIES = 2048;

/**
 * Pairs that did not fit, written as packed `Int32` entries (a, b, row, line) to the partitions
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
   */
  push(a: number, b: number, row: number, line: number): void {
    const p = partOf(a, b, this.level, this.parts);
    const buffer = (this.buffers[p] ??= this.free.pop() ?? new Int32Array(ENTRY * BUFFER_ENTRIES));
    const at = ENTRY * this.filled[p]!;
    buffer[at] = a;
    buffer[at + 1] = b;
    buffer[at + 2] = row;
    buffer[at + 3] = line;
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

/** Duplicates found after the file, `n` of them: rows, the lines where they start, and first rows (the arrays are reused). */
export type LateDuplicates = (rows: Int32Array, firstRows: Int32Array, n: number, lines: Int32Array) => void | Promise<void>;

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
  out?: { rows: Int32Array; firsts: Int32Array; lines: Int32Array };
}

/**
 * Check the spilled pairs partition by partition: each partition's occurrences in the order they
 * were pushed (file order) through the emptied table, which finds every later occurrence of a pair
 * with its first row. A partition with more distinct pairs than the table may hold goes on the same
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
  const out = (ctx.out ??= { rows: new Int32Array(STAGE_ENTRIES), firsts: new Int32Array(STAGE_ENTRIES), lines: new Int32Array(STAGE_ENTRIES) });
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
        const first = table.add(a, b, row, true);
        if (first >= 0) {
          out.rows[st.n] = row;
          out.firsts[st.n] = first;
          out.lines[st.n] = line;
          if (++st.n === STAGE_ENTRIES) {
            await found(out.rows, out.firsts, st.n, out.lines);
            st.n = 0;
          }
        } else if (first === FULL) {
          if (st.sub === undefined) {
            st.sub = new PairSpill(ctx.store, ctx.next, ctx.parts, spill.level + 1);
            ctx.next += ctx.parts;
          }
          st.sub.push(a, b, row, line);
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
    if (st.n > 0) await found(out.rows, out.firsts, st.n, out.lines);
    if (st.sub !== undefined) {
      await st.sub.close();
      if (!(await resolveSpill(st.sub, ctx, found))) return false;
    }
  }
  return true;
}
