// `kinderwerk capacity`: read a dataset folder and plan staff capacity under a ratio policy.

import type { Attendance, Child, Session, TableName } from "@kinderwerk/core";
import { formatCapacityPlan, planCapacity, type CapacitySignup, type PoolPolicy } from "@kinderwerk/reporting";
import { choiceOption, decimalOption, flag, intOption, parseCommandArgs, stringOption, type Parsed } from "../_lib/args.js";
import { CliError } from "../_lib/errors.js";
import { resolvePath, writeFile } from "../_lib/fs.js";
import type { CliLang, CommandContext } from "../_lib/io.js";
import { say } from "../_lib/messages.js";
import { PERIOD_OPTIONS, periodFromOptions } from "../_lib/period.js";
import { INPUT_OPTIONS, readDataset } from "./_dataset.js";

/** The options of `kinderwerk capacity`. */
export const CAPACITY_OPTIONS = {
  ...PERIOD_OPTIONS,
  ...INPUT_OPTIONS,
  ratio: { type: "string" },
  "ratio-band": { type: "string" },
  "minimum-adults": { type: "string" },
  growth: { type: "string" },
  "pool-availability": { type: "string" },
  coverage: { type: "string" },
  "pool-max": { type: "string" },
  "full-time-hours": { type: "string" },
  "without-interns": { type: "boolean" },
  "without-volunteers": { type: "boolean" },
  format: { type: "string" },
  out: { type: "string" },
} as const;

/** The tables a capacity plan rests on: the sessions and who came to them. */
export const CAPACITY_NEEDS: readonly TableName[] = ["sessions", "attendance"];

/** `--ratio-band 4-6=6,7-9=8` as children per adult by age band key. */
function ratioBands(parsed: Parsed, lang: CliLang): Record<string, number> {
  const raw = stringOption(parsed, "ratio-band");
  if (raw === undefined) return {};
  const bands: Record<string, number> = {};
  for (const part of raw.split(",")) {
    const match = /^\s*([a-z0-9-]{1,20})\s*=\s*(\d+(?:[.,]\d+)?)\s*$/i.exec(part);
    const ratio = match ? Number(match[2]!.replace(",", ".")) : Number.NaN;
    if (!match || !(ratio > 0 && ratio <= 1000)) throw new CliError(say(lang, "args.bad-ratio-band", {}));
    bands[match[1]!.toLowerCase()] = ratio;
  }
  return bands;
}

/** The pool policy from `--pool-availability` and `--coverage` (both in percent). */
function poolPolicy(parsed: Parsed, lang: CliLang): PoolPolicy | undefined {
  const availability = decimalOption(parsed, "pool-availability", lang, 0, 100);
  if (availability === undefined) return undefined;
  const coverage = decimalOption(parsed, "coverage", lang, 0, 100) ?? 90;
  const maxSize = intOption(parsed, "pool-max", lang, 0, 100_000);
  return { availability: availability / 100, coverage: coverage / 100, ...(maxSize === undefined ? {} : { maxSize }) };
}

/**
 * Run `kinderwerk capacity <dataset folder>`: 0 when every row was accepted and the sessions and
 * attendance were there, 1 otherwise (the plan is still written), 2 when it could not run.
 */
export async function capacityCommand(args: readonly string[], ctx: CommandContext): Promise<number> {
  const parsed = parseCommandArgs(args, CAPACITY_OPTIONS, ctx.lang, true);
  const format = choiceOption(parsed, "format", ["text", "json"] as const, ctx.lang) ?? "text";
  const period = periodFromOptions(parsed.values, ctx.lang, ctx.now());
  const ratio = decimalOption(parsed, "ratio", ctx.lang, 0.1, 1000) ?? 8;
  const minimumAdults = intOption(parsed, "minimum-adults", ctx.lang, 0, 100) ?? 1;
  const growth = (decimalOption(parsed, "growth", ctx.lang, 0, 1000) ?? 0) / 100;
  const fullTimeHours = decimalOption(parsed, "full-time-hours", ctx.lang, 1, 168) ?? 36;
  const byAgeBand = ratioBands(parsed, ctx.lang);
  const pool = poolPolicy(parsed, ctx.lang);
  const out = stringOption(parsed, "out");

  const sessions: Session[] = [];
  const attendance: Attendance[] = [];
  const children: Child[] = [];
  const signups: CapacitySignup[] = [];
  const { code } = await readDataset(parsed, ctx, {
    command: "capacity",
    needs: CAPACITY_NEEDS,
    outputs: out === undefined ? [] : [{ option: "--out", path: resolvePath(ctx.cwd, out) }],
    onRecords: (table, records) => {
      if (table === "sessions") sessions.push(...records);
      else if (table === "attendance") attendance.push(...records);
      else if (table === "children") children.push(...records);
      else if (table === "signups") signups.push(...records);
    },
  });

  const plan = planCapacity(
    { sessions, attendance, children, signups },
    {
      period,
      policy: { childrenPerAdult: ratio, byAgeBand, minimumAdults },
      growth,
      fullTimeHours,
      countInterns: !flag(parsed, "without-interns"),
      countVolunteers: !flag(parsed, "without-volunteers"),
      ...(pool === undefined ? {} : { pool }),
    },
  );
  const body = format === "json" ? `${JSON.stringify(plan, null, 2)}\n` : formatCapacityPlan(plan, { lang: ctx.lang });
  if (out === undefined) {
    ctx.stdout.write(body);
  } else {
    writeFile(resolvePath(ctx.cwd, out), body, ctx.lang);
    ctx.stderr.write(`${say(ctx.lang, "capacity.written", { path: out })}\n`);
  }
  return code;
}
