// The thin seam to @kinderwerk/import: read files into validated records and row-numbered issues.

import { closeSync, createReadStream, mkdirSync, openSync, rmSync, statSync, writeSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import { importDataset, importTable, type BlobLike, type ImportResult } from "@kinderwerk/import/node";
import { CliError } from "../_lib/errors.js";
import type { CliLang } from "../_lib/io.js";
import { reason } from "../_lib/fs.js";
import { say } from "../_lib/messages.js";
import type { TableName } from "../_lib/tables.js";
import type { TableBatch } from "@kinderwerk/core";

/** An issue of a file, ready to print. */
export interface FileIssue {
  readonly row?: number | undefined;
  readonly column?: string | undefined;
  readonly code: string;
  readonly severity: "error" | "warning";
  readonly message: string;
}

/** What reading one file gave. */
export interface FileOutcome {
  readonly path: string;
  readonly table: TableName;
  readonly rows: number;
  readonly accepted: number;
  readonly rejected: number;
  readonly warnings: number;
  /** Errors counted (all, also those beyond `maxIssues`). */
  readonly errors: number;
  /** The collected issues (at most `maxIssues`). */
  readonly issues: readonly FileIssue[];
  /** Where the rejects file was written (only when asked for and rows were rejected). */
  readonly rejectsFile?: string;
}

/** Options of {@link importFiles}. */
export interface ImportFilesOptions {
  readonly lang: CliLang;
  /** Write a rejects file per input file that has rejected rows (then `rejectsPath` tells where). */
  readonly wantRejects: boolean;
  /**
   * Where the rejects file of an input file goes. It is written as the rows are read, in the
   * input's dialect and encoding, so a file of millions of rejected rows takes no memory; a run
   * that fails removes the rejects files it started.
   */
  readonly rejectsPath?: (inputPath: string) => string;
  /** The most issues to keep per file (counts stay exact). */
  readonly maxIssues?: number;
  /** Called with each batch of accepted records (for a report). */
  readonly onRecords?: (...batch: TableBatch) => void;
  /** Called as bytes are read: the file, the bytes read of all files, the size of all files. */
  readonly onProgress?: (file: string, done: number, total: number) => void;
  /** Stops the reading (Ctrl+C): the run then fails with `run.stopped`. */
  readonly signal?: AbortSignal | undefined;
}

/**
 * Read the files. When each table appears at most once they are read as one dataset, so that
 * references across tables are checked (attendance → sessions and children, …); otherwise each
 * file is read on its own. A file that cannot be read to the end is a one-line {@link CliError}.
 */
export async function importFiles(
  files: readonly { readonly path: string; readonly table: TableName }[],
  options: ImportFilesOptions,
): Promise<FileOutcome[]> {
  const sizes = files.map((f) => {
    try {
      return statSync(f.path).size;
    } catch (error) {
      throw new CliError(say(options.lang, "file.unreadable", { path: f.path, reason: String((error as { code?: unknown }).code ?? "?") }));
    }
  });
  const total = sizes.reduce((a, b) => a + b, 0);
  let done = 0;
  // A file as a read source whose bytes are counted as they stream, for the progress bar.
  const counted = (path: string, size: number): BlobLike => ({
    size,
    name: basename(path),
    stream: () => ({
      async *[Symbol.asyncIterator]() {
        for await (const chunk of createReadStream(path, { highWaterMark: 64 * 1024 }) as AsyncIterable<Uint8Array>) {
          done += chunk.byteLength;
          options.onProgress?.(path, done, total);
          yield chunk;
        }
      },
    }),
  });
  const common = {
    lang: options.lang,
    rejects: options.wantRejects,
    maxIssues: options.maxIssues ?? 10_000,
    keepRecords: false,
    ...(options.signal === undefined ? {} : { signal: options.signal }),
  };

  // The rejects file of each file, written as its bytes come (opened with the first of them).
  const rejectsPath = options.rejectsPath;
  if (options.wantRejects && rejectsPath === undefined) throw new TypeError("importFiles: wantRejects needs rejectsPath");
  const inputs = new Set(files.map((f) => resolve(f.path)));
  const written = new Map<string, { readonly target: string; fd: number | undefined }>();
  const collect = (path: string) => (bytes: Uint8Array) => {
    let w = written.get(path);
    if (w === undefined) {
      const target = resolve(rejectsPath!(path));
      // Writing over a file still to be read (or being read) would destroy it.
      if (inputs.has(target)) throw new CliError(say(options.lang, "file.unwritable", { path: target, reason: options.lang === "nl" ? "dit is een van de bestanden die gelezen worden" : "it is one of the files being read" }));
      written.set(path, (w = { target, fd: undefined }));
      try {
        mkdirSync(dirname(target), { recursive: true });
        w.fd = openSync(target, "w");
      } catch (error) {
        throw new CliError(say(options.lang, "file.unwritable", { path: target, reason: reason(error) }));
      }
    }
    try {
      for (let at = 0; at < bytes.byteLength; ) at += writeSync(w.fd!, bytes, at);
    } catch (error) {
      throw new CliError(say(options.lang, "file.unwritable", { path: w.target, reason: reason(error) }));
    }
  };
  const closeAll = (): void => {
    for (const w of written.values()) {
      if (w.fd !== undefined) closeSync(w.fd);
      w.fd = undefined;
    }
  };

  const results: { path: string; table: TableName; result: ImportResult | undefined }[] = [];
  const oncePerTable = new Set(files.map((f) => f.table)).size === files.length;
  let ok = false;
  try {
    await readAll();
    const outcomes = results.map(outcome);
    ok = true;
    return outcomes;
  } finally {
    closeAll();
    // A run that fails leaves no half-written rejects file behind.
    if (!ok) for (const w of written.values()) rmSync(w.target, { force: true });
  }

  async function readAll(): Promise<void> {
    if (oncePerTable) {
      const dataset = await importDataset(
        files.map((f, i) => ({ name: basename(f.path), source: counted(f.path, sizes[i]!), table: f.table })),
        {
          ...common,
          onRecords: (...[table, records]) => options.onRecords?.(...([table, records] as TableBatch)),
          ...(options.wantRejects ? { onRejects: (table: TableName, bytes: Uint8Array) => collect(files.find((f) => f.table === table)!.path)(bytes) } : {}),
        },
      );
      for (const f of files) results.push({ path: f.path, table: f.table, result: dataset.tables[f.table] });
    } else {
      for (const [i, f] of files.entries()) {
        const result = await importTable(counted(f.path, sizes[i]!), {
          ...common,
          table: f.table,
          fileName: basename(f.path),
          onRecords: (records) => options.onRecords?.(...([f.table, records] as TableBatch)),
          ...(options.wantRejects ? { onRejects: collect(f.path) } : {}),
        });
        results.push({ path: f.path, table: f.table, result });
      }
    }
  }

  function outcome({ path, table, result }: (typeof results)[number]): FileOutcome {
    if (result === undefined) throw new CliError(say(options.lang, "file.unreadable", { path, reason: "?" }));
    if (!result.complete && options.signal?.aborted === true) throw new CliError(say(options.lang, "run.stopped", {}));
    if (!result.complete) {
      const stop = result.issues.find((i) => i.severity === "error");
      throw new CliError(say(options.lang, "file.unreadable", { path, reason: stop?.message ?? "?" }));
    }
    const rejects = written.get(path)?.target;
    return {
      path,
      table,
      rows: result.counts.rows,
      accepted: result.counts.accepted,
      rejected: result.counts.rejected,
      warnings: result.counts.warnings,
      errors: result.counts.errors,
      issues: result.issues, // import issues have every field of a FileIssue: not copied (there may be 10,000)
      ...(rejects === undefined ? {} : { rejectsFile: rejects }),
    };
  }
}
