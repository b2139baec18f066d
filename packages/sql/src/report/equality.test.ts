// The equality property: over random datasets read through the import as users' files are, the
// JS accumulator, SQL on PGlite and SQL on DuckDB give identical results — every indicator, every
// breakdown row, in the same order, with the same raw sums.
import fc from "fast-check";
import { importDataset } from "@kinderwerk/import";
import { createReportAccumulator } from "@kinderwerk/reporting";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomDataset, randomOptions } from "../_test/dataset.js";
import type { TestEngine } from "../_test/engines.js";
import { openDuckdb, openPglite } from "../_test/engines.js";
import { emptyTables } from "../_test/reset.js";
import { createLoader } from "../load/loader.js";
import { migrate } from "../schema/migrate.js";
import { sqlResults } from "./results.js";

const RUNS = Number(process.env["KINDERWERK_SQL_RUNS"] ?? 200);

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
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 2 ** 31 - 1 }), async (seed) => {
        const options = randomOptions(seed);
        const acc = createReportAccumulator(options);
        for (const e of engines) await emptyTables(e.db);
        const loaders = engines.map((e) => createLoader(e.db, { batchSize: 50 }));
        await importDataset(randomDataset(seed), {
          onRecords: async (...batch) => {
            const [table, records] = batch;
            acc.addAll(table as never, records as never);
            for (const l of loaders) await l.add(table, records);
          },
        });
        for (const l of loaders) await l.flush();
        const js = acc.result();
        if (js.reach > 0) reached++;
        for (const e of engines) expect(await sqlResults(e.db, options)).toStrictEqual(js);
      }),
      { numRuns: RUNS },
    );
    // The datasets are not empty shells: most reach children.
    expect(reached).toBeGreaterThan(RUNS / 2);
  }, 600_000);
});
