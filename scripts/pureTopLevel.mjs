// An esbuild plugin (for tsup) that marks the value of every top-level `const` made by a call —
// a zod schema, a vocabulary, a table spec, a frozen list — as pure (`/* @__PURE__ */`), so that a
// bundler drops the ones an app does not use; a value read from another (`Vocabulary.schema`) is
// wrapped in a pure arrow, since bundlers keep a property read in case it is a getter. A module's
// top level in these packages builds values and has no other effect (the build's size check in
// `scripts/bundleSize.mjs` fails when one does); what it builds is only needed when imported.
import { readFile } from "node:fs/promises";
import ts from "typescript";

/**
 * The source with `/* @__PURE__ *\/` before every call and `new` that builds a top-level const's
 * value (also those nested in its arguments, which a bundler would otherwise keep: `z.string()` in
 * `z.object({ name: z.string() })`), not inside functions, and each top-level read of a property
 * in a pure arrow.
 */
export function markTopLevelPure(text, fileName = "module.ts") {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const calls = new Set();
  const reads = [];
  const visit = (node) => {
    if (ts.isFunctionLike(node) || ts.isClassLike(node)) return;
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) calls.add(node.getStart(source));
    ts.forEachChild(node, visit);
  };
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement) || !(statement.declarationList.flags & ts.NodeFlags.Const)) continue;
    for (const declaration of statement.declarationList.declarations) {
      let value = declaration.initializer;
      while (value && (ts.isAsExpression(value) || ts.isSatisfiesExpression(value) || ts.isParenthesizedExpression(value))) value = value.expression;
      if (value && (ts.isPropertyAccessExpression(value) || ts.isElementAccessExpression(value))) reads.push({ start: value.getStart(source), end: value.getEnd() });
      else if (value) visit(value);
    }
  }
  const edits = [...[...calls].map((start) => ({ start, end: start, read: false })), ...reads.map((r) => ({ ...r, read: true }))].sort((a, b) => b.start - a.start);
  let out = text;
  for (const { start, end, read } of edits) {
    out = read ? `${out.slice(0, start)}/* @__PURE__ */ (() => ${out.slice(start, end)})()${out.slice(end)}` : `${out.slice(0, start)}/* @__PURE__ */ ${out.slice(start)}`;
  }
  return out;
}

/** @type {import("esbuild").Plugin} */
export const pureTopLevel = {
  name: "pure-top-level",
  setup(build) {
    build.onLoad({ filter: /\/src\/.*\.ts$/ }, async (args) => ({
      contents: markTopLevelPure(await readFile(args.path, "utf8"), args.path),
      loader: "ts",
    }));
  },
};
