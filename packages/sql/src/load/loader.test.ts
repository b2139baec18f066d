import { importDataset } from "@kinderwerk/import";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestEngine } from "../_test/engines.js";
import { openDuckdb, openPg, openPglite } from "../_test/engines.js";
import { emptyTables } from "../_test/reset.js";
import type { SqlDatabase } from "../database.js";
import { migrate } from "../schema/migrate.js";
import { tableRef } from "../schema/ddl.js";
import { createLoader } from "./loader.js";

// A dataset as a Dutch Excel saves it: semicolons, CRLF, Dutch headers, DD-MM-YYYY, ja/nee, lists with |.
const FILES = [
  { name: "kinderen.csv", source: "kindId;geboortedatum;geslacht;postcode;wijk\r\nk-1;05-03-2016;meisje;1234 AB;Noord\r\nk-2;29-02-2020;;;\r\nk-3;01-01-2012;jongen;;Zuid \"Oost\"\r\n" },
  {
    name: "activiteiten.csv",
    source: "activiteitId;naam;soort;programmalijnen;pijlers;wijk;partners\r\na-1;Voetbal;sport;safety|citizenship;child;Noord;Bibliotheek (leisure)|OBS De Linde (education)\r\na-2;Knutselen;knutselen;;;;\r\n",
  },
  { name: "bijeenkomsten.csv", source: "bijeenkomstId;activiteitId;datum;starttijd;duur;beroepskrachten\r\nb-1;a-1;05-03-2025;14.30;90;2\r\nb-2;a-2;06-03-2025;;60;\r\n" },
  { name: "aanwezigheid.csv", source: "bijeenkomstId;kindId;aanwezig\r\nb-1;k-1;ja\r\nb-1;k-2;nee\r\nb-2;k-1;\r\nb-2;k-3;x\r\n" },
];

async function load(db: SqlDatabase, batchSize: number): Promise<object> {
  await emptyTables(db);
  const loader = createLoader(db, { batchSize });
  const result = await importDataset(FILES, { onRecords: (...batch) => loader.add(batch[0], batch[1]) });
  expect(result.counts.rejected).toBe(0);
  await loader.flush();
  return loader.written;
}

describe.each([
  ["pglite (COPY)", openPglite],
  ["pg (multi-row INSERT)", openPg],
  ["duckdb (appender)", openDuckdb],
] as const)("the loader on %s", (_name, open) => {
  let engine: TestEngine;
  beforeAll(async () => {
    engine = await open();
    await migrate(engine.db);
  });
  afterAll(() => engine.close());

  it.each([1, 3, 1000])("writes every kind of value as the import read it, in batches of %i", async (batchSize) => {
    const { db } = engine;
    const written = await load(db, batchSize);
      expect(written).toEqual({ children: 3, activities: 2, sessions: 2, attendance: 4 });
      const kids = await db.query(`SELECT child_id, CAST(birth_date AS VARCHAR(10)) AS birth, gender, postcode, neighbourhood FROM ${tableRef("children")} ORDER BY child_id`);
      expect(kids).toEqual([
        { child_id: "k-1", birth: "2016-03-05", gender: "girl", postcode: "1234", neighbourhood: "Noord" },
        { child_id: "k-2", birth: "2020-02-29", gender: null, postcode: null, neighbourhood: null },
        { child_id: "k-3", birth: "2012-01-01", gender: "boy", postcode: null, neighbourhood: 'Zuid "Oost"' },
      ]);
      const partners = db.dialect === "postgres" ? "(SELECT string_agg((p->>'name') || '/' || (p->>'sector'), ',') FROM jsonb_array_elements(partners) p)" : "array_to_string(list_transform(partners, lambda p: p.name || '/' || p.sector), ',')";
      const acts = await db.query(`SELECT activity_id, kind, array_to_string(programme_lines, ',') AS lines, array_to_string(pillars, ',') AS pillars, ${partners} AS partners FROM ${tableRef("activities")} ORDER BY activity_id`);
      expect(acts).toEqual([
        { activity_id: "a-1", kind: "sport", lines: "safety,citizenship", pillars: "child", partners: "Bibliotheek/leisure,OBS De Linde/education" },
        { activity_id: "a-2", kind: "craft", lines: "", pillars: "", partners: db.dialect === "postgres" ? null : "" },
      ]);
      const sessions = await db.query(`SELECT session_id, start_time, duration_minutes, professionals FROM ${tableRef("sessions")} ORDER BY session_id`);
      expect(sessions.map((s) => [s["session_id"], s["start_time"], Number(s["duration_minutes"]), Number(s["professionals"])])).toEqual([
        ["b-1", "14:30", 90, 2],
        ["b-2", null, 60, 0],
      ]);
      const present = await db.query(`SELECT session_id || '/' || child_id AS pair, present FROM ${tableRef("attendance")} ORDER BY 1`);
      expect(present).toEqual([
        { pair: "b-1/k-1", present: true },
        { pair: "b-1/k-2", present: false },
        { pair: "b-2/k-1", present: true },
        { pair: "b-2/k-3", present: true },
      ]);
  });

  it("rejects a batch whose references point to nothing, leaving the rows before it", async () => {
    await emptyTables(engine.db);
    const loader = createLoader(engine.db);
      await loader.add("activities", [{ activityId: "a-1", name: "Voetbal", kind: "sport", programmeLines: [], pillars: [], partners: [] }]);
      await loader.add("sessions", [{ sessionId: "s-1", activityId: "a-9", date: "2025-03-05", durationMinutes: 60 }]);
      await expect(loader.flush()).rejects.toThrow();
      const n = await engine.db.query(`SELECT COUNT(*) AS n FROM ${tableRef("activities")}`);
      expect(Number(n[0]!["n"])).toBe(1);
  });
});
