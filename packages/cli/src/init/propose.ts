// `kinderwerk init`: from another system's export, the mapping to read it with. What can be told
// from the file is proposed (the columns whose names the import knows, the closest field for the
// others, the codes it reads); what cannot is asked. The questions go through `Ask`, so that the
// proposal is the same whoever answers.

import { tables, type ColumnSpec, type TableName } from "@kinderwerk/core";
import { catalogueLookup, codeLookup, coerceBoolean, coerceCode, INVALID, normaliseHeader, resolveHeader, splitList, suggestColumn } from "@kinderwerk/import";
import { defaultCatalogues, excerpt, type Catalogues } from "@kinderwerk/core";

/** One choice of a question: what is shown, and the answer it gives. */
export interface Choice<T> {
  readonly name: string;
  readonly value: T;
}

/** Asks the person at the terminal to choose. */
export interface Ask {
  select<T>(question: { readonly message: string; readonly choices: readonly Choice<T>[]; readonly default?: T }): Promise<T>;
}

/** The words of the questions, in the person's language. */
export interface InitWords {
  readonly column: (header: string, examples: string) => string;
  readonly code: (value: string, field: string) => string;
  readonly table: string;
  readonly ignore: string;
  readonly keep: string;
}

/** The mapping file `init` writes (see `parseMapping`). */
export interface MappingFile {
  readonly table: TableName;
  readonly columns: Record<string, string | null>;
  readonly codes: Record<string, Record<string, string>>;
}

/** What came of the questions: the mapping, and the required fields no column holds. */
export interface Proposal {
  readonly mapping: MappingFile;
  readonly missing: readonly string[];
}

/** The most distinct values of a coded column that are asked about. */
const MAX_CODES_ASKED = 30;

/** A cell's values: a list column's items, or the cell. */
const valuesOf = (cell: string, def: ColumnSpec): string[] => (def.list ? splitList(cell) : [cell.trim()]).filter((v) => v !== "");

/** The codes a column takes, as the import reads them: `code → our code`. */
function lookupOf(def: ColumnSpec, catalogues: Catalogues): ReadonlyMap<string, string> | undefined {
  if (def.catalogue !== undefined) return catalogueLookup(catalogues[def.catalogue]);
  if (def.codes !== undefined) return codeLookup(def.codes);
  return undefined;
}

/**
 * The mapping for a file of `table`: each column whose name the import does not know is asked
 * about (the closest field first), then each value of a coded column that the import does not
 * read (`1`, `V`) is asked about among the codes the field takes.
 *
 * @param cells - the header row
 * @param rows - data rows, to find the codes used (a sample is enough)
 * @param table - the table the file holds
 * @param ask - who answers
 * @param words - the questions' words
 * @param catalogues - the catalogues in use
 * @returns the mapping and the required fields left without a column
 */
export async function proposeMapping(cells: readonly string[], rows: readonly (readonly string[])[], table: TableName, ask: Ask, words: InitWords, catalogues: Catalogues = defaultCatalogues): Promise<Proposal> {
  const spec = tables[table];
  const plan = resolveHeader(cells, table);
  const taken = new Map<string, number>(plan.columns.map((c) => [c.def.field, c.index]));
  const columns: Record<string, string | null> = {};
  for (const [index, header] of cells.entries()) {
    if (normaliseHeader(header) === "" || plan.byIndex[index] !== undefined || plan.reasonsIndex === index) continue;
    const suggestion = suggestColumn(header, table);
    const suggested = spec.columns.find((c) => c.field === suggestion || c.aliases.includes(suggestion ?? ""));
    const open = spec.columns.filter((c) => !taken.has(c.field));
    const ordered = suggested !== undefined && open.includes(suggested) ? [suggested, ...open.filter((c) => c !== suggested)] : open;
    const examples = [...new Set(rows.map((r) => r[index]?.trim() ?? "").filter((v) => v !== ""))].slice(0, 3).map((v) => excerpt(v, 20)).join(", ");
    const field = await ask.select<string | null>({
      message: words.column(header.trim(), examples),
      choices: [...ordered.map((c) => ({ name: `${c.field}${c.aliases[0] === undefined ? "" : ` (${c.aliases[0]})`}${c.required ? " *" : ""}`, value: c.field })), { name: words.ignore, value: null }],
      default: suggested !== undefined && open.includes(suggested) ? suggested.field : null,
    });
    columns[header.trim()] = field;
    if (field !== null) taken.set(field, index);
  }
  const codes: Record<string, Record<string, string>> = {};
  for (const def of spec.columns) {
    const index = taken.get(def.field);
    if (index === undefined) continue;
    const lookup = lookupOf(def, catalogues);
    if (lookup === undefined && def.type !== "boolean") continue;
    const unread = new Set<string>();
    for (const row of rows) {
      for (const value of valuesOf(row[index] ?? "", def)) {
        const read = lookup === undefined ? coerceBoolean(value) : coerceCode(value, lookup);
        if (read === INVALID && unread.size < MAX_CODES_ASKED) unread.add(value);
      }
    }
    const ours = lookup === undefined ? ["ja", "nee"] : [...new Set(lookup.values())];
    for (const value of unread) {
      const code = await ask.select<string | null>({
        message: words.code(excerpt(value, 20), def.field),
        choices: [...ours.map((c) => ({ name: c, value: c })), { name: words.keep, value: null }],
        default: null,
      });
      if (code !== null) (codes[def.field] ??= {})[value] = code;
    }
  }
  const missing = spec.columns.filter((c) => c.required && !taken.has(c.field)).map((c) => c.field);
  return { mapping: { table, columns, codes }, missing };
}
