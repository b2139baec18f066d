// The thin seam to @kinderwerk/import: read files into validated records and row-numbered issues.

import { createReadStream, statSync } from "node:fs";
import { basename } from "node:path";
import { importDataset, importTable, type BlobLike, type ImportResult } from "@kinderwerk/import/node";
import { CliError } from "../_lib/errors.js";
import type { CliLang } from "../_lib/io.js";
import { say } from "../_lib/messages.js";
import type { TableName } from "../_lib/tables.js";

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
  readonly issues: readonly FileIssue[];
  /** The rejects file in the input's dialect and encoding (only when asked for and rows were rejected). */
  readonly rejectsFile?: Uint8Array;
}

/** Options of {@link importFiles}. */
export interface ImportFilesOptions {
  readonly lang: CliLang;
  readonly wantRejects: boolean;
  /** The most issues to keep per file (counts stay exact). */
  readonly maxIssues?: number;
  /** Called with each batch of accepted records (for a report). */
  readonly onRecords?: (table: TableName, records: readonly Record<string, unknown>[]) => void;
  /** Called as bytes are read: the file, the bytes read of all files, the size of all files. */
  readonly onProgress?: (file: string, done: number, total: number) => void;
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
        for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 }) as AsyncIterable<Uint8Array>) {
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
    maxIssues: options.maxIssues ?? 100_000,
    keepRecords: false,
  };

  // The rejects file of each file, as its bytes come (compact bytes, not rows held as objects).
  const rejectsBytes = new Map<string, Uint8Array[]>();
  const collect = (path: string) => (bytes: Uint8Array) => {
    let list = rejectsBytes.get(path);
    if (list === undefined) rejectsBytes.set(path, (list = []));
    list.push(bytes);
  };

  const results: { path: string; table: TableName; result: ImportResult | undefined }[] = [];
  const oncePerTable = new Set(files.map((f) => f.table)).size === files.length;
  if (oncePerTable) {
    const dataset = await importDataset(
      files.map((f, i) => ({ name: basename(f.path), source: counted(f.path, sizes[i]!), table: f.table })),
      {
        ...common,
        onRecords: (table, records) => options.onRecords?.(table, records),
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
        onRecords: (records) => options.onRecords?.(f.table, records),
        ...(options.wantRejects ? { onRejects: collect(f.path) } : {}),
      });
      results.push({ path: f.path, table: f.table, result });
    }
  }

  return results.map(({ path, table, result }) => {
    if (result === undefined) throw new CliError(say(options.lang, "file.unreadable", { path, reason: "?" }));
    if (!result.complete) {
      const stop = result.issues.find((i) => i.severity === "error");
      throw new CliError(say(options.lang, "file.unreadable", { path, reason: stop?.message ?? "?" }));
    }
    const pieces = rejectsBytes.get(path);
    const rejects = options.wantRejects && pieces !== undefined && result.counts.rejected > 0 ? concatBytes(pieces) : undefined;
    return {
      path,
      table,
      rows: result.counts.rows,
      accepted: result.counts.accepted,
      rejected: result.counts.rejected,
      warnings: result.counts.warnings,
      issues: result.issues.map((i) => ({ row: i.row, column: i.column, code: i.code, severity: i.severity, message: i.message })),
      ...(rejects === undefined ? {} : { rejectsFile: rejects }),
    };
  });
}

function concatBytes(pieces: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(pieces.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const p of pieces) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}
