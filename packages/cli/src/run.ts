// The command line run in-process: the global options wherever they stand, the command, its help,
// and one line on stderr for whatever stops it.

import { COMMON_OPTIONS, choiceOption, parseCommandArgs, unknownOption } from "./_lib/args.js";
import { hasFlag, langOf, langValue, splitCommandLine, type CommandLine } from "./_lib/commandLine.js";
import { CliError, isCliError, oneLine } from "./_lib/errors.js";
import { COMMANDS, commandHelp, mainHelp, type CommandName } from "./_lib/help.js";
import type { CliLang, CommandContext, RunIO } from "./_lib/io.js";
import { say } from "./_lib/messages.js";
import type { RunFiles } from "./_lib/runFiles.js";
import { closestWord } from "@kinderwerk/core";
import { VERSION } from "./_lib/version.js";
import { COMMAND_TABLE } from "./commands/index.js";

const isCommand = (word: string): word is CommandName => (COMMANDS as readonly string[]).includes(word);
const HELP = ["--help", "-h"] as const;
const VERSION_FLAGS = ["--version", "-v", "-V"] as const;

/** The global option a word before the command is, or stands for (`--lang=en` is `lang`); `undefined` for a value. */
function optionName(word: string): string | undefined {
  if (!word.startsWith("-")) return undefined;
  return word.startsWith("--") ? word.slice(2).split("=")[0] : word.slice(1);
}

/**
 * Refuse an option before the command that is not a global one: an option of a command is told to
 * go after it, any other gets a "did you mean" among all options.
 */
function checkBefore(before: readonly string[], lang: CliLang): void {
  const globals = Object.keys(COMMON_OPTIONS);
  for (const word of before) {
    const name = optionName(word);
    if (name === undefined || !word.startsWith("--") || globals.includes(name)) continue;
    const owners = COMMANDS.filter((c) => name in COMMAND_TABLE[c].options);
    if (owners.length > 0) throw new CliError(say(lang, "args.option-before-command", { option: `--${name}`, commands: owners.join(", "), command: owners[0]! }));
    const known = [...new Set([...globals, ...COMMANDS.flatMap((c) => Object.keys(COMMAND_TABLE[c].options))])];
    throw new CliError(unknownOption(`--${name}`, known, lang));
  }
  // Short options and values: the strict parse of the global options says what is wrong.
  parseCommandArgs(before, {}, lang, false);
}

/** An unknown command in words, with the closest command when one is close. */
function unknownCommand(command: string, lang: CliLang): CliError {
  const shown = command.slice(0, 40);
  const suggestion = closestWord(command, COMMANDS);
  return new CliError(suggestion === undefined ? say(lang, "args.unknown-command", { command: shown }) : say(lang, "args.unknown-command-suggest", { command: shown, suggestion }));
}

/** `kinderwerk`, `kinderwerk --help`, `kinderwerk help [command]`: the help asked for. */
function help(line: CommandLine, ctx: CommandContext): number {
  const topic = line.command === "help" ? parseCommandArgs(line.args, {}, ctx.lang, true).positionals[0] : line.command;
  if (topic !== undefined && !isCommand(topic)) throw unknownCommand(topic, ctx.lang);
  ctx.stdout.write(topic === undefined ? mainHelp(ctx.lang) : commandHelp(topic, ctx.lang));
  return 0;
}

async function dispatch(argv: readonly string[], line: CommandLine, ctx: CommandContext): Promise<number> {
  if (argv.length === 0) {
    ctx.stderr.write(mainHelp(ctx.lang));
    return 2;
  }
  checkBefore(line.before, ctx.lang);
  if (line.command === "help" || hasFlag(line.args, ...HELP)) return help(line, ctx);
  if (hasFlag(line.args, ...VERSION_FLAGS)) {
    ctx.stdout.write(`${VERSION}\n`);
    return 0;
  }
  if (line.command === undefined) throw new CliError(say(ctx.lang, "args.no-command"));
  if (!isCommand(line.command)) throw unknownCommand(line.command, ctx.lang);
  return await COMMAND_TABLE[line.command].run(line.args, ctx);
}

/**
 * Run the command line with the run's started files (the `kinderwerk` bin passes its own, to remove
 * them on a second Ctrl+C). See `run` for the rest.
 *
 * @param argv - the arguments, without `node` and the script
 * @param io - the streams and surroundings (default: the process's)
 * @param files - what the run starts, removed when it fails
 * @returns the exit code
 */
export async function runWith(argv: readonly string[], io: Partial<RunIO>, files: RunFiles): Promise<number> {
  const base: RunIO = {
    stdout: io.stdout ?? process.stdout,
    stderr: io.stderr ?? process.stderr,
    cwd: io.cwd ?? process.cwd(),
    now: io.now ?? (() => new Date()),
    signal: io.signal,
    env: io.env ?? process.env,
    stdin: io.stdin ?? process.stdin,
  };
  const line = splitCommandLine(argv);
  const lang = langOf(line.args, base.env);
  try {
    // A --lang the command does not speak is refused first, in the language of the environment.
    if (langValue(line.args) !== undefined) choiceOption({ values: { lang: langValue(line.args) }, positionals: [] }, "lang", ["nl", "en"], lang);
    return await dispatch(argv, line, { ...base, lang, files });
  } catch (error) {
    files.removeAll();
    base.stderr.write(`kinderwerk: ${isCliError(error) ? error.message : oneLine(error)}\n`);
    return 2;
  }
}
