// Personal-data scan benchmark: scanPersonalData of @kinderwerk/core over a 1,000-character note as
// kinderwerkers write them, with and without the list of @kinderwerk/names, against the scan core had
// before it found names, birth dates, street addresses, IBANs and disguised contact details
// (bench/_lib/oldPiiScan.ts), measured in the same run. Run: pnpm bench pii
import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import ts from "typescript";

const here = dirname(fileURLToPath(import.meta.url));
const core = await import(pathToFileURL(join(here, "../packages/core/dist/index.js")).href);
const { names } = await import(pathToFileURL(join(here, "../packages/names/dist/index.js")).href);

// The old scan, compiled from its TypeScript source into a module beside this file's dist import.
const oldSource = readFileSync(join(here, "_lib/oldPiiScan.ts"), "utf8").replace("../../packages/core/dist/index.js", pathToFileURL(join(here, "../packages/core/dist/index.js")).href);
const oldFile = join(mkdtempSync(join(tmpdir(), "pii-bench-")), "oldPiiScan.mjs");
writeFileSync(oldFile, ts.transpileModule(oldSource, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText);
const old = await import(pathToFileURL(oldFile).href);

// A 1,000-character note: lines of the labelled set (markup removed), joined until 1,000 characters.
const lines = readFileSync(join(here, "../fixtures/pii/notes.txt"), "utf8")
  .split("\n")
  .filter((l) => l && !l.startsWith("#"))
  .map((l) => l.replace(/\{\{[a-z]+:(.*?)\}\}/g, "$1"));
let note = "";
for (let i = 0; note.length < 1000; i += 7) note += `${lines[i % lines.length]}. `;
note = note.slice(0, 1000);

const REPS = 20_000;
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
/** CPU milliseconds per scan, best of five rounds of REPS scans (the machine may be shared). */
const perScan = (fn) => {
  for (let i = 0; i < 2000; i++) fn(note); // warm up
  let best = Infinity;
  for (let round = 0; round < 5; round++) {
    const t = cpuMs();
    for (let i = 0; i < REPS; i++) fn(note);
    best = Math.min(best, (cpuMs() - t) / REPS);
  }
  return best;
};

const cases = [
  ["old scan (baseline)", (t) => old.scanPersonalData(t)],
  ["scanPersonalData", (t) => core.scanPersonalData(t)],
  ["scanPersonalData with names", (t) => core.scanPersonalData(t, { names })],
  ["redact with names", (t) => core.redact(t, { names })],
];
console.log(`note: ${note.length} characters, ${core.scanPersonalData(note, { names }).length} findings (old scan: ${old.scanPersonalData(note).length})`);
for (const [label, fn] of cases) console.log(`${label.padEnd(30)} ${(perScan(fn) * 1000).toFixed(1).padStart(7)} µs per scan`);

// 100 kB texts made to slow a scan down (runs of words with a capital, street endings, birth-date
// words, written-out "at"s): the scan stays linear, so each should take about as long as 100 notes.
const adversarial = {
  "words with a capital": "Aaaa ".repeat(20_000),
  "names joined by en": "Sara en ".repeat(12_000),
  "van de van de": "van de ".repeat(15_000),
  "names before a role": "Sara (vader) ".repeat(8_000),
  "words before a street ending": `${"Aaa Bbb Ccc Ddd ".repeat(6_000)}straat 1`,
  "streets": "Dorpsstraat 1 ".repeat(7_000),
  "geb. geb.": "geb. ".repeat(20_000),
  "a at a at": "a at ".repeat(20_000),
  "x[at]x[at]": "x[at]".repeat(20_000),
  "NL91 NL91": "NL91 ".repeat(20_000),
};
for (const [label, text] of Object.entries(adversarial)) {
  let min = Infinity;
  for (let i = 0; i < 3; i++) {
    const t = cpuMs();
    core.scanPersonalData(text, { names });
    min = Math.min(min, cpuMs() - t);
  }
  console.log(`100 kB ${label.padEnd(30)} ${min.toFixed(1).padStart(7)} ms`);
}
