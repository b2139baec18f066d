// The equality property: over random datasets read through the import as users' files are — the
// tables of version 1 and, in most, those of version 2 — the JS accumulator, SQL on PGlite and SQL
// on DuckDB give identical results: every indicator of both versions, every breakdown row, in the
// same order, with the same raw sums, bases, tables and targets. One database per engine, emptied
// between datasets; records loaded in batches; the engines work side by side.
import fc from "fast-check";
import { importDataset } from "@kinderwerk/import";
import { createReportAccumulator, V2_INDICATOR_IDS } from "@kinderwerk/reporting";
import type { IndicatorResults } from "@kinderwerk/reporting";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomDataset, randomOptions, randomResultOptions } from "../_test/dataset.js";
import type { TestEngine } from "../_test/engines.js";
import { openDuckdb, openPglite } from "../_test/engines.js";
import { emptyTables } from "../_test/reset.js";
import { createLoader } from "../load/loader.js";
import { migrate } from "../schema/migrate.js";
import { sqlResults } from "./results.js";

const RUNS = Number(process.env["KINDERWERK_SQL_RUNS"] ?? 200);

/** The version 2 indicators a result holds something other than 0 or nothing of. */
function nonTrivial(results: IndicatorResults): string[] {
  const r = results as unknown as Record<string, unknown>;
  return V2_INDICATOR_IDS.filter((id) => {
    const v = r[id];
    return typeof v === "number" ? v !== 0 : Array.isArray(v) && v.some((row: { value: number }) => row.value !== 0);
  });
}

describe("the same numbers in JS, on PGlite and on DuckDB", () => {
  let engines: TestEngine[] = [];
  beforeAll(async () => {
    engines = [await openPglite(), await openDuckdb()];
    for (const e of engines) await migrate(e.db);
  });
  afterAll(async () => {
    for (const e of engines) await e.close();
  });

  it(`holds over ${RUNS} random datasets`, async () => {
    let reached = 0;
    let version2 = 0;
    const exercised = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 2 ** 31 - 1 }), async (seed) => {
        const options = randomOptions(seed);
        const resultOptions = randomResultOptions(seed);
        const acc = createReportAccumulator(options);
        await Promise.all(engines.map((e) => emptyTables(e.db)));
        const loaders = engines.map((e) => createLoader(e.db, { batchSize: 50 }));
        await importDataset(randomDataset(seed), {
          onRecords: async (...batch) => {
            const [table, records] = batch;
            acc.addAll(table as never, records as never);
            await Promise.all(loaders.map((l) => l.add(table, records)));
          },
        });
        await Promise.all(loaders.map((l) => l.flush()));
        const js = acc.result(resultOptions);
        if (js.reach > 0) reached++;
        if (js.usesVersion2) version2++;
        for (const id of nonTrivial(js)) exercised.set(id, (exercised.get(id) ?? 0) + 1);
        if (js.targets.length > 0) exercised.set("targets", (exercised.get("targets") ?? 0) + 1);
        // The engines compute side by side (PGlite in this thread, DuckDB in its own).
        const sql = await Promise.all(engines.map((e) => sqlResults(e.db, { ...options, ...resultOptions })));
        for (const s of sql) expect(s).toStrictEqual(js);
      }),
      // 659146527: attendance of absences only, which is no attendance to result() (and so to SQL).
      { numRuns: RUNS, examples: [[659146527]] },
    );
    // The datasets are not empty shells: most reach children.
    expect(reached).toBeGreaterThan(RUNS / 2);
    // Most use the tables of version 2.
    expect(version2).toBeGreaterThan(RUNS / 2);
    // Every indicator of version 2, and the targets, are more than 0 or nothing in some of them.
    for (const id of [...V2_INDICATOR_IDS, "targets"]) expect(exercised.get(id) ?? 0, id).toBeGreaterThanOrEqual(Math.floor(RUNS / 40));
  }, 600_000);
});
