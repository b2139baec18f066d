import { CORE_INDICATOR_IDS, V2_INDICATOR_IDS, buildReport, createReportAccumulator, periodOfYear, renderJson } from "@kinderwerk/reporting";
import { importDataset } from "@kinderwerk/import";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomDataset } from "../_test/dataset.js";
import type { TestEngine } from "../_test/engines.js";
import type { ReportAccumulator } from "@kinderwerk/reporting";
import type { SqlDatabase } from "../database.js";
import { openDuckdb, openPg } from "../_test/engines.js";
import { createLoader } from "../load/loader.js";
import { migrate } from "../schema/migrate.js";
import { SQL_INDICATOR_GROUPS } from "./groups.js";
import { sqlResults } from "./results.js";

/** Load a random dataset into a database and a report accumulator alike. */
async function loadBoth(db: SqlDatabase, acc: ReportAccumulator, seed: number): Promise<void> {
  const loader = createLoader(db);
  await importDataset(randomDataset(seed), {
    onRecords: async (...batch) => {
      acc.addAll(batch[0] as never, batch[1] as never);
      await loader.add(batch[0], batch[1]);
    },
  });
  await loader.flush();
}

describe("sqlResults", () => {
  it("has SQL for every indicator of versions 1 and 2 reporting computes, once", () => {
    const ids = SQL_INDICATOR_GROUPS.flatMap((g) => g.ids);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...CORE_INDICATOR_IDS, ...V2_INDICATOR_IDS].sort());
  });

  describe("on a loaded database", () => {
    let engine: TestEngine;
    const period = periodOfYear(2025);
    const acc = createReportAccumulator({ period, region: "zuid" });
    beforeAll(async () => {
      engine = await openDuckdb();
      await migrate(engine.db);
      const loader = createLoader(engine.db);
      await importDataset(randomDataset(7), {
        onRecords: async (...batch) => {
          acc.addAll(batch[0] as never, batch[1] as never);
          await loader.add(batch[0], batch[1]);
        },
      });
      await loader.flush();
    });
    afterAll(() => engine.close());

    it("computes the extensions from a budget and a population as result() does", async () => {
      const inputs = { budget: 120_000, population: 2400 };
      const sql = await sqlResults(engine.db, { period, region: "zuid", ...inputs });
      expect(sql).toStrictEqual(acc.result(inputs));
      expect(sql.reach).toBeGreaterThan(0);
      expect(sql.costPerChild).not.toBeNull();
    });

    it("feeds buildReport: the published document is the JS path's, byte for byte", async () => {
      const results = await sqlResults(engine.db, { period, region: "zuid" });
      const build = (r: typeof results): string => renderJson(buildReport({ period, region: "zuid", results: r, generatedAt: "2026-01-01T00:00:00Z" }));
      expect(build(results)).toBe(build(acc.result()));
    });

    it("checks the options as createReportAccumulator does", async () => {
      await expect(sqlResults(engine.db, { period: { from: "2025-12-31", to: "2025-01-01" } })).rejects.toThrow(RangeError);
      await expect(sqlResults(engine.db, { period, regularsThreshold: 0 })).rejects.toThrow(RangeError);
    });

    it("takes a filter value with a quote as text, not as SQL", async () => {
      const r = await sqlResults(engine.db, { period, filter: { neighbourhoods: ["Noord' OR 1=1 --"], partners: ["x'); DROP TABLE kinderwerk.children; --"] } });
      expect(r.reach).toBe(0);
      expect(Number((await engine.db.query("SELECT COUNT(*) AS n FROM kinderwerk.children"))[0]!["n"])).toBeGreaterThan(0);
    });
  });

  describe("on data of version 2", () => {
    const period = { from: "2024-01-01", to: "2025-12-31" };

    it("gives result() through the pg adapter, with the staff options of result(), in any DateStyle", async () => {
      const engine = await openPg();
      try {
        await migrate(engine.db);
        const acc = createReportAccumulator({ period });
        await loadBoth(engine.db, acc, 5);
        const policy = { fullTimeHours: 32, vogYears: 2, ratioPolicy: { childrenPerAdult: 3 } };
        const js = acc.result(policy);
        expect(js.usesVersion2).toBe(true);
        expect(js["staff.fte"]).toBeGreaterThan(0);
        expect(js["budget.total"]).toBeGreaterThan(0);
        expect(js["families"]).toBeGreaterThan(0);
        expect(js.targets.length).toBeGreaterThan(0);
        // A session whose dates print as 31/12/2025 still reads the targets' days right.
        await engine.db.exec("SET DateStyle = 'SQL, DMY'");
        expect(await sqlResults(engine.db, { period, ...policy })).toStrictEqual(js);
        // The options of result() change the numbers: they are not ignored.
        const plain = await sqlResults(engine.db, { period });
        expect(plain).toStrictEqual(acc.result());
        expect(plain).not.toStrictEqual(js);
      } finally {
        await engine.close();
      }
    });

    it("counts a table declared present without rows as 0, as declareTable does, and leaves it absent otherwise", async () => {
      const engine = await openDuckdb();
      try {
        await migrate(engine.db);
        const acc = createReportAccumulator({ period });
        await loadBoth(engine.db, acc, 2);
        expect(acc.result().tables).not.toContain("signups");
        expect((await sqlResults(engine.db, { period }))["signups.waiting"]).toBeUndefined();
        acc.declareTable("signups");
        const declared = await sqlResults(engine.db, { period, declaredTables: ["signups"] });
        expect(declared["signups.waiting"]).toBe(0);
        expect(declared).toStrictEqual(acc.result());
      } finally {
        await engine.close();
      }
    });
  });
});
