/// <reference types="node" />
// The Node entry point: everything of the browser entry point, plus files and Node streams.
import { createReadStream, statSync } from "node:fs";
import { basename } from "node:path";
import type { BlobLike } from "./_lib/platform.js";
import { CHUNK_BYTES } from "./source/index.js";
import { readRows, readTable, type ReadOptions, type Table } from "./read/index.js";
import type { ReadEvent } from "./read/types.js";
import type { ReadIssue } from "./read/issue.js";

export * from "./index.js";

/**
 * A file on disk as a read source: its size (for progress), its name (for the format) and a
 * stream of its bytes in 1 MiB chunks.
 *
 * @param path - the file's path
 * @returns a source for `readRows`
 * @throws {Error} when the file does not exist (from `fs.statSync`)
 * @example
 * for await (const e of readRows(fileSource("kinderen.csv"))) console.log(e.type);
 */
export function fileSource(path: string): BlobLike {
  const size = statSync(path).size;
  return {
    size,
    name: basename(path),
    stream: () => createReadStream(path, { highWaterMark: CHUNK_BYTES }) as AsyncIterable<Uint8Array>,
  };
}

/**
 * Read a file on disk into events (see `readRows`); the format follows the file's extension.
 * A file that cannot be opened ends with a `file.read-failed` error event.
 *
 * @param path - the file's path
 * @param options - see `readRows`
 * @returns the events of the read
 * @example
 * for await (const e of readFileRows("aanwezigheid.csv")) if (e.type === "rows") console.log(e.rows.length);
 */
export async function* readFileRows(path: string, options: ReadOptions = {}): AsyncGenerator<ReadEvent, void, undefined> {
  let source: BlobLike;
  try {
    source = fileSource(path);
  } catch (error) {
    const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "unknown";
    yield { type: "error", issue: Object.freeze({ code: "file.read-failed", severity: "error", path: [], params: { reason: code } }) as ReadIssue };
    return;
  }
  yield* readRows(source, options);
}

/**
 * Read a whole (small) file on disk into memory (see `readTable`).
 *
 * @param path - the file's path
 * @param options - see `readRows`
 * @returns the table, or the issues that stopped the read
 * @example
 * const result = await readFileTable("kinderen.csv");
 * result.ok && result.value.header.dialect?.delimiter; // => ";"
 */
export async function readFileTable(path: string, options: ReadOptions = {}): ReturnType<typeof readTable> {
  try {
    return await readTable(fileSource(path), options);
  } catch (error) {
    const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "unknown";
    return { ok: false, issues: [Object.freeze({ code: "file.read-failed", severity: "error", path: [], params: { reason: code } }) as ReadIssue] };
  }
}

export type { Table };
