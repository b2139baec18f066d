// Test helper: a fresh in-memory database of each engine, and a way to close it.
import { PGlite } from "@electric-sql/pglite";
import { DuckDBInstance } from "@duckdb/node-api";
import type { SqlDatabase } from "../database.js";
import { duckdbDatabase } from "../drivers/duckdb.js";
import { pgliteDatabase } from "../drivers/pglite.js";

export interface TestEngine {
  readonly db: SqlDatabase;
  close(): Promise<void>;
}

export async function openPglite(): Promise<TestEngine> {
  const pg = new PGlite();
  return { db: pgliteDatabase(pg), close: () => pg.close() };
}

export async function openDuckdb(): Promise<TestEngine> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  return {
    db: duckdbDatabase(connection),
    close: async () => {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

export const ENGINES = [
  ["pglite", openPglite],
  ["duckdb", openDuckdb],
] as const;
