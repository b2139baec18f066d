// The tables of the exchange format, each defined once (FORMAT.md versions 1 and 2). The parse
// functions, the import, the JSON Schemas and the documentation's column tables derive from these.
import { activitiesTable } from "./activities.js";
import { attendanceTable } from "./attendance.js";
import { budgetsTable } from "./budgets.js";
import { childrenTable } from "./children.js";
import { meldcodeTable } from "./meldcode.js";
import { neighbourhoodsTable } from "./neighbourhoods.js";
import { referralsTable } from "./referrals.js";
import { sessionsTable } from "./sessions.js";
import { signalsTable } from "./signals.js";
import { signupsTable } from "./signups.js";
import { TABLE_NAMES, type TableName, type TableSpec } from "./spec.js";
import { staffTable } from "./staff.js";
import { staffingTable } from "./staffing.js";
import { targetsTable } from "./targets.js";

export {
  activitiesTable,
  attendanceTable,
  budgetsTable,
  childrenTable,
  meldcodeTable,
  neighbourhoodsTable,
  referralsTable,
  sessionsTable,
  signalsTable,
  signupsTable,
  staffTable,
  staffingTable,
  targetsTable,
};
export { TABLE_MODELS, TABLE_NAMES, column, defineTable, spellings } from "./spec.js";
export type { ColumnMore, ColumnSpec, TableModel, ParseOptions, RecordCheckContext, TableDefinition, TableName, TableReference, TableSpec, ValueType } from "./spec.js";

/** Every table's spec, by canonical name. */
export const tables = {
  children: childrenTable,
  activities: activitiesTable,
  sessions: sessionsTable,
  attendance: attendanceTable,
  signals: signalsTable,
  referrals: referralsTable,
  staff: staffTable,
  staffing: staffingTable,
  signups: signupsTable,
  meldcode: meldcodeTable,
  budgets: budgetsTable,
  targets: targetsTable,
  neighbourhoods: neighbourhoodsTable,
} as const satisfies { readonly [N in TableName]: TableSpec<N, unknown> };

/**
 * The record type of a table: `TableRecord<"children">` is `Child`, `TableRecord<"staffing">` is
 * `Staffing`.
 */
export type TableRecord<N extends TableName> = (typeof tables)[N] extends TableSpec<N, infer T> ? T : never;

/** A record of any table, tagged with its table: what a reader of a whole dataset hands on. */
export type AnyTableRecord = { readonly [N in TableName]: { readonly table: N; readonly record: TableRecord<N> } }[TableName];

/**
 * Records of one table with their table, as the arguments `(table, records)` of a callback: the
 * two agree, so `if (table === "sessions")` narrows `records` to `Session[]`.
 */
export type TableBatch = { [N in TableName]: [table: N, records: readonly TableRecord<N>[]] }[TableName];

/**
 * Whether a text is the canonical name of a table.
 *
 * @param name - any text
 * @returns `true` for `children`, `activities`, `sessions`, … (see {@link TABLE_NAMES})
 * @example
 * isTableName("attendance"); // => true
 * isTableName("aanwezigheid"); // => false (a Dutch name: see tableFromName)
 */
export function isTableName(name: unknown): name is TableName {
  return typeof name === "string" && (TABLE_NAMES as readonly string[]).includes(name);
}

const BY_FILE_NAME: ReadonlyMap<string, TableName> = new Map(TABLE_NAMES.flatMap((t) => tables[t].fileNames.map((n) => [n, t] as const)));

const FILE_EXTENSIONS = /\.(?:csv|tsv|txt|xlsx|xlsm|ndjson|jsonl|json)$/i;

/**
 * The table a file name or table name means: a name of the table in English or Dutch, plural or
 * singular (`kinderen`, `child`, `inzet`), with or without a folder and an extension (`.csv`,
 * `.tsv`, `.txt`, `.xlsx`, `.xlsm`, `.ndjson`, `.jsonl`, `.json`), ignoring case. A name with
 * qualifiers (`kinderen_2025.csv`, `export-aanwezigheid mei.xlsx`) is recognised when the words
 * of exactly one table appear in it.
 *
 * @param name - a file name or path, or a table name
 * @returns the table, or `undefined` when the name means none (or more than one)
 * @example
 * tableFromName("data/Aanwezigheid.csv"); // => "attendance"
 * tableFromName("kinderen_2025.xlsx"); // => "children"
 * tableFromName("export.csv"); // => undefined
 */
export function tableFromName(name: string): TableName | undefined {
  const base = (name.split(/[\\/]/).pop() ?? "").replace(FILE_EXTENSIONS, "").trim().toLowerCase();
  const exact = BY_FILE_NAME.get(base);
  if (exact !== undefined) return exact;
  const found = new Set<TableName>();
  for (const word of base.split(/[^\p{L}]+/u)) {
    const t = BY_FILE_NAME.get(word);
    if (t !== undefined) found.add(t);
  }
  return found.size === 1 ? [...found][0] : undefined;
}
