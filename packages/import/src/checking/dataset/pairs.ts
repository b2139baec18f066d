// The pair table of the duplicate check: session and child pairs with their first rows and the
// hashes of their records (what happens to pairs beyond its budget is in pairSpill.ts).

/** {@link PairSet.add}: the pair is new, and now held. */
export const NEW = -1;
/** {@link PairSet.add}: the pair is new, but the table is at its limit and did not take it. */
export const FULL = -2;

/** The fewest slots a table has, whatever its budget. */
const MIN_SLOTS = 64;

/** Numbers a slot: the pair (a, b), its first row + 1 (0 = an empty slot) and the hash of that row's record. */
const SLOT = 4;
/** Bytes a slot. */
export const SLOT_BYTES = 4 * SLOT;

/**
 * A set of pairs of numbers `(a, b)` (each 0 ≤ n < 2^31), each with the row where it was first
 * seen and a 32-bit hash of that row's record (see `recordHash`): an open-addressing table on one
 * `Int32Array`, four numbers a slot side by side (a, b, the row and the hash), so a slot is 16
 * bytes and a probe reads one cache line. Kept between half and three quarters full by growing by
 * half, so 21–32 bytes a distinct pair, outside the garbage-collected heap and with no allocation
 * per pair. With a budget the table never grows beyond it: a bounded add of a new pair then
 * answers {@link FULL} instead of taking it.
 */
export class PairSet {
  private slots: Int32Array;
  /** The allocation `slots` is a view of (larger after {@link PairSet.clear} shrank the view). */
  private space: Int32Array;
  private capacity: number;
  private count = 0;
  private readonly maxCapacity: number;
  private readonly maxCount: number;
  /** The hash held with the pair the last {@link PairSet.add} found (when it found one). */
  firstHash = 0;

  /** @param maxBytes - the most bytes the table may hold (at least 1,024); no limit when left out */
  constructor(maxBytes = Infinity) {
    this.maxCapacity = Number.isFinite(maxBytes) ? Math.max(MIN_SLOTS, Math.floor(maxBytes / SLOT_BYTES)) : Infinity;
    this.maxCount = Number.isFinite(this.maxCapacity) ? Math.floor((this.maxCapacity * 3) / 4) : Infinity;
    this.capacity = Math.min(1024, this.maxCapacity);
    this.space = this.slots = new Int32Array(SLOT * this.capacity);
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
   * Add a pair. When the pair is held already, {@link PairSet.firstHash} is then the hash held
   * with it (the hash of its first row's record), to compare with `hash`.
   *
   * @param a - the first number
   * @param b - the second number
   * @param row - the row where it was seen (0 ≤ row < 2^31 - 1)
   * @param hash - the hash of the row's record (kept with a new pair)
   * @param bounded - refuse a new pair when the table is at its budget (else grow beyond it)
   * @returns the row of an earlier occurrence, or {@link NEW}, or {@link FULL} (bounded only)
   */
  add(a: number, b: number, row: number, hash: number, bounded = false): number {
    const slots = this.slots;
    const capacity = this.capacity;
    let i = slotOf(a, b, capacity);
    for (;;) {
      const at = SLOT * i;
      const r = slots[at + 2]!;
      if (r === 0) break; // an empty slot: rows are kept + 1
      if (slots[at] === a && slots[at + 1] === b) {
        this.firstHash = slots[at + 3]!;
        return r - 1;
      }
      if (++i === capacity) i = 0;
    }
    if (bounded && this.count >= this.maxCount) return FULL;
    const at = SLOT * i;
    slots[at] = a;
    slots[at + 1] = b;
    slots[at + 2] = row + 1;
    slots[at + 3] = hash;
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
   * @param hashes - the hashes of the rows' records
   * @param n - how many (at most 65,536)
   * @param out - per pair: the row of an earlier occurrence + 1, 0 when it is new, -1 when it is new and refused
   * @param differs - per pair with an earlier occurrence: `mark` when the hashes of the two records differ, else 0
   * @param mark - what `differs` says of a pair whose records differ (not 0)
   */
  addMany(a: Int32Array, b: Int32Array, rows: Int32Array, hashes: Int32Array, n: number, out: Int32Array, differs: Int32Array, mark = 1): void {
    if (n > 65_536) throw new RangeError("at most 65,536 pairs at once");
    const order = new Float64Array(n);
    const capacity = this.capacity;
    for (let j = 0; j < n; j++) order[j] = slotOf(a[j]!, b[j]!, capacity) * 65_536 + j;
    order.sort();
    for (let k = 0; k < n; k++) {
      const j = order[k]! % 65_536;
      const hash = hashes[j]!;
      const first = this.add(a[j]!, b[j]!, rows[j]!, hash, true);
      if (first < 0) {
        out[j] = first === NEW ? 0 : -1;
        differs[j] = 0;
      } else {
        out[j] = first + 1;
        differs[j] = this.firstHash === hash ? 0 : mark;
      }
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
    if (SLOT * capacity <= this.space.length) {
      this.slots = this.space.subarray(0, SLOT * capacity);
      this.slots.fill(0);
    } else {
      this.space = this.slots = new Int32Array(SLOT * capacity);
    }
    this.capacity = capacity;
    this.count = 0;
  }

  private grow(capacity: number): void {
    const old = this.slots;
    const slots = new Int32Array(SLOT * capacity);
    for (let j = 0; j < old.length; j += SLOT) {
      if (old[j + 2] === 0) continue;
      const a = old[j]!;
      const b = old[j + 1]!;
      let i = slotOf(a, b, capacity);
      while (slots[SLOT * i + 2] !== 0) if (++i === capacity) i = 0;
      const at = SLOT * i;
      slots[at] = a;
      slots[at + 1] = b;
      slots[at + 2] = old[j + 2]!;
      slots[at + 3] = old[j + 3]!;
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
