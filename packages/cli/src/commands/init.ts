// `kinderwerk init <export>`: read another system's export, propose a mapping from its header,
// ask what the file cannot tell, and write the mapping file for `--mapping`.

import { existsSync, readFileSync } from "node:fs";
import { basename } from "node:path";
import { TABLE_NAMES, tableFromName, tables, type TableName } from "@kinderwerk/core";
import { guessTable, parseMapping, readTable } from "@kinderwerk/import";
import { parseCommandArgs, stringOption, flag } from "../_lib/args.js";
import { CliError } from "../_lib/errors.js";
import { reason, resolvePath, writeFile } from "../_lib/fs.js";
import type { CommandContext } from "../_lib/io.js";
import { say } from "../_lib/messages.js";
import { tableFromOption } from "../_lib/tables.js";
import { NoAnswer, terminalAsk } from "../init/ask.js";
import { proposeMapping, type Ask, type InitWords } from "../init/propose.js";

/** The options of `kinderwerk init`. */
export const INIT_OPTIONS = {
  table: { type: "string" },
  sheet: { type: "string" },
  out: { type: "string" },
  force: { type: "boolean" },
} as const;

/** The rows of the export looked at for the codes it uses. */
const SAMPLE_ROWS = 5000;

const WORDS: Readonly<Record<CommandContext["lang"], InitWords>> = {
  nl: {
    column: (header, examples) => `Welk veld is de kolom "${header}"${examples === "" ? "" : ` (bijv. ${examples})`}?`,
    code: (value, field) => `Wat betekent "${value}" in ${field}?`,
    table: "Welke tabel staat in het bestand?",
    ignore: "geen: negeren",
    keep: "laten staan (wordt afgekeurd)",
  },
  en: {
    column: (header, examples) => `Which field is the column "${header}"${examples === "" ? "" : ` (e.g. ${examples})`}?`,
    code: (value, field) => `What does "${value}" mean in ${field}?`,
    table: "Which table does the file hold?",
    ignore: "none: ignore it",
    keep: "leave it (it will be rejected)",
  },
};

/** The table: `--table`, else the file's name, else its header, else asked. */
async function tableOf(raw: string | undefined, path: string, cells: readonly string[], ask: Ask, ctx: CommandContext): Promise<TableName> {
  if (raw !== undefined) {
    const table = tableFromOption(raw);
    if (table === undefined) throw new CliError(say(ctx.lang, "args.not-a-choice", { option: "--table", value: raw.slice(0, 20), choices: TABLE_NAMES.join(", ") }));
    return table;
  }
  const known = tableFromName(basename(path)) ?? guessTable(cells);
  if (known !== undefined) return known;
  return ask.select({ message: WORDS[ctx.lang].table, choices: TABLE_NAMES.map((t) => ({ name: `${tables[t].nl} (${t})`, value: t })) });
}

/** Run `kinderwerk init <export>`: 0 when the mapping was written, 2 when it could not be. */
export async function initCommand(args: readonly string[], ctx: CommandContext): Promise<number> {
  const parsed = parseCommandArgs(args, INIT_OPTIONS, ctx.lang, true);
  if (parsed.positionals.length !== 1) throw new CliError(say(ctx.lang, "args.need-path", { what: ctx.lang === "nl" ? "één export" : "one export", command: "init" }));
  const input = parsed.positionals[0]!;
  const path = resolvePath(ctx.cwd, input);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new CliError(say(ctx.lang, existsSync(path) ? "file.unreadable" : "file.not-found", { path: input, reason: reason(error) }));
  }
  const sheet = stringOption(parsed, "sheet");
  const read = await readTable(bytes, { name: basename(path), ...(sheet === undefined ? {} : { sheet }) });
  if (!read.ok || read.value.header.cells.length === 0) throw new CliError(say(ctx.lang, "init.no-header", { path: input }));
  const { header, rows } = read.value;
  const ask = terminalAsk(ctx.stdin ?? process.stdin, ctx.stdout);
  try {
    const table = await tableOf(stringOption(parsed, "table"), path, header.cells, ask, ctx);
    const out = stringOption(parsed, "out") ?? `mapping-${tables[table].nl}.json`;
    const target = resolvePath(ctx.cwd, out);
    if (target === path) throw new CliError(say(ctx.lang, "init.out-is-input", { path: out }));
    if (existsSync(target) && !flag(parsed, "force")) throw new CliError(say(ctx.lang, "init.exists", { path: out }));
    const proposal = await proposeMapping(header.cells, rows.slice(0, SAMPLE_ROWS).map((r) => r.cells), table, ask, WORDS[ctx.lang]);
    // What is written is what --mapping will read: checked as it will be.
    const checked = parseMapping(proposal.mapping);
    if (!checked.ok) throw new CliError(say(ctx.lang, "init.invalid", { codes: checked.issues.map((i) => i.code).join(", ") }));
    writeFile(target, `${JSON.stringify(proposal.mapping, null, 2)}\n`, ctx.lang);
    ctx.stdout.write(`${say(ctx.lang, "init.written", { path: out, input, table })}\n`);
    if (proposal.missing.length > 0) ctx.stderr.write(`kinderwerk: ${say(ctx.lang, "init.missing", { fields: proposal.missing.join(", "), table })}\n`);
    return 0;
  } catch (error) {
    if (error instanceof NoAnswer) throw new CliError(say(ctx.lang, "init.no-answer"));
    throw error;
  }
}
