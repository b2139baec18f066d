// The commands: each one's options and how it runs, for the command line to dispatch to.

import type { OptionSpec } from "../_lib/args.js";
import type { CommandName } from "../_lib/help.js";
import type { CommandContext } from "../_lib/io.js";
import { CAPACITY_OPTIONS, capacityCommand } from "./capacity.js";
import { DEMO_OPTIONS, demoCommand } from "./demo.js";
import { INIT_OPTIONS, initCommand } from "./init.js";
import { LOAD_OPTIONS, loadCommand } from "./load.js";
import { REPORT_OPTIONS, reportCommand } from "./report.js";
import { SCHEMA_OPTIONS, schemaCommand } from "./schema.js";
import { VALIDATE_OPTIONS, validateCommand } from "./validate.js";

/** A command: its own options (the global ones come on top) and its run, which returns the exit code. */
export interface Command {
  readonly options: Readonly<Record<string, OptionSpec>>;
  readonly run: (args: readonly string[], ctx: CommandContext) => number | Promise<number>;
}

/** Every command by name. */
export const COMMAND_TABLE: Readonly<Record<CommandName, Command>> = {
  validate: { options: VALIDATE_OPTIONS, run: validateCommand },
  report: { options: REPORT_OPTIONS, run: reportCommand },
  load: { options: LOAD_OPTIONS, run: loadCommand },
  capacity: { options: CAPACITY_OPTIONS, run: capacityCommand },
  schema: { options: SCHEMA_OPTIONS, run: schemaCommand },
  demo: { options: DEMO_OPTIONS, run: demoCommand },
  init: { options: INIT_OPTIONS, run: initCommand },
};
