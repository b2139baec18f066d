// Which table of the exchange format a file holds, from its name (English or Dutch).

import { basename } from "node:path";

/** The tables of the exchange format (FORMAT.md). */
export const TABLES = ["children", "activities", "sessions", "attendance", "signals", "referrals"] as const;
/** A table of the exchange format. */
export type TableName = (typeof TABLES)[number];

const NAMES: Readonly<Record<string, TableName>> = {
  children: "children", child: "children", kinderen: "children", kind: "children",
  activities: "activities", activity: "activities", activiteiten: "activities", activiteit: "activities",
  sessions: "sessions", session: "sessions", bijeenkomsten: "sessions", bijeenkomst: "sessions",
  attendance: "attendance", attendances: "attendance", aanwezigheid: "attendance", aanwezigheden: "attendance", presentie: "attendance",
  signals: "signals", signal: "signals", signalen: "signals", signaal: "signals",
  referrals: "referrals", referral: "referrals", verwijzingen: "referrals", verwijzing: "referrals",
};

/** The file extensions the CLI reads. */
export const DATA_EXTENSIONS = [".csv", ".tsv", ".xlsx", ".ndjson", ".jsonl", ".json"] as const;

/** Whether a file name has an extension the CLI reads. */
export function isDataFile(path: string): boolean {
  const lower = path.toLowerCase();
  return DATA_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/**
 * The table a file holds, from the words of its name: `kinderen.csv`, `children-2025.xlsx` and
 * `export_aanwezigheid_mei.csv` all name their table. The first word that names a table wins.
 */
export function tableFromFileName(path: string): TableName | undefined {
  const base = basename(path).toLowerCase().replace(/\.[^.]+$/, "");
  if (NAMES[base] !== undefined) return NAMES[base];
  for (const word of base.split(/[^a-z]+/)) {
    const t = NAMES[word];
    if (t !== undefined) return t;
  }
  return undefined;
}

/** A table name given with `--table` (English or Dutch), or `undefined` when it names none. */
export function tableFromOption(value: string): TableName | undefined {
  return NAMES[value.trim().toLowerCase()];
}
