// Which table of the exchange format a file holds: the tables and their names are core's.

import { tableFromName, type TableName } from "@kinderwerk/core";

export type { TableName };

/** The file extensions the CLI reads. */
export const DATA_EXTENSIONS = [".csv", ".tsv", ".xlsx", ".ndjson", ".jsonl", ".json"] as const;

/** Whether a file name has an extension the CLI reads. */
export function isDataFile(path: string): boolean {
  const lower = path.toLowerCase();
  return DATA_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/**
 * The table a file holds, from the words of its name: `kinderen.csv`, `children-2025.xlsx` and
 * `export_aanwezigheid_mei.csv` all name their table (see core's `tableFromName`).
 */
export const tableFromFileName: (path: string) => TableName | undefined = tableFromName;

/** A table name given with `--table` (English or Dutch), or `undefined` when it names none. */
export function tableFromOption(value: string): TableName | undefined {
  return tableFromName(value.trim());
}
