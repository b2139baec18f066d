import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { tempFolder } from "../_test/cli.js";
import { RunFiles } from "./runFiles.js";
import { stopHandler } from "./stop.js";

const tmp = tempFolder();
afterAll(() => tmp.remove());

describe("stopHandler", () => {
  it("stops the run on the first signal and leaves its files to the run", () => {
    const files = new RunFiles();
    const path = join(tmp.dir, "eerste.afgekeurd.csv");
    files.start(path, "file");
    writeFileSync(path, "importfouten,kindId\n");
    const stop = new AbortController();
    const exits: number[] = [];
    stopHandler(stop, files, (code) => exits.push(code))();
    expect(stop.signal.aborted).toBe(true);
    expect(exits).toEqual([]);
    expect(existsSync(path)).toBe(true);
  });

  it("removes the started files and folders at once on the second signal, then exits 130", () => {
    const files = new RunFiles();
    const rejects = join(tmp.dir, "tweede.afgekeurd.csv");
    const spill = join(tmp.dir, "kinderwerk-spill-test");
    const kept = join(tmp.dir, "bewaard.afgekeurd.csv");
    files.start(rejects, "file");
    writeFileSync(rejects, "importfouten,kindId\n");
    files.start(spill, "folder");
    mkdirSync(spill);
    writeFileSync(join(spill, "0.bin"), "1");
    files.start(kept, "file");
    writeFileSync(kept, "x");
    files.forget(kept); // a finished rejects file the run keeps
    const stop = new AbortController();
    const exits: number[] = [];
    const onSignal = stopHandler(stop, files, (code) => {
      // The files are gone before the process ends.
      expect(existsSync(rejects)).toBe(false);
      exits.push(code);
    });
    onSignal();
    onSignal();
    expect(exits).toEqual([130]);
    expect(existsSync(rejects)).toBe(false);
    expect(existsSync(spill)).toBe(false);
    expect(existsSync(kept)).toBe(true);
    expect(files.paths).toEqual([]);
  });
});
