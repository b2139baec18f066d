// `kinderwerk report`: read a dataset folder, compute the indicators, write the report document.

import { basename } from "node:path";
import {
  buildReport,
  createReportAccumulator,
  previousPeriod,
  renderCsv,
  renderHtml,
  renderJson,
  renderMarkdown,
  reportMessages,
  type ReportBudget,
  type ReportDocument,
  type ReportPopulation,
  type ReportWarning,
} from "@kinderwerk/reporting";
import { renderXlsx } from "@kinderwerk/reporting/xlsx";
import { formatIssue, parseEuro, type TableName } from "@kinderwerk/core";
import { choiceOption, flag, intOption, parseCommandArgs, stringOption, type Parsed } from "../_lib/args.js";
import { CliError } from "../_lib/errors.js";
import { resolvePath, writeFile } from "../_lib/fs.js";
import type { CliLang, CommandContext } from "../_lib/io.js";
import { say } from "../_lib/messages.js";
import { PERIOD_OPTIONS, periodFromOptions } from "../_lib/period.js";
import { readingChoices } from "../reading/choices.js";
import type { FileOutcome } from "../reading/index.js";
import { databaseTarget } from "./_database.js";
import { INPUT_OPTIONS, readDataset, type DatasetSpec } from "./_dataset.js";
import { pdfReport } from "./reportPdf.js";
import { resultsFromDatabase, resultsThroughDuckdb, type ReportResults, type ReportRun } from "./reportSql.js";

/** The options of `kinderwerk report`. */
export const REPORT_OPTIONS = {
  ...PERIOD_OPTIONS,
  ...INPUT_OPTIONS,
  region: { type: "string" },
  "compare-previous": { type: "boolean" },
  suppress: { type: "string" },
  trend: { type: "string" },
  format: { type: "string" },
  out: { type: "string" },
  organisation: { type: "string" },
  budget: { type: "string" },
  population: { type: "string" },
  "previous-budget": { type: "string" },
  "previous-population": { type: "string" },
  "generated-at": { type: "string" },
  engine: { type: "string" },
} as const;

/**
 * The tables the indicators of a report rest on: reach and attendances on sessions and attendance,
 * the age bands and the target group on children, the activity kinds, programme lines and pillars
 * on activities. Signals and referrals have indicators of their own and may be absent.
 */
export const REPORT_NEEDS: readonly TableName[] = ["children", "activities", "sessions", "attendance"];

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** `--generated-at`, or now. */
function generatedAtOf(parsed: Parsed, ctx: CommandContext): string {
  const raw = stringOption(parsed, "generated-at");
  if (raw !== undefined && !(ISO_DATE_TIME.test(raw) && !Number.isNaN(Date.parse(raw)))) {
    throw new CliError(say(ctx.lang, "args.bad-datetime", { value: raw.slice(0, 40) }));
  }
  return raw ?? ctx.now().toISOString();
}

/** `--budget` or `--previous-budget`: an amount in euros as people write it (`120000`, `€ 120.000,00`), 0 or more. */
function budgetOf(parsed: Parsed, ctx: CommandContext, option: "budget" | "previous-budget" = "budget"): ReportBudget | undefined {
  const raw = stringOption(parsed, option);
  if (raw === undefined) return undefined;
  const amount = parseEuro(raw);
  if (amount === undefined || amount < 0) throw new CliError(say(ctx.lang, "args.bad-amount", { option: `--${option}`, value: raw.slice(0, 20) }));
  return { amount, currency: "EUR" };
}

/** `--population` or `--previous-population`: children aged 4 to 12 in the area. */
function populationOf(parsed: Parsed, ctx: CommandContext, option: "population" | "previous-population"): ReportPopulation | undefined {
  const n = intOption(parsed, option, ctx.lang, 0, 100_000_000);
  return n === undefined ? undefined : { children4to12: n };
}

