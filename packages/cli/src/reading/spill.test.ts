import { existsSync, readdirSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { RunFiles } from "../_lib/runFiles.js";
import { tempFolder } from "../_test/cli.js";
import { spillOfRun } from "./spill.js";

const tmp = tempFolder();
afterAll(() => tmp.remove());

describe("spillOfRun", () => {
  it("makes its kinderwerk-spill folder only when asked, registered with the run, and removes it with the store", async () => {
    const files = new RunFiles();
    const factory = spillOfRun(files, tmp.dir);
    expect(readdirSync(tmp.dir)).toEqual([]);
    const store = await factory();
    await store.append(0, new Uint8Array([1, 2, 3]));
    const [dir] = files.paths;
    expect(dir).toMatch(/kinderwerk-spill-/);
    expect(existsSync(dir!)).toBe(true);
    await store.dispose();
    expect(existsSync(dir!)).toBe(false);
    expect(files.paths).toEqual([]);
  });

  it("leaves a folder a stopped run can remove at once, synchronously", async () => {
    const files = new RunFiles();
    const store = await spillOfRun(files, tmp.dir)();
    await store.append(3, new Uint8Array([4]));
    const [dir] = files.paths;
    files.removeAll();
    expect(existsSync(dir!)).toBe(false);
  });
});
