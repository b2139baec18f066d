// The files and folders a run has started and not yet finished with: removed when the run fails or
// is stopped, synchronously, so that even a second Ctrl+C leaves nothing half-written behind.

import { rmSync } from "node:fs";

/** What a run started: a file (a rejects file being written) or a folder (the duplicate check's spill). */
export type StartedKind = "file" | "folder";

/**
 * The files and folders a run has started. A file is registered before it is opened, and
 * forgotten once the run keeps it (a finished rejects file) or has removed it; whatever is still
 * registered when the run fails or is stopped is removed by {@link RunFiles.removeAll}.
 */
export class RunFiles {
  private readonly started = new Map<string, StartedKind>();

  /** Register a path the run is about to create. */
  start(path: string, kind: StartedKind): void {
    this.started.set(path, kind);
  }

  /** The run is done with a path (it keeps it, or removed it itself). */
  forget(path: string): void {
    this.started.delete(path);
  }

  /** Remove one registered path now, and forget it. */
  remove(path: string): void {
    const kind = this.started.get(path);
    if (kind === undefined) return;
    this.started.delete(path);
    removeQuietly(path, kind);
  }

  /** Remove every registered path now, synchronously (safe in a signal handler), and forget them. */
  removeAll(): void {
    for (const [path, kind] of [...this.started]) {
      this.started.delete(path);
      removeQuietly(path, kind);
    }
  }

  /** The paths still registered (for tests). */
  get paths(): readonly string[] {
    return [...this.started.keys()];
  }
}

function removeQuietly(path: string, kind: StartedKind): void {
  try {
    rmSync(path, { force: true, recursive: kind === "folder" });
  } catch {
    // Nothing more can be done here; the message of the run says what it removed.
  }
}
