// Seeded dataset folders for the dataset and scale benchmarks: activities, children, sessions
// and attendance as four CSV files, every (session, child) pair once, nine in ten present. Made
// once per shape under bench/data/ (a `.complete` marker says the folder is whole).
import { createReadStream, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { writeLines } from "./dataset.mjs";

const pad = (n) => String(n).padStart(2, "0");
const WIJKEN = ["Groenewoud", "Wandelbos", "Binnenstad", "Zuiderkruis", "Korvel", "Fatima", "Reeshof", "Berkel-Enschot"];
const KINDS = ["course", "craft", "sport", "play", "outdoor-play", "holiday-programme", "outreach"];

/**
 * Write a dataset folder (if not there yet).
 * @param {{ dir: string, rows: number, sessions: number, children: number, activities: number, fromYear: number, years: number }} o
 *   `rows` attendance records over `sessions` sessions (spread evenly over `years` calendar years
 *   from `fromYear`), `children` children and `activities` activities
 * @returns {{ dir: string, bytes: number, attendanceBytes: number }}
 */
export async function datasetFolder({ dir, rows, sessions: nSessions, children: nChildren, activities: nActivities, fromYear, years }) {
  const done = join(dir, ".complete");
  if (!existsSync(done)) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const perSession = Math.ceil(rows / nSessions);
    const step = Math.max(1, Math.floor(nChildren / perSession) - 1);
    if (perSession > nChildren) throw new Error("more attendance per session than children");
    const days = Math.round(years * 365.25);
    await writeLines(join(dir, "activities.csv"), (function* () {
      yield "activityId,name,kind,neighbourhood,minAge,maxAge\n";
      for (let a = 0; a < nActivities; a++) yield `a-${a},Activiteit ${a},${KINDS[a % KINDS.length]},${WIJKEN[a % WIJKEN.length]},4,12\n`;
    })());
    await writeLines(join(dir, "children.csv"), (function* () {
      yield "childId,birthDate,gender,neighbourhood\n";
      for (let c = 0; c < nChildren; c++) yield `k-${c},${2011 + (c % 12)}-${pad(1 + (c % 12))}-${pad(1 + (c % 28))},${c % 2 ? "girl" : "boy"},${WIJKEN[(c * 7) % WIJKEN.length]}\n`;
    })());
    await writeLines(join(dir, "sessions.csv"), (function* () {
      yield "sessionId,activityId,date,startTime,durationMinutes,professionals,volunteers\n";
      for (let s = 0; s < nSessions; s++) {
        const day = new Date(Date.UTC(fromYear, 0, 1) + Math.floor((s / nSessions) * days) * 86_400_000).toISOString().slice(0, 10);
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
  const size = (f) => statSync(join(dir, f)).size;
  const csvs = readdirSync(dir).filter((f) => f.endsWith(".csv"));
  return { dir, bytes: csvs.reduce((sum, f) => sum + size(f), 0), attendanceBytes: size("attendance.csv") };
}

/** The CSV files of a folder. */
export function csvFiles(dir) {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".csv"))
    .sort()
    .map((f) => join(dir, f));
}

/**
 * The floor of one file: stream it in 64 KiB reads (as the importer reads: measured the fastest
 * chunk size for this floor) and split each line into its fields, no checks.
 * @returns {Promise<{ lines: number, cells: number }>} the lines, the header's included
 */
export async function floorFile(file) {
  let lines = 0;
  let cells = 0;
  const decoder = new TextDecoder();
  let rest = "";
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 16 })) {
    const text = rest + decoder.decode(chunk, { stream: true });
    let pos = 0;
    for (let nl = text.indexOf("\n"); nl !== -1; nl = text.indexOf("\n", pos)) {
      cells += text.slice(pos, nl).split(",").length;
      lines++;
      pos = nl + 1;
    }
    rest = text.slice(pos);
  }
  if (rest.length > 0) {
    cells += rest.split(",").length;
    lines++;
  }
  return { lines, cells };
}

/**
 * The floor of a dataset folder: {@link floorFile} over every CSV of it.
 * @returns {Promise<{ lines: number, cells: number }>}
 */
export async function floor(dir) {
  let lines = 0;
  let cells = 0;
  for (const file of csvFiles(dir)) {
    const one = await floorFile(file);
    lines += one.lines;
    cells += one.cells;
  }
  return { lines, cells };
}
