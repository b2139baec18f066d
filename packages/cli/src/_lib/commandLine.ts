// The command line before any command reads it: the command, the global options wherever they
// stand, and the language (from --lang, else from the locale of the environment).

import { COMMON_OPTIONS } from "./args.js";
import type { CliLang } from "./io.js";

/** The environment variables the command reads (`LC_ALL`, `LC_MESSAGES`, `LANG`). */
export type Environment = Readonly<Record<string, string | undefined>>;

/** A command line split into its command and the rest. */
export interface CommandLine {
  /** The first word that is not an option or an option's value (`validate`), if any. */
  readonly command: string | undefined;
  /** The options before the command (global ones, or so it is hoped). */
  readonly before: readonly string[];
  /** Everything but the command, in order: the options before it, then all after it. */
  readonly args: readonly string[];
}

/** The global options that take a value (`--lang en`): their next word is not the command. */
const GLOBAL_WITH_VALUE = new Set(
  Object.entries(COMMON_OPTIONS)
    .filter(([, spec]) => spec.type === "string")
    .map(([name]) => `--${name}`),
);

/**
 * Split a command line into its command and the rest, so that a global option may stand anywhere:
 * `kinderwerk --lang en validate x.csv` is `kinderwerk validate x.csv --lang en`.
 *
 * @param argv - the arguments (without `node` and the script)
 * @returns the command, the options before it, and all other arguments
 * @example
 * splitCommandLine(["--lang", "en", "validate", "x.csv"]);
 * // => { command: "validate", before: ["--lang", "en"], args: ["--lang", "en", "x.csv"] }
 */
export function splitCommandLine(argv: readonly string[]): CommandLine {
  const before: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i]!;
    if (word.startsWith("-") && word !== "-" && word !== "--") {
      before.push(word);
      if (GLOBAL_WITH_VALUE.has(word) && i + 1 < argv.length) before.push(argv[++i]!);
      continue;
    }
    const after = argv.slice(i + 1);
    return { command: word === "--" ? after[0] : word, before, args: [...before, ...(word === "--" ? after.slice(1) : after)] };
  }
  return { command: undefined, before, args: before };
}

/** Whether one of the flags stands on the command line as an option (not as an option's value). */
export function hasFlag(args: readonly string[], ...flags: readonly string[]): boolean {
  return args.some((a, i) => flags.includes(a) && !GLOBAL_WITH_VALUE.has(args[i - 1] ?? ""));
}

/**
 * The value of the last `--lang` on the command line (`--lang en` or `--lang=en`), as written.
 *
 * @param args - the arguments
 * @returns the value, or `undefined` when there is no `--lang`
 */
export function langValue(args: readonly string[]): string | undefined {
  let value: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "--lang") value = args[i + 1];
    else if (a.startsWith("--lang=")) value = a.slice(7);
  }
  return value;
}

/**
 * The language of the environment's locale, as POSIX orders it: `LC_ALL`, then `LC_MESSAGES`, then
 * `LANG` (the first that is set and not empty). English (`en`, `en_GB.UTF-8`, `en-US`) gives
 * English; anything else (`nl_NL.UTF-8`, `C`, `POSIX`, `de_DE`) or nothing gives Dutch.
 *
 * @param env - the environment
 * @returns the language
 * @example
 * langFromEnvironment({ LANG: "en_GB.UTF-8" }); // => "en"
 * langFromEnvironment({ LC_ALL: "nl_NL.UTF-8", LANG: "en_GB.UTF-8" }); // => "nl"
 * langFromEnvironment({ LANG: "C" }); // => "nl"
 */
export function langFromEnvironment(env: Environment): CliLang {
  const locale = [env["LC_ALL"], env["LC_MESSAGES"], env["LANG"]].find((v) => v !== undefined && v !== "");
  return locale !== undefined && /^en(?:[_.@-]|$)/i.test(locale) ? "en" : "nl";
}

/**
 * The language to speak: `--lang nl|en` when given (the last one), else that of the environment.
 * A `--lang` the command does not speak is left for the strict parse to refuse.
 *
 * @param args - the arguments
 * @param env - the environment
 * @returns the language
 */
export function langOf(args: readonly string[], env: Environment): CliLang {
  const value = langValue(args)?.trim().toLowerCase();
  return value === "en" || value === "nl" ? value : langFromEnvironment(env);
}
