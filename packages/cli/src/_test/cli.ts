// Test helpers: run the BUILT command as a separate process, in temporary folders.

import { spawn, spawnSync, type SpawnSyncReturns } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The package folder. */
export const PACKAGE_DIR = fileURLToPath(new URL("../..", import.meta.url));
/** The built command. */
export const CLI = join(PACKAGE_DIR, "dist", "cli.js");

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (!entry.name.endsWith(".test.ts")) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * Make sure `dist/cli.js` exists and is newer than the sources: build with tsup only when needed.
 * Fails with a clear message when the build fails.
 */
export function ensureBuilt(): void {
  const fresh = existsSync(CLI) && statSync(CLI).mtimeMs >= newestSource(join(PACKAGE_DIR, "src"));
  if (fresh) return;
  const build = spawnSync("pnpm", ["exec", "tsup"], { cwd: PACKAGE_DIR, encoding: "utf8", shell: process.platform === "win32" });
  if (build.status !== 0 || !existsSync(CLI)) {
    throw new Error(`packages/cli/dist/cli.js is missing and building it failed; run \`pnpm build\` first.\n${build.stderr ?? ""}`);
  }
}

/** The result of one run of the command. */
export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** The locale variables that set the command's language: left out of the tests' environment unless given. */
const LOCALE_VARIABLES = ["LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"] as const;

/** The environment of a test run: the process's without its locale (so Dutch by default), plus `env`. */
export function testEnv(env: Readonly<Record<string, string>> = {}): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = { ...process.env, FORCE_COLOR: "0" };
  for (const name of LOCALE_VARIABLES) delete out[name];
  return { ...out, ...env };
}

/** Run `kinderwerk ...args` as a separate process in `cwd` (with `env` added to a locale-free environment). */
export function kw(args: readonly string[], cwd: string, input?: string, env?: Readonly<Record<string, string>>): CliRun {
  const r: SpawnSyncReturns<string> = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: "utf8",
    env: testEnv(env),
    ...(input === undefined ? {} : { input }),
    timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh temporary folder, and a function that removes it. */
export function tempFolder(prefix = "kw-cli-"): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Run `kinderwerk ...args` as a separate process and answer its questions as a person would: when
 * the next question's text has appeared on stdout, type its keys. Ends when the process does.
 *
 * @param args - the arguments
 * @param cwd - the working folder
 * @param answers - each question's text and the keys typed for it (`"birthdate\r"`)
 * @param closeAfter - close stdin after the last answer, as a person who stops answering
 * @returns the run, and how many answers were typed
 */
export function converse(args: readonly string[], cwd: string, answers: readonly (readonly [question: string, keys: string])[], closeAfter = false): Promise<CliRun & { readonly answered: number }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, env: testEnv() });
    let stdout = "";
    let stderr = "";
    let next = 0;
    let asked = 0;
    const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
      // Each answer once its question is on the screen, after the text already answered.
      if (next < answers.length && stdout.indexOf(answers[next]![0], asked) !== -1) {
        asked = stdout.length;
        const keys = answers[next++]![1];
        const last = next === answers.length;
        setTimeout(() => (child.stdin.write(keys), last && closeAfter && setTimeout(() => child.stdin.end(), 200)), 20);
      }
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", fail);
    child.on("close", (status) => {
      clearTimeout(timer);
      child.stdin.destroy();
      done({ status, stdout, stderr, answered: next });
    });
  });
}
