// Import benchmark: how fast the file-reading layer of @kinderwerk/import turns a large
// attendance file into rows, against the floor (split lines, no checks) and the naive stack
// (csv-parse + zod). Each case runs in its own process so that peak memory is its own.
// Run: pnpm build && node --expose-gc bench/import.bench.mjs [--rows 1000000]
// Scale: node --expose-gc bench/import.bench.mjs --sizes 1000000,3000000,5000000,10000000 [--runs 1]
//   the floor and the full import (valid and 5% invalid) at each size, each in its own process, in
//   rounds; `--duplicate-memory <bytes>` sets the duplicate check's budget (both modes).
// Peak RSS is the kernel's high-water mark of the case's process (`process.resourceUsage().maxRSS`).
import { spawnSync } from "node:child_process";
import { createReadStream } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { dataset } from "./_lib/dataset.mjs";
import { floorFile } from "./_lib/folder.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const arg = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? dflt : args[i + 1];
};

// ---- one case, in a child process -------------------------------------------------------------
async function runCase(name, file, limitRows) {
  globalThis.gc?.();
  let peakRss = process.memoryUsage().rss;
  let peakHeap = process.memoryUsage().heapUsed;
  const sample = () => {
    const m = process.memoryUsage();
    if (m.rss > peakRss) peakRss = m.rss;
    if (m.heapUsed > peakHeap) peakHeap = m.heapUsed;
  };
  const timer = setInterval(sample, 20);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const extra = {};
  let rows = 0;
  let cells = 0;
  if (name === "floor") {
    const one = await floorFile(file);
    rows = one.lines - 1; // the header
    cells = one.cells;
  } else if (name === "reader" || name === "reader-invalid") {
    const { readRows, fileSource } = await import("../packages/import/dist/node.js");
    for await (const event of readRows(fileSource(file))) {
      if (event.type === "rows") {
        rows += event.rows.length;
        for (const r of event.rows) cells += r.cells.length;
        sample();
      } else if (event.type === "error") throw new Error(event.issue.code);
    }
  } else if (name === "naive") {
    const { parse } = await import("csv-parse");
    const z = await import("zod");
    const Attendance = z.object({
      sessionId: z.string().min(1),
      childId: z.string().min(1),
      present: z.enum(["ja", "nee", "true", "false", "1", "0", "x", ""]),
      date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
      activityId: z.string().min(1),
      activityName: z.string(),
      neighbourhood: z.string(),
      groep: z.coerce.number().int().min(1).max(8),
      arrivedAt: z.string(),
      registeredBy: z.enum(["professional", "intern", "volunteer"]),
      note: z.string(),
    });
    const parser = createReadStream(file).pipe(parse({ columns: true, bom: true }));
    for await (const record of parser) {
      const r = Attendance.safeParse(record);
      if (r.success) cells += 11;
      rows++;
      if (rows >= limitRows) {
        parser.destroy();
        break;
      }
    }
  } else if (name === "full-import" || name === "full-import-invalid") {
    // The full import: header aliases, coercion, validation into core records, duplicate check,
    // rejects file; records and the rejects file streamed to callbacks, not kept (bounded memory).
    // The rejects file's bytes are counted, as a writer to disk would take them.
    const { importTable, fileSource } = await import("../packages/import/dist/node.js");
    let rejectBytes = 0;
    let late = 0;
    const memory = arg("duplicate-memory");
    const result = await importTable(fileSource(file), {
      table: "attendance",
      keepRecords: false,
      ...(memory === undefined ? {} : { duplicateMemory: Number(memory) }),
      onLateDuplicates: (rows) => {
        late += rows.length;
      },
      onRecords: (records) => {
        cells += records.length;
        sample();
      },
      onRejects: (bytes) => {
        rejectBytes += bytes.byteLength;
      },
    });
    if (result.counts.rejected > 0 && rejectBytes === 0) throw new Error("no rejects file written");
    if (!result.complete) throw new Error(result.issues.at(-1)?.code ?? "incomplete");
    if (result.counts.rows !== result.counts.accepted + result.counts.rejected) throw new Error("rows != accepted + rejected");
    rows = result.counts.rows;
    Object.assign(extra, { duplicates: result.counts.duplicates, late, rejected: result.counts.rejected });
  }
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  sample();
  clearInterval(timer);
  const maxRss = process.resourceUsage().maxRSS * 1024;
  console.log(JSON.stringify({ name, ms, cpuMs: (cpu.user + cpu.system) / 1000, rows, cells, peakRss: Math.max(peakRss, maxRss), peakHeap, ...extra }));
}

