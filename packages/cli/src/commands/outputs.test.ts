// An output path that is an input by another name — a hard link, a symbolic link, a path through a
// linked folder — is refused before anything is read or written, through the built command.

import { existsSync, linkSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt, kw, tempFolder } from "../_test/cli.js";

let tmp: { dir: string; remove: () => void };
const at = (...p: string[]) => join(tmp.dir, ...p);
// Dutch Excel: `;`, CRLF; the second row rejected, so a rejects file would be written.
const KINDEREN = "kindId;geboortedatum\r\nkw-0001;14-03-2016\r\nkw-0002;31-02-2015\r\n";

beforeAll(() => {
  ensureBuilt();
  tmp = tempFolder();
  mkdirSync(at("data"));
  writeFileSync(at("data", "kinderen.csv"), KINDEREN);
  linkSync(at("data", "kinderen.csv"), at("harde-link.csv"));
  symlinkSync(at("data", "kinderen.csv"), at("symlink.csv"));
  symlinkSync(at("data"), at("map-link"));
  expect(kw(["demo", "--out", "demo", "--seed", "3"], tmp.dir).status).toBe(0);
  linkSync(at("demo", "bijeenkomsten.csv"), at("rapport-link.json"));
  symlinkSync(at("demo", "aanwezigheid.csv"), at("plan-link.txt"));
});
afterAll(() => tmp.remove());

const untouched = () => expect(readFileSync(at("data", "kinderen.csv"), "utf8")).toBe(KINDEREN);

describe("kinderwerk validate --rejects", () => {
  it("refuses a hard link to the input, exit 2, and leaves the input as it was", () => {
    const r = kw(["validate", "data/kinderen.csv", "--rejects", "harde-link.csv"], tmp.dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("kinderwerk: --rejects harde-link.csv is hetzelfde bestand als data/kinderen.csv, dat gelezen wordt; kies een ander pad\n");
    expect(r.stdout).toBe("");
    untouched();
  });

  it("refuses a symbolic link to the input and a path through a linked folder, in English too", () => {
    const link = kw(["validate", "data/kinderen.csv", "--rejects", "symlink.csv", "--lang", "en"], tmp.dir);
    expect(link.status).toBe(2);
    expect(link.stderr).toBe("kinderwerk: --rejects symlink.csv is the same file as data/kinderen.csv, which is being read; choose another path\n");
    const folder = kw(["validate", "data/kinderen.csv", "--rejects", "map-link/kinderen.csv"], tmp.dir);
    expect(folder.status).toBe(2);
    untouched();
  });

  it("refuses a rejects folder in which a rejects file would be a link to an input", () => {
    mkdirSync(at("afgekeurd"));
    symlinkSync(at("data", "kinderen.csv"), at("afgekeurd", "kinderen.afgekeurd.csv"));
    const r = kw(["validate", "data", "--rejects", "afgekeurd"], tmp.dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("is hetzelfde bestand als data/kinderen.csv");
    untouched();
  });

  it("still writes the rejects file to a path of its own", () => {
    const r = kw(["validate", "data/kinderen.csv", "--rejects", "eigen.csv"], tmp.dir);
    expect(r.status).toBe(1);
    expect(readFileSync(at("eigen.csv"), "utf8")).toContain("31-02-2015");
    untouched();
  });
});

describe("kinderwerk validate --rejects, a folder for inputs of the same name", () => {
  it("gives each input a rejects file of its own, named after the folder it is in", () => {
    // A dataset delivered a year at a time, each year in its own folder under the same file names.
    for (const [year, bad] of [["2024", "kw-0102;30-02-2016"], ["2025", "kw-0203;2016-13-01"]] as const) {
      mkdirSync(at("jaren", year), { recursive: true });
      writeFileSync(at("jaren", year, "kinderen.csv"), `kindId;geboortedatum\r\nkw-${year};14-03-2016\r\n${bad}\r\n`);
    }
    writeFileSync(at("jaren", "2025", "Kinderen.tsv"), "kindId\tgeboortedatum\r\nkw-0301\t2016-02-30\r\n");
    const r = kw(["validate", "jaren/2024/kinderen.csv", "jaren/2025/kinderen.csv", "jaren/2025/Kinderen.tsv", "--rejects", "afgekeurd-jaren", "--format", "json"], tmp.dir);
    expect(r.status).toBe(1);
    const rejected = (name: string) => readFileSync(at("afgekeurd-jaren", name), "utf8");
    expect(rejected("2024-kinderen.afgekeurd.csv")).toContain("kw-0102");
    expect(rejected("2024-kinderen.afgekeurd.csv")).not.toContain("kw-0203");
    // Within 2025 two inputs are still named alike (whatever their case): their extensions tell them apart.
    expect(rejected("2025-kinderen.csv.afgekeurd.csv")).toContain("kw-0203");
    expect(rejected("2025-Kinderen.tsv.afgekeurd.csv")).toContain("kw-0301");
  });
});

describe("kinderwerk report and capacity --out", () => {
  it("refuses a report written over an input through a hard link, exit 2, the input untouched", () => {
    const before = readFileSync(at("demo", "bijeenkomsten.csv"));
    const r = kw(["report", "demo", "--year", "2025", "--out", "rapport-link.json"], tmp.dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("kinderwerk: --out rapport-link.json is hetzelfde bestand als demo/bijeenkomsten.csv, dat gelezen wordt; kies een ander pad\n");
    expect(readFileSync(at("demo", "bijeenkomsten.csv")).equals(before)).toBe(true);
  });

  it("refuses a capacity plan written over an input through a symbolic link, exit 2, the input untouched", () => {
    const before = readFileSync(at("demo", "aanwezigheid.csv"));
    const r = kw(["capacity", "demo", "--year", "2025", "--out", "plan-link.txt", "--lang", "en"], tmp.dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("kinderwerk: --out plan-link.txt is the same file as demo/aanwezigheid.csv, which is being read; choose another path\n");
    expect(readFileSync(at("demo", "aanwezigheid.csv")).equals(before)).toBe(true);
    expect(existsSync(at("plan-link.txt"))).toBe(true);
  });
});
