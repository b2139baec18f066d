/**
 * Strings to small numbers (0, 1, 2, … in order of first sight): an open-addressing table on a
 * typed array that holds each string's hash and, for a string of at most eight one-byte
 * characters (most ids), the characters themselves, so a lookup reads one slot and no string of
 * the heap. A kept string is copied first: a cell is often a slice of a whole chunk of the file,
 * and keeping the slice would keep the chunk. The dataset checks of `@kinderwerk/import` and the
 * report accumulator of `@kinderwerk/reporting` number their ids with it.
 *
 * @example
 * const ids = new Interner();
 * ids.intern("k-001"); // 0
 * ids.intern("k-002"); // 1
 * ids.find("k-001"); // 0
 * ids.find("k-003"); // -1
 */
export class Interner {
  /**
   * Five numbers a slot: the hash, the string's number + 1 (0 = empty), its length, and, for a string of at most eight one-byte characters, those
   * characters packed four to a number: such a string (most ids) is compared in the slot itself,
   * without reading the kept string. Any other string has -1 - its length, and -1, -1.
   */
  private slots = new Int32Array(5 * 1024);
  private mask = 1023;
  private readonly strings: string[] = [];

  /** How many distinct strings were seen. */
  get size(): number {
    return this.strings.length;
  }

  /**
   * The number of a string: the number it got when first seen, or the next number.
   *
   * @param s - the string
   * @returns its number
   */
  intern(s: string): number {
    const at = 5 * this.locate(s);
    const slots = this.slots;
    const found = slots[at + 1]!;
    if (found !== 0) return found - 1;
    const n = this.strings.length;
    this.strings.push(copyString(s));
    slots[at] = this.h;
    slots[at + 1] = n + 1;
    slots[at + 2] = this.tag;
    slots[at + 3] = this.lo;
    slots[at + 4] = this.hi;
    if ((n + 1) * 4 > this.mask * 3) this.grow();
    return n;
  }

  /**
   * The number of a string already seen, without adding it: a look-up that reads no string of the
   * heap for a short one-byte string (most ids).
   *
   * @param s - the string
   * @returns its number, or -1 when it was never interned
   */
  find(s: string): number {
    return this.slots[5 * this.locate(s) + 1]! - 1;
  }

  // What `locate` computed of the last string: its hash, tag and packed characters.
  private h = 0;
  private tag = 0;
  private lo = 0;
  private hi = 0;

  /** The slot of a string: the one that holds it, or the empty one where it would go. */
  private locate(s: string): number {
    const len = s.length;
    let h = 0x811c9dc5;
    let lo = 0;
    let hi = 0;
    let packed = len <= 8;
    for (let i = 0; i < len; i++) {
      const c = s.charCodeAt(i);
      h = Math.imul(h ^ c, 0x01000193);
      if (c > 255) packed = false;
      else if (i < 4) lo |= c << (8 * i);
      else if (i < 8) hi |= c << (8 * (i - 4));
    }
    h ^= h >>> 15;
    // A string not held in the slot is marked by a negative length, so it never equals one that is.
    const tag = packed ? len : -1 - len;
    if (!packed) lo = hi = -1;
    this.h = h;
    this.tag = tag;
    this.lo = lo;
    this.hi = hi;
    const slots = this.slots;
    const mask = this.mask;
    let i = h & mask;
    for (;;) {
      const at = 5 * i;
      const n = slots[at + 1]!;
      if (n === 0) return i;
      if (slots[at] === h && slots[at + 2] === tag && slots[at + 3] === lo && slots[at + 4] === hi && (packed || this.strings[n - 1] === s)) return i;
      i = (i + 1) & mask;
    }
  }

  private grow(): void {
    const old = this.slots;
    const capacity = (this.mask + 1) * 2;
    const slots = new Int32Array(5 * capacity);
    const mask = capacity - 1;
    for (let j = 0; j < old.length; j += 5) {
      if (old[j + 1] === 0) continue;
      let i = old[j]! & mask;
      while (slots[5 * i + 1] !== 0) i = (i + 1) & mask;
      // Five copies, not `set(subarray)`: a view a slot would cost more than the slot.
      const at = 5 * i;
      slots[at] = old[j]!;
      slots[at + 1] = old[j + 1]!;
      slots[at + 2] = old[j + 2]!;
      slots[at + 3] = old[j + 3]!;
      slots[at + 4] = old[j + 4]!;
    }
    this.slots = slots;
    this.mask = mask;
  }
}

/** A copy of a string that does not point into the text it was cut from. */
function copyString(s: string): string {
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}
