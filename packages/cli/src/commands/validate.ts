// `kinderwerk validate`: check files of the exchange format, print a summary and the issues.

import { basename, extname } from "node:path";
import { TABLE_NAMES, tables } from "@kinderwerk/core";
import { choiceOption, intOption, parseCommandArgs, stringOption, type Parsed } from "../_lib/args.js";
import { CliError } from "../_lib/errors.js";
import { isFolder, makeFolder, refuseInputsAsOutputs, resolvePath } from "../_lib/fs.js";
import type { CommandContext } from "../_lib/io.js";
import { say } from "../_lib/messages.js";
import { tableFromOption, type TableName } from "../_lib/tables.js";
import { choiceFiles } from "../reading/choices.js";
import { collectFiles, displayPath } from "../reading/files.js";
import type { FileOutcome, FileToRead } from "../reading/index.js";
import { incomplete, INPUT_OPTIONS, readFiles } from "./_dataset.js";

/** The options of `kinderwerk validate`. */
export const VALIDATE_OPTIONS = {
  ...INPUT_OPTIONS,
  table: { type: "string" },
  format: { type: "string" },
  rejects: { type: "string" },
  "max-issues": { type: "string" },
} as const;

/** `--table`, as a table of the exchange format. */
function tableOf(parsed: Parsed, ctx: CommandContext): TableName | undefined {
  const raw = stringOption(parsed, "table");
  if (raw === undefined) return undefined;
  const table = tableFromOption(raw);
  if (table === undefined) {
    throw new CliError(say(ctx.lang, "args.not-a-choice", { option: "--table", value: raw.slice(0, 20), choices: `${TABLE_NAMES.join(", ")} (${TABLE_NAMES.map((t) => tables[t].nl).join(", ")})` }));
  }
  return table;
}

/**
 * Where the rejects file of each input goes with `--rejects`: that file for one input, a file per
 * input in that folder for several (or when the path is a folder or ends in `/`). None of them may
 * be an input by any name; the folder is made.
 */
function rejectsTargets(rejects: string | undefined, files: readonly FileToRead[], ctx: CommandContext): { path: (input: string) => string; format: "csv" | "xlsx" | undefined } | undefined {
  if (rejects === undefined) return undefined;
  const path = resolvePath(ctx.cwd, rejects);
  const asFolder = files.length > 1 || isFolder(path) === true || rejects.endsWith("/");
  if (files.length > 1 && isFolder(path) === false) throw new CliError(say(ctx.lang, "file.rejects-folder"));
  const inputs = files.map((f) => f.path);
  const names = asFolder ? rejectsNames(inputs, ctx.lang) : undefined;
  const targetOf = (input: string): string => (names === undefined ? path : resolvePath(path, names.get(input) ?? rejectsName(input, ctx.lang)));
  refuseInputsAsOutputs(inputs.map((i) => ({ option: "--rejects", path: targetOf(i) })), inputs, (p) => displayPath(p, ctx.cwd), ctx.lang);
  if (asFolder) makeFolder(path, ctx.lang);
  // One rejects file named .xlsx or .csv is written in that format; in a folder each input's own.
  const format = asFolder ? undefined : /\.xlsx$/i.test(path) ? "xlsx" : /\.(csv|txt|tsv)$/i.test(path) ? "csv" : undefined;
  return { path: targetOf, format };
}

/** Run `kinderwerk validate <files or folder>`; returns the exit code. */
export async function validateCommand(args: readonly string[], ctx: CommandContext): Promise<number> {
  const parsed = parseCommandArgs(args, VALIDATE_OPTIONS, ctx.lang, true);
  const format = choiceOption(parsed, "format", ["text", "json"] as const, ctx.lang) ?? "text";
  const maxIssues = intOption(parsed, "max-issues", ctx.lang, 0, 1_000_000);
  const tableOption = tableOf(parsed, ctx);
  if (parsed.positionals.length === 0) throw new CliError(say(ctx.lang, "args.need-path", { what: ctx.lang === "nl" ? "bestanden of een map" : "files or a folder", command: "validate" }));
  const files = collectFiles(parsed.positionals, tableOption, ctx, choiceFiles(parsed, ctx));
  const rejects = stringOption(parsed, "rejects");
  const shown = maxIssues ?? 50;
  const targets = rejectsTargets(rejects, files, ctx);
  const outcomes = await readFiles(files, parsed, ctx, {
    // Rejects files are written as the rows are read (opened with the first rejected row).
    rejectsPath: targets?.path,
    rejectsFormat: targets?.format,
    // Text shows `shown` issues a file and counts the rest: collect no more than it shows.
    ...(format === "text" ? { maxIssues: shown } : maxIssues === undefined ? {} : { maxIssues }),
  });

  if (format === "json") {
    writeJson(outcomes, ctx, maxIssues);
  } else {
    ctx.stdout.write(textReport(outcomes, ctx, shown, rejects));
  }
  // A rejected row, or an error of a whole file (no data rows, say), fails the run.
  return incomplete(outcomes) ? 1 : 0;
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

/** A file name without its extension: `kinderen` of `kinderen.csv`. */
const stemOf = (name: string): string => name.replace(/\.[^.]+$/, "");

/**
 * The name of a file's rejects file inside a rejects folder: `kinderen.afgekeurd.csv`
 * (`children.rejected.csv` in English); an XLSX input's is a workbook, `kinderen.afgekeurd.xlsx`.
 * `stem` is what it is named after: the input's own name unless another input has it too.
 */
function rejectsName(path: string, lang: CommandContext["lang"], stem = stemOf(basename(path))): string {
  return `${stem}.${lang === "nl" ? "afgekeurd" : "rejected"}.${/\.xls[xm]$/i.test(path) ? "xlsx" : "csv"}`;
}

/**
 * The rejects file of every input in a rejects folder, no two the same (whatever their case): inputs
 * whose names would meet (`2024/kinderen.csv` and `2025/kinderen.csv`) are named after the folders
 * they do not share too (`2024-kinderen.afgekeurd.csv`), then after their extension
 * (`kinderen.tsv.afgekeurd.csv`), and as a last resort numbered (`kinderen-2.afgekeurd.csv`).
 */
function rejectsNames(inputs: readonly string[], lang: CommandContext["lang"]): Map<string, string> {
  const stems = new Map(inputs.map((input) => [input, stemOf(basename(input))]));
  const nameOf = (input: string): string => rejectsName(input, lang, stems.get(input));
  const meeting = (): string[][] => {
    const groups = new Map<string, string[]>();
    for (const input of inputs) {
      const key = nameOf(input).toLowerCase();
      groups.set(key, [...(groups.get(key) ?? []), input]);
    }
    return [...groups.values()].filter((group) => group.length > 1);
  };
  for (const group of meeting()) {
    const parts = group.map((input) => input.split(/[\\/]/));
    let common = 0;
    while (parts.every((p) => common < p.length - 1 && p[common] === parts[0]![common])) common++;
    group.forEach((input, i) => stems.set(input, stemOf(parts[i]!.slice(common).join("-"))));
  }
  for (const group of meeting()) for (const input of group) stems.set(input, `${stems.get(input)!}${extname(input)}`);
  const taken = new Set<string>();
  const names = new Map<string, string>();
  for (const input of inputs) {
    let name = nameOf(input);
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = rejectsName(input, lang, `${stems.get(input)!}-${n}`);
    taken.add(name.toLowerCase());
    names.set(input, name);
  }
  return names;
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
