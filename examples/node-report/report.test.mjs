import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const here = dirname(fileURLToPath(import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), "kinderwerk-node-report-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const run = (...args) => spawnSync(process.execPath, [join(here, "report.mjs"), ...args], { cwd: here, encoding: "utf8" });

describe("examples/node-report", () => {
  it("imports the example dataset, every row accepted, and writes the Dutch HTML report", () => {
    const out = join(tmp, "rapport.html");
    const r = run("data", "--out", out);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("children: 24 rows, 24 accepted, 0 rejected");
    expect(r.stdout).toContain("attendance: 551 rows, 551 accepted, 0 rejected");
    expect(r.stdout).toContain("Reach in 2025: 24 children");
    const html = readFileSync(out, "utf8");
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toContain('<html lang="nl"');
    expect(html).toContain("Stichting Kinderwerk Voorbeeld");
    expect(html).toContain("Bereik");
    // No child's pseudonym reaches the published report.
    expect(html).not.toMatch(/kw-\d{4}/);
  });

  it("writes the English report on request", () => {
    const out = join(tmp, "report-en.html");
    const r = run("data", "--out", out, "--lang", "en");
    expect(r.status).toBe(0);
    expect(readFileSync(out, "utf8")).toContain('<html lang="en"');
  });
});
