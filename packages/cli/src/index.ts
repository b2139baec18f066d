// The public face of @kinderwerk/cli: run the `kinderwerk` command in-process.

import { choiceOption, langFromArgs, parseCommandArgs } from "./_lib/args.js";
import { CliError, isCliError, oneLine } from "./_lib/errors.js";
import { COMMANDS, commandHelp, mainHelp, type CommandName } from "./_lib/help.js";
import type { CliLang, CommandContext, RunIO, TextSink } from "./_lib/io.js";
import { say } from "./_lib/messages.js";
import { capacityCommand } from "./commands/capacity.js";
import { demoCommand } from "./commands/demo.js";
import { reportCommand } from "./commands/report.js";
import { schemaCommand } from "./commands/schema.js";
import { validateCommand } from "./commands/validate.js";
import { VERSION } from "./_lib/version.js";

export type { RunIO, TextSink } from "./_lib/io.js";
export { generateDemoDataset } from "./demo/index.js";
export type { DemoDataset, DemoFile, DemoOptions } from "./demo/index.js";

/** The exit codes of the command. */
export const EXIT = {
  /** Done; every row accepted (warnings allowed). */
  ok: 0,
  /** Done, but rows were rejected. */
  rejected: 1,
  /** The command could not run (bad option, unreadable file). */
  failed: 2,
} as const;

/**
 * Run the `kinderwerk` command with arguments (without `node` and the script), writing to the
 * given streams. Never throws and never exits the process: a failure is a one-line message on
 * `stderr` and exit code 2.
 *
 * @param argv - the arguments, e.g. `["validate", "kinderen.csv", "--format", "json"]`
 * @param io - where to write and what to read (default: the process's streams, working folder and clock)
 * @returns the exit code: 0 all accepted, 1 rows rejected, 2 could not run
 * @example
 * const out: string[] = [];
 * await run(["schema"], { stdout: { write: (s) => out.push(s) } }); // => 0
 * JSON.parse(out.join("")).child.required; // => ["childId", "birthDate"]
 */
export async function run(argv: readonly string[], io: Partial<RunIO> = {}): Promise<number> {
  const ctxBase: RunIO = {
    stdout: io.stdout ?? process.stdout,
    stderr: io.stderr ?? process.stderr,
    cwd: io.cwd ?? process.cwd(),
    now: io.now ?? (() => new Date()),
    signal: io.signal,
  };
  let lang: CliLang = langFromArgs(argv);
  try {
    const [first, ...rest] = argv;
    if (first === undefined || first === "--help" || first === "-h" || first === "help") {
      if (first === "help" && rest[0] !== undefined && (COMMANDS as readonly string[]).includes(rest[0])) {
        ctxBase.stdout.write(commandHelp(rest[0] as CommandName, lang));
        return EXIT.ok;
      }
      if (first === undefined) {
        ctxBase.stderr.write(mainHelp(lang));
        return EXIT.failed;
      }
      ctxBase.stdout.write(mainHelp(lang));
      return EXIT.ok;
    }
    if (first === "--version" || first === "-v" || first === "-V") {
      ctxBase.stdout.write(`${VERSION}\n`);
      return EXIT.ok;
    }
    if (first.startsWith("-")) {
      // Options before a command: only --lang is allowed there.
      const parsed = parseCommandArgs([first], {}, lang, true);
      void parsed;
      throw new CliError(say(lang, "args.no-command"));
    }
    if (!(COMMANDS as readonly string[]).includes(first)) throw new CliError(say(lang, "args.unknown-command", { command: first.slice(0, 40) }));
    const command = first as CommandName;
    if (rest.includes("--help") || rest.includes("-h")) {
      ctxBase.stdout.write(commandHelp(command, lang));
      return EXIT.ok;
    }
    // Validate --lang itself before anything else speaks.
    const langChoice = choiceOption(
      { values: { lang: rest.find((a, i) => rest[i - 1] === "--lang") ?? rest.find((a) => a.startsWith("--lang="))?.slice(7) }, positionals: [] },
      "lang",
      ["nl", "en"],
      lang,
    );
    lang = langChoice ?? "nl";
    const ctx: CommandContext = { ...ctxBase, lang };
    switch (command) {
      case "validate":
        return await validateCommand(rest, ctx);
      case "report":
        return await reportCommand(rest, ctx);
      case "capacity":
        return await capacityCommand(rest, ctx);
      case "schema":
        return schemaCommand(rest, ctx);
      case "demo":
        return demoCommand(rest, ctx);
    }
  } catch (error) {
    const message = isCliError(error) ? error.message : oneLine(error);
    ctxBase.stderr.write(`kinderwerk: ${message}\n`);
    return EXIT.failed;
  }
}
