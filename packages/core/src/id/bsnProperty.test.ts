import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findBsnLike, findBsns } from "../bsn/index.js";
import { ChildId, RecordId } from "./index.js";

/** A small seeded generator (mulberry32), so that the million ids are the same on every run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HEX = "0123456789abcdef";
const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const draw = (random: () => number, alphabet: string, length: number): string => {
  let out = "";
  for (let i = 0; i < length; i++) out += alphabet[Math.floor(random() * alphabet.length)];
  return out;
};
/** A random UUID (version 4 layout, lower or upper case). */
const uuid = (r: () => number): string => {
  const text = `${draw(r, HEX, 8)}-${draw(r, HEX, 4)}-4${draw(r, HEX, 3)}-${"89ab"[Math.floor(r() * 4)]}${draw(r, HEX, 3)}-${draw(r, HEX, 12)}`;
  return r() < 0.5 ? text : text.toUpperCase();
};
const ulid = (r: () => number): string => draw(r, CROCKFORD, 26);
const hexId = (r: () => number): string => draw(r, HEX, [16, 24, 32, 40][Math.floor(r() * 4)]!);

describe("the BSN rule for ids", () => {
  it("rejects none of 1,000,000 random UUIDs, ULIDs and hex ids, where nine-digit windows would have rejected thousands", () => {
    const random = seeded(20261207);
    const makers = [uuid, ulid, hexId];
    let rejected = 0;
    let windows = 0;
    const examples: string[] = [];
    for (let i = 0; i < 1_000_000; i++) {
      const id = makers[i % 3]!(random);
      if (!RecordId.safeParse(id).success) {
        rejected++;
        if (examples.length < 5) examples.push(id);
      }
      if (i % 10 === 0 && findBsnLike(id).length > 0) windows++;
    }
    expect(examples).toEqual([]);
    expect(rejected).toBe(0);
    // The old rule (any nine-digit window passing the 11-test) finds BSNs in these ids: the set is a real test.
    expect(windows).toBeGreaterThan(50);
  });

  /** A valid BSN: eight random digits and the ninth that makes the 11-test pass. */
  const bsn = fc
    .array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 })
    .map((d) => {
      let sum = 0;
      for (let i = 0; i < 8; i++) sum += (9 - i) * d[i]!;
      return [...d, sum % 11];
    })
    .filter((d) => d[8]! <= 9 && d.some((x) => x !== 0))
    .map((d) => d.join(""));
  const grouped = fc.tuple(bsn, fc.constantFrom("", " ", ".", "-", " - ", "\u00a0")).map(([digits, sep]) =>
    sep === "" ? digits : [digits.slice(0, 3), digits.slice(3, 6), digits.slice(6)].join(sep),
  );

  it("still rejects every BSN as an id, alone, with spaces, dots or dashes, or as its own token", () => {
    fc.assert(
      fc.property(grouped, fc.constantFrom("", "kw-", "NL", "id:"), (written, prefix) => {
        const id = `${prefix}${written}`;
        const result = ChildId.safeParse(id);
        expect(result.success).toBe(false);
      }),
      { seed: 11, numRuns: 2000 },
    );
  });

  it("still finds every BSN standing as its own token in text", () => {
    fc.assert(
      fc.property(grouped, fc.constantFrom("BSN ", "nummer: ", "(", ""), fc.constantFrom(" genoemd", ").", ""), (written, before, after) => {
        const text = `${before}${written}${after}`;
        expect(findBsns(text)).toEqual([{ start: before.length, end: before.length + written.length }]);
      }),
      { seed: 12, numRuns: 2000 },
    );
  });
});
