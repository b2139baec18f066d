import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DuplicateCheck } from "../../checking/dataset/index.js";
import { memorySpillStore, type SpillStore } from "./index.js";

/** A memory store that counts what passes through it and checks that it is disposed of. */
function watched(): { store: SpillStore; stats: { appended: number; dropped: number; disposed: number; parts: Set<number> } } {
  const inner = memorySpillStore();
  const stats = { appended: 0, dropped: 0, disposed: 0, parts: new Set<number>() };
  return {
    stats,
    store: {
      append: (p, bytes) => {
        stats.appended += bytes.byteLength;
        stats.parts.add(p);
        // Hand the bytes back in odd-sized pieces, as a file store may cut them anywhere.
        for (let at = 0; at < bytes.length; at += 7) inner.append(p, bytes.slice(at, at + 7));
      },
      read: (p) => inner.read(p),
      drop: (p) => {
        stats.dropped++;
        inner.drop(p);
      },
      dispose: () => {
        stats.disposed++;
        inner.dispose();
      },
    },
  };
}

/**
 * Run attendance pairs (with `present`, when given) through a duplicate check in batches, as
 * `importTable` does, and gather every duplicate as row → first row, whether found at once or
 * after the last row, and the rows of the duplicates that conflict with their first row.
 */
async function duplicatesOf(pairs: readonly (readonly [number, number, boolean?])[], batch: number, check: DuplicateCheck): Promise<{ found: Map<number, number>; conflicts: Set<number>; late: number; lateConflicts: number }> {
  const found = new Map<number, number>();
  const conflicts = new Set<number>();
  for (let start = 0; start < pairs.length; start += batch) {
    const slice = pairs.slice(start, start + batch);
    slice.forEach(([s, c, present], i) => check.stage({ sessionId: `b-${s}`, childId: `kw-${c}`, ...(present === undefined ? {} : { present }) }, start + i + 2));
    const out = check.checkStaged();
    slice.forEach((_, i) => {
      if (out[i]! > 0) found.set(start + i + 2, out[i]! - 1);
      if (out[i]! > 0 && check.stagedDiffs[i] !== 0) conflicts.add(start + i + 2);
    });
    await check.drain();
  }
  let late = 0;
  let lateConflicts = 0;
  const finished = await check.finish((rows, firsts, n, _lines, differs) => {
    for (let i = 0; i < n; i++) {
      expect(found.has(rows[i]!)).toBe(false);
      found.set(rows[i]!, firsts[i]!);
      if (differs[i] !== 0) {
        conflicts.add(rows[i]!);
        lateConflicts++;
      }
      late++;
    }
  });
  expect(finished).toBe(true);
  return { found, conflicts, late, lateConflicts };
}

