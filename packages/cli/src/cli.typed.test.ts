// The command line as people type it, through the built command: global options anywhere, the
// language of the environment, "did you mean", and a reader that closes the pipe early.

import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI, ensureBuilt, kw, tempFolder, testEnv } from "./_test/cli.js";

let tmp: { dir: string; remove: () => void };
const NO_STACK = /\bat\s+\S+:\d+|node:internal|Error: write/;

beforeAll(() => {
  ensureBuilt();
  tmp = tempFolder();
  // Dutch Excel: `;`, CRLF; one row with an impossible date.
  writeFileSync(join(tmp.dir, "kinderen.csv"), "kindId;geboortedatum\r\nkw-0001;14-03-2016\r\nkw-0002;31-02-2015\r\n");
  expect(kw(["demo", "--out", "demo", "--seed", "5"], tmp.dir).status).toBe(0);
}, 120_000);
afterAll(() => tmp.remove());

describe("global options anywhere on the line", () => {
  it("takes --lang before the command as after it", () => {
    const before = kw(["--lang", "en", "validate", "kinderen.csv"], tmp.dir);
    const after = kw(["validate", "kinderen.csv", "--lang", "en"], tmp.dir);
    const equals = kw(["--lang=en", "validate", "kinderen.csv"], tmp.dir);
    expect(before.status).toBe(1);
    expect(before.stdout).toContain("kinderen.csv (children): 2 rows, 1 accepted, 1 rejected, 0 warnings");
    expect(after).toEqual(before);
    expect(equals).toEqual(before);
  });

  it("takes --quiet, -q, --help and --version before the command, between its arguments and after them", () => {
    expect(kw(["-q", "--lang", "en", "report", "demo", "--year", "2025", "--generated-at", "2026-01-15T09:00:00Z"], tmp.dir).status).toBe(0);
    expect(kw(["--quiet", "validate", "demo"], tmp.dir).status).toBe(0);
    const help = kw(["--lang", "en", "--help"], tmp.dir);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("Common options (anywhere on the line, also before the command):");
    const commandHelp = kw(["validate", "--lang", "en", "-h"], tmp.dir);
    expect(commandHelp.stdout).toContain("kinderwerk validate <files or folder>");
    expect(kw(["--help", "report"], tmp.dir).stdout).toContain("kinderwerk report <map>");
    expect(kw(["help", "capacity", "--lang", "en"], tmp.dir).stdout).toContain("kinderwerk capacity <folder>");
    for (const args of [["--version"], ["-q", "--version"], ["validate", "--version"]]) {
      const r = kw(args, tmp.dir);
      expect(r.status, args.join(" ")).toBe(0);
      expect(r.stdout).toMatch(/^\d+\.\d+\.\d+/);
    }
  });

  it("says that an option of a command goes after the command", () => {
    const r = kw(["--table", "kinderen", "validate", "kinderen.csv"], tmp.dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("kinderwerk: --table is een optie van validate, init: zet die na de opdracht (kinderwerk validate … --table …)\n");
  });

  it("asks for a command when only global options are given", () => {
    const r = kw(["--lang", "en", "-q"], tmp.dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("kinderwerk: give a command: validate, report, load, capacity, schema, demo or init (see kinderwerk --help)\n");
  });
});

describe("the language of the environment", () => {
  const summary = (env: Record<string, string>, ...extra: string[]) => kw(["validate", "kinderen.csv", ...extra], tmp.dir, undefined, env).stdout.split("\n")[0];
  const DUTCH = "kinderen.csv (children): 2 rijen, 1 goedgekeurd, 1 afgekeurd, 0 waarschuwingen";
  const ENGLISH = "kinderen.csv (children): 2 rows, 1 accepted, 1 rejected, 0 warnings";

  it("speaks English under an English LANG and Dutch under any other", () => {
    expect(summary({ LANG: "en_GB.UTF-8" })).toBe(ENGLISH);
    expect(summary({ LANG: "en_US" })).toBe(ENGLISH);
    expect(summary({ LANG: "nl_NL.UTF-8" })).toBe(DUTCH);
    expect(summary({ LANG: "C" })).toBe(DUTCH);
    expect(summary({ LANG: "de_DE.UTF-8" })).toBe(DUTCH);
    expect(summary({})).toBe(DUTCH);
  });

  it("lets LC_ALL beat LANG, and --lang beat both", () => {
    expect(summary({ LC_ALL: "C", LANG: "en_GB.UTF-8" })).toBe(DUTCH);
    expect(summary({ LC_ALL: "en_GB.UTF-8", LANG: "nl_NL.UTF-8" })).toBe(ENGLISH);
    expect(summary({ LC_ALL: "", LANG: "en_GB.UTF-8" })).toBe(ENGLISH); // an empty LC_ALL is not set
    expect(summary({ LC_MESSAGES: "en_GB.UTF-8", LANG: "nl_NL.UTF-8" })).toBe(ENGLISH);
    expect(summary({ LC_ALL: "en_GB.UTF-8" }, "--lang", "nl")).toBe(DUTCH);
    expect(summary({ LANG: "nl_NL.UTF-8" }, "--lang", "en")).toBe(ENGLISH);
  });

  it("speaks the environment's language in errors and help too", () => {
    const r = kw(["validate", "--bogus"], tmp.dir, undefined, { LANG: "en_GB.UTF-8" });
    expect(r.stderr).toBe("kinderwerk: unknown option --bogus\n");
    expect(kw(["--help"], tmp.dir, undefined, { LC_ALL: "en_GB.UTF-8" }).stdout).toContain("Usage:");
  });
});

describe("did you mean", () => {
  it("suggests the option meant, in Dutch and in English, with exit 2", () => {
    const nl = kw(["validate", "kinderen.csv", "--rejcts", "uit.csv"], tmp.dir);
    expect(nl.status).toBe(2);
    expect(nl.stderr).toBe("kinderwerk: onbekende optie --rejcts; bedoelt u --rejects?\n");
    const en = kw(["validate", "kinderen.csv", "--rejcts=uit.csv", "--lang", "en"], tmp.dir);
    expect(en.status).toBe(2);
    expect(en.stderr).toBe("kinderwerk: unknown option --rejcts; did you mean --rejects?\n");
    expect(kw(["report", "demo", "--yaer", "2025"], tmp.dir).stderr).toBe("kinderwerk: onbekende optie --yaer; bedoelt u --year?\n");
    expect(kw(["capacity", "demo", "--qiuet"], tmp.dir).stderr).toBe("kinderwerk: onbekende optie --qiuet; bedoelt u --quiet?\n");
    expect(kw(["--lnag", "en", "validate", "kinderen.csv"], tmp.dir).stderr).toBe("kinderwerk: onbekende optie --lnag; bedoelt u --lang?\n");
  });

  it("suggests the command meant, in Dutch and in English, with exit 2", () => {
    const nl = kw(["valideer", "kinderen.csv"], tmp.dir);
    expect(nl.status).toBe(2);
    expect(nl.stderr).toBe('kinderwerk: onbekende opdracht "valideer"; bedoelt u validate? (zie kinderwerk --help)\n');
    const en = kw(["--lang", "en", "raport", "demo"], tmp.dir);
    expect(en.status).toBe(2);
    expect(en.stderr).toBe('kinderwerk: unknown command "raport"; did you mean report? (see kinderwerk --help)\n');
    expect(kw(["help", "capacty"], tmp.dir).stderr).toContain("bedoelt u capacity?");
  });

  it("suggests nothing when nothing is close", () => {
    expect(kw(["validate", "kinderen.csv", "--zzzzzz"], tmp.dir).stderr).toBe("kinderwerk: onbekende optie --zzzzzz\n");
  });
});

describe("a reader that closes the pipe", () => {
  // `set -o pipefail`: the pipeline's status is kinderwerk's own, not that of head.
  const piped = (command: string) => spawnSync("bash", ["-c", `set -o pipefail; ${command} | head -c 100`], { cwd: tmp.dir, encoding: "utf8", env: testEnv() });

  it("ends without a word on stderr and with its own exit code when head has read enough", () => {
    mkdirSync(join(tmp.dir, "veel"), { recursive: true });
    // 4,000 rejected rows: about 1 MB of JSON, far more than a pipe holds.
    const rows = Array.from({ length: 4000 }, (_, i) => `kw-${i};31-02-2015`);
    writeFileSync(join(tmp.dir, "veel", "kinderen.csv"), `kindId;geboortedatum\r\n${rows.join("\r\n")}\r\n`);
    const r = piped(`"${process.execPath}" "${CLI}" validate veel --format json`);
    expect(r.stdout).toHaveLength(100);
    expect(r.stdout.startsWith('{\n  "files": [')).toBe(true);
    expect(r.stderr).toBe("");
    expect(r.stderr).not.toMatch(NO_STACK);
    expect(r.status).toBe(1); // rows were rejected: the closed pipe does not turn that into success
  });

  it("exits 0 when every row was accepted, however early the reader left", () => {
    // Every row a warning (the same child twice in a session): a large document, exit code 0.
    mkdirSync(join(tmp.dir, "dubbel"), { recursive: true });
    const rows = Array.from({ length: 4000 }, (_, i) => `b-${i},kw-1,ja\nb-${i},kw-1,ja`);
    writeFileSync(join(tmp.dir, "dubbel", "aanwezigheid.csv"), `bijeenkomstId,kindId,aanwezig\n${rows.join("\n")}\n`);
    const r = piped(`"${process.execPath}" "${CLI}" validate dubbel --format json`);
    expect(r.stdout).toHaveLength(100);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const report = piped(`"${process.execPath}" "${CLI}" report demo --year 2025 --format html -q`);
    expect(report.stderr).toBe("");
    expect(report.status).toBe(0);
  });
});
