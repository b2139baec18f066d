// The period options of the commands that count over a period (`report`, `capacity`): one home for
// their names and their reading.

import { customPeriod, periodOfQuarter, periodOfSchoolYear, periodOfYear, type Period } from "@kinderwerk/reporting";
import { CliError } from "./errors.js";
import type { CliLang } from "./io.js";
import { say } from "./messages.js";

/** `--year`, `--quarter`, `--school-year`, `--from` and `--to`. */
export const PERIOD_OPTIONS = {
  year: { type: "string" },
  quarter: { type: "string" },
  "school-year": { type: "string" },
  from: { type: "string" },
  to: { type: "string" },
} as const;

/**
 * The period asked for on the command line; the previous calendar year when none is given. Two
 * periods, a period that cannot be read or `--from` without `--to` is a {@link CliError}.
 *
 * @param values - the parsed options
 * @param lang - the language of the error
 * @param now - the clock's now (for the default)
 * @returns the period
 * @throws {CliError} for a bad period
 * @example
 * periodFromOptions({ quarter: "2025-Q3" }, "nl", new Date()); // => { from: "2025-07-01", to: "2025-09-30", … }
 */
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
