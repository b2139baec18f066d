// Option parsing on top of node:util parseArgs: strict, with one-line errors in the user's language.

import { parseArgs, type ParseArgsConfig } from "node:util";
import { CliError } from "./errors.js";
import type { CliLang } from "./io.js";
import { say } from "./messages.js";
import { closestWord } from "@kinderwerk/core";

/** An option of a command, as node:util parseArgs takes it. */
export interface OptionSpec {
  readonly type: "string" | "boolean";
  readonly short?: string;
  readonly multiple?: boolean;
}

/** The global options: every command accepts them, anywhere on the command line, also before the command. */
export const COMMON_OPTIONS = {
  help: { type: "boolean", short: "h" },
  quiet: { type: "boolean", short: "q" },
  lang: { type: "string" },
  version: { type: "boolean", short: "V" },
} as const satisfies Record<string, OptionSpec>;

/** The parsed options and positionals of a command. */
export interface Parsed {
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  readonly positionals: readonly string[];
}

/**
 * Parse a command's arguments strictly: an unknown option, a missing value or a stray positional
 * is a {@link CliError}.
 */
export function parseCommandArgs(
  args: readonly string[],
  options: Readonly<Record<string, OptionSpec>>,
  lang: CliLang,
  allowPositionals: boolean,
): Parsed {
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: { ...COMMON_OPTIONS, ...options } as NonNullable<ParseArgsConfig["options"]>,
      strict: true,
      allowPositionals,
    });
    return { values: values as Parsed["values"], positionals };
  } catch (error) {
    throw new CliError(describeParseError(error, args, Object.keys({ ...COMMON_OPTIONS, ...options }), lang));
  }
}

/**
 * An unknown option in words, with the closest known one when it is close ("did you mean").
 *
 * @param option - the option as typed (`--rejcts`, `-x`)
 * @param known - the long names of the options known there (`rejects`, `lang`, …)
 * @param lang - the language
 * @returns the message
 * @example
 * unknownOption("--rejcts", ["rejects", "table"], "en"); // => "unknown option --rejcts; did you mean --rejects?"
 */
export function unknownOption(option: string, known: readonly string[], lang: CliLang): string {
  const suggestion = option.startsWith("--") ? closestWord(option.slice(2), known) : undefined;
  const shown = option.slice(0, 40);
  return suggestion === undefined
    ? say(lang, "args.unknown-option", { option: shown })
    : say(lang, "args.unknown-option-suggest", { option: shown, suggestion: `--${suggestion}` });
}

function describeParseError(error: unknown, args: readonly string[], known: readonly string[], lang: CliLang): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const quoted = /'([^']+)'/.exec(message)?.[1];
  switch (code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return unknownOption((quoted ?? "?").split(" ")[0] ?? "?", known, lang);
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return say(lang, "args.invalid-value", { option: (quoted ?? "?").split(" ")[0] ?? "?" });
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return say(lang, "args.unexpected-argument", { argument: quoted ?? args.find((a) => !a.startsWith("-")) ?? "?" });
    default:
      return message.split("\n")[0] ?? message;
  }
}

/** A string option's value, or `undefined`. */
export function stringOption(parsed: Parsed, name: string): string | undefined {
  const v = parsed.values[name];
  return typeof v === "string" ? v : undefined;
}

/** Whether a boolean option was given. */
export function flag(parsed: Parsed, name: string): boolean {
  return parsed.values[name] === true;
}

/** A whole number option in `[min, max]`, or `undefined` when absent; anything else is a {@link CliError}. */
export function intOption(parsed: Parsed, name: string, lang: CliLang, min: number, max: number): number | undefined {
  const raw = stringOption(parsed, name);
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw.trim()) || Number(raw) < min || Number(raw) > max) {
    throw new CliError(say(lang, "args.not-a-number", { option: `--${name}`, value: raw.slice(0, 20), min, max }));
  }
  return Number(raw);
}

/**
 * A decimal number option in `[min, max]`, written with `.` or `,` (`0,5` as Dutch Excel writes it),
 * or `undefined` when absent; anything else is a {@link CliError}.
 */
export function decimalOption(parsed: Parsed, name: string, lang: CliLang, min: number, max: number): number | undefined {
  const raw = stringOption(parsed, name);
  if (raw === undefined) return undefined;
  const text = raw.trim();
  const value = /^\d+(?:[.,]\d+)?$/.test(text) ? Number(text.replace(",", ".")) : Number.NaN;
  if (!(value >= min && value <= max)) {
    throw new CliError(say(lang, "args.not-a-decimal", { option: `--${name}`, value: raw.slice(0, 20), min, max }));
  }
  return value;
}

/** One of a fixed set of values, or `undefined` when absent; anything else is a {@link CliError}. */
export function choiceOption<T extends string>(parsed: Parsed, name: string, choices: readonly T[], lang: CliLang): T | undefined {
  const raw = stringOption(parsed, name);
  if (raw === undefined) return undefined;
  const v = raw.trim().toLowerCase();
  if (!(choices as readonly string[]).includes(v)) {
    throw new CliError(say(lang, "args.not-a-choice", { option: `--${name}`, value: raw.slice(0, 20), choices: choices.join(", ") }));
  }
  return v as T;
}
