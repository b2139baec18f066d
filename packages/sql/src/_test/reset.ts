// Test helper: empty every table of a migrated database, children last.
import { TABLE_NAMES } from "@kinderwerk/core";
import type { SqlDatabase } from "../database.js";
import { tableRef } from "../schema/ddl.js";

export async function emptyTables(db: SqlDatabase): Promise<void> {
  const names = [...TABLE_NAMES].reverse();
  if (db.dialect === "postgres") await db.exec(`TRUNCATE ${names.map(tableRef).join(", ")}`);
  else for (const name of names) await db.exec(`DELETE FROM ${tableRef(name)}`);
}
