// Dataset benchmark: validating and reporting a whole dataset folder against the floor, and
// against what users would write themselves, in the same run, interleaved rounds, each case its
// own process with its wall time and peak RSS (GNU time).
//
// Run: pnpm build && node bench/dataset.bench.mjs [--sizes 1000000,5000000,10000000] [--runs 3]
//   [--cores one,both] [--skip papaparse,…]
//
// The dataset (bench/data/dataset-<rows>/, seeded, made once): 2,500 activities, 50,000 sessions
// over 2024–2025 and 62,500 children at every size; the attendance rows grow (20 per session at
// 1M, 200 at 10M), every (session, child) pair once, nine in ten present.
//
// Cases, pinned to one core (`taskset -c 0`, DuckDB 1 thread) and on both (no pinning, DuckDB 2):
// - floor: stream every CSV of the folder and split lines and fields, no checks;
// - validate: `kinderwerk validate DIR --format json`;
// - report: `kinderwerk report DIR --year 2025 --format json`;
// - papaparse + zod: each file streamed by papaparse, each row checked by a zod schema of its
//   table, no checks across tables;
// - duckdb: DuckDB reads the CSVs into the schema of @kinderwerk/sql (keys, references, checks
//   as constraints) and computes the 2025 figures with sqlResults.
// Ratios are to the floor of the same round and mode; the best round is shown. The outputs of
// validate and report are hashed (sha256, `generatedAt` left out) so a later run can say they did
// not change.
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadCsvs, openDuckdb, sql } from "./_lib/duckdb.mjs";
import { csvFiles, datasetFolder, floor } from "./_lib/folder.mjs";
import { comparable, timed } from "./_lib/timed.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const cli = join(here, "../packages/cli/dist/cli.js");
const args = process.argv.slice(2);
const arg = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? dflt : args[i + 1];
};

const dataset = (rows) => datasetFolder({ dir: join(here, "data", `dataset-${rows}`), rows, sessions: 50_000, children: 62_500, activities: 2_500, fromYear: 2024, years: 2 });

// ---- cases run in this script's own process ----------------------------------------------------
/** papaparse streaming, a zod schema per table, every row checked; counts valid rows. */
async function papaparseZod(dir) {
  const Papa = (await import("papaparse")).default;
  const z = await import("zod");
  const id = z.string().min(1).max(64).regex(/^[A-Za-z0-9._:/-]+$/);
  const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
  const count = z.coerce.number().int().min(0).max(1000);
  const schemas = {
    activities: z.object({ activityId: id, name: z.string().min(1), kind: z.string().min(1), neighbourhood: z.string(), minAge: z.coerce.number().int(), maxAge: z.coerce.number().int() }),
    children: z.object({ childId: id, birthDate: date, gender: z.enum(["girl", "boy", "other", "unknown"]), neighbourhood: z.string() }),
    sessions: z.object({ sessionId: id, activityId: id, date, startTime: z.string().regex(/^\d{2}:\d{2}$/), durationMinutes: z.coerce.number().int().min(1).max(1440), professionals: count, volunteers: count }),
    attendance: z.object({ sessionId: id, childId: id, present: z.enum(["ja", "nee"]) }),
  };
  let valid = 0;
  let rows = 0;
  for (const file of csvFiles(dir)) {
    const schema = schemas[basename(file, ".csv")];
    await new Promise((resolve, reject) => {
      Papa.parse(createReadStream(file), {
        header: true,
        skipEmptyLines: true,
        step: (row) => {
          rows++;
          if (schema.safeParse(row.data).success) valid++;
        },
        complete: resolve,
        error: reject,
      });
    });
  }
  if (valid !== rows) throw new Error(`papaparse + zod: ${rows - valid} of ${rows} rows invalid`);
  process.stdout.write(`${rows}\n`);
}

