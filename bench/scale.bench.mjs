// Scale benchmark: a year's report over 10M and 50M attendance records, through the JS path and
// through DuckDB, in the same run, with wall time and peak memory. Each case is its own process;
// peak RSS is the kernel's high-water mark of that process (GNU time's %M), DuckDB's memory included.
//
// Run: pnpm build && node bench/scale.bench.mjs [--sizes 10000000,50000000] [--runs 1] [--threads 1]
//   [--skip duckdb,…] (cases by name)
//
// The dataset (bench/data/scale-<rows>/, seeded, made once) is a large city over five years,
// 2021–2025: 16 children per session, each child at about 160 sessions, one activity per 200
// sessions; every (session, child) pair once, nine in ten present.
//
// Cases:
// - floor: stream every CSV of the folder and split lines and fields, no checks;
// - js: `kinderwerk report DIR --year 2025 --format json` (read, check, accumulate);
// - duckdb: the same with `--engine duckdb` (read and check in JS, load into an in-memory DuckDB
//   with the appender, indicators in SQL);
// - duckdb load: DuckDB reads the CSVs itself (`read_csv`) into a database file with the schema
//   of @kinderwerk/sql: what a database that already holds the records has paid once;
// - report from DuckDB: `kinderwerk report FILE.duckdb --year 2025 --format json` on that file.
// Every case's report must be the js case's, to the byte but for `generatedAt`; the run says so.
import { spawnSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadCsvs, openDuckdb } from "./_lib/duckdb.mjs";
import { datasetFolder, floor } from "./_lib/folder.mjs";
import { comparable, timed } from "./_lib/timed.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const cli = join(root, "packages/cli/dist/cli.js");
const args = process.argv.slice(2);
const arg = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? dflt : args[i + 1];
};

// ---- the dataset -------------------------------------------------------------------------------
/** The dataset of `rows` attendance records: 16 children per session, a child per 160 records, an activity per 200 sessions, 2021–2025. */
function scaleDataset(rows) {
  const sessions = Math.ceil(rows / 16);
  return datasetFolder({ dir: join(here, "data", `scale-${rows}`), rows, sessions, children: Math.max(1000, Math.round(rows / 160)), activities: Math.max(10, Math.round(sessions / 200)), fromYear: 2021, years: 5 });
}

// ---- cases run in this script's own process (--case) -------------------------------------------
/** DuckDB reads the CSVs into a database file with the schema of @kinderwerk/sql. */
async function duckdbLoadCase(dir, file, threads) {
  rmSync(file, { force: true });
  rmSync(`${file}.wal`, { force: true });
  const duck = await openDuckdb(file, threads);
  await loadCsvs(duck.db, dir);
  duck.close();
}

// ---- the parent: one process per case, timed by GNU time ---------------------------------------
async function main() {
  const sizes = arg("sizes", "10000000,50000000").split(",").map(Number);
  const runs = Number(arg("runs", "1"));
  const threads = Number(arg("threads", "1"));
  const skip = arg("skip", "").split(",");
  const self = fileURLToPath(import.meta.url);
  const node = process.execPath;
  console.log(`machine: node ${process.version}, ${process.platform}/${process.arch}; DuckDB threads: ${threads}; each case its own process, best of ${runs}; peak RSS = the process's high-water mark`);
  const mib = (b) => `${(b / 2 ** 20).toFixed(0)} MiB`;
  for (const rows of sizes) {
    const t0 = performance.now();
    const { dir, bytes } = await scaleDataset(rows);
    console.log(`\n${rows.toLocaleString("en")} attendance records: ${mib(bytes)} of CSV in ${dir} (ready in ${((performance.now() - t0) / 1000).toFixed(0)} s)`);
    const file = join(here, "data", `scale-${rows}.duckdb`);
    const cases = [
      ["floor", () => timed(node, [self, "--case", "floor", "--dir", dir])],
      ["js", () => timed(node, [cli, "report", dir, "--year", "2025", "--format", "json"])],
      ["duckdb load", () => timed(node, [self, "--case", "duckdb-load", "--dir", dir, "--file", file, "--threads", String(threads)])],
      ["report from DuckDB", () => timed(node, [cli, "report", file, "--year", "2025", "--format", "json"])],
      ["duckdb", () => timed(node, [cli, "report", dir, "--year", "2025", "--format", "json", "--engine", "duckdb"])],
    ].filter(([name]) => !skip.includes(name));
    const best = {};
    for (let i = 0; i < runs; i++) {
      for (const [name, run] of cases) {
        const r = run();
        console.log(`  round ${i + 1}: ${name}: ${r.seconds.toFixed(1)} s, ${mib(r.rss)}, exit ${r.status}`);
        if (r.status !== 0 && name !== "js" && name !== "duckdb") throw new Error(`${name} failed: ${r.stderr.slice(-2000)}`);
        const prev = best[name];
        best[name] = prev === undefined || r.seconds < prev.seconds ? { ...r, rss: Math.max(r.rss, prev?.rss ?? 0) } : { ...prev, rss: Math.max(r.rss, prev.rss) };
      }
    }
    const js = best["js"];
    console.log("case                   wall time   x floor   x js    peak RSS   report");
    for (const [name] of cases) {
      const r = best[name];
      const report = name === "floor" || name === "duckdb load" ? "" : r.stdout === "" ? `exit ${r.status}, no report` : js === undefined ? "" : comparable(r.stdout) === comparable(js.stdout) ? (name === "js" ? `exit ${r.status}` : "= js") : "DIFFERS from js";
      console.log(`${name.padEnd(22)} ${`${r.seconds.toFixed(1)} s`.padStart(9)} ${`${(r.seconds / best.floor.seconds).toFixed(1)}x`.padStart(9)} ${(js === undefined ? "-" : `${(r.seconds / js.seconds).toFixed(2)}x`).padStart(7)} ${mib(r.rss).padStart(11)}   ${report}`);
    }
    if (js !== undefined && js.stdout !== "") writeFileSync(join(here, "data", `scale-${rows}.report.json`), js.stdout);
  }
}

if (args.includes("--case")) {
  if (arg("case") === "floor") await floor(arg("dir"));
  else await duckdbLoadCase(arg("dir"), arg("file"), Number(arg("threads", "1")));
} else await main();
