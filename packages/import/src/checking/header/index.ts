import { closestWord, excerpt, issue, scanPersonalData, TABLE_NAMES, tables, type Issue, type ColumnSpec, type TableName } from "@kinderwerk/core";
import { recordIssue } from "../../types/recordIssue.js";

/**
 * The names of the column that a rejects file adds with the reasons a row was rejected. A column
 * with one of these names is ignored on import (no warning), so a fixed rejects file imports again.
 */
export const REASONS_COLUMNS = ["importfouten", "importerrors", "redenen", "reasons"] as const;

/**
 * A column name reduced to what matters: lowercase, without spaces, `_` and `-`.
 *
 * @param name - a column name as written in a file
 * @returns the name to compare
 * @example
 * normaliseHeader(" Kind ID "); // => "kindid"
 * normaliseHeader("duur_minuten"); // => "duurminuten"
 */
export function normaliseHeader(name: string): string {
  let out = "";
  const lower = name.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    // spaces, tabs, no-break spaces, `_` and `-`; a BOM too
    if (c === 32 || c === 9 || c === 0xa0 || c === 95 || c === 45 || c === 0xfeff) continue;
    out += lower[i];
  }
  return out;
}

/**
 * The closest known column name of a table to an unknown one, for a "did you mean …?" hint:
 * the canonical name or alias (written as the format writes it) nearest to it, compared as
 * {@link normaliseHeader} makes them (see core's `closestWord`: at most 1 edit for short names,
 * about a third of the length for longer ones; two swapped letters are one edit).
 *
 * @param name - the unknown column name
 * @param table - the table
 * @returns the suggestion, or `undefined` when nothing is close
 * @example
 * suggestColumn("geboortedatun", "children"); // => "geboortedatum"
 * suggestColumn("schoenmaat", "children"); // => undefined
 */
export function suggestColumn(name: string, table: TableName): string | undefined {
  return closestWord(name, tables[table].columns.flatMap((def) => [def.field, ...def.aliases]), normaliseHeader);
}

/** A column of the file matched to a column of the table. */
export interface ResolvedColumn {
  /** The position of the column in the file (0-based). */
  readonly index: number;
  /** The column name as written in the file. */
  readonly header: string;
  /** The column of the table it means. */
  readonly def: ColumnSpec;
}

/** How the columns of a file map onto a table. */
export interface HeaderPlan {
  readonly table: TableName;
  /** The matched columns, in file order. */
  readonly columns: readonly ResolvedColumn[];
  /** For each file column (by index): its match, or `undefined` when it is ignored. */
  readonly byIndex: readonly (ResolvedColumn | undefined)[];
  /** The columns of the file that mean nothing for this table (reported once, kept out of records). */
  readonly unknown: readonly string[];
  /** The index of a reasons column of a rejects file, or -1. */
  readonly reasonsIndex: number;
  /** File-level issues: unknown and duplicate columns (warnings), missing required columns or a missing header row (errors). */
  readonly issues: readonly Issue[];
}

/** Options for {@link resolveHeader}. */
export interface ResolveHeaderOptions {
  /**
   * Extra column names (their normalised form is compared) that mean a field of the table, from a
   * mapping: `{ "Geb.datum": "birthDate" }`. A `null` field ignores that column without a warning.
   */
  readonly columns?: Readonly<Record<string, string | null>>;
}

/** The longest unknown column name that a message may show. */
const SHOWN_NAME_MAX = 40;

/**
 * An unknown column name as a message may show it, or `undefined` when it must not be shown: a
 * file without a header row puts a data row in its place (a child's name, an address, a phone
 * number, a birth date). A name is shown only when it has no run of 3 or more digits, no `@`, no
 * personal data that {@link scanPersonalData} finds, and at most 40 characters.
 *
 * @param header - the column name as written in the file
 * @returns the name to show, or `undefined`
 * @example
 * shownColumnName("schoenmaat"); // => "schoenmaat"
 * shownColumnName("06-12345678"); // => undefined
 */
export function shownColumnName(header: string): string | undefined {
  const name = header.trim();
  if (name.length === 0 || name.length > SHOWN_NAME_MAX) return undefined;
  if (/\p{Nd}{3}/u.test(name) || name.includes("@") || scanPersonalData(name).length > 0) return undefined;
  return excerpt(name, SHOWN_NAME_MAX);
}

/** Look-up tables per table: normalised name → column. Built once. */
const lookups = new Map<TableName, Map<string, ColumnSpec>>();
function lookupOf(table: TableName): Map<string, ColumnSpec> {
  let map = lookups.get(table);
  if (map === undefined) {
    map = new Map();
    for (const def of tables[table].columns) {
      for (const name of [def.field, ...def.aliases]) if (!map.has(normaliseHeader(name))) map.set(normaliseHeader(name), def);
    }
    lookups.set(table, map);
  }
  return map;
}

