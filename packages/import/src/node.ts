/// <reference types="node" />
// The Node entry point: everything of the browser entry point, plus files and Node streams.
import { createReadStream, statSync } from "node:fs";
import { appendFile, mkdtemp, open, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import type { TableName, TableRecord } from "@kinderwerk/core";
import type { BlobLike } from "./_lib/platform.js";
import { CHUNK_BYTES, type ReadSource } from "./reading/source/index.js";
import { readRows, readTable, type ReadOptions, type Table } from "./reading/readRows.js";
import type { ReadEvent } from "./types/rows.js";
import type { ReadIssue } from "./types/readIssue.js";
import type { SpillStore, SpillStoreFactory } from "./checking/spill/index.js";
import {
  importDataset as importDatasetWith,
  importEvents as importEventsWith,
  importTable as importTableWith,
  type DatasetFile,
  type DatasetResult,
  type ImportDatasetOptions,
  type ImportOptions,
  type ImportResult,
} from "./pipeline/index.js";

export * from "./index.js";

/** Where {@link createFileSpillStore} makes its folder. */
export interface FileSpillOptions {
  /** The folder to make the temporary folder in (default: `os.tmpdir()`). */
  readonly tmpDir?: string | undefined;
}

/**
 * A spill store in a new temporary folder (`kinderwerk-spill-…` in `os.tmpdir()` or `tmpDir`): a
 * file per partition, appended to, read back in 384 KiB chunks, deleted once read; `dispose`
 * removes the folder. The default of the Node entry point's `importTable`, `importEvents` and
 * `importDataset` for the pairs beyond `duplicateMemory`.
 *
 * @param options - where to make the folder
 * @returns the store
 * @throws {Error} when the folder cannot be made (from `fs.mkdtemp`)
 * @example
 * const result = await importTable(fileSource("aanwezigheid.csv"), { spill: () => createFileSpillStore({ tmpDir: "/var/tmp" }) });
 */
export async function createFileSpillStore(options: FileSpillOptions = {}): Promise<SpillStore> {
  const dir = await mkdtemp(join(options.tmpDir ?? tmpdir(), "kinderwerk-spill-"));
  const path = (partition: number): string => join(dir, `${partition}.bin`);
  // One read buffer for all reads: a partition is read to its end before the next is read.
  let buffer: Uint8Array | undefined;
  return {
    append: (partition, bytes) => appendFile(path(partition), bytes),
    async *read(partition) {
      let file;
      try {
        file = await open(path(partition), "r");
      } catch (error) {
        if ((error as { code?: unknown }).code === "ENOENT") return;
        throw error;
      }
      try {
        buffer ??= new Uint8Array(384 * 1024);
        for (;;) {
          const { bytesRead } = await file.read(buffer, 0, buffer.length, null);
          if (bytesRead === 0) break;
          yield buffer.subarray(0, bytesRead);
        }
      } finally {
        await file.close();
      }
    },
    drop: (partition) => rm(path(partition), { force: true }),
    dispose: () => rm(dir, { recursive: true, force: true }),
  };
}

/** Options of the Node entry point's imports: those of the browser entry point, and where to spill. */
export interface NodeSpillOption {
  /** The folder for the duplicate check's temporary files beyond `duplicateMemory` (default: `os.tmpdir()`); ignored when `spill` is given. */
  readonly tmpDir?: string | undefined;
}

const fileSpill = (spill: SpillStoreFactory | undefined, tmpDir: string | undefined): SpillStoreFactory => spill ?? (() => createFileSpillStore({ tmpDir }));

/**
 * `importTable` of the browser entry point, whose duplicate check spills to temporary files beyond
 * `duplicateMemory` (see {@link createFileSpillStore}); they are removed when the import ends,
 * also when it fails or is cancelled.
 *
 * @param source - see `importTable`
 * @param options - see `ImportOptions`, and `tmpDir`
 * @returns the import result
 * @throws {TypeError} when `pseudonymise.key` is shorter than 16 bytes
 * @throws {RangeError} when `duplicateMemory` is not a number of bytes, 0 or more
 * @example
 * const result = await importTable(fileSource("aanwezigheid.csv"), { keepRecords: false, onRecords });
 */
export function importTable<N extends TableName>(source: ReadSource, options: ImportOptions<TableRecord<N>> & NodeSpillOption & { readonly table: N }): Promise<ImportResult<TableRecord<N>>>;
export function importTable<T = Record<string, unknown>>(source: ReadSource, options?: ImportOptions<T> & NodeSpillOption): Promise<ImportResult<T>>;
export function importTable<T = Record<string, unknown>>(source: ReadSource, options: ImportOptions<T> & NodeSpillOption = {}): Promise<ImportResult<T>> {
  return importTableWith<T>(source, { ...options, spill: fileSpill(options.spill, options.tmpDir) });
}

/**
 * `importEvents` of the browser entry point, spilling to temporary files (see {@link importTable}).
 *
 * @param events - the events of a read
 * @param options - see `ImportOptions`, and `tmpDir`
 * @returns the import result
 * @throws {TypeError} when `pseudonymise.key` is shorter than 16 bytes
 * @throws {RangeError} when `duplicateMemory` is not a number of bytes, 0 or more
 * @example
 * const result = await importEvents(readFileRows("aanwezigheid.csv"), { table: "attendance" });
 */
export function importEvents<N extends TableName>(events: AsyncIterable<ReadEvent>, options: ImportOptions<TableRecord<N>> & NodeSpillOption & { readonly table: N }): Promise<ImportResult<TableRecord<N>>>;
export function importEvents<T = Record<string, unknown>>(events: AsyncIterable<ReadEvent>, options?: ImportOptions<T> & NodeSpillOption): Promise<ImportResult<T>>;
export function importEvents<T = Record<string, unknown>>(events: AsyncIterable<ReadEvent>, options: ImportOptions<T> & NodeSpillOption = {}): Promise<ImportResult<T>> {
  return importEventsWith<T>(events, { ...options, spill: fileSpill(options.spill, options.tmpDir) });
}

/**
 * `importDataset` of the browser entry point, spilling to temporary files (see {@link importTable}).
 *
 * @param files - the files
 * @param options - see `ImportDatasetOptions`, and `tmpDir`
 * @returns the result per table and the totals
 * @throws {TypeError} when `pseudonymise.key` is shorter than 16 bytes
 * @throws {RangeError} when `duplicateMemory` is not a number of bytes, 0 or more
 * @example
 * const result = await importDataset([{ name: "aanwezigheid.csv", source: fileSource("data/aanwezigheid.csv") }]);
 */
export function importDataset(files: Iterable<DatasetFile>, options: ImportDatasetOptions & NodeSpillOption = {}): Promise<DatasetResult> {
  return importDatasetWith(files, { ...options, spill: fileSpill(options.spill, options.tmpDir) });
}

/**
 * A file on disk as a read source: its size (for progress), its name (for the format) and a
 * stream of its bytes in 64 KiB chunks.
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
