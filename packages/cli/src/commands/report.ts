// `kinderwerk report`: read a dataset folder, compute the indicators, write the report document.

import { basename } from "node:path";
import {
  buildReport,
  createReportAccumulator,
  customPeriod,
  periodOfQuarter,
  periodOfSchoolYear,
  periodOfYear,
  previousPeriod,
  renderCsv,
  renderHtml,
  renderJson,
  renderMarkdown,
  type Period,
  type ReportWarning,
} from "@kinderwerk/reporting";
import { choiceOption, flag, intOption, parseCommandArgs, stringOption } from "../_lib/args.js";
import { CliError } from "../_lib/errors.js";
import { isFolder, resolvePath, writeFile } from "../_lib/fs.js";
import type { CliLang, CommandContext } from "../_lib/io.js";
import { say } from "../_lib/messages.js";
import { createProgress } from "../_lib/progress.js";
import { importFiles } from "./_import.js";
import { collectFiles, displayPath } from "./validate.js";

const OPTIONS = {
  year: { type: "string" },
  quarter: { type: "string" },
  "school-year": { type: "string" },
  from: { type: "string" },
  to: { type: "string" },
  region: { type: "string" },
  "compare-previous": { type: "boolean" },
  suppress: { type: "string" },
  format: { type: "string" },
  out: { type: "string" },
  organisation: { type: "string" },
  "generated-at": { type: "string" },
} as const;

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** The period asked for on the command line; the previous calendar year when none is given. */
export function periodFromOptions(values: Readonly<Record<string, unknown>>, lang: CliLang, now: Date): Period {
  const year = values["year"];
  const quarter = values["quarter"];
  const schoolYear = values["school-year"];
  const from = values["from"];
  const to = values["to"];
  const given = [year, quarter, schoolYear, from ?? to].filter((v) => v !== undefined).length;
  if (given > 1) throw new CliError(say(lang, "args.one-period"));
  const attempt = (option: string, value: string, expected: string, make: () => Period): Period => {
    try {
      return make();
    } catch {
      throw new CliError(say(lang, "args.bad-period", { option, value: value.slice(0, 30), expected }));
    }
  };
  if (typeof year === "string") {
    return attempt("--year", year, "2025", () => {
      if (!/^\d{4}$/.test(year.trim())) throw new RangeError("year");
      return periodOfYear(Number(year));
    });
  }
  if (typeof quarter === "string") return attempt("--quarter", quarter, "2025-Q3", () => periodOfQuarter(quarter.trim().toUpperCase()));
  if (typeof schoolYear === "string") return attempt("--school-year", schoolYear, "2025-2026", () => periodOfSchoolYear(schoolYear.trim()));
  if (from !== undefined || to !== undefined) {
    if (typeof from !== "string" || typeof to !== "string") throw new CliError(say(lang, "args.from-to"));
    return attempt("--from/--to", `${from}..${to}`, "--from 2025-01-01 --to 2025-06-30", () => customPeriod(from.trim(), to.trim()));
  }
  return periodOfYear(now.getFullYear() - 1);
}

/** Run `kinderwerk report <dataset folder>`; returns the exit code. */
export async function reportCommand(args: readonly string[], ctx: CommandContext): Promise<number> {
  const parsed = parseCommandArgs(args, OPTIONS, ctx.lang, true);
  const format = choiceOption(parsed, "format", ["json", "csv", "md", "html"] as const, ctx.lang) ?? "json";
  const region = choiceOption(parsed, "region", ["noord", "midden", "zuid"] as const, ctx.lang);
  const threshold = intOption(parsed, "suppress", ctx.lang, 0, 1000) ?? 5;
  const period = periodFromOptions(parsed.values, ctx.lang, ctx.now());
  const generatedAtRaw = stringOption(parsed, "generated-at");
  if (generatedAtRaw !== undefined && !(ISO_DATE_TIME.test(generatedAtRaw) && !Number.isNaN(Date.parse(generatedAtRaw)))) {
    throw new CliError(say(ctx.lang, "args.bad-datetime", { value: generatedAtRaw.slice(0, 40) }));
  }
  const generatedAt = generatedAtRaw ?? ctx.now().toISOString();
  const organisationName = stringOption(parsed, "organisation")?.trim();
  const out = stringOption(parsed, "out");

  if (parsed.positionals.length !== 1) throw new CliError(say(ctx.lang, "args.need-path", { what: ctx.lang === "nl" ? "één map met de dataset" : "one dataset folder", command: "report" }));
  const input = parsed.positionals[0]!;
  const folder = resolvePath(ctx.cwd, input);
  if (isFolder(folder) === undefined) throw new CliError(say(ctx.lang, "file.not-found", { path: input }));
  const files = collectFiles([input], undefined, ctx);

  const current = createReportAccumulator({ period, region });
  const previous = flag(parsed, "compare-previous") ? previousPeriod(period) : undefined;
  const earlier = previous === undefined ? undefined : createReportAccumulator({ period: previous, region });
  const progress = createProgress({ sink: ctx.stderr, label: say(ctx.lang, "progress.reading", { name: "" }), quiet: flag(parsed, "quiet") });
  const outcomes = await importFiles(files, {
    lang: ctx.lang,
    signal: ctx.signal,
    wantRejects: false,
    maxIssues: 0,
    onRecords: (table, records) => {
      for (const record of records) {
        current.add(table, record);
        earlier?.add(table, record);
      }
    },
    onProgress: (file, done, total) => {
      progress.total(total);
      progress.update(done, say(ctx.lang, "progress.reading", { name: basename(file) }));
    },
  });
  progress.done();

  const rejected = outcomes.reduce((sum, o) => sum + o.rejected, 0);
  const warnings: ReportWarning[] = [];
  if (rejected > 0) {
    warnings.push({
      code: "report.rows-rejected",
      severity: "warning",
      params: { count: rejected, files: outcomes.filter((o) => o.rejected > 0).map((o) => basename(o.path)) },
    });
    ctx.stderr.write(`kinderwerk: ${say(ctx.lang, "report.rows-left-out", { count: rejected, path: displayPath(folder, ctx.cwd) })}\n`);
  }

  const doc = buildReport({
    period,
    ...(region === undefined ? {} : { region }),
    ...(organisationName ? { organisation: { name: organisationName } } : {}),
    suppressionThreshold: threshold,
    generatedAt,
    results: current.result(),
    regularsMinimum: 5,
    ...(earlier !== undefined && previous !== undefined ? { comparison: { period: previous, results: earlier.result() } } : {}),
    warnings,
  });

  const text =
    format === "json" ? renderJson(doc)
    : format === "csv" ? renderCsv(doc, { lang: ctx.lang })
    : format === "md" ? renderMarkdown(doc, { lang: ctx.lang })
    : renderHtml(doc, { lang: ctx.lang });
  const body = text.endsWith("\n") ? text : `${text}\n`;
  if (out === undefined) {
    ctx.stdout.write(body);
  } else {
    writeFile(resolvePath(ctx.cwd, out), body, ctx.lang);
    ctx.stderr.write(`${say(ctx.lang, "report.written", { path: out })}\n`);
  }
  return 0;
}