// ---- the parent: datasets, cases, table --------------------------------------------------------
async function main() {
  const rows = Number(arg("rows", "1000000"));
  const naiveRows = Math.min(rows, Number(arg("naive-rows", "200000")));
  const dir = join(here, "data");
  const t0 = performance.now();
  const valid = await dataset({ rows, dir });
  const invalid = await dataset({ rows, dir, invalidShare: 0.05 });
  console.log(`dataset: ${rows.toLocaleString("en")} attendance rows x 11 columns, ${(valid.bytes / 2 ** 20).toFixed(1)} MiB (valid), ${(invalid.bytes / 2 ** 20).toFixed(1)} MiB (5% invalid); ready in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  console.log(`machine: node ${process.version}, ${process.platform}/${process.arch}; each case in its own process, best of ${arg("runs", "3")} runs`);
  const runs = Number(arg("runs", "3"));
  const cases = [
    ["floor", valid.attendance, rows],
    ["reader", valid.attendance, rows],
    ["reader-invalid", invalid.attendance, rows],
    ["naive", valid.attendance, naiveRows],
    ["full-import", valid.attendance, rows],
    ["full-import-invalid", invalid.attendance, rows],
  ];
  const results = {};
  for (const [name, file, n] of cases) {
    let best;
    for (let i = 0; i < (name === "naive" ? 1 : runs); i++) {
      const run = spawnSync(process.execPath, ["--expose-gc", fileURLToPath(import.meta.url), "--case", name, "--file", file, "--limit", String(n)], { encoding: "utf8" });
      if (run.status !== 0) {
        console.error(run.stderr);
        process.exitCode = 1;
        break;
      }
      const r = JSON.parse(run.stdout.trim().split("\n").pop());
      if (r.skipped) {
        best = r;
        break;
      }
      if (best === undefined || r.ms < best.ms) best = { ...r, peakRss: Math.max(r.peakRss, best?.peakRss ?? 0), peakHeap: Math.max(r.peakHeap, best?.peakHeap ?? 0) };
    }
    results[name] = best;
  }
  const floor = results.floor;
  const mib = (b) => `${(b / 2 ** 20).toFixed(0)} MiB`;
  console.log("\ncase                       rows        time      rows/s     peak RSS  peak heap  vs floor");
  for (const [name] of cases) {
    const r = results[name];
    if (r === undefined) continue;
    if (r.skipped) {
      console.log(`${name.padEnd(26)} (skipped: the full import is not built yet; hook in bench/import.bench.mjs)`);
      continue;
    }
    const perRow = r.ms / r.rows;
    const extrapolated = name === "naive" && r.rows < rows;
    const ms = extrapolated ? perRow * rows : r.ms;
    console.log(
      `${(name + (extrapolated ? ` (${(r.rows / 1000).toFixed(0)}k rows)` : "")).padEnd(26)} ${String(r.rows).padStart(8)} ${`${(r.ms / 1000).toFixed(2)} s`.padStart(10)} ${String(Math.round(r.rows / (r.ms / 1000))).padStart(11)} ${mib(r.peakRss).padStart(12)} ${mib(r.peakHeap).padStart(10)}  ${(ms / floor.ms).toFixed(2)}x${extrapolated ? ` (extrapolated to ${rows.toLocaleString("en")} rows: ${(ms / 1000).toFixed(1)} s, ${(perRow * 1000).toFixed(2)} µs/row)` : ""}`,
    );
  }
  const inv = results["reader-invalid"];
  const full = results["full-import"];
  const fullInv = results["full-import-invalid"];
  if (full && fullInv && !full.skipped) console.log(`\nfull import on the 5% invalid file vs the valid one: ${((fullInv.ms / full.ms - 1) * 100).toFixed(1)}% (target: at most +30%)`);
    if (inv && results.reader) console.log(`\nreader on the 5% invalid file vs the valid one: ${((inv.ms / results.reader.ms - 1) * 100).toFixed(1)}% (target for the full import: at most +30%)`);
  console.log(`target for the full import: at most 3x the floor (${((3 * floor.ms) / 1000).toFixed(2)} s here) and under 200 MiB peak`);
}

// ---- scale: the full import at several sizes ---------------------------------------------------
async function scale() {
  const sizes = arg("sizes").split(",").map(Number);
  const runs = Number(arg("runs", "1"));
  const dir = join(here, "data");
  const memory = arg("duplicate-memory");
  const once = (name, file) => {
    const child = spawnSync(process.execPath, ["--expose-gc", fileURLToPath(import.meta.url), "--case", name, "--file", file, ...(memory === undefined ? [] : ["--duplicate-memory", memory])], { encoding: "utf8" });
    if (child.status !== 0) throw new Error(child.stderr);
    return JSON.parse(child.stdout.trim().split("\n").pop());
  };
  // Rounds of floor, import, invalid import, so that a slow spell of the machine hits all three;
  // the best time of each case, the highest peak.
  const best = (a, b) => (a === undefined ? b : { ...(b.ms < a.ms ? b : a), peakRss: Math.max(a.peakRss, b.peakRss) });
  console.log(`machine: node ${process.version}, ${process.platform}/${process.arch}; each case in its own process, best of ${runs}; peak RSS = process high-water mark`);
  console.log("\nrows        file      floor    import (x floor, CPU x)        peak    5% invalid (x floor, vs valid)        peak   duplicates (found after the file)");
  const mib = (b) => `${(b / 2 ** 20).toFixed(0)} MiB`;
  for (const rows of sizes) {
    const valid = await dataset({ rows, dir });
    const invalid = await dataset({ rows, dir, invalidShare: 0.05 });
    let floor;
    let full;
    let bad;
    for (let i = 0; i < runs; i++) {
      floor = best(floor, once("floor", valid.attendance));
      full = best(full, once("full-import", valid.attendance));
      bad = best(bad, once("full-import-invalid", invalid.attendance));
    }
    console.log(
      [
        String(rows).padEnd(10),
        mib(valid.bytes).padStart(8),
        `${(floor.ms / 1000).toFixed(2)} s`.padStart(9),
        `${(full.ms / 1000).toFixed(2)} s (${(full.ms / floor.ms).toFixed(2)}x, ${(full.cpuMs / floor.cpuMs).toFixed(2)}x)`.padStart(28),
        mib(full.peakRss).padStart(9),
        `${(bad.ms / 1000).toFixed(2)} s (${(bad.ms / floor.ms).toFixed(2)}x, ${((bad.ms / full.ms - 1) * 100).toFixed(0)}%)`.padStart(32),
        mib(bad.peakRss).padStart(9),
        `  ${full.duplicates} (${full.late}) / ${bad.duplicates} (${bad.late})`,
      ].join(" "),
    );
  }
}

if (args.includes("--case")) await runCase(arg("case"), arg("file"), Number(arg("limit", "0")));
else if (args.includes("--sizes")) await scale();
else await main();
