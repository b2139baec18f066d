// Reach per programme line, pillar and activity kind: a child counts once per code, so the rows
// may add up to more than reach. Each code is a bit; each child gathers the bits of the
// activities it attended.
import { ACTIVITY_KINDS } from "@kinderwerk/core";
import type { PeriodFacts } from "../facts.js";
import type { ResultRow } from "../rows.js";
import { catalogueCodes, rowsOf } from "../rows.js";

/** The bit of each code, per dimension, in one bit space. */
interface CodeBits {
  readonly kind: Map<string, number>;
  readonly line: Map<string, number>;
  readonly pillar: Map<string, number>;
  /** The number of bits. */
  size: number;
}

const bitOf = (bits: CodeBits, dimension: Map<string, number>, code: string): number => {
  let bit = dimension.get(code);
  if (bit === undefined) dimension.set(code, (bit = bits.size++));
  return bit;
};

/** A bit for every code of the activities the filter lets in. */
function codeBits(facts: PeriodFacts): CodeBits {
  const bits: CodeBits = { kind: new Map(), line: new Map(), pillar: new Map(), size: 0 };
  for (const [, [kind, lines, pillars, inScope]] of facts.activities) {
    if (inScope !== 1) continue;
    bitOf(bits, bits.kind, kind);
    for (const c of lines) bitOf(bits, bits.line, c);
    for (const c of pillars) bitOf(bits, bits.pillar, c);
  }
  return bits;
}

/** Each activity's codes as a mask of `words` 32-bit words; activities not known have none. */
function activityMasks(facts: PeriodFacts, bits: CodeBits, words: number): Map<string, Int32Array> {
  const masks = new Map<string, Int32Array>();
  for (const [id, [kind, lines, pillars, inScope]] of facts.activities) {
    if (inScope !== 1) continue;
    const mask = new Int32Array(words);
    const set = (bit: number): void => {
      mask[bit >>> 5]! |= 1 << (bit & 31);
    };
    set(bits.kind.get(kind)!);
    for (const c of lines) set(bits.line.get(c)!);
    for (const c of pillars) set(bits.pillar.get(c)!);
    masks.set(id, mask);
  }
  return masks;
}

/** Per child index, the OR of the masks of the sessions it attended (`words` words per child). */
function childMasks(facts: PeriodFacts, masks: ReadonlyMap<string, Int32Array>, words: number): Int32Array {
  const { counted, activityId } = facts.sessions;
  const { start, children } = facts.attendance;
  const out = new Int32Array(facts.children.size * words);
  for (let i = 0; i < counted.length; i++) {
    const si = counted[i]!;
    const mask = masks.get(activityId[si]!);
    if (mask === undefined) continue;
    const hi = start[si + 1]!;
    if (words === 1) {
      const m0 = mask[0]!;
      for (let k = start[si]!; k < hi; k++) out[children[k]!]! |= m0;
    } else {
      for (let k = start[si]!; k < hi; k++) {
        const c = children[k]!;
        for (let w = 0; w < words; w++) out[c * words + w]! |= mask[w]!;
      }
    }
  }
  return out;
}

/** The rows of `reach.byProgrammeLine`, `reach.byPillar` and `reach.byActivityKind`. */
export interface CodeRows {
  readonly byProgrammeLine: ResultRow[];
  readonly byPillar: ResultRow[];
  readonly byActivityKind: ResultRow[];
}

/**
 * Reach per programme line, pillar and activity kind.
 *
 * @param facts - the period's facts
 * @returns the rows
 */
export function reachByCodes(facts: PeriodFacts): CodeRows {
  const bits = codeBits(facts);
  const words = Math.max(1, Math.ceil(bits.size / 32));
  const perChild = childMasks(facts, activityMasks(facts, bits, words), words);
  const perBit = new Int32Array(bits.size);
  const reached = facts.children.attendances;
  for (let c = 0; c < reached.length; c++) {
    if (reached[c] === 0) continue;
    for (let w = 0; w < words; w++) {
      let word = perChild[c * words + w]!;
      while (word !== 0) {
        const low = word & -word;
        perBit[w * 32 + 31 - Math.clz32(low)]!++;
        word ^= low;
      }
    }
  }
  const counts = (dimension: ReadonlyMap<string, number>): Map<string, number> => {
    const m = new Map<string, number>();
    for (const [code, bit] of dimension) if (perBit[bit]! > 0) m.set(code, perBit[bit]!);
    return m;
  };
  const catalogues = facts.inputs.catalogues;
  return {
    byProgrammeLine: rowsOf(counts(bits.line), catalogueCodes(catalogues, "programmeLines")),
    byPillar: rowsOf(counts(bits.pillar), catalogueCodes(catalogues, "pillars")),
    byActivityKind: rowsOf(counts(bits.kind), ACTIVITY_KINDS),
  };
}
