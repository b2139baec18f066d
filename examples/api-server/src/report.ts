// GET /report: the report document of a year, its indicators computed in the database by
// @kinderwerk/sql, disclosure control and the JSON by @kinderwerk/reporting.
import { issue } from "@kinderwerk/core";
import type { Issue } from "@kinderwerk/core";
import { ReportRegion, buildReport, periodOfYear, renderJson } from "@kinderwerk/reporting";
import type { Store } from "./store.js";

/**
 * The report of the year the query names (`year=2025`, and `region=noord|midden|zuid` for the
 * holiday indicators), as JSON text; or the issue with the query.
 *
 * @param store - the store
 * @param query - the request's query
 * @returns the report's JSON, or the issue
 */
export async function report(store: Store, query: URLSearchParams): Promise<{ json: string } | { issue: Issue }> {
  const year = Number(query.get("year") ?? Number.NaN);
  if (!/^\d{4}$/.test(query.get("year") ?? "") || year < 1900) return { issue: issue("api.report.year", ["year"]) };
  const region = query.get("region");
  const parsedRegion = region === null ? undefined : ReportRegion.safeParse(region);
  if (parsedRegion !== undefined && !parsedRegion.success) return { issue: issue("api.report.region", ["region"]) };
  const period = periodOfYear(year);
  const regionValue = parsedRegion?.data;
  const results = await store.results({ period, region: regionValue });
  const doc = buildReport({ period, region: regionValue, results, generatedAt: new Date().toISOString() });
  return { json: renderJson(doc) };
}
