import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createFileSpillStore, importDataset, importTable } from "./node.js";

/** 40,000 attendance rows (about 700 KB, read in about eleven chunks) over 4,000 pairs: each pair ten times. */
function attendance(): string {
  let csv = "bijeenkomstId,kindId,aanwezig\n";
  for (let i = 0; i < 40_000; i++) csv += `b-${i % 80},kw-${(Math.floor(i / 80) * 7) % 50},ja\n`;
  return csv;
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "kw-spill-test-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The spill files under `dir` now. */
const spillFiles = (): string[] => readdirSync(dir).flatMap((d) => readdirSync(join(dir, d)).map((f) => join(d, f)));

describe("the Node entry point's duplicate check beyond its memory budget", () => {
  const csv = attendance();
  // 768 bytes: 48 pairs held; 2 partitions, so that their 2,048-entry buffers fill while the file is read.
  const small = { table: "attendance" as const, duplicateMemory: 768, spillParts: 2, keepRecords: false };

  it("spills to temporary files while it reads, finds every duplicate, and removes the files at the end", async () => {
    let seen = 0;
    const r = await importTable(csv, {
      ...small,
      tmpDir: dir,
      onRecords: () => void (seen = Math.max(seen, spillFiles().length)),
    });
    expect(seen).toBe(2);
    expect(r.counts).toMatchObject({ rows: 40_000, accepted: 40_000, duplicates: 36_000 });
    const held = await importTable(csv, { table: "attendance", keepRecords: false });
    expect(held.counts).toEqual(r.counts);
    expect(r.issues.slice(0, 20)).toEqual(held.issues.slice(0, 20));
    expect(readdirSync(dir)).toEqual([]);
  });

  it("removes the files when the import is cancelled in the middle of the file", async () => {
    const signal = { aborted: false };
    let batches = 0;
    const r = await importTable(csv, {
      ...small,
      tmpDir: dir,
      signal,
      onRecords: () => {
        if (++batches === 3) {
          expect(spillFiles().length).toBeGreaterThan(0);
          signal.aborted = true;
        }
      },
    });
    expect(r.complete).toBe(false);
    expect(r.issues.at(-1)?.code).toBe("file.aborted");
    expect(r.counts.rows).toBeLessThan(40_000);
    expect(r.counts.rows).toBe(r.counts.accepted + r.counts.rejected);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("removes the files when the import is cancelled while it checks the spilled pairs", async () => {
    const signal = { aborted: false };
    const r = await importTable(csv, { ...small, tmpDir: dir, signal, onLateDuplicates: () => void (signal.aborted = true) });
    expect(r.complete).toBe(false);
    expect(r.issues.at(-1)?.code).toBe("file.aborted");
    expect(readdirSync(dir)).toEqual([]);
  });

  it("removes the files when a consumer throws", async () => {
    let batches = 0;
    const failing = importTable(csv, {
      ...small,
      tmpDir: dir,
      onRecords: () => {
        if (++batches === 4) throw new Error("disk full");
      },
    });
    await expect(failing).rejects.toThrow("disk full");
    expect(readdirSync(dir)).toEqual([]);
  });

  it("spills to files for a dataset too", async () => {
    let seen = 0;
    const r = await importDataset([{ name: "aanwezigheid.csv", source: csv }], {
      duplicateMemory: 768,
      spillParts: 2,
      tmpDir: dir,
      keepRecords: false,
      onRecords: () => void (seen = Math.max(seen, spillFiles().length)),
    });
    expect(seen).toBe(2);
    expect(r.tables.attendance?.counts.duplicates).toBe(36_000);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe("createFileSpillStore", () => {
  it("reads back what was appended, in order, across its read chunks, and removes its folder", async () => {
    const store = await createFileSpillStore({ tmpDir: dir });
    const big = new Uint8Array(1_000_000).map((_, i) => i % 251);
    await store.append(7, big.subarray(0, 400_000));
    await store.append(7, big.subarray(400_000));
    const back: number[] = [];
    for await (const chunk of store.read(7)) back.push(chunk.length);
    expect(back.reduce((a, b) => a + b, 0)).toBe(1_000_000);
    let at = 0;
    let same = true;
    for await (const chunk of store.read(7)) {
      for (const byte of chunk) same &&= byte === big[at++];
    }
    expect(same).toBe(true);
    let never = 0;
    for await (const chunk of store.read(8)) never += chunk.length;
    expect(never).toBe(0);
    await store.drop(7);
    expect(readdirSync(join(dir, readdirSync(dir)[0]!))).toEqual([]);
    await store.dispose();
    expect(readdirSync(dir)).toEqual([]);
  });
});
