// Where the attendance duplicate check spills beyond its memory: a `kinderwerk-spill-…` folder in
// the system's temporary folder, registered with the run so that a stopped run removes it at once.

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createFileSpillStore, type SpillStoreFactory } from "@kinderwerk/import/node";
import type { RunFiles } from "../_lib/runFiles.js";

/**
 * A spill store factory whose folder the run knows: made (only when the check spills) in a
 * `kinderwerk-spill-…` folder of the run's own, registered with `files`, removed with the store.
 *
 * @param files - the run's started files
 * @param parent - the folder to make it in (default: the system's temporary folder)
 * @returns the factory to pass as `spill`
 */
export function spillOfRun(files: RunFiles, parent: string = tmpdir()): SpillStoreFactory {
  return async () => {
    const dir = mkdtempSync(join(parent, "kinderwerk-spill-"));
    files.start(dir, "folder");
    const store = await createFileSpillStore({ tmpDir: dir });
    return {
      ...store,
      dispose: async () => {
        try {
          await store.dispose();
        } finally {
          rmSync(dir, { recursive: true, force: true });
          files.forget(dir);
        }
      },
    };
  };
}
