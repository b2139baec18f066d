#!/usr/bin/env node
// Keeps modules and functions small enough to read: no non-test source file over MAX_FILE lines,
// no function over MAX_FUNCTION lines. Run by `pnpm lint:sizes` in `pnpm test`.
// `node scripts/sizes.mjs --report` lists the largest files and functions without failing.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

const MAX_FILE = 400;
const MAX_FUNCTION = 80;
const root = new URL("..", import.meta.url).pathname;
const report = process.argv.includes("--report");

function* sources(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "node_modules" && entry.name !== "dist" && entry.name !== "_test") yield* sources(path);
    } else if (/\.tsx?$/.test(entry.name) && !/\.(test|test-d|bench)\.tsx?$|\.d\.ts$|_fixture\.ts$|testData\.ts$/.test(entry.name)) {
      yield path;
    }
  }
}

const files = [];
const functions = [];
const packages = join(root, "packages");
for (const pkg of readdirSync(packages)) {
  for (const path of sources(join(packages, pkg, "src"))) {
    const text = readFileSync(path, "utf8");
    const file = relative(root, path);
    const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
    files.push({ file, lines: text.split("\n").length - (text.endsWith("\n") ? 1 : 0) });
    const visit = (node) => {
      if (ts.isFunctionLike(node) && "body" in node && node.body) {
        const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
        const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
        const name = node.name?.getText(source) ?? (ts.isVariableDeclaration(node.parent) ? node.parent.name.getText(source) : "(anonymous)");
        functions.push({ file, name, line: start + 1, lines: end - start + 1 });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
}

const bigFiles = files.filter((f) => f.lines > MAX_FILE).sort((a, b) => b.lines - a.lines);
const bigFunctions = functions.filter((f) => f.lines > MAX_FUNCTION).sort((a, b) => b.lines - a.lines);
if (report) {
  for (const f of [...files].sort((a, b) => b.lines - a.lines).slice(0, 15)) console.log(`${String(f.lines).padStart(5)}  ${f.file}`);
  console.log();
  for (const f of [...functions].sort((a, b) => b.lines - a.lines).slice(0, 25)) console.log(`${String(f.lines).padStart(5)}  ${f.file}:${f.line} ${f.name}`);
  process.exit(0);
}
for (const f of bigFiles) console.error(`${f.file}: ${f.lines} lines (at most ${MAX_FILE})`);
for (const f of bigFunctions) console.error(`${f.file}:${f.line}: ${f.name} has ${f.lines} lines (at most ${MAX_FUNCTION})`);
if (bigFiles.length + bigFunctions.length > 0) process.exit(1);
console.log(`sizes: ${files.length} files ≤ ${MAX_FILE} lines, ${functions.length} functions ≤ ${MAX_FUNCTION} lines`);
