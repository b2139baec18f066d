// A case of a benchmark as its own process, timed by GNU time: wall seconds and the process's
// peak RSS (its high-water mark, native memory such as DuckDB's included).
import { spawnSync } from "node:child_process";

/**
 * Run a command under /usr/bin/time, pinned to CPU 0 when `pin` is set (`taskset -c 0`).
 * @returns {{ seconds: number, rss: number, status: number | null, stdout: string, stderr: string }}
 */
export function timed(command, commandArgs, { pin = false, env = {} } = {}) {
  const argv = ["-f", "KW_TIME %e %M", ...(pin ? ["taskset", "-c", "0"] : []), command, ...commandArgs];
  const run = spawnSync("/usr/bin/time", argv, { encoding: "utf8", maxBuffer: 1 << 30, env: { ...process.env, ...env } });
  const line = run.stderr.split("\n").find((l) => l.startsWith("KW_TIME "));
  if (line === undefined) throw new Error(`no timing for ${commandArgs.join(" ")}: ${run.stderr.slice(-2000)}`);
  const [, seconds, kib] = line.split(" ");
  return { seconds: Number(seconds), rss: Number(kib) * 1024, status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A report's or a check's JSON without the moment it was made, for comparing two runs. */
export const comparable = (json) => json.replace(/^\s*"generatedAt": "[^"]*",?\n/m, "");
