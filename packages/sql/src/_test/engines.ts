// Test helper: a fresh in-memory database of each engine, and a way to close it. `pg` runs
// against PGlite through PGlite's node-postgres connection, so the pg adapter is tested without a server.
import { PGlite } from "@electric-sql/pglite";
import { createPgConfig } from "@electric-sql/pglite/node-postgres";
import { DuckDBInstance } from "@duckdb/node-api";
import pg from "pg";
import type { SqlDatabase } from "../database.js";
import { duckdbDatabase } from "../drivers/duckdb.js";
import { pgDatabase } from "../drivers/pg.js";
import { pgliteDatabase } from "../drivers/pglite.js";

export interface TestEngine {
  readonly db: SqlDatabase;
  close(): Promise<void>;
}

export async function openPglite(): Promise<TestEngine> {
  const lite = new PGlite();
  return { db: pgliteDatabase(lite), close: () => lite.close() };
}

export async function openPg(): Promise<TestEngine> {
  const lite = new PGlite();
  const client = new pg.Client(createPgConfig(lite) as unknown as pg.ClientConfig);
  await client.connect();
  return {
    db: pgDatabase(client),
    close: async () => {
      await client.end();
      await lite.close();
    },
  };
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
