/**
 * Strings to small numbers (0, 1, 2, … in order of first sight): an open-addressing table on a
 * typed array that holds each string's hash and, for a string of at most eight one-byte
 * characters (most ids), the characters themselves, so a lookup reads one slot and no string of
 * the heap. A kept string is copied first: a cell is often a slice of a whole chunk of the file,
 * and keeping the slice would keep the chunk.
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
    const slots = this.slots;
    const mask = this.mask;
    let i = h & mask;
    for (;;) {
      const at = 5 * i;
      const n = slots[at + 1]!;
      if (n === 0) break;
      if (slots[at] === h && slots[at + 2] === tag && slots[at + 3] === lo && slots[at + 4] === hi && (packed || this.strings[n - 1] === s)) return n - 1;
      i = (i + 1) & mask;
    }
    const n = this.strings.length;
    this.strings.push(copyString(s));
    const at = 5 * i;
    slots[at] = h;
    slots[at + 1] = n + 1;
    slots[at + 2] = tag;
    slots[at + 3] = lo;
    slots[at + 4] = hi;
    if ((n + 1) * 4 > mask * 3) this.grow();
    return n;
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
      slots.set(old.subarray(j, j + 5), 5 * i);
    }
    this.slots = slots;
    this.mask = mask;
  }
}

/** A copy of a string that does not point into the text it was cut from. */
function copyString(s: string): string {
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}
