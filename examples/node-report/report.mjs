// Import a kinderwerk dataset (a folder of CSV/XLSX files in the exchange format) and write the
// year report as a standalone HTML page.
//
//   node report.mjs <dataset folder> [--year 2025] [--region zuid] [--out rapport.html] [--lang en]
import { mkdir, readdir, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { fileSource, importDataset } from "@kinderwerk/import/node";
import { buildReport, createReportAccumulator, periodOfYear, renderHtml } from "@kinderwerk/reporting";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    year: { type: "string", default: "2025" },
    region: { type: "string", default: "zuid" },
    out: { type: "string", default: "rapport.html" },
    lang: { type: "string", default: "nl" },
  },
});
const folder = resolve(positionals[0] ?? "data");
const lang = values.lang === "en" ? "en" : "nl";

// 1. Import every file of the folder; the table comes from the file name (kinderen.csv, …).
const files = (await readdir(folder)).sort().map((name) => ({ name, source: fileSource(join(folder, name)) }));
const dataset = await importDataset(files, { lang });
for (const [table, result] of Object.entries(dataset.tables)) {
  console.log(`${table}: ${result.counts.rows} rows, ${result.counts.accepted} accepted, ${result.counts.rejected} rejected`);
  for (const issue of result.issues.slice(0, 5)) console.log(`  ${issue.message}`);
}

// 2. Count: one accumulator over the accepted records of every table, in any order.
const period = periodOfYear(Number(values.year));
const accumulator = createReportAccumulator({ period, region: values.region });
for (const [table, result] of Object.entries(dataset.tables)) accumulator.addAll(table, result.records);

// 3. Publish: disclosure control is applied here, never to the counts themselves.
const rejected = dataset.counts.rejected;
const report = buildReport({
  period,
  region: values.region,
  organisation: { name: "Stichting Kinderwerk Voorbeeld" },
  generatedAt: new Date().toISOString(),
  results: accumulator.result(),
  warnings: rejected > 0 ? [{ code: "report.rows-rejected", severity: "warning", params: { count: rejected } }] : [],
});

// 4. Write the page.
const out = resolve(values.out);
await mkdir(dirname(out), { recursive: true });
await writeFile(out, renderHtml(report, { lang }));
const reach = report.indicators.find((i) => i.id === "reach");
console.log(`Reach in ${values.year}: ${reach?.suppressed ? "suppressed" : reach?.value} children`);
console.log(`Report written to ${out}`);
