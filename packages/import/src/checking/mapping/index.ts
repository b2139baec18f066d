import * as z from "zod";
import { defaultCatalogues, excerpt, fail, issue, ok, toIssues, type Catalogues, type Issue, type Result, TABLE_NAMES, tables, type ColumnSpec, type TableName } from "@kinderwerk/core";
import { normaliseHeader } from "../header/index.js";
import { catalogueLookup, codeLookup } from "../value/index.js";
import { recordIssue } from "../../types/recordIssue.js";

/**
 * A mapping for another system's export: which of their columns means which of our fields, and
 * which of their codes means which of our codes.
 *
 * - `columns`: their column name → our field (canonical name or Dutch alias); `null` ignores the column
 * - `codes`: our field → { their code → our code (or label) }, compared ignoring case
 *
 * @example
 * Mapping.parse({ table: "children", columns: { "Client nr": "childId", "Geb. datum": "geboortedatum" }, codes: { gender: { "1": "boy", "2": "girl" } } });
 */
export const Mapping = z.object({
  table: z.enum(TABLE_NAMES).optional(),
  columns: z.record(z.string().min(1).max(200), z.string().min(1).max(100).nullable()).default({}),
  codes: z.record(z.string().min(1).max(100), z.record(z.string().max(200), z.string().min(1).max(200))).default({}),
});
/** A mapping for another system's export, as written by a person. */
export type Mapping = z.input<typeof Mapping>;

/** A mapping checked against a table: column targets are canonical fields, code targets our codes. */
export interface ResolvedMapping {
  readonly table: TableName;
  /** Their column name → our canonical field (`null`: ignore the column). */
  readonly columns: Readonly<Record<string, string | null>>;
  /** Our field → their code (as written and lowercased) → our code. */
  readonly codes: Readonly<Record<string, ReadonlyMap<string, string>>>;
}

function fieldOf(table: TableName, name: string): ColumnSpec | undefined {
  const wanted = normaliseHeader(name);
  return tables[table].columns.find((d) => normaliseHeader(d.field) === wanted || d.aliases.some((a) => normaliseHeader(a) === wanted));
}

/**
 * Check a mapping against a table: every column target must be a field of the table, every code
 * target an allowed code of that field (a vocabulary code or a code of the catalogue in use; labels
 * are turned into codes).
 *
 * @param input - the mapping (anything; it is validated)
 * @param table - the table the mapping is for (default: the mapping's own `table`)
 * @param catalogues - the catalogues in use (default: the default catalogues)
 * @returns the resolved mapping, or the issues that reject it (`mapping.unknown-field`, `mapping.unknown-code`, …)
 * @example
 * const m = parseMapping({ columns: { Geslacht_code: "gender" }, codes: { gender: { "1": "jongen", "2": "meisje" } } }, "children");
 * m.ok && m.value.codes["gender"]?.get("2"); // => "girl"
 */
export function parseMapping(input: unknown, table?: TableName, catalogues: Catalogues = defaultCatalogues): Result<ResolvedMapping> {
  const parsed = Mapping.safeParse(input, { reportInput: true });
  if (!parsed.success) return fail(toIssues(parsed.error.issues));
  const m = parsed.data;
  const target = table ?? m.table;
  if (target === undefined) return fail([issue("value.required", ["table"])]);
  const issues: Issue[] = [];
  const columns: Record<string, string | null> = {};
  for (const [theirs, ours] of Object.entries(m.columns)) {
    if (ours === null) {
      columns[theirs] = null;
      continue;
    }
    const def = fieldOf(target, ours);
    if (def === undefined) issues.push(recordIssue("mapping.unknown-field", ["columns", theirs], { field: excerpt(ours, 40), table: target }));
    else columns[theirs] = def.field;
  }
  const codes: Record<string, ReadonlyMap<string, string>> = {};
  for (const [field, pairs] of Object.entries(m.codes)) {
    const def = fieldOf(target, field);
    if (def === undefined) {
      issues.push(recordIssue("mapping.unknown-field", ["codes", field], { field: excerpt(field, 40), table: target }));
      continue;
    }
    const lookup = def.codes ? codeLookup(def.codes) : def.catalogue ? catalogueLookup(catalogues[def.catalogue]) : undefined;
    if (lookup === undefined) {
      issues.push(recordIssue("mapping.not-a-code-field", ["codes", def.field]));
      continue;
    }
    const map = new Map<string, string>();
    for (const [theirs, ours] of Object.entries(pairs)) {
      const code = lookup.get(ours) ?? lookup.get(ours.trim().toLowerCase());
      if (code === undefined) issues.push(recordIssue("mapping.unknown-code", ["codes", def.field, theirs], { from: excerpt(theirs, 30), value: excerpt(ours, 30) }));
      else {
        map.set(theirs.trim(), code);
        map.set(theirs.trim().toLowerCase(), code);
      }
    }
    codes[def.field] = map;
  }
  return issues.length > 0 ? fail(issues) : ok({ table: target, columns, codes });
}

/**
 * A mapping ready to use: one resolved already is taken as it is, any other is checked with
 * {@link parseMapping}.
 *
 * @param m - the mapping, resolved or not
 * @param table - the table it is for
 * @param catalogues - the catalogues in use
 * @returns the resolved mapping, or the issues that reject it
 */
export function resolveMapping(m: Mapping | ResolvedMapping, table: TableName, catalogues: Catalogues = defaultCatalogues): Result<ResolvedMapping> {
  return isResolvedMapping(m) ? ok(m) : parseMapping(m, table, catalogues);
}

function isResolvedMapping(m: Mapping | ResolvedMapping): m is ResolvedMapping {
  return typeof m.table === "string" && Object.values(m.codes ?? {}).every((v) => v instanceof Map);
}
