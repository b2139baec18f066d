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
import { createReadStream, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { writeLines } from "./_lib/dataset.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const cli = join(root, "packages/cli/dist/cli.js");
const args = process.argv.slice(2);
const arg = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? dflt : args[i + 1];
};

// ---- the dataset -------------------------------------------------------------------------------
const pad = (n) => String(n).padStart(2, "0");
const WIJKEN = ["Groenewoud", "Wandelbos", "Binnenstad", "Zuiderkruis", "Korvel", "Fatima", "Reeshof", "Berkel-Enschot"];
const KINDS = ["course", "craft", "sport", "play", "outdoor-play", "holiday-programme", "outreach"];

/** Write the dataset of `rows` attendance records (if not there yet); returns its folder and size. */
async function scaleDataset(rows) {
  const dir = join(here, "data", `scale-${rows}`);
  const done = join(dir, ".complete");
  if (!existsSync(done)) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const perSession = 16;
    const nSessions = Math.ceil(rows / perSession);
    const nChildren = Math.max(1000, Math.round(rows / 160));
    const nActivities = Math.max(10, Math.round(nSessions / 200));
    const step = Math.max(1, Math.floor(nChildren / perSession) - 1);
    await writeLines(join(dir, "activities.csv"), (function* () {
      yield "activityId,name,kind,neighbourhood,minAge,maxAge\n";
      for (let a = 0; a < nActivities; a++) yield `a-${a},Activiteit ${a},${KINDS[a % KINDS.length]},${WIJKEN[a % WIJKEN.length]},4,12\n`;
    })());
    await writeLines(join(dir, "children.csv"), (function* () {
      yield "childId,birthDate,gender,neighbourhood\n";
      for (let c = 0; c < nChildren; c++) yield `k-${c},${2011 + (c % 12)}-${pad(1 + (c % 12))}-${pad(1 + (c % 28))},${c % 2 ? "girl" : "boy"},${WIJKEN[(c * 7) % WIJKEN.length]}\n`;
    })());
    // Sessions spread over 2021–2025, one every few hours of the 1,826 days.
    await writeLines(join(dir, "sessions.csv"), (function* () {
      yield "sessionId,activityId,date,startTime,durationMinutes,professionals,volunteers\n";
      for (let s = 0; s < nSessions; s++) {
        const day = new Date(Date.UTC(2021, 0, 1) + Math.floor((s / nSessions) * 1826) * 86_400_000).toISOString().slice(0, 10);
        yield `s-${s},a-${s % nActivities},${day},${pad(13 + (s % 6))}:00,90,1,${s % 3}\n`;
      }
    })());
    await writeLines(join(dir, "attendance.csv"), (function* () {
      yield "sessionId,childId,present\n";
      let n = 0;
      for (let s = 0; s < nSessions && n < rows; s++) {
        const base = (s * 7919) % nChildren;
        for (let j = 0; j < perSession && n < rows; j++, n++) yield `s-${s},k-${(base + j * step) % nChildren},${(s + j) % 10 === 9 ? "nee" : "ja"}\n`;
      }
    })());
    writeFileSync(done, "");
  }
  const bytes = readdirSync(dir).filter((f) => f.endsWith(".csv")).reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);
  return { dir, bytes };
}

// ---- cases run in this script's own process (--case) -------------------------------------------
async function floorCase(dir) {
  let rows = 0;
  let cells = 0;
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".csv"))) {
    const decoder = new TextDecoder();
    let rest = "";
    for await (const chunk of createReadStream(join(dir, file), { highWaterMark: 1 << 16 })) {
      const text = rest + decoder.decode(chunk, { stream: true });
      let pos = 0;
      for (let nl = text.indexOf("\n"); nl !== -1; nl = text.indexOf("\n", pos)) {
        cells += text.slice(pos, nl).split(",").length;
        rows++;
        pos = nl + 1;
      }
      rest = text.slice(pos);
    }
  }
  console.error(`floor: ${rows} lines, ${cells} fields`);
}

