#!/usr/bin/env node
// The main job, on a fresh checkout after `pnpm install && pnpm build` (or `pnpm start`):
// make the demo dataset, validate it, and write the HTML report. Runs the BUILT `kinderwerk` command.
//
//   node scripts/main-job.mjs [--out <folder>]      (default: ./kinderwerk-demo)

import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const cli = join(root, "packages", "cli", "dist", "cli.js");
const args = process.argv.slice(2);
const outIndex = args.indexOf("--out");
const folder = resolve(outIndex >= 0 && args[outIndex + 1] ? args[outIndex + 1] : "kinderwerk-demo");
const data = join(folder, "data");
const report = join(folder, "rapport-2025.html");

if (!existsSync(cli)) {
  console.error(`The kinderwerk command is not built yet (${cli} is missing). Run: pnpm build`);
  process.exit(2);
}

/** Run one step; stop the job when the step could not run. */
function step(title, cliArgs, { allowRejected = false } = {}) {
  console.log(`\n== ${title}\n$ kinderwerk ${cliArgs.join(" ")}`);
  const r = spawnSync(process.execPath, [cli, ...cliArgs], { stdio: "inherit" });
  const code = r.status ?? 2;
  if (code === 0 || (code === 1 && allowRejected)) return code;
  console.error(`\nStopped: "kinderwerk ${cliArgs[0]}" ended with exit code ${code}.`);
  process.exit(code);
}

step("1/3 Demodataset maken (seed 2025)", ["demo", "--out", data, "--seed", "2025"]);
const validated = step("2/3 Bestanden controleren", ["validate", data, "--max-issues", "10"], { allowRejected: true });
step("3/3 Rapportage 2025 maken (HTML)", [
  "report", data,
  "--year", "2025",
  "--region", "midden",
  "--compare-previous",
  "--organisation", "Stichting Kinderwerk Demo",
  "--format", "html",
  "--out", report,
]);

console.log(`\nKlaar. De rapportage staat in:\n  ${report}\nDe demodataset staat in:\n  ${data}`);
if (validated === 1) console.log("(Er zijn rijen afgekeurd; het rapport telt alleen de goedgekeurde rijen.)");