/**
 * Match the header row of a file to the columns of a table. Names match case-insensitively,
 * ignoring spaces, `_` and `-`; the canonical English names and the Dutch aliases both work.
 * An unknown column is reported once (a warning, with a suggestion when one is close) and kept out
 * of the records; a second column for the same field is ignored with a warning; a required column
 * that is missing is an error. A rejects file's reasons column is ignored quietly.
 *
 * When not one cell names a column of the table, the row is taken for a data row (a file without
 * a header row): the plan then holds a single `header.missing` error and no cell of the row is
 * echoed. An unknown column is named in its warning only when `shownColumnName` allows it;
 * otherwise by its position (`params.position`, 1-based).
 *
 * @param cells - the header row's cells
 * @param table - the table the file holds
 * @param options - extra names from a mapping
 * @returns the plan: which file column feeds which field
 * @example
 * const plan = resolveHeader(["Kind ID", "Geboortedatum", "schoenmaat"], "children");
 * plan.columns.map((c) => c.def.field); // => ["childId", "birthDate"]
 * plan.unknown; // => ["schoenmaat"]
 */
export function resolveHeader(cells: readonly string[], table: TableName, options: ResolveHeaderOptions = {}): HeaderPlan {
  const lookup = lookupOf(table);
  const defs = tables[table].columns;
  const extra = new Map<string, string | null>();
  for (const [name, field] of Object.entries(options.columns ?? {})) extra.set(normaliseHeader(name), field);
  const columns: ResolvedColumn[] = [];
  const byIndex: (ResolvedColumn | undefined)[] = [];
  const unknown: string[] = [];
  const issues: Issue[] = [];
  const seen = new Map<string, string>();
  let reasonsIndex = -1;
  cells.forEach((header, index) => {
    const name = normaliseHeader(header);
    byIndex.push(undefined);
    if (name === "") return;
    let def: ColumnSpec | undefined;
    if (extra.has(name)) {
      const field = extra.get(name);
      if (field === null) return;
      def = defs.find((d) => d.field === field);
    } else def = lookup.get(name);
    if (def === undefined) {
      if ((REASONS_COLUMNS as readonly string[]).includes(name)) {
        if (reasonsIndex === -1) reasonsIndex = index;
        return;
      }
      const suggestion = suggestColumn(header, table);
      const shown = shownColumnName(header);
      unknown.push(shown ?? `#${index + 1}`);
      issues.push(
        issue(
          "header.unknown-column",
          [],
          { ...(shown === undefined ? { position: index + 1 } : { column: shown }), ...(suggestion === undefined ? {} : { suggestion }), table },
          "warning",
        ),
      );
      return;
    }
    const earlier = seen.get(def.field);
    if (earlier !== undefined) {
      issues.push(recordIssue("header.duplicate-column", [def.field], { column: excerpt(header.trim(), 40), first: excerpt(earlier, 40) }, "warning"));
      return;
    }
    seen.set(def.field, header.trim());
    const resolved: ResolvedColumn = { index, header: header.trim(), def };
    columns.push(resolved);
    byIndex[index] = resolved;
  });
  if (columns.length === 0 && unknown.length > 0) {
    // Not one cell names a column of the table: this is no header row but (most likely) a data row.
    // Say so once, and echo none of its cells.
    return { table, columns, byIndex, unknown: [], reasonsIndex, issues: [recordIssue("header.missing", [], { table })] };
  }
  for (const def of defs) {
    if (def.required && !seen.has(def.field)) {
      issues.push(recordIssue("header.missing-column", [def.field], { field: def.field, alias: def.aliases[0] ?? def.field, table }));
    }
  }
  return { table, columns, byIndex, unknown, reasonsIndex, issues };
}

/**
 * Whether a row is a header of the table: it names every required column (with a mapping's
 * column names too). Without a table: whether it is the header of exactly one table (see
 * {@link guessTable}). Chooses the sheet of a workbook that holds the table.
 *
 * @param table - the table wanted, when known
 * @param options - extra names from a mapping
 * @returns the test
 * @example
 * headerQualifies("children")(["kindId", "geboortedatum"]); // => true
 * headerQualifies("children")(["Toelichting bij dit bestand"]); // => false
 */
export function headerQualifies(table: TableName | undefined, options: ResolveHeaderOptions = {}): (cells: readonly string[]) => boolean {
  if (table === undefined) return (cells) => guessTable(cells) !== undefined;
  return (cells) => !resolveHeader(cells, table, options).issues.some((i) => i.code === "header.missing-column" || i.code === "header.missing");
}

/**
 * Guess the table of a file from its header: the table whose column names match the most
 * columns, counting only tables whose required columns are all present. Used when neither a table
 * nor a recognisable file name is given.
 *
 * @param cells - the header row's cells
 * @returns the table, or `undefined` when no table or more than one fits equally well
 * @example
 * guessTable(["bijeenkomstId", "kindId", "aanwezig"]); // => "attendance"
 */
export function guessTable(cells: readonly string[]): TableName | undefined {
  let best: TableName | undefined;
  let bestScore = 0;
  let tie = false;
  for (const table of TABLE_NAMES) {
    const plan = resolveHeader(cells, table);
    if (plan.issues.some((i) => i.code === "header.missing-column" || i.code === "header.missing")) continue;
    const score = plan.columns.length * 10 - plan.unknown.length;
    if (score > bestScore) {
      best = table;
      bestScore = score;
      tie = false;
    } else if (score === bestScore) tie = true;
  }
  return tie ? undefined : best;
}

