// `kinderwerk schema`: the JSON Schemas of the models, one file per model or one object on stdout.

import { toJsonSchemas } from "@kinderwerk/core";
import { parseCommandArgs, stringOption } from "../_lib/args.js";
import { makeFolder, resolvePath, writeFile } from "../_lib/fs.js";
import type { CommandContext } from "../_lib/io.js";
import { say } from "../_lib/messages.js";

/** The options of `kinderwerk schema`. */
export const SCHEMA_OPTIONS = { out: { type: "string" } } as const;

/** Run `kinderwerk schema [--out <dir>]`; returns the exit code. */
export function schemaCommand(args: readonly string[], ctx: CommandContext): number {
  const parsed = parseCommandArgs(args, SCHEMA_OPTIONS, ctx.lang, false);
  const schemas = toJsonSchemas();
  const out = stringOption(parsed, "out");
  if (out === undefined) {
    ctx.stdout.write(`${JSON.stringify(schemas, null, 2)}\n`);
    return 0;
  }
  const folder = resolvePath(ctx.cwd, out);
  makeFolder(folder, ctx.lang);
  const names = Object.keys(schemas).sort() as (keyof typeof schemas)[];
  for (const name of names) {
    writeFile(resolvePath(folder, `${name}.schema.json`), `${JSON.stringify(schemas[name], null, 2)}\n`, ctx.lang);
  }
  ctx.stderr.write(`${say(ctx.lang, "schema.written", { count: names.length, path: out })}\n`);
  return 0;
}