/**
 * The earlier period's own budget and population (`--previous-budget`, `--previous-population`),
 * only with `--compare-previous`; without them the earlier period's lines of the budgets table are
 * used, and where nothing is known the report says so (`report.comparison.input-missing`).
 */
function previousInputs(parsed: Parsed, ctx: CommandContext, comparing: boolean): { budget?: ReportBudget; population?: ReportPopulation } {
  const budget = budgetOf(parsed, ctx, "previous-budget");
  const population = populationOf(parsed, ctx, "previous-population");
  for (const [option, given] of [["--previous-budget", budget], ["--previous-population", population]] as const) {
    if (given !== undefined && !comparing) throw new CliError(say(ctx.lang, "report.previous-needs-compare", { option }));
  }
  return { ...(budget === undefined ? {} : { budget }), ...(population === undefined ? {} : { population }) };
}

/** The warnings of a document a reader at the terminal must see at once: partly covered periods, inputs the comparison lacks. */
const STDERR_WARNINGS: ReadonlySet<string> = new Set(["report.period.partly-covered", "report.comparison.input-missing"]);

/** Print those warnings of the document on stderr, in the CLI's language. */
function printWarnings(doc: ReportDocument, ctx: CommandContext): void {
  for (const w of doc.warnings ?? []) {
    if (!STDERR_WARNINGS.has(w.code)) continue;
    const text = formatIssue({ code: w.code, severity: w.severity ?? "warning", path: w.path ?? [], params: w.params ?? {} }, { lang: ctx.lang, messages: reportMessages });
    ctx.stderr.write(`kinderwerk: ${text}\n`);
  }
}

/** The warning a report document carries when rejected rows were left out of its counts. */
function rejectedWarnings(outcomes: readonly FileOutcome[]): ReportWarning[] {
  const rejected = outcomes.reduce((sum, o) => sum + o.rejected, 0);
  if (rejected === 0) return [];
  return [{ code: "report.rows-rejected", severity: "warning", params: { count: rejected, files: outcomes.filter((o) => o.rejected > 0).map((o) => basename(o.path)) } }];
}

/** The document in the format asked for, ending in a line break. */
function render(doc: ReportDocument, format: "json" | "csv" | "md" | "html", lang: CliLang): string {
  const text =
    format === "json" ? renderJson(doc)
    : format === "csv" ? renderCsv(doc, { lang })
    : format === "md" ? renderMarkdown(doc, { lang })
    : renderHtml(doc, { lang });
  return text.endsWith("\n") ? text : `${text}\n`;
}

/** The results computed in JavaScript, by report accumulators fed as the files are read. */
async function resultsInJs(parsed: Parsed, ctx: CommandContext, spec: Omit<DatasetSpec, "onRecords">, run: ReportRun): Promise<ReportResults> {
  const current = createReportAccumulator(run.current);
  const earlier = run.earlier === undefined ? undefined : createReportAccumulator(run.earlier);
  const { outcomes, code } = await readDataset(parsed, ctx, {
    ...spec,
    // A batch at a time: attendance goes through the accumulator's hot path for many records.
    onRecords: (table, records) => {
      current.addAll(table, records);
      earlier?.addAll(table, records);
    },
  });
  // A table that came, also without a row accepted, is there: its indicators count 0 rather than being left out.
  for (const o of outcomes) {
    if (o.headerUnrecognised) continue;
    current.declareTable(o.table);
    earlier?.declareTable(o.table);
  }
  return { current: current.result({ trend: run.current.trend }), earlier: earlier?.result({ trend: "none" }), outcomes, code };
}

/**
 * Run `kinderwerk report <dataset folder>`: 0 when every row was accepted and every table the
 * report needs was there, 1 otherwise (the report is still written), 2 when it could not run.
 */
