// The thin seam to @kinderwerk/import: read files into validated records and row-numbered issues.

import { basename } from "node:path";
import { importDataset, type ImportResult } from "@kinderwerk/import/node";
import type { PersonalNameList, TableBatch } from "@kinderwerk/core";
import { CliError } from "../_lib/errors.js";
import type { CliLang } from "../_lib/io.js";
import { say } from "../_lib/messages.js";
import type { RunFiles } from "../_lib/runFiles.js";
import type { FileOutcome, FileToRead } from "./outcome.js";
import type { ReadingChoices } from "./choices.js";
import { RejectsFiles } from "./rejects.js";
import { countedSources, type CountedSources } from "./sources.js";
import { spillOfRun } from "./spill.js";
import { unreadableReason } from "./unreadable.js";

export type { FileIssue, FileOutcome, FileToRead } from "./outcome.js";

/** Options of {@link importFiles}. */
export interface ImportFilesOptions {
  readonly lang: CliLang;
  /** The files and folders the run started: rejects files and the spill are registered there. */
  readonly files: RunFiles;
  /**
   * Where the rejects file of an input file goes, when rejects are asked for. It is written as the
   * rows are read, in the input's dialect and encoding, so a file of millions of rejected rows takes
   * no memory; a run that fails removes the rejects files it started.
   */
  readonly rejectsPath?: ((inputPath: string) => string) | undefined;
  /** The rejects files' format, when not each input's own (an XLSX input gets an XLSX rejects file). */
  readonly rejectsFormat?: "csv" | "xlsx" | undefined;
  /** XLSX: the sheet to read (`--sheet`); the first sheet when left out. */
  readonly sheet?: string | undefined;
  /** The mappings, catalogues and pseudonym key the files are read with (`--mapping`, `--catalogues`, `--key-file`). */
  readonly choices?: ReadingChoices | undefined;
  /** The most issues to keep per file (counts stay exact). */
  readonly maxIssues?: number;
  /** Called with each batch of accepted records (for a report). */
  readonly onRecords?: (...batch: TableBatch) => void | Promise<void>;
  /** Called as bytes are read: the file, the bytes read of all files, the size of all files. */
  readonly onProgress?: (file: string, done: number, total: number) => void;
  /** Stops the reading (Ctrl+C): the run then fails with `run.stopped`. */
  readonly signal?: AbortSignal | undefined;
}

type Results = ReadonlyMap<string, ImportResult | undefined>;

/**
 * Read the files as one dataset, so that references across tables are checked (attendance →
 * sessions and children, …), and keys across the files of a table that comes in several. A file that cannot be read to the end is a one-line {@link CliError}
 * with the reason, and a run that fails or is stopped leaves no rejects file behind.
 *
 * @param files - the files with their tables
 * @param options - see {@link ImportFilesOptions}
 * @returns one outcome per file, in the order of the files
 * @throws {CliError} for a file that cannot be read, a rejects file that cannot be written, a stopped run
 */
export async function importFiles(files: readonly FileToRead[], options: ImportFilesOptions): Promise<FileOutcome[]> {
  const counted = countedSources(files, options.lang, options.onProgress);
  const rejects = options.rejectsPath === undefined ? undefined : new RejectsFiles(options.rejectsPath, options.files, options.lang);
  let ok = false;
  try {
    const results = await readAll(files, counted, rejects, options);
    const outcomes: FileOutcome[] = [];
    for (const f of files) outcomes.push(await outcomeOf(f, results.get(f.path), counted, rejects, options));
    ok = true;
    return outcomes;
  } finally {
    rejects?.finish(ok);
  }
}

async function readAll(files: readonly FileToRead[], counted: CountedSources, rejects: RejectsFiles | undefined, options: ImportFilesOptions): Promise<Results> {
  const common = {
    lang: options.lang,
    rejects: rejects !== undefined,
    ...(options.rejectsFormat === undefined ? {} : { rejectsFormat: options.rejectsFormat }),
    maxIssues: options.maxIssues ?? 10_000,
    keepRecords: false,
    sheet: options.sheet,
    ...(options.choices?.catalogues === undefined ? {} : { catalogues: options.choices.catalogues }),
    ...(options.choices?.pseudonymise === undefined ? {} : { pseudonymise: options.choices.pseudonymise }),
    ...(options.choices?.mappings === undefined ? {} : { mappings: options.choices.mappings }),
    ...(await namesFor(files)),
    spill: spillOfRun(options.files),
    ...(options.signal === undefined ? {} : { signal: options.signal }),
  };
  // One dataset, also when a table comes in several files (kinderen-2024.csv, kinderen-2025.csv):
  // keys and references are checked across all of them. A file is named by its base name, or by
  // its path when another input has the same base name.
  const base = files.map((f) => basename(f.path));
  const names = files.map((f, i) => (base.filter((b) => b === base[i]).length > 1 ? f.path : base[i]!));
  const pathOf = new Map(names.map((name, i) => [name, files[i]!.path]));
  const dataset = await importDataset(
    files.map((f, i) => ({ name: names[i]!, source: counted.sources[i]!, table: f.table })),
    {
      ...common,
      onRecords: (...[table, records]) => options.onRecords?.(...([table, records] as TableBatch)),
      ...(rejects === undefined ? {} : { onRejects: (_table, bytes, file) => rejects.sink(pathOf.get(file)!)(bytes) }),
    },
  );
  const results = new Map<string, ImportResult | undefined>();
  for (const r of dataset.files) if (r.file !== undefined && pathOf.has(r.file)) results.set(pathOf.get(r.file)!, r);
  return results;
}

/**
 * The larger list of names for the scan of free text (a signal's description), loaded only when a
 * file may hold signals: it is the only table with free text.
 */
async function namesFor(files: readonly FileToRead[]): Promise<{ names?: PersonalNameList }> {
  if (!files.some((f) => f.table === "signals")) return {};
  return { names: (await import("@kinderwerk/names")).names };
}

async function outcomeOf(file: FileToRead, result: ImportResult | undefined, counted: CountedSources, rejects: RejectsFiles | undefined, options: ImportFilesOptions): Promise<FileOutcome> {
  const { path, table } = file;
  if (result?.complete !== true) {
    if (options.signal?.aborted === true) throw new CliError(say(options.lang, "run.stopped", {}));
    const why = await unreadableReason(path, result, counted.failures.get(path), options.sheet, options.lang);
    throw new CliError(say(options.lang, "file.unreadable", { path, reason: why }));
  }
  const byCode = result.counts.byCode;
  const rejectsFile = rejects?.target(path);
  return {
    path,
    table,
    format: result.format,
    rows: result.counts.rows,
    accepted: result.counts.accepted,
    rejected: result.counts.rejected,
    warnings: result.counts.warnings,
    errors: result.counts.errors,
    headerUnrecognised: (byCode["header.missing"]?.error ?? 0) + (byCode["header.missing-column"]?.error ?? 0) > 0,
    issues: result.issues, // import issues have every field of a FileIssue: not copied (there may be 10,000)
    ...(rejectsFile === undefined ? {} : { rejectsFile }),
  };
}
