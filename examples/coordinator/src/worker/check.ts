// One check of a dataset in the worker: read every file (issues, rejects files), count the accepted
// records into reporting's accumulator as they come (`keepRecords: false`, as `kinderwerk report`
// does), and build the report of the chosen period.
import type { Lang, TableBatch, TableName } from "@kinderwerk/core";
import { createPseudonymiser, type ImportResult, type Pseudonymiser } from "@kinderwerk/import";
import { buildReport, createReportAccumulator, previousPeriod, renderHtml, type ReportAccumulator, type ReportWarning } from "@kinderwerk/reporting";
import { readDataset, type DatasetFile } from "../dataset/readDataset.js";
import type { FileOutcome, ReportOutcome, ToWorker } from "../protocol.js";
import { readSettings, type ReportChoices } from "../report/settings.js";
import { datasetTotals } from "../dataset/totals.js";
import { pseudonymsOf, withPseudonyms } from "../dataset/pseudonyms.js";

type CheckRequest = Extract<ToWorker, { type: "check" }>;

/** The most issues the page keeps per file; the counts stay exact beyond it. */
export const MAX_ISSUES = 100_000;

/** What a check gives. */
export interface CheckResult {
  readonly files: FileOutcome[];
  readonly complete: boolean;
  readonly report: ReportOutcome | undefined;
  /** The accumulator of the period, for the partial count a federation can merge. */
  readonly accumulator: ReportAccumulator | undefined;
}

/** Why a check could not start. */
export class CheckRefused extends Error {
  constructor(readonly reason: "key-too-short" | "no-crypto") {
    super(reason);
  }
}

/** The pseudonymiser of a key, or why there is none. */
async function pseudonymiserOf(key: string | undefined): Promise<Pseudonymiser | undefined> {
  if (key === undefined) return undefined;
  if (globalThis.crypto?.subtle === undefined) throw new CheckRefused("no-crypto");
  try {
    return await createPseudonymiser({ key });
  } catch (error) {
    if (error instanceof TypeError && /16 bytes/.test(error.message)) throw new CheckRefused("key-too-short");
    throw error;
  }
}

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The name of a rejects file, as the CLI names it: `kinderen.afgekeurd.csv`, `children.rejected.xlsx`. */
export function rejectsName(input: string, xlsx: boolean, lang: Lang): string {
  const base = input.replace(/\.[^.]+$/, "").replace(/\.(afgekeurd|rejected)$/i, "");
  return `${base}.${lang === "nl" ? "afgekeurd" : "rejected"}.${xlsx ? "xlsx" : "csv"}`;
}

function outcomeOf(file: DatasetFile, result: ImportResult, rejects: readonly Uint8Array[] | undefined, lang: Lang): FileOutcome {
  // A workbook starts with the zip's signature, PK.
  const xlsx = rejects?.[0]?.[0] === 0x50 && rejects[0][1] === 0x4b;
  return {
    id: file.id,
    table: file.table,
    format: result.format,
    rows: result.counts.rows,
    accepted: result.counts.accepted,
    rejected: result.counts.rejected,
    duplicates: result.counts.duplicates,
    warnings: result.counts.warnings,
    errors: result.counts.errors,
    complete: result.complete,
    truncated: result.truncated,
    // Without the message: the page words each issue in its language when it shows it.
    issues: result.issues.map((i) => ({ code: i.code, severity: i.severity, path: i.path, params: i.params, row: i.row, column: i.column })),
    rejects: rejects === undefined ? undefined : { blob: new Blob([...rejects] as BlobPart[], { type: xlsx ? XLSX_TYPE : "text/csv" }), name: rejectsName(file.name, xlsx, lang) },
  };
}

