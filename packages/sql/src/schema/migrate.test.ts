import { TABLE_NAMES } from "@kinderwerk/core";
import { describe, expect, it } from "vitest";
import { ENGINES } from "../_test/engines.js";
import { MIGRATIONS, migrate } from "./migrate.js";
import { SQL_SCHEMA, tableRef } from "./ddl.js";

describe.each(ENGINES)("migrate on %s", (_name, open) => {
  it("makes every table of the format once, and a second run changes nothing", async () => {
    const { db, close } = await open();
    try {
      expect(await migrate(db)).toEqual({ applied: [1], version: 1 });
      expect(await migrate(db)).toEqual({ applied: [], version: MIGRATIONS.length });
      const rows = await db.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = '${SQL_SCHEMA}' ORDER BY table_name`);
      expect(rows.map((r) => r["table_name"])).toEqual([...TABLE_NAMES, "migrations"].sort());
      const recorded = await db.query(`SELECT version, name FROM "${SQL_SCHEMA}"."migrations"`);
      expect(recorded.map((r) => Number(r["version"]))).toEqual([1]);
    } finally {
      await close();
    }
  });

  it("holds the constraints: keys, references, codes, ranges, not-null", async () => {
    const { db, close } = await open();
    try {
      await migrate(db);
      await db.exec(`INSERT INTO ${tableRef("activities")} (activity_id, name, kind) VALUES ('a-1', 'Voetbal', 'sport')`);
      await db.exec(`INSERT INTO ${tableRef("sessions")} (session_id, activity_id, date, duration_minutes) VALUES ('s-1', 'a-1', DATE '2025-03-05', 90)`);
      const rejects = [
        // a second key
        `INSERT INTO ${tableRef("activities")} (activity_id, name, kind) VALUES ('a-1', 'Dans', 'sport')`,
        // a code outside the vocabulary
        `INSERT INTO ${tableRef("activities")} (activity_id, name, kind) VALUES ('a-2', 'Dans', 'dance')`,
        // a reference to nothing
        `INSERT INTO ${tableRef("sessions")} (session_id, activity_id, date, duration_minutes) VALUES ('s-2', 'a-9', DATE '2025-03-05', 90)`,
        // a duration outside 1..1440
        `INSERT INTO ${tableRef("sessions")} (session_id, activity_id, date, duration_minutes) VALUES ('s-3', 'a-1', DATE '2025-03-05', 0)`,
        // a required column left empty
        `INSERT INTO ${tableRef("sessions")} (session_id, activity_id, duration_minutes) VALUES ('s-4', 'a-1', 30)`,
        // an id longer than 64 characters
        `INSERT INTO ${tableRef("activities")} (activity_id, name, kind) VALUES ('${"a".repeat(65)}', 'Dans', 'sport')`,
        // staffing hours must be above 0
        `INSERT INTO ${tableRef("staff")} (staff_id) VALUES ('m-1'); INSERT INTO ${tableRef("staffing")} (staff_id, date, hours) VALUES ('m-1', DATE '2025-03-05', 0)`,
      ];
      for (const sql of rejects) await expect(db.exec(sql), sql).rejects.toThrow();
      const count = await db.query(`SELECT count(*) AS n FROM ${tableRef("sessions")}`);
      expect(Number(count[0]!["n"])).toBe(1);
    } finally {
      await close();
    }
  });
});
