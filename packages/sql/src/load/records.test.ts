import { TABLE_NAMES, type TableName } from "@kinderwerk/core";
import { importDataset } from "@kinderwerk/import";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomDataset } from "../_test/dataset.js";
import type { TestEngine } from "../_test/engines.js";
import { openDuckdb, openPg, openPglite } from "../_test/engines.js";
import { migrate } from "../schema/migrate.js";
import { createLoader } from "./loader.js";
import { readRecords } from "./records.js";

const keyOf = (r: Record<string, unknown>): string => JSON.stringify(Object.entries(r).sort(([a], [b]) => a.localeCompare(b)));

describe.each([
  ["pglite", openPglite],
  ["pg", openPg],
  ["duckdb", openDuckdb],
] as const)("records read back from %s", (_name, open) => {
  let engine: TestEngine;
  const imported = new Map<TableName, Record<string, unknown>[]>();
  beforeAll(async () => {
    engine = await open();
    await migrate(engine.db);
    const loader = createLoader(engine.db, { batchSize: 500 });
    const result = await importDataset(randomDataset(7), {
      onRecords: async (...[table, records]) => {
        imported.set(table, [...(imported.get(table) ?? []), ...(records as unknown as Record<string, unknown>[])]);
        await loader.add(table, records);
      },
    });
    expect(result.counts.accepted).toBeGreaterThan(40);
    await loader.flush();
  });
  afterAll(() => engine.close());

  it("are the records the loader wrote, in every table", async () => {
    expect(imported.size).toBeGreaterThanOrEqual(4);
    for (const table of TABLE_NAMES) {
      const expected = (imported.get(table) ?? []).map((r) => JSON.parse(JSON.stringify(r)) as Record<string, unknown>);
      const back = await readRecords(engine.db, table);
      expect(back.map(keyOf).sort(), table).toEqual(expected.map(keyOf).sort());
    }
  });

  it("keep empty lists and partners with and without a sector", async () => {
    const loader = createLoader(engine.db);
    const activities = [
      { activityId: "rr-1", name: "Voetbal", kind: "sport", programmeLines: [], pillars: [], partners: [] },
      { activityId: "rr-2", name: "Knutselen", kind: "craft", programmeLines: ["safety"], pillars: ["child"], partners: [{ name: "Bibliotheek", sector: "leisure" }, { name: "OBS De Linde" }] },
    ];
    await loader.add("activities", activities);
    await loader.flush();
    const back = await readRecords(engine.db, "activities", { activityId: ["rr-1", "rr-2"] });
    expect(back.sort((a, b) => String(a["activityId"]).localeCompare(String(b["activityId"])))).toEqual(activities);
  });

  it("are filtered by a field's value or list of values, text compared as text", async () => {
    const children = imported.get("children")!;
    const [first, second] = children;
    expect(await readRecords(engine.db, "children", { childId: String(first!["childId"]) })).toHaveLength(1);
    const two = await readRecords(engine.db, "children", { childId: [String(first!["childId"]), String(second!["childId"]), "no-such-child"] });
    expect(two.map((c) => c["childId"]).sort()).toEqual([first!["childId"], second!["childId"]].sort());
    expect(await readRecords(engine.db, "children", { childId: [] })).toEqual([]);
    expect(await readRecords(engine.db, "children", { childId: "x' OR '1'='1" })).toEqual([]);
    await expect(readRecords(engine.db, "children", { name: "x" })).rejects.toThrow(RangeError);
  });
});
