import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { TABLE_NAMES, tableFromName, tables, type TableName } from "./index.js";

describe("tables", () => {
  it("knows the tables by English and Dutch file names with every extension", () => {
    expect(tableFromName("children.csv")).toBe("children");
    expect(tableFromName("data/Aanwezigheid.CSV")).toBe("attendance");
    expect(tableFromName("activiteiten.xlsx")).toBe("activities");
    expect(tableFromName("bijeenkomsten.tsv")).toBe("sessions");
    expect(tableFromName("signalen.ndjson")).toBe("signals");
    expect(tableFromName("verwijzingen.jsonl")).toBe("referrals");
    expect(tableFromName("kinderen.json")).toBe("children");
    expect(tableFromName("kinderen.txt")).toBe("children");
    expect(tableFromName("kinderen-excel-nl.csv")).toBe("children");
    expect(tableFromName("export.csv")).toBeUndefined();
    expect(tableFromName("kinderen-en-signalen.csv")).toBeUndefined();
  });
  it("gives every column a Dutch alias and a rule in both languages", () => {
    for (const name of TABLE_NAMES) {
      for (const c of tables[name].columns) {
        expect(c.aliases.length, `${name}.${c.field}`).toBeGreaterThan(0);
        expect(c.rule.nl.length).toBeGreaterThan(3);
        expect(c.rule.en.length).toBeGreaterThan(3);
      }
    }
  });
  it("has a column for every field of the core schema", () => {
    for (const name of TABLE_NAMES) {
      const shape = Object.keys((tables[name].schema as unknown as { shape: Record<string, unknown> }).shape);
      expect(tables[name].columns.map((c) => c.field).sort(), name).toEqual(shape.sort());
    }
  });
});

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
    const path = fileURLToPath(new URL("../../../../docs/data-format.md", import.meta.url));
    const doc = readFileSync(path, "utf8");
    const start = "<!-- tables:start -->\n";
    const end = "<!-- tables:end -->";
    const generated = `${start}${TABLE_NAMES.map(columnTable).join("\n\n")}\n${end}`;
    const current = doc.slice(doc.indexOf(start), doc.indexOf(end) + end.length);
    if (process.env["UPDATE_DOCS"] === "1") writeFileSync(path, doc.replace(current, generated));
    else expect(current).toBe(generated);
  });
});