/** DuckDB: the CSVs into the schema under its constraints, then the 2025 figures in SQL. */
async function duckdbCase(dir, threads) {
  const duck = await openDuckdb(":memory:", threads);
  await loadCsvs(duck.db, dir);
  const { sqlResults } = await sql();
  const reporting = await import("../packages/reporting/dist/index.js");
  const results = await sqlResults(duck.db, { period: reporting.periodOfYear(2025) });
  process.stdout.write(reporting.renderJson(reporting.buildReport({ period: reporting.periodOfYear(2025), results, regularsMinimum: reporting.DEFAULT_REGULARS_THRESHOLD })));
  duck.close();
}

// ---- the parent --------------------------------------------------------------------------------
const hash = (text) => createHash("sha256").update(comparable(text)).digest("hex").slice(0, 16);

function casesFor(dir, pin) {
  const self = fileURLToPath(import.meta.url);
  const node = process.execPath;
  const threads = pin ? "1" : "2";
  return [
    ["floor", () => timed(node, [self, "--case", "floor", "--dir", dir], { pin })],
    ["validate", () => timed(node, [cli, "validate", dir, "--format", "json"], { pin })],
    ["report", () => timed(node, [cli, "report", dir, "--year", "2025", "--format", "json"], { pin })],
    ["papaparse + zod", () => timed(node, [self, "--case", "papaparse", "--dir", dir], { pin })],
    ["duckdb", () => timed(node, [self, "--case", "duckdb", "--dir", dir, "--threads", threads], { pin })],
  ];
}

async function main() {
  const sizes = arg("sizes", "1000000,5000000,10000000").split(",").map(Number);
  const modes = arg("cores", "one,both").split(",");
  const skip = arg("skip", "").split(",");
  const mib = (b) => `${(b / 2 ** 20).toFixed(0)} MiB`;
  console.log(`machine: node ${process.version}, ${process.platform}/${process.arch}; each case its own process; ratios to the floor of the same round; peak RSS = the process's high-water mark`);
  for (const rows of sizes) {
    const runs = Number(arg("runs", rows > 1_000_000 ? "1" : "3"));
    const { dir, bytes } = await dataset(rows);
    console.log(`\n${rows.toLocaleString("en")} attendance rows, 62,500 children, 50,000 sessions, 2,500 activities: ${mib(bytes)} of CSV`);
    for (const mode of modes) {
      const cases = casesFor(dir, mode === "one").filter(([name]) => !skip.includes(name));
      const best = {};
      for (let round = 0; round < runs; round++) {
        const took = Object.fromEntries(cases.map(([name, run]) => [name, run()]));
        for (const [name, r] of Object.entries(took)) {
          if (r.status !== 0 && !(name === "validate" || name === "report")) throw new Error(`${name} failed: ${r.stderr.slice(-2000)}`);
          const ratio = r.seconds / took.floor.seconds;
          const prev = best[name];
          best[name] = prev === undefined || ratio < prev.ratio ? { ...r, ratio, rss: Math.max(r.rss, prev?.rss ?? 0) } : { ...prev, rss: Math.max(r.rss, prev.rss) };
        }
      }
      console.log(`${mode === "one" ? "one core (taskset -c 0, DuckDB 1 thread)" : "both cores (DuckDB 2 threads)"}, best of ${runs}:`);
      console.log("  case               wall time   x floor    peak RSS   output");
      for (const [name] of cases) {
        const r = best[name];
        const out = name === "validate" || name === "report" ? `exit ${r.status}, sha256 ${hash(r.stdout)}` : name === "duckdb" ? (comparable(r.stdout) === comparable(best.report?.stdout ?? "") ? "report = report's" : "report DIFFERS from report's") : "";
        console.log(`  ${name.padEnd(17)} ${`${r.seconds.toFixed(1)} s`.padStart(9)} ${`${r.ratio.toFixed(1)}x`.padStart(9)} ${mib(r.rss).padStart(11)}   ${out}`);
      }
    }
  }
}

if (args.includes("--case")) {
  const dir = arg("dir");
  if (arg("case") === "floor") process.stdout.write(`${JSON.stringify(await floor(dir))}\n`);
  else if (arg("case") === "papaparse") await papaparseZod(dir);
  else await duckdbCase(dir, Number(arg("threads", "1")));
} else await main();
