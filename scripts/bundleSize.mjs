#!/usr/bin/env node
// What an app pays, gzipped, for what it imports from the packages: each case is bundled with
// esbuild (minified, for the browser) from the built dist/ as an app's bundler would see it, and
// gzipped at level 9. Run by `pnpm lint:bundle` in `pnpm test`; fails when a case is over its limit.
//
// `zod` is the baseline: an app that validates one object with zod's classic API (as core does)
// pays that much for zod alone, measured in the same run. A parse function may cost at most
// LIMITS.aboveZod more than it: that much is core's own.
import { gzipSync } from "node:zlib";
import { readFileSync } from "node:fs";
import { build } from "esbuild";

const KB = 1024;
const root = new URL("..", import.meta.url).pathname;

/** The cases: what an app writes, and the limit of its cost (a number of bytes, or above zod). */
const CASES = [
  { name: "zod (baseline)", code: 'import * as z from "zod"; console.log(z.object({ id: z.string(), born: z.string().max(10) }).safeParse({}).success);' },
  { name: "core: daysInMonth", code: 'import { daysInMonth } from "@kinderwerk/core"; console.log(daysInMonth(2024, 2));', limit: 3 * KB },
  { name: "core: addDays", code: 'import { addDays } from "@kinderwerk/core"; console.log(addDays("2025-01-31", 1));', limit: 3 * KB },
  { name: "core: ageOn", code: 'import { ageOn } from "@kinderwerk/core"; console.log(ageOn("2016-03-14", "2025-09-01"));', limit: 3 * KB },
  { name: "core: parseChild", code: 'import { parseChild } from "@kinderwerk/core"; console.log(parseChild({}).ok);', aboveZod: 10 * KB },
  { name: "core: parseAttendance", code: 'import { parseAttendance } from "@kinderwerk/core"; console.log(parseAttendance({}).ok);', aboveZod: 10 * KB },
  { name: "core: everything", code: 'import * as core from "@kinderwerk/core"; console.log(Object.keys(core).length);' },
];

/** Resolves `@kinderwerk/<name>` to the ESM build its package.json exports. */
const workspace = {
  name: "workspace",
  setup(b) {
    b.onResolve({ filter: /^@kinderwerk\/[a-z]+$/ }, ({ path }) => {
      const dir = `${root}packages/${path.slice("@kinderwerk/".length)}`;
      const pkg = JSON.parse(readFileSync(`${dir}/package.json`, "utf8"));
      return { path: `${dir}/${pkg.exports["."].import.default}` };
    });
  },
};

/** The minified bundle of one case, and its size gzipped. */
async function measure(code) {
  const result = await build({
    stdin: { contents: code, resolveDir: `${root}packages/core`, loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    logLevel: "silent",
    plugins: [workspace],
  });
  const bytes = result.outputFiles[0].contents;
  return { min: bytes.length, gz: gzipSync(bytes, { level: 9 }).length };
}

const kb = (n) => `${(n / KB).toFixed(1)} KB`;
const rows = [];
let zod = 0;
let failed = 0;
for (const c of CASES) {
  const { min, gz } = await measure(c.code);
  if (c.name.startsWith("zod")) zod = gz;
  const limit = c.limit ?? (c.aboveZod === undefined ? undefined : zod + c.aboveZod);
  const over = limit !== undefined && gz > limit;
  if (over) failed++;
  rows.push([c.name, kb(min), kb(gz), limit === undefined ? "" : `${kb(limit)}${c.aboveZod === undefined ? "" : ` (zod + ${kb(c.aboveZod)})`}`, over ? "OVER" : limit === undefined ? "" : "ok"]);
}
const widths = rows[0].map((_, i) => Math.max(...[["case", "minified", "gzipped", "limit", ""], ...rows].map((r) => r[i].length)));
for (const r of [["case", "minified", "gzipped", "limit", ""], ...rows]) console.log(r.map((cell, i) => cell.padEnd(widths[i])).join("  ").trimEnd());
if (failed > 0) {
  console.error(`\n${failed} case(s) over their limit: an import pulls in more than it needs (see scripts/pureTopLevel.mjs).`);
  process.exit(1);
}
