// `kinderwerk validate`: check files of the exchange format, print a summary and the issues.

import { basename, relative } from "node:path";
import { TABLE_NAMES, tables } from "@kinderwerk/core";
import { choiceOption, flag, intOption, parseCommandArgs, stringOption } from "../_lib/args.js";
import { CliError } from "../_lib/errors.js";
import { isFolder, listFiles, makeFolder, resolvePath } from "../_lib/fs.js";
import type { CommandContext } from "../_lib/io.js";
import { say } from "../_lib/messages.js";
import { createProgress } from "../_lib/progress.js";
import { isDataFile, tableFromFileName, tableFromOption, type TableName } from "../_lib/tables.js";
import { importFiles, type FileOutcome } from "./_import.js";

const OPTIONS = {
  table: { type: "string" },
  format: { type: "string" },
  rejects: { type: "string" },
  "max-issues": { type: "string" },
} as const;

/** One file to validate: its path and table. */
export interface FileToRead {
  readonly path: string;
  readonly table: TableName;
}

/**
 * The files named on the command line: files as given, folders as the files in them named after a
 * table. A missing path or a file whose table is unknown is a one-line error.
 */
export function collectFiles(inputs: readonly string[], tableOption: TableName | undefined, ctx: CommandContext): FileToRead[] {
  const files: FileToRead[] = [];
  for (const input of inputs) {
    const path = resolvePath(ctx.cwd, input);
    const folder = isFolder(path);
    if (folder === undefined) throw new CliError(say(ctx.lang, "file.not-found", { path: input }));
    if (folder) {
      const found = listFiles(path, ctx.lang)
        .filter(isDataFile)
        .map((p) => ({ path: p, table: tableOption ?? tableFromFileName(p) }))
        .filter((f): f is FileToRead => f.table !== undefined);
      if (found.length === 0) throw new CliError(say(ctx.lang, "file.no-files", { path: input }));
      files.push(...found);
    } else {
      const table = tableOption ?? tableFromFileName(path);
      if (table === undefined) throw new CliError(say(ctx.lang, "file.no-table", { path: input }));
      files.push({ path, table });
    }
  }
  return files;
}

/** A path as the user would recognise it: relative to the working folder when inside it. */
export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel !== "" && !rel.startsWith("..") ? rel : path;
}

/** Run `kinderwerk validate <files or folder>`; returns the exit code. */
export async function validateCommand(args: readonly string[], ctx: CommandContext): Promise<number> {
  const parsed = parseCommandArgs(args, OPTIONS, ctx.lang, true);
  const format = choiceOption(parsed, "format", ["text", "json"] as const, ctx.lang) ?? "text";
  const maxIssues = intOption(parsed, "max-issues", ctx.lang, 0, 1_000_000);
  const tableRaw = stringOption(parsed, "table");
  const tableOption = tableRaw === undefined ? undefined : tableFromOption(tableRaw);
  if (tableRaw !== undefined && tableOption === undefined) {
    throw new CliError(say(ctx.lang, "args.not-a-choice", { option: "--table", value: tableRaw.slice(0, 20), choices: `${TABLE_NAMES.join(", ")} (${TABLE_NAMES.map((t) => tables[t].nl).join(", ")})` }));
  }
  if (parsed.positionals.length === 0) throw new CliError(say(ctx.lang, "args.need-path", { what: ctx.lang === "nl" ? "bestanden of een map" : "files or a folder", command: "validate" }));
  const files = collectFiles(parsed.positionals, tableOption, ctx);
  const rejects = stringOption(parsed, "rejects");
  const rejectsPath = rejects === undefined ? undefined : resolvePath(ctx.cwd, rejects);
  const rejectsIsFolder = rejectsPath !== undefined && (files.length > 1 || isFolder(rejectsPath) === true || rejects!.endsWith("/"));
  if (rejectsPath !== undefined && files.length > 1 && isFolder(rejectsPath) === false) throw new CliError(say(ctx.lang, "file.rejects-folder"));

  if (rejectsPath !== undefined && rejectsIsFolder) makeFolder(rejectsPath, ctx.lang);

  const progress = createProgress({ sink: ctx.stderr, label: say(ctx.lang, "progress.reading", { name: "" }), quiet: flag(parsed, "quiet") });
  const shown = maxIssues ?? 50;
  const outcomes = await importFiles(files, {
    lang: ctx.lang,
    signal: ctx.signal,
    // Rejects files are written as the rows are read (opened with the first rejected row).
    wantRejects: rejectsPath !== undefined,
    ...(rejectsPath === undefined ? {} : { rejectsPath: (input: string) => (rejectsIsFolder ? resolvePath(rejectsPath, rejectsName(input, ctx.lang)) : rejectsPath) }),
    // Text shows `shown` issues a file and counts the rest: collect no more than it shows.
    ...(format === "text" ? { maxIssues: shown } : maxIssues === undefined ? {} : { maxIssues }),
    onProgress: (file, done, total) => {
      progress.total(total);
      progress.update(done, say(ctx.lang, "progress.reading", { name: basename(file) }));
    },
  });
  progress.done();

  if (format === "json") {
    writeJson(outcomes, ctx, maxIssues);
  } else {
    ctx.stdout.write(textReport(outcomes, ctx, shown, rejects));
  }
  // A rejected row, or an error of a whole file (no data rows, say), fails the run.
  return outcomes.some((o) => o.rejected > 0 || o.errors > 0) ? 1 : 0;
}

