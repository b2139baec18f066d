// docs/data-format.md's column tables are generated from core's table specs; this keeps them in step.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { TABLE_NAMES, tables, type TableName } from "@kinderwerk/core";
import { describe, expect, it } from "vitest";

/** The docs' column table of one table, from its spec. */
function columnTable(name: TableName): string {
  const t = tables[name];
  const code = (x: string) => `\`${x}\``;
  const cell = (x: string) => x.replaceAll("|", "\\|");
  const rows = t.columns.map((c) =>
    [code(c.field), code(c.aliases[0]!), c.aliases.length > 1 ? c.aliases.slice(1).map(code).join(", ") : "—", c.required ? "yes" : "no", cell(c.rule.en)].join(" | "),
  );
  const keys = t.key.length === 0 ? "no key: every row is a record of its own" : `key: ${t.key.map(code).join(" + ")}`;
  const refs = t.references.map((r) => `${code(r.field)} → ${r.to}${r.optional === true ? " (when given)" : ""}`);
  return [
    `### ${t.name} (${t.nl})`,
    "",
    `${t.labels.en}; ${keys}${refs.length > 0 ? `; references: ${refs.join(", ")}` : ""}. File names: ${t.fileNames.map(code).join(", ")}.`,
    "",
    "| Column | Dutch alias | Also accepted | Required | Rule |",
    "| --- | --- | --- | --- | --- |",
    ...rows.map((r) => `| ${r} |`),
  ].join("\n");
}

describe("the docs' column tables", () => {
  it("are the specs' columns, every table", () => {
    const path = fileURLToPath(new URL("../../../docs/data-format.md", import.meta.url));
    const doc = readFileSync(path, "utf8");
    const start = "<!-- tables:start -->\n";
    const end = "<!-- tables:end -->";
    const generated = `${start}${TABLE_NAMES.map(columnTable).join("\n\n")}\n${end}`;
    const current = doc.slice(doc.indexOf(start), doc.indexOf(end) + end.length);
    if (process.env["UPDATE_DOCS"] === "1") writeFileSync(path, doc.replace(current, generated));
    else expect(current).toBe(generated);
  });
});
