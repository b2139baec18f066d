import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

describe("the browser entry point", () => {
  it("imports no node: module outside src/node.ts and the tests", () => {
    const root = join(import.meta.dirname, "..");
    const files = (readdirSync(root, { recursive: true }) as string[]).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && f !== "node.ts");
    expect(files.length).toBeGreaterThan(10);
    expect(files.filter((f) => /from "node:|\brequire\(/.test(readFileSync(join(root, f), "utf8")))).toEqual([]);
  });
});