export async function reportCommand(args: readonly string[], ctx: CommandContext): Promise<number> {
  const parsed = parseCommandArgs(args, REPORT_OPTIONS, ctx.lang, true);
  const format = choiceOption(parsed, "format", ["json", "csv", "md", "html", "xlsx", "pdf"] as const, ctx.lang) ?? "json";
  const region = choiceOption(parsed, "region", ["noord", "midden", "zuid"] as const, ctx.lang);
  const threshold = intOption(parsed, "suppress", ctx.lang, 0, 1000) ?? 5;
  const period = periodFromOptions(parsed.values, ctx.lang, ctx.now());
  const generatedAt = generatedAtOf(parsed, ctx);
  const organisationName = stringOption(parsed, "organisation")?.trim();
  const out = stringOption(parsed, "out");
  // A workbook is bytes, not text: it goes to a file.
  if (format === "xlsx" && out === undefined) throw new CliError(say(ctx.lang, "report.binary-needs-out", { format }));
  // A PDF goes to a file or down a pipe, never onto the screen.
  if (format === "pdf" && out === undefined && (ctx.stdout.isTTY === true || ctx.stdout.writeBytes === undefined)) throw new CliError(say(ctx.lang, "report.binary-to-terminal", { format }));
  const budget = budgetOf(parsed, ctx);
  const population = populationOf(parsed, ctx, "population");
  const previous = flag(parsed, "compare-previous") ? previousPeriod(period) : undefined;
  const previousOwn = previousInputs(parsed, ctx, previous !== undefined);
  const choices = readingChoices(parsed, ctx);
  const catalogues = choices.catalogues;

  const trend = choiceOption(parsed, "trend", ["month", "week", "quarter", "none"] as const, ctx.lang) ?? "month";
  const run: ReportRun = {
    current: { period, region, trend, ...(catalogues === undefined ? {} : { catalogues }) },
    earlier: previous === undefined ? undefined : { period: previous, region, trend: "none", ...(catalogues === undefined ? {} : { catalogues }) },
  };
  const spec: Omit<DatasetSpec, "onRecords"> = { command: "report", needs: REPORT_NEEDS, choices, outputs: out === undefined ? [] : [{ option: "--out", path: resolvePath(ctx.cwd, out) }] };
  const engine = choiceOption(parsed, "engine", ["js", "duckdb"] as const, ctx.lang) ?? "js";
  const target = parsed.positionals.length === 1 ? databaseTarget(parsed.positionals[0]!, ctx.cwd) : undefined;
  if (target !== undefined && stringOption(parsed, "engine") !== undefined) throw new CliError(say(ctx.lang, "database.engine-for-folder", {}));
  const { current, earlier, outcomes, code } =
    target !== undefined ? await resultsFromDatabase(target, run, ctx)
    : engine === "duckdb" ? await resultsThroughDuckdb(parsed, ctx, spec, run)
    : await resultsInJs(parsed, ctx, spec, run);
  const doc = buildReport({
    period,
    ...(region === undefined ? {} : { region }),
    ...(organisationName ? { organisation: { name: organisationName } } : {}),
    suppressionThreshold: threshold,
    generatedAt,
    ...(catalogues === undefined ? {} : { catalogues }),
    ...(budget === undefined ? {} : { budget }),
    ...(population === undefined ? {} : { population }),
    results: current,
    trend,
    regularsMinimum: 5,
    ...(earlier !== undefined && previous !== undefined ? { comparison: { period: previous, results: earlier, ...previousOwn } } : {}),
    warnings: rejectedWarnings(outcomes),
  });
  printWarnings(doc, ctx);
  const body =
    format === "xlsx" ? await renderXlsx(doc, { lang: ctx.lang, ...(catalogues === undefined ? {} : { catalogues }) })
    : format === "pdf" ? await pdfReport(doc, ctx.lang, catalogues)
    : render(doc, format, ctx.lang);
  if (out === undefined) {
    if (typeof body === "string") ctx.stdout.write(body);
    else ctx.stdout.writeBytes?.(body);
  } else {
    writeFile(resolvePath(ctx.cwd, out), body, ctx.lang);
    ctx.stderr.write(`${say(ctx.lang, "report.written", { path: out })}\n`);
  }
  return code;
}
