// The trend in SQL equals result()'s, by week, month and quarter, on PGlite and on DuckDB, over
// random datasets read through the import as users' files are (periods starting mid-month too).
import fc from "fast-check";
import { importDataset } from "@kinderwerk/import";
import type { TrendGranularity } from "@kinderwerk/reporting";
import { createReportAccumulator } from "@kinderwerk/reporting";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomDataset, randomOptions } from "../../_test/dataset.js";
import type { TestEngine } from "../../_test/engines.js";
import { openDuckdb, openPglite } from "../../_test/engines.js";
import { emptyTables } from "../../_test/reset.js";
import { createLoader } from "../../load/loader.js";
import { migrate } from "../../schema/migrate.js";
import { sqlResults } from "../results.js";

const RUNS = Number(process.env["KINDERWERK_SQL_RUNS"] ?? 20);

describe("the trend in SQL", () => {
  let engines: TestEngine[] = [];
  beforeAll(async () => {
    engines = [await openPglite(), await openDuckdb()];
    for (const e of engines) await migrate(e.db);
  });
  afterAll(async () => {
    for (const e of engines) await e.close();
  });

  it(`equals result()'s by week, month and quarter over ${RUNS} random datasets`, async () => {
    let counted = 0;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.constantFrom<TrendGranularity>("week", "month", "quarter"), fc.boolean(), async (seed, trend, midMonth) => {
        const base = randomOptions(seed);
        const from = `${base.period.from.slice(0, 8)}15`;
        const options = midMonth && from <= base.period.to ? { ...base, period: { from, to: base.period.to } } : base;
        const acc = createReportAccumulator(options);
        for (const e of engines) await emptyTables(e.db);
        const loaders = engines.map((e) => createLoader(e.db, { batchSize: 50 }));
        await importDataset(randomDataset(seed), {
          onRecords: async (...batch) => {
            acc.addAll(batch[0] as never, batch[1] as never);
            for (const l of loaders) await l.add(batch[0], batch[1]);
          },
        });
        for (const l of loaders) await l.flush();
        const js = acc.result({ trend });
        if (js.trend!.buckets.some((b) => b.reach > 0)) counted++;
        for (const e of engines) {
          const sql = await sqlResults(e.db, { ...options, trend });
          expect(sql.trend).toStrictEqual(js.trend);
          expect(sql).toStrictEqual(js);
        }
      }),
      { numRuns: RUNS },
    );
    expect(counted).toBeGreaterThan(RUNS / 2);
  }, 600_000);

  it("leaves the trend out with trend none, as result() does", async () => {
    const options = randomOptions(1);
    const sql = await sqlResults(engines[1]!.db, { ...options, trend: "none" });
    expect(sql).not.toHaveProperty("trend");
  });
});
