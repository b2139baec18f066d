// Read a dataset as `importDataset` does — the tables in the order that lets every reference be
// checked, child ids pseudonymised with one key across all tables — but with any number of files
// per table: a rejects file, fixed and dropped back, is read after the table's first file, against
// the same references, so that its fixed rows come in.
import type { Lang, TableBatch, TableName } from "@kinderwerk/core";
import { DatasetCheck, TABLE_ORDER, importTable, type BlobLike, type ImportResult, type Pseudonymiser } from "@kinderwerk/import";

/** A file of a dataset: its name tells the format, its table is given. */
export interface DatasetFile {
  readonly id: string;
  readonly name: string;
  readonly table: TableName;
  readonly source: Blob;
}

/** How to read a dataset. */
export interface ReadDatasetOptions {
  readonly lang: Lang;
  /** The import's own pseudonymisation (see dataset/pseudonyms.ts for why the page does it after the import). */
  readonly pseudonymise?: Pseudonymiser | undefined;
  /** The most issues kept per file (the counts stay exact). */
  readonly maxIssues: number;
  /** Write the rejects files (as their rows come, to `onRejects`). */
  readonly rejects: boolean;
  readonly signal?: AbortSignal | undefined;
  /** Each batch of accepted records (awaited). */
  readonly onRecords?: ((...batch: TableBatch) => void | Promise<void>) | undefined;
  /** The bytes of a file's rejects file, piece by piece. */
  readonly onRejects?: ((fileId: string, bytes: Uint8Array) => void) | undefined;
  /** How far the reading is: the file being read and the bytes read of all files. */
  readonly onProgress?: ((file: DatasetFile, bytesRead: number, totalBytes: number) => void) | undefined;
}

/** How often reading lets the worker's other messages in (a Stop), in milliseconds. */
export const YIELD_EVERY_MS = 50;

/** Let the event loop run: a message waiting for the worker (a Stop) is handled now. */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * A Blob as the import's source, its bytes read chunk by chunk. Reading a Blob's stream resolves
 * promise after promise without giving the worker's event loop a turn, so a Stop sent while a file
 * is read would wait for the file's end; this source gives the loop a turn every
 * {@link YIELD_EVERY_MS} ms.
 *
 * @param blob - the file
 * @param name - its name
 * @returns the source
 */
export function blobSource(blob: Blob, name?: string): BlobLike {
  return {
    size: blob.size,
    ...(name === undefined ? {} : { name }),
    stream: () => ({
      async *[Symbol.asyncIterator]() {
        const reader = blob.stream().getReader();
        let last = performance.now();
        try {
          for (;;) {
            const { done, value } = await reader.read();
            if (done) return;
            yield value;
            if (performance.now() - last > YIELD_EVERY_MS) {
              await nextTask();
              last = performance.now();
            }
          }
        } finally {
          reader.releaseLock();
        }
      },
    }),
  };
}

/** The files in the order they are read: by table in `TABLE_ORDER`, then in the order given. */
export function readingOrder<F extends Pick<DatasetFile, "table">>(files: readonly F[]): F[] {
  return TABLE_ORDER.flatMap((table) => files.filter((f) => f.table === table));
}

/**
 * Read the files of a dataset into records, issues and rejects files.
 *
 * @param files - the files, each with its table
 * @param options - see {@link ReadDatasetOptions}
 * @returns the result of each file read, by file id; a file not read (the check was stopped before it) has none
 */
export async function readDataset(files: readonly DatasetFile[], options: ReadDatasetOptions): Promise<Map<string, ImportResult>> {
  const dataset = new DatasetCheck(new Set(files.map((f) => f.table)));
  const totalBytes = files.reduce((sum, f) => sum + f.source.size, 0);
  const results = new Map<string, ImportResult>();
  let before = 0;
  for (const file of readingOrder(files)) {
    if (options.signal?.aborted === true) break;
    const { onRecords, onRejects, onProgress } = options;
    const table = file.table;
    const result = await importTable(blobSource(file.source, file.name), {
      table,
      fileName: file.name,
      lang: options.lang,
      maxIssues: options.maxIssues,
      keepRecords: false,
      rejects: options.rejects,
      pseudonymise: options.pseudonymise,
      signal: options.signal,
      // The check across the tables, shared by every file of the dataset (importDataset's own).
      dataset,
      onRecords: onRecords === undefined ? undefined : (records) => onRecords(...([table, records] as TableBatch)),
      onRejects: onRejects === undefined || !options.rejects ? undefined : (bytes) => onRejects(file.id, bytes),
      onProgress: onProgress === undefined ? undefined : ({ bytesRead }) => onProgress(file, before + bytesRead, totalBytes),
    });
    before += file.source.size;
    results.set(file.id, result);
  }
  return results;
}
