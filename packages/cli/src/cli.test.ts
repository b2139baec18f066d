// The command as people run it: a separate process (`node dist/cli.js …`) against files in temp folders.

import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt, kw, tempFolder } from "./_test/cli.js";

let tmp: { dir: string; remove: () => void };

beforeAll(() => {
  ensureBuilt();
  tmp = tempFolder();
}, 120_000);
afterAll(() => tmp.remove());

describe("kinderwerk --help and --version", () => {
  it("prints the help with examples and exits 0", () => {
    const r = kw(["--help"], tmp.dir);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("kinderwerk <opdracht>");
    expect(r.stdout).toContain("Voorbeelden:");
  });

  it("prints every command's help, in English with --lang en", () => {
    for (const command of ["validate", "report", "schema", "demo"]) {
      const r = kw([command, "--help", "--lang", "en"], tmp.dir);
      expect(r.status).toBe(0);
      expect(r.stdout).toContain(`kinderwerk ${command}`);
      expect(r.stdout).toContain("Examples:");
    }
  });

  it("prints the version of the package", () => {
    const r = kw(["--version"], tmp.dir);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe("bad commands and options", () => {
  it("rejects an unknown command with one line and exit 2, naming every command", () => {
    const r = kw(["opruimen"], tmp.dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('kinderwerk: onbekende opdracht "opruimen"; kies uit validate, report, load, capacity, schema, demo of init (zie kinderwerk --help)\n');
  });

  it("rejects an unknown option with one line, no stack trace", () => {
    const r = kw(["demo", "--sead", "3"], tmp.dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("kinderwerk: onbekende optie --sead; bedoelt u --seed?\n");
  });

  it("speaks English with --lang en", () => {
    const r = kw(["schema", "--bogus", "--lang", "en"], tmp.dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("kinderwerk: unknown option --bogus\n");
  });

  it("rejects a seed that is not a whole number", () => {
    const r = kw(["demo", "--seed", "abc"], tmp.dir);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain("--seed");
  });

  it("rejects a language it does not speak", () => {
    const r = kw(["schema", "--lang", "fr"], tmp.dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("--lang");
  });

  it("says which option is missing its value", () => {
    const r = kw(["demo", "--out"], tmp.dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("--out");
    expect(r.stderr).not.toMatch(/\bat\s+\S+:\d+/);
  });
});

describe("kinderwerk schema", () => {
  it("prints every model's JSON Schema as one object", () => {
    const r = kw(["schema"], tmp.dir);
    expect(r.status).toBe(0);
    const schemas = JSON.parse(r.stdout) as Record<string, { required?: string[] }>;
    expect(Object.keys(schemas).sort()).toEqual([
      "activity",
      "ageBands",
      "attendance",
      "budget",
      "catalogue",
      "child",
      "holidayCalendarYear",
      "meldcodeEvent",
      "meldcodeTrajectory",
      "neighbourhood",
      "referral",
      "referralConsent",
      "referralEvent",
      "session",
      "signal",
      "signup",
      "staffMember",
      "staffing",
      "target",
    ]);
    expect(schemas["child"]!.required).toEqual(["childId", "birthDate"]);
  });

  it("writes one file per model with --out", () => {
    const out = join(tmp.dir, "schemas");
    const r = kw(["schema", "--out", out], tmp.dir);
    expect(r.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      "activity.schema.json",
      "ageBands.schema.json",
      "attendance.schema.json",
      "budget.schema.json",
      "catalogue.schema.json",
      "child.schema.json",
      "holidayCalendarYear.schema.json",
      "meldcodeEvent.schema.json",
      "meldcodeTrajectory.schema.json",
      "neighbourhood.schema.json",
      "referral.schema.json",
      "referralConsent.schema.json",
      "referralEvent.schema.json",
      "session.schema.json",
      "signal.schema.json",
      "signup.schema.json",
      "staffMember.schema.json",
      "staffing.schema.json",
      "target.schema.json",
    ]);
    const child = JSON.parse(readFileSync(join(out, "child.schema.json"), "utf8")) as { $schema?: string; properties: Record<string, unknown> };
    expect(Object.keys(child.properties)).toContain("birthDate");
  });
});

describe("kinderwerk demo", () => {
  it("writes the same bytes for the same seed, and other bytes for another seed", () => {
    const a = join(tmp.dir, "demo-a");
    const b = join(tmp.dir, "demo-b");
    const c = join(tmp.dir, "demo-c");
    expect(kw(["demo", "--out", a, "--seed", "42"], tmp.dir).status).toBe(0);
    expect(kw(["demo", "--out", b, "--seed", "42"], tmp.dir).status).toBe(0);
    expect(kw(["demo", "--out", c, "--seed", "43"], tmp.dir).status).toBe(0);
    const names = readdirSync(a).sort();
    expect(names).toEqual([
      "LEESMIJ.md", "aanmeldingen.csv", "aanwezigheid.csv", "activiteiten.csv", "afspraken.csv", "begroting.csv", "bijeenkomsten.csv",
      "inzet.csv", "kinderen.csv", "medewerkers.csv", "meldcode.csv", "signalen.csv", "verwijzingen.csv", "wijken.csv",
    ]);
    for (const name of names) expect(readFileSync(join(a, name)).equals(readFileSync(join(b, name)))).toBe(true);
    expect(readFileSync(join(a, "aanwezigheid.csv")).equals(readFileSync(join(c, "aanwezigheid.csv")))).toBe(false);
  });

  it("writes to ./kinderwerk-demo by default and draws no progress bar when stderr is not a terminal", () => {
    const r = kw(["demo"], tmp.dir);
    expect(r.status).toBe(0);
    expect(readdirSync(join(tmp.dir, "kinderwerk-demo"))).toContain("kinderen.csv");
    expect(r.stderr).not.toContain("\r");
  });
});

describe("the walk-through of the package's README", () => {
  it("runs as written, each command with exit 0, in an empty folder", () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    const block = /```sh\n([\s\S]*?)```/.exec(readme)![1]!;
    const commands = block.split("\n").map((l) => l.replace(/\s+#.*$/, "").trim()).filter((l) => l.startsWith("kinderwerk "));
    expect(commands.length).toBeGreaterThanOrEqual(3);
    const folder = join(tmp.dir, "readme");
    mkdirSync(folder);
    for (const command of commands) {
      const r = kw(command.split(/\s+/).slice(1), folder);
      expect(r.status, `${command}\n${r.stderr}`).toBe(0);
    }
  });
});