const DUCK_COLUMNS = {
  activities: ["activity_id, name, kind, neighbourhood, min_age, max_age", "activityId, name, kind, neighbourhood, minAge, maxAge"],
  children: ["child_id, birth_date, gender, neighbourhood", "childId, birthDate, gender, neighbourhood"],
  sessions: ["session_id, activity_id, date, start_time, duration_minutes, professionals, interns, volunteers", "sessionId, activityId, date, startTime, durationMinutes, professionals, 0, volunteers"],
  attendance: ["session_id, child_id, present", "sessionId, childId, present = 'ja'"],
};

/** DuckDB reads the CSVs into a database file with the schema of @kinderwerk/sql. */
async function duckdbLoadCase(dir, file, threads) {
  const require = createRequire(join(root, "packages/sql/package.json"));
  const { DuckDBInstance } = await import(pathToFileURL(require.resolve("@duckdb/node-api")).href);
  const { duckdbDatabase, migrate, sqlText } = await import(pathToFileURL(join(root, "packages/sql/dist/index.js")).href);
  rmSync(file, { force: true });
  rmSync(`${file}.wal`, { force: true });
  const instance = await DuckDBInstance.create(":memory:", { threads: String(threads) });
  const connection = await instance.connect();
  await connection.run(`ATTACH ${sqlText(file)} AS kinderwerk_store; USE kinderwerk_store`);
  const db = duckdbDatabase(connection);
  await migrate(db);
  for (const [table, [columns, select]] of Object.entries(DUCK_COLUMNS)) {
    await db.exec(`INSERT INTO kinderwerk.${table} (${columns}) SELECT ${select} FROM read_csv(${sqlText(join(dir, `${table}.csv`))}, header = true, all_varchar = true)`);
  }
  connection.closeSync();
  instance.closeSync();
}

// ---- the parent: one process per case, timed by GNU time ---------------------------------------
/** Run a command under /usr/bin/time; wall seconds, peak RSS in bytes, and what it wrote. */
function timed(command, commandArgs, env = {}) {
  const run = spawnSync("/usr/bin/time", ["-f", "KW_TIME %e %M", command, ...commandArgs], { encoding: "utf8", maxBuffer: 1 << 30, env: { ...process.env, ...env } });
  const line = run.stderr.split("\n").find((l) => l.startsWith("KW_TIME "));
  if (line === undefined) throw new Error(`no timing for ${commandArgs.join(" ")}: ${run.stderr.slice(-2000)}`);
  const [, seconds, kib] = line.split(" ");
  return { seconds: Number(seconds), rss: Number(kib) * 1024, status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A report's JSON without the moment it was made, for comparing two runs. */
const comparable = (json) => json.replace(/^\s*"generatedAt": "[^"]*",?\n/m, "");

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
      const report = name === "floor" || name === "duckdb load" ? "" : r.stdout === "" ? `exit ${r.status}, no report` : comparable(r.stdout) === comparable(js.stdout) ? (name === "js" ? `exit ${r.status}` : "= js") : "DIFFERS from js";
      console.log(`${name.padEnd(22)} ${`${r.seconds.toFixed(1)} s`.padStart(9)} ${`${(r.seconds / best.floor.seconds).toFixed(1)}x`.padStart(9)} ${`${(r.seconds / js.seconds).toFixed(2)}x`.padStart(7)} ${mib(r.rss).padStart(11)}   ${report}`);
    }
    if (js.stdout !== "") writeFileSync(join(here, "data", `scale-${rows}.report.json`), js.stdout);
  }
}

if (args.includes("--case")) {
  if (arg("case") === "floor") await floorCase(arg("dir"));
  else await duckdbLoadCase(arg("dir"), arg("file"), Number(arg("threads", "1")));
} else await main();
