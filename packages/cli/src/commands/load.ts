// `kinderwerk load <folder> --into <database>`: validate a dataset folder as `validate` does and
// write its accepted records into Postgres, PGlite or DuckDB, after bringing the schema up to date.

import { createLoader, migrate } from "@kinderwerk/sql";
import { intOption, parseCommandArgs, stringOption } from "../_lib/args.js";
import { CliError } from "../_lib/errors.js";
import type { CommandContext } from "../_lib/io.js";
import { say } from "../_lib/messages.js";
import { databaseTarget, openDatabase } from "./_database.js";
import { INPUT_OPTIONS, readDataset } from "./_dataset.js";

/** The options of `kinderwerk load`. */
export const LOAD_OPTIONS = {
  ...INPUT_OPTIONS,
  into: { type: "string" },
  batch: { type: "string" },
} as const;

/**
 * Run `kinderwerk load <dataset folder> --into <database>`: 0 when every row was accepted and
 * loaded, 1 when rows were rejected (the accepted ones are loaded), 2 when it could not run (the
 * rows of the batch that failed are not loaded).
 */
export async function loadCommand(args: readonly string[], ctx: CommandContext): Promise<number> {
  const parsed = parseCommandArgs(args, LOAD_OPTIONS, ctx.lang, true);
  const into = stringOption(parsed, "into");
  const target = into === undefined ? undefined : databaseTarget(into, ctx.cwd);
  if (target === undefined) throw new CliError(say(ctx.lang, "database.need-target", {}));
  const batchSize = intOption(parsed, "batch", ctx.lang, 1, 1_000_000);
  const open = await openDatabase(target, ctx.lang);
  try {
    const { version } = await migrate(open.db).catch(() => {
      throw new CliError(say(ctx.lang, "database.cannot-open", { engine: target.engine }));
    });
    const loader = createLoader(open.db, { batchSize });
    // A driver's message may quote a refused key: name the engine only.
    const refused = (): never => {
      throw new CliError(say(ctx.lang, "load.failed", { engine: target.engine }));
    };
    const { code } = await readDataset(parsed, ctx, { command: "load", needs: [], outputs: [], onRecords: (table, records) => loader.add(table, records).catch(refused) });
    await loader.flush().catch(refused);
    const count = Object.values(loader.written).reduce((sum, n) => sum + (n ?? 0), 0);
    ctx.stderr.write(`${say(ctx.lang, "load.done", { count, engine: target.engine, version })}\n`);
    return code;
  } finally {
    await open.close();
  }
}