/**
 * The JSON report, `{ files: [{ path, table, rows, accepted, rejected, warnings, issues: [...] }] }`,
 * as `JSON.stringify(doc, null, 2)` writes it, but an issue at a time: a file may have 10,000.
 */
function writeJson(outcomes: readonly FileOutcome[], ctx: CommandContext, maxIssues: number | undefined): void {
  const indent = (json: string, by: string): string => json.replaceAll("\n", `\n${by}`);
  const out = ctx.stdout;
  out.write(outcomes.length === 0 ? '{\n  "files": []' : '{\n  "files": [\n');
  outcomes.forEach((o, f) => {
    const head = { path: displayPath(o.path, ctx.cwd), table: o.table, rows: o.rows, accepted: o.accepted, rejected: o.rejected, warnings: o.warnings };
    const headJson = JSON.stringify(head, null, 2);
    out.write(`${f === 0 ? "" : ",\n"}    ${indent(headJson.slice(0, -2), "    ")},\n      "issues": [`);
    const issues = maxIssues === undefined ? o.issues : o.issues.slice(0, maxIssues);
    issues.forEach((i, k) => {
      const issue = { row: i.row ?? null, column: i.column ?? null, code: i.code, severity: i.severity, message: i.message };
      out.write(`${k === 0 ? "\n" : ",\n"}        ${indent(JSON.stringify(issue, null, 2), "        ")}`);
    });
    out.write(issues.length === 0 ? "]\n    }" : "\n      ]\n    }");
  });
  out.write(outcomes.length === 0 ? "\n}\n" : "\n  ]\n}\n");
}

/** The name of a file's rejects file inside a rejects folder: `kinderen.afgekeurd.csv` (`children.rejected.csv` in English). */
function rejectsName(path: string, lang: CommandContext["lang"]): string {
  const base = basename(path).replace(/\.[^.]+$/, "");
  return `${base}.${lang === "nl" ? "afgekeurd" : "rejected"}.csv`;
}

function textReport(outcomes: readonly FileOutcome[], ctx: CommandContext, maxIssues: number, rejects: string | undefined): string {
  const lines: string[] = [];
  let rows = 0;
  let rejected = 0;
  for (const o of outcomes) {
    rows += o.rows;
    rejected += o.rejected;
    lines.push(say(ctx.lang, "validate.summary", { path: displayPath(o.path, ctx.cwd), table: o.table, rows: o.rows, accepted: o.accepted, rejected: o.rejected, warnings: o.warnings }));
    for (const i of o.issues.slice(0, maxIssues)) {
      const mark = i.severity === "error" ? say(ctx.lang, "validate.error") : say(ctx.lang, "validate.warning");
      lines.push(`  ${mark}: ${i.message}`);
    }
    // Issues are counted exactly, also those not collected.
    const more = o.errors + o.warnings - Math.min(o.issues.length, maxIssues);
    if (more > 0) lines.push(say(ctx.lang, "validate.more-issues", { count: more }));
  }
  lines.push("");
  const fileErrors = outcomes.filter((o) => o.errors > 0).length;
  lines.push(
    rejected > 0 ? say(ctx.lang, "validate.some-rejected", { rejected, rows })
    : fileErrors > 0 ? say(ctx.lang, "validate.file-errors", { count: fileErrors, rows })
    : say(ctx.lang, "validate.all-ok", { rows }),
  );
  if (rejects !== undefined && rejected > 0) lines.push(say(ctx.lang, "validate.rejects-written", { path: rejects }));
  return `${lines.join("\n")}\n`;
}
