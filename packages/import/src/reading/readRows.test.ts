import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readRows } from "./readRows.js";

describe("the browser entry point", () => {
  it("imports no node: module outside src/node.ts and the tests", () => {
    const root = join(import.meta.dirname, "..");
    const files = (readdirSync(root, { recursive: true }) as string[]).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && f !== "node.ts");
    expect(files.length).toBeGreaterThan(10);
    expect(files.filter((f) => /from "node:|\brequire\(/.test(readFileSync(join(root, f), "utf8")))).toEqual([]);
  });
});

describe("chunks", () => {
  it("cuts a large chunk from any source into pieces of at most 64 KiB, and loses no row across the cuts", async () => {
    const lines = ["a,b"];
    for (let i = 0; i < 30_000; i++) lines.push(`r-${i},${"x".repeat(i % 17)}`);
    const bytes = new TextEncoder().encode(lines.join("\n") + "\n");
    const steps: number[] = [];
    let rows = 0;
    let last = "";
    async function* oneChunk(): AsyncGenerator<Uint8Array> {
      yield bytes;
    }
    for await (const e of readRows(oneChunk(), { onProgress: (p) => steps.push(p.bytesRead) })) {
      if (e.type === "rows") {
        rows += e.rows.length;
        last = e.rows.at(-1)!.cells[0]!;
      }
    }
    expect(rows).toBe(30_000);
    expect(last).toBe("r-29999");
    expect(steps.at(-1)).toBe(bytes.length);
    expect(steps.length).toBe(Math.ceil(bytes.length / 65536));
  });
});
