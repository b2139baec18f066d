// What the commands that read files share: the reading options (`--sheet`), the progress bar, the
// notes on stderr after reading, and for `report` and `capacity` the reading of a dataset folder
// with the tables the command needs.

import { basename } from "node:path";
import type { TableBatch } from "@kinderwerk/core";
import { flag, stringOption, type Parsed } from "../_lib/args.js";
import { CliError } from "../_lib/errors.js";
import { isFolder, refuseInputsAsOutputs, resolvePath, type OutputPath } from "../_lib/fs.js";
import type { CommandContext } from "../_lib/io.js";
import { say } from "../_lib/messages.js";
import { createProgress } from "../_lib/progress.js";
import type { TableName } from "../_lib/tables.js";
import { collectFiles, displayPath } from "../reading/files.js";
import { CHOICE_OPTIONS, choiceFiles, readingChoices, type ReadingChoices } from "../reading/choices.js";
import { importFiles, type FileOutcome, type FileToRead, type ImportFilesOptions } from "../reading/index.js";
import { sheetHint } from "../reading/sheets.js";

/** The options of every command that reads files. */
export const INPUT_OPTIONS = {
  sheet: { type: "string" },
  ...CHOICE_OPTIONS,
} as const;

/**
 * Read the files with a progress bar (unless `--quiet`), with the `--sheet`, mappings, catalogues
 * and pseudonym key asked for (read before any data file), then print
 * on stderr a hint for each workbook that was read on a sheet without the table's columns.
 *
 * @param files - the files
 * @param parsed - the command's options
 * @param ctx - the command's context
 * @param options - the rest of the reading's options
 * @returns one outcome per file
 */
export async function readFiles(
  files: readonly FileToRead[],
  parsed: Parsed,
  ctx: CommandContext,
  options: Omit<ImportFilesOptions, "lang" | "files" | "signal" | "sheet" | "onProgress">,
): Promise<FileOutcome[]> {
  const sheet = stringOption(parsed, "sheet");
  const choices = options.choices ?? readingChoices(parsed, ctx);
  const progress = createProgress({ sink: ctx.stderr, label: say(ctx.lang, "progress.reading", { name: "" }), quiet: flag(parsed, "quiet") });
  const outcomes = await importFiles(files, {
    ...options,
    lang: ctx.lang,
    files: ctx.files,
    signal: ctx.signal,
    sheet,
    choices,
    onProgress: (file, done, total) => {
      progress.total(total);
      progress.update(done, say(ctx.lang, "progress.reading", { name: basename(file) }));
    },
  });
  progress.done();
  if (sheet === undefined) {
    for (const o of outcomes) {
      const hint = await sheetHint(o, displayPath(o.path, ctx.cwd), ctx.lang);
      if (hint !== undefined) ctx.stderr.write(`kinderwerk: ${hint}\n`);
    }
  }
  return outcomes;
}

/** Whether a run's reading leaves its result incomplete: a rejected row or an error of a whole file. */
export function incomplete(outcomes: readonly FileOutcome[]): boolean {
  return outcomes.some((o) => o.rejected > 0 || o.errors > 0);
}

/** What a command that reads a dataset folder asks of it. */
export interface DatasetSpec {
  readonly command: "report" | "capacity" | "load";
  /** The tables its results rest on: a missing one is a note and exit code 1. */
  readonly needs: readonly TableName[];
  /** The output paths it will write (`--out`), refused when one is an input. */
  readonly outputs: readonly OutputPath[];
  /** Called with each batch of accepted records. */
  readonly onRecords: (...batch: TableBatch) => void | Promise<void>;
  /** The mappings, catalogues and key, when the command has read them already (see {@link readingChoices}). */
  readonly choices?: ReadingChoices | undefined;
}

/** A dataset folder read: the outcomes, and whether the result rests on all it needs. */
export interface DatasetRead {
  readonly outcomes: readonly FileOutcome[];
  /** 0 when every row was accepted and every table it needs was there; 1 otherwise. */
  readonly code: 0 | 1;
}

/**
 * Read the one dataset folder of the command line for `report` or `capacity`. Before reading: the
 * folder must exist and no output may be one of its files. After reading, on stderr: each table the
 * command needs that is missing, how many rejected rows were left out, and how many files were not
 * in order; any of them gives exit code 1 (the output is still written).
 *
 * @param parsed - the command's options
 * @param ctx - the command's context
 * @param spec - what the command needs and writes
 * @returns the outcomes and the exit code they give
 * @throws {CliError} for a missing folder, an output that is an input, an unreadable file
 */
export async function readDataset(parsed: Parsed, ctx: CommandContext, spec: DatasetSpec): Promise<DatasetRead> {
  if (parsed.positionals.length !== 1) throw new CliError(say(ctx.lang, "args.need-path", { what: ctx.lang === "nl" ? "één map met de dataset" : "one dataset folder", command: spec.command }));
  const input = parsed.positionals[0]!;
  const folder = resolvePath(ctx.cwd, input);
  if (isFolder(folder) === undefined) throw new CliError(say(ctx.lang, "file.not-found", { path: input }));
  const files = collectFiles([input], undefined, ctx, choiceFiles(parsed, ctx));
  const show = (path: string): string => displayPath(path, ctx.cwd);
  refuseInputsAsOutputs(spec.outputs, files.map((f) => f.path), show, ctx.lang);
  const outcomes = await readFiles(files, parsed, ctx, { maxIssues: 0, onRecords: spec.onRecords, choices: spec.choices });

  const where = show(folder);
  const missing = spec.needs.filter((t) => !files.some((f) => f.table === t));
  for (const table of missing) ctx.stderr.write(`kinderwerk: ${say(ctx.lang, "dataset.table-needed", { path: where, table, command: spec.command })}\n`);
  const rejected = outcomes.reduce((sum, o) => sum + o.rejected, 0);
  if (rejected > 0) ctx.stderr.write(`kinderwerk: ${say(ctx.lang, "report.rows-left-out", { count: rejected, path: where })}\n`);
  // Errors without a rejected row are about a whole file (no data rows, no header).
  const notInOrder = outcomes.filter((o) => o.errors > 0 && o.rejected === 0).length;
  if (notInOrder > 0) ctx.stderr.write(`kinderwerk: ${say(ctx.lang, "report.file-errors", { count: notInOrder, path: where })}\n`);
  return { outcomes, code: missing.length > 0 || incomplete(outcomes) ? 1 : 0 };
}