describe("the duplicate check beyond its memory budget", () => {
  it("finds exactly the duplicates, with their first rows, of the check that holds everything", async () => {
    const pair = fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 30 }));
    await fc.assert(
      fc.asyncProperty(fc.array(pair, { minLength: 1, maxLength: 1500, size: "max" }), fc.integer({ min: 1, max: 300 }), fc.constantFrom(2, 3, 8), async (pairs, batch, parts) => {
        const all = await duplicatesOf(pairs, batch, new DuplicateCheck("attendance"));
        const { store, stats } = watched();
        const small = await duplicatesOf(pairs, batch, new DuplicateCheck("attendance", { memory: 768, spill: () => store, spillParts: parts }));
        expect([...small.found].sort((x, y) => x[0] - y[0])).toEqual([...all.found].sort((x, y) => x[0] - y[0]));
        expect(all.late).toBe(0);
        // 768 bytes hold 48 pairs: beyond that the store is used, every partition read is dropped, and it is disposed of once.
        const distinct = new Set(pairs.map(([s, c]) => `${s}/${c}`)).size;
        if (distinct > 48) expect(stats.appended).toBeGreaterThan(0);
        expect(stats.dropped).toBe(stats.parts.size);
        expect(stats.disposed).toBe(distinct > 48 ? 1 : 0);
      }),
      { numRuns: 80 },
    );
  });

  it("tells conflicting repeats from identical ones after the last row exactly as in memory", async () => {
    const pair = fc.tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 20 }), fc.boolean());
    let runsWithLateConflicts = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(pair, { minLength: 1, maxLength: 1200, size: "max" }), fc.integer({ min: 1, max: 300 }), async (pairs, batch) => {
        const all = await duplicatesOf(pairs, batch, new DuplicateCheck("attendance"));
        const small = await duplicatesOf(pairs, batch, new DuplicateCheck("attendance", { memory: 768, spillParts: 3 }));
        expect([...small.found].sort((x, y) => x[0] - y[0])).toEqual([...all.found].sort((x, y) => x[0] - y[0]));
        expect([...small.conflicts].sort((x, y) => x - y)).toEqual([...all.conflicts].sort((x, y) => x - y));
        // The rule itself: a repeat conflicts exactly when `present` differs from its first row's.
        for (const [row, first] of all.found) expect(all.conflicts.has(row)).toBe(pairs[row - 2]![2] !== pairs[first - 2]![2]);
        if (small.lateConflicts > 0) runsWithLateConflicts++;
      }),
      { numRuns: 60 },
    );
    expect(runsWithLateConflicts).toBeGreaterThan(10); // the runs did find conflicts after the last row
  });

  it("spills again, one level down, a partition with more pairs than the table holds, and still finds every repeat", async () => {
    const pairs: [number, number][] = [];
    for (let i = 0; i < 6000; i++) pairs.push([i % 97, Math.floor(i / 97)]); // 6,000 distinct pairs
    for (let i = 0; i < 6000; i += 7) pairs.push([i % 97, Math.floor(i / 97)]); // 858 repeats
    const { store, stats } = watched();
    const r = await duplicatesOf(pairs, 1000, new DuplicateCheck("attendance", { memory: 768, spill: () => store, spillParts: 2 }));
    expect(r.found.size).toBe(858);
    expect(r.late).toBeGreaterThan(800); // all but the repeats of the 48 pairs held from the start
    expect(r.found.get(6002)).toBe(2);
    expect(r.found.get(6003)).toBe(9);
    // 2 partitions of about 3,000 pairs each, a table of 48: many levels of partitions.
    expect(Math.max(...stats.parts)).toBeGreaterThan(20);
  });

  it("keeps the pairs it already holds exact at once, and defers only new ones", async () => {
    const check = new DuplicateCheck("attendance", { memory: 768 });
    for (let i = 0; i < 100; i++) check.stage({ sessionId: "b-1", childId: `kw-${i}` }, i + 2);
    const first = check.checkStaged();
    expect(Array.from(first.subarray(0, 100)).filter((x) => x === 0)).toHaveLength(48);
    expect(Array.from(first.subarray(0, 100)).filter((x) => x === -1)).toHaveLength(52);
    expect(check.deferred).toBe(52);
    check.stage({ sessionId: "b-1", childId: "kw-0" }, 500);
    check.stage({ sessionId: "b-1", childId: "kw-99" }, 501);
    const again = check.checkStaged();
    expect(again[0]).toBe(3); // kw-0 was held: found at once, first seen on row 2
    expect(again[1]).toBe(-1); // kw-99 was deferred: so is its repeat
    const late: [number, number][] = [];
    await check.finish((rows, firsts, n) => {
      for (let i = 0; i < n; i++) late.push([rows[i]!, firsts[i]!]);
    });
    expect(late).toEqual([[501, 101]]);
  });

  it("disposes of the store when the check is stopped, and reads back nothing more", async () => {
    const { store, stats } = watched();
    const check = new DuplicateCheck("attendance", { memory: 768, spill: () => store, spillParts: 4 });
    for (let i = 0; i < 5000; i++) check.stage({ sessionId: `b-${i % 50}`, childId: `kw-${i % 101}` }, i + 2);
    check.checkStaged();
    await check.drain();
    const finished = await check.finish(() => undefined, { aborted: true });
    expect(finished).toBe(false);
    expect(stats.dropped).toBe(0);
    expect(stats.disposed).toBe(1);
    await check.dispose();
    expect(stats.disposed).toBe(1);
  });
});

describe("memorySpillStore", () => {
  const chunks = async (it: AsyncIterable<Uint8Array> | Iterable<Uint8Array>): Promise<number[][]> => {
    const out: number[][] = [];
    for await (const c of it) out.push([...c]);
    return out;
  };
  it("gives each partition back in the order it was appended, and forgets what is dropped", async () => {
    const store = memorySpillStore();
    await store.append(1, new Uint8Array([1, 2]));
    await store.append(2, new Uint8Array([9]));
    await store.append(1, new Uint8Array([3]));
    expect(await chunks(store.read(1))).toEqual([[1, 2], [3]]);
    await store.drop(1);
    expect(await chunks(store.read(1))).toEqual([]);
    expect(await chunks(store.read(2))).toEqual([[9]]);
    await store.dispose();
    expect(await chunks(store.read(2))).toEqual([]);
  });
});
