// `kinderwerk demo`: write the seeded synthetic dataset.

import { flag, intOption, parseCommandArgs, stringOption } from "../_lib/args.js";
import { CliError } from "../_lib/errors.js";
import { makeFolder, resolvePath, writeFile } from "../_lib/fs.js";
import type { CommandContext } from "../_lib/io.js";
import { say } from "../_lib/messages.js";
import { createProgress } from "../_lib/progress.js";
import { generateDemoDataset } from "../demo/index.js";

/** The options of `kinderwerk demo`. */
export const DEMO_OPTIONS = { out: { type: "string" }, seed: { type: "string" } } as const;

/** The folder `kinderwerk demo` writes to without `--out`. */
export const DEFAULT_DEMO_FOLDER = "./kinderwerk-demo";

/** Run `kinderwerk demo [--out <dir>] [--seed n]`; returns the exit code. */
export function demoCommand(args: readonly string[], ctx: CommandContext): number {
  const parsed = parseCommandArgs(args, DEMO_OPTIONS, ctx.lang, false);
  const seed = intOption(parsed, "seed", ctx.lang, 0, 2 ** 32 - 1) ?? 2025;
  const out = stringOption(parsed, "out") ?? DEFAULT_DEMO_FOLDER;
  const folder = resolvePath(ctx.cwd, out);
  const progress = createProgress({ sink: ctx.stderr, label: say(ctx.lang, "progress.demo"), quiet: flag(parsed, "quiet") });
  progress.total(100);
  const dataset = generateDemoDataset({ seed, onProgress: (share) => progress.update(Math.round(share * 100)) });
  progress.done();
  // A Ctrl+C during the making is heard only now: write nothing then.
  if (ctx.signal?.aborted === true) throw new CliError(say(ctx.lang, "run.stopped"));
  makeFolder(folder, ctx.lang);
  for (const file of dataset.files) writeFile(resolvePath(folder, file.name), file.bytes, ctx.lang);
  const summary = dataset.files
    .filter((f) => f.table !== undefined)
    .map((f) => `${f.name} ${f.rows}`)
    .join(", ");
  ctx.stderr.write(`${say(ctx.lang, "demo.written", { seed, path: out, summary })}\n`);
  return 0;
}
