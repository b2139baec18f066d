// Group "population" in SQL (INDICATORS.md version 2): the share of the area's children reached, in
// all and by neighbourhood, and professional fte per 1,000 children — from the neighbourhood table
// (or a population given), finished by reporting's populationValues on what reach and staff counted.
import { areaPopulation, populationValues } from "@kinderwerk/reporting";
import { tableRef } from "../../schema/ddl.js";
import type { SqlContext } from "../context.js";
import { numberOf } from "../context.js";
import type { SqlIndicatorGroup } from "../group.js";

/** The neighbourhood table's populations aged 4 to 12 by code; `undefined` without the table. */
async function neighbourhoods(ctx: SqlContext): Promise<[string, number | null][] | undefined> {
  if (!ctx.v2.tables.has("neighbourhoods")) return undefined;
  const rows = await ctx.db.query(`SELECT code, population4to12 AS p FROM ${tableRef("neighbourhoods")}`);
  return rows.map((r) => [String(r["code"]), numberOf(r, "p")]);
}

/** Shares of the area's children, and fte per 1,000 children. */
export const populationSql: SqlIndicatorGroup = {
  name: "population",
  ids: ["reach.share", "reach.shareByNeighbourhood", "staff.ftePer1000"],
  async compute(ctx, _order, earlier) {
    const hoods = await neighbourhoods(ctx);
    const hours = earlier.basis["staff.professionalHours"] as number | undefined;
    const out = populationValues({
      population: areaPopulation(ctx.v2.population, hoods),
      neighbourhoods: hoods,
      targetGroup: earlier.values["reach.targetGroup"] as number,
      targetByNeighbourhood: (earlier.basis["reach.targetGroup.byNeighbourhood"] ?? {}) as Readonly<Record<string, number>>,
      professionalHours: earlier.values["staff.fte"] === undefined ? undefined : hours,
      from: ctx.config.from,
      to: ctx.config.to,
      fullTimeHours: ctx.v2.policy.fullTimeHours,
    });
    return { values: { ...out.values }, basis: out.basis as Record<string, Record<string, number>> };
  },
};