function reportOf(choices: ReportChoices, current: ReportAccumulator, earlier: ReportAccumulator | undefined, files: readonly FileOutcome[], names: ReadonlyMap<string, string>, lang: Lang): ReportOutcome {
  // The rows left out: those rejected, less those a later file of their table brought in.
  const rejected = datasetTotals(files).rejected;
  const warnings: ReportWarning[] =
    rejected === 0 ? [] : [{ code: "report.rows-rejected", severity: "warning", params: { count: rejected, files: files.filter((f) => f.rejected > 0).map((f) => names.get(f.id) ?? "") } }];
  const doc = buildReport({
    period: choices.period,
    region: choices.region,
    organisation: choices.organisation === undefined ? undefined : { name: choices.organisation },
    generatedAt: new Date().toISOString(),
    results: current.result(),
    regularsMinimum: 5,
    budget: choices.budget === undefined ? undefined : { amount: choices.budget, currency: "EUR" },
    population: choices.population === undefined ? undefined : { children4to12: choices.population },
    comparison: earlier === undefined ? undefined : { period: previousPeriod(choices.period), results: earlier.result() },
    warnings,
  });
  return { doc, period: choices.period, html: renderHtml(doc, { lang }) };
}

/**
 * Check a dataset and, when the report's settings can be read, make its report.
 *
 * @param request - the files, language, key and report settings
 * @param signal - stops the check
 * @param onProgress - the file being read and the bytes read of all files
 * @returns the outcome of each file read, whether all was read, and the report
 * @throws CheckRefused when the key is too short or the browser has no Web Crypto
 */
export async function check(request: CheckRequest, signal: AbortSignal, onProgress: (file: string, bytesRead: number, totalBytes: number) => void): Promise<CheckResult> {
  const pseudonymiser = await pseudonymiserOf(request.key);
  const pseudonymise = pseudonymiser === undefined ? undefined : pseudonymsOf(pseudonymiser);
  const settings = readSettings(request.settings);
  const choices = settings.ok ? settings.value : undefined;
  const current = choices === undefined ? undefined : createReportAccumulator({ period: choices.period, region: choices.region });
  const earlier = choices?.comparePrevious === true ? createReportAccumulator({ period: previousPeriod(choices.period), region: choices.region }) : undefined;
  const files: DatasetFile[] = request.entries.flatMap((e) => (e.table === undefined ? [] : [{ id: e.id, name: e.name, table: e.table as TableName, source: e.blob }]));
  const rejects = new Map<string, Uint8Array[]>();
  const results = await readDataset(files, {
    lang: request.lang,
    maxIssues: request.issues ? MAX_ISSUES : 0,
    rejects: request.issues,
    signal,
    onRecords: async (...given) => {
      const batch = pseudonymise === undefined ? given : ([given[0], await withPseudonyms<unknown>(pseudonymise, given[0], given[1])] as TableBatch);
      const [table, records] = batch;
      for (const record of records) {
        current?.add(table, record);
        earlier?.add(table, record);
      }
    },
    onRejects: (id, bytes) => {
      const parts = rejects.get(id);
      if (parts === undefined) rejects.set(id, [bytes.slice()]);
      else parts.push(bytes.slice());
    },
    onProgress: (file, bytesRead, totalBytes) => onProgress(file.name, bytesRead, totalBytes),
  });
  const outcomes = files.flatMap((f) => {
    const result = results.get(f.id);
    return result === undefined ? [] : [outcomeOf(f, result, rejects.get(f.id), request.lang)];
  });
  // A table that came, also without a row accepted, is there (as kinderwerk report counts it): its indicators count 0 rather than being left out.
  for (const o of outcomes) {
    if (o.issues.some((i) => i.code === "header.missing" || i.code === "header.missing-column")) continue;
    current?.declareTable(o.table);
    earlier?.declareTable(o.table);
  }
  const complete = outcomes.length === files.length && outcomes.every((o) => o.complete);
  const names = new Map(files.map((f) => [f.id, f.name]));
  const report = complete && choices !== undefined && current !== undefined ? reportOf(choices, current, earlier, outcomes, names, request.lang) : undefined;
  return { files: outcomes, complete, report, accumulator: complete ? current : undefined };
}
