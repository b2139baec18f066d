// What a command that reads files is told beyond the files: another system's mappings
// (`--mapping`), the organisation's own catalogues (`--catalogues`) and the key that turns child
// ids into pseudonyms (`--key-file`, `--key-env`). All are read and checked before any data file;
// a problem is a one-line error (exit 2) that never shows the key.

import { readFileSync } from "node:fs";
import { createCatalogues, formatIssue, type Catalogues, type Issue, type TableName } from "@kinderwerk/core";
import { importMessages, parseMapping, type PseudonymOptions, type ResolvedMapping } from "@kinderwerk/import";
import { stringOption, type Parsed } from "../_lib/args.js";
import { CliError } from "../_lib/errors.js";
import { reason, resolvePath } from "../_lib/fs.js";
import type { CommandContext } from "../_lib/io.js";
import { say } from "../_lib/messages.js";

/** The options of every command that reads files, beyond `--sheet`. */
export const CHOICE_OPTIONS = {
  mapping: { type: "string", multiple: true },
  catalogues: { type: "string" },
  "key-file": { type: "string" },
  "key-env": { type: "string" },
} as const;

/** What the reading is told: a mapping per table, the catalogues, the pseudonym key. */
export interface ReadingChoices {
  readonly mappings?: Partial<Record<TableName, ResolvedMapping>>;
  readonly catalogues?: Catalogues;
  readonly pseudonymise?: PseudonymOptions;
}

/**
 * The files the options name (`--mapping`, `--catalogues`, `--key-file`): no data, also when they
 * lie in the dataset's folder under a name of a table (`mapping-kinderen.json`).
 *
 * @param parsed - the command's options
 * @param ctx - the command's context
 * @returns their paths
 */
export function choiceFiles(parsed: Parsed, ctx: CommandContext): string[] {
  const named = [...((parsed.values["mapping"] as unknown as readonly string[] | undefined) ?? []), stringOption(parsed, "catalogues"), stringOption(parsed, "key-file")];
  return named.filter((p): p is string => p !== undefined).map((p) => resolvePath(ctx.cwd, p));
}

/** The smallest key the pseudonymiser takes, in bytes. */
const MIN_KEY_BYTES = 16;

/**
 * Read `--catalogues`, `--mapping` (any number, one per table) and the key of `--key-file` or
 * `--key-env`.
 *
 * @param parsed - the command's options
 * @param ctx - the command's context
 * @returns what the reading is told
 * @throws {CliError} for a file that cannot be read or is no JSON, a catalogue or mapping that does
 *   not hold, two mappings of one table, a key that is missing or too short
 */
export function readingChoices(parsed: Parsed, ctx: CommandContext): ReadingChoices {
  const catalogues = cataloguesOf(parsed, ctx);
  const mappings = mappingsOf(parsed, ctx, catalogues);
  const key = keyOf(parsed, ctx);
  return {
    ...(catalogues === undefined ? {} : { catalogues }),
    ...(mappings === undefined ? {} : { mappings }),
    ...(key === undefined ? {} : { pseudonymise: { key } }),
  };
}

/** A JSON file named by an option, parsed. */
function jsonFile(option: string, path: string, ctx: CommandContext): unknown {
  let text: string;
  try {
    text = readFileSync(resolvePath(ctx.cwd, path), "utf8");
  } catch (error) {
    throw new CliError(say(ctx.lang, "file.unreadable", { path, reason: reason(error) }));
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, "")) as unknown;
  } catch {
    throw new CliError(say(ctx.lang, "choices.not-json", { option, path }));
  }
}

/** The first issue that rejects a file's content, in words, with where it is. */
function problem(option: string, path: string, issues: readonly Issue[], ctx: CommandContext): CliError {
  const first = issues.find((i) => i.severity === "error") ?? issues[0]!;
  const at = first.path.length > 0 ? ` (${first.path.join(".")})` : "";
  return new CliError(say(ctx.lang, "choices.invalid", { option, path, message: `${formatIssue(first, { lang: ctx.lang, messages: importMessages })}${at}` }));
}

function cataloguesOf(parsed: Parsed, ctx: CommandContext): Catalogues | undefined {
  const path = stringOption(parsed, "catalogues");
  if (path === undefined) return undefined;
  const made = createCatalogues(jsonFile("--catalogues", path, ctx) as Parameters<typeof createCatalogues>[0]);
  if (!made.ok) throw problem("--catalogues", path, made.issues, ctx);
  return made.value;
}

function mappingsOf(parsed: Parsed, ctx: CommandContext, catalogues: Catalogues | undefined): Partial<Record<TableName, ResolvedMapping>> | undefined {
  const paths = (parsed.values["mapping"] as unknown as readonly string[] | undefined) ?? [];
  if (paths.length === 0) return undefined;
  const mappings: Partial<Record<TableName, ResolvedMapping>> = {};
  const from: Partial<Record<TableName, string>> = {};
  for (const path of paths) {
    const mapping = parseMapping(jsonFile("--mapping", path, ctx), undefined, catalogues);
    if (!mapping.ok) throw problem("--mapping", path, mapping.issues, ctx);
    const table = mapping.value.table;
    if (from[table] !== undefined) throw new CliError(say(ctx.lang, "choices.mapping-twice", { table, first: from[table], second: path }));
    mappings[table] = mapping.value;
    from[table] = path;
  }
  return mappings;
}

/** The key's bytes: a file's content without its last line break, or an environment variable's value. */
function keyOf(parsed: Parsed, ctx: CommandContext): Uint8Array | undefined {
  const file = stringOption(parsed, "key-file");
  const variable = stringOption(parsed, "key-env");
  if (file !== undefined && variable !== undefined) throw new CliError(say(ctx.lang, "choices.two-keys"));
  let key: Uint8Array;
  if (file !== undefined) {
    try {
      key = readFileSync(resolvePath(ctx.cwd, file));
    } catch (error) {
      throw new CliError(say(ctx.lang, "file.unreadable", { path: file, reason: reason(error) }));
    }
    const end = key.length - (key.at(-1) === 0x0a ? (key.at(-2) === 0x0d ? 2 : 1) : 0);
    key = key.subarray(0, end);
  } else if (variable !== undefined) {
    const value = ctx.env[variable];
    if (value === undefined || value === "") throw new CliError(say(ctx.lang, "choices.key-env-empty", { name: variable }));
    key = new TextEncoder().encode(value);
  } else {
    return undefined;
  }
  if (key.length < MIN_KEY_BYTES) throw new CliError(say(ctx.lang, "choices.key-short", { bytes: key.length, min: MIN_KEY_BYTES }));
  return key;
}
