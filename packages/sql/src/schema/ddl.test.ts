import { describe, expect, it } from "vitest";
import { MIGRATIONS } from "./migrate.js";
import { createTableSql, schemaSql } from "./ddl.js";
import { tables } from "@kinderwerk/core";

describe("the DDL derived from core's table specs", () => {
  // Migration 1 is what the table specs say today. When a spec changes the DDL, this snapshot
  // fails: add a migration that brings version-1 databases to the new shape, then update it.
  it.each(["postgres", "duckdb"] as const)("for %s is the one migration 1 applies", async (dialect) => {
    expect(MIGRATIONS[0]!.sql(dialect)).toBe(schemaSql(dialect));
    await expect(schemaSql(dialect)).toMatchFileSnapshot(`__snapshots__/schema.${dialect}.sql`);
  });

  it("holds the key, references, codes and ranges of a spec", () => {
    const sql = createTableSql(tables.sessions, "postgres");
    expect(sql).toContain(`PRIMARY KEY ("session_id")`);
    expect(sql).toContain(`FOREIGN KEY ("activity_id") REFERENCES "kinderwerk"."activities" ("activity_id")`);
    expect(sql).toContain(`"duration_minutes" INTEGER NOT NULL CHECK ("duration_minutes" >= 1) CHECK ("duration_minutes" <= 1440)`);
    expect(createTableSql(tables.children, "duckdb")).toContain(`"gender" VARCHAR CHECK ("gender" IN ('girl', 'boy', 'other', 'unknown'))`);
    expect(createTableSql(tables.activities, "duckdb")).toContain(`"partners" STRUCT(name VARCHAR, sector VARCHAR)[]`);
    expect(createTableSql(tables.staffing, "postgres")).toContain(`CHECK ("hours" > 0)`);
    expect(createTableSql(tables.signups, "postgres")).not.toContain("PRIMARY KEY");
  });
});
