// The report's choices as the coordinator types them, and what they mean: a period made with
// reporting's period helpers, a school-holiday region, a budget in euros and a population.
import { parseEuro, type SchoolRegion } from "@kinderwerk/core";
import { customPeriod, periodOfMonth, periodOfQuarter, periodOfSchoolYear, periodOfYear, type Period } from "@kinderwerk/reporting";

/** The kinds of period the page offers (reporting's, less the school holidays: those follow from the region). */
export const PERIOD_CHOICES = ["year", "quarter", "month", "schoolYear", "custom"] as const;
export type PeriodChoice = (typeof PERIOD_CHOICES)[number];

/** The school-holiday regions, as reporting and core's holiday calendar name them. */
export const REGIONS = ["noord", "midden", "zuid"] as const satisfies readonly SchoolRegion[];

/** The report's fields as typed (all text, as the form holds them). */
export interface ReportSettings {
  readonly periodKind: PeriodChoice;
  /** `2025`, `2025-Q3`, `2025-03` or `2025-2026`, by kind. */
  readonly periodValue: string;
  /** The first and last day of a custom period, `YYYY-MM-DD` (what `<input type="date">` holds). */
  readonly from: string;
  readonly to: string;
  readonly region: "" | SchoolRegion;
  /** The budget in euros, as typed (`12.500`, `€ 12.500,00`); empty for none. */
  readonly budget: string;
  /** The children aged 4 to 12 in the area, as typed; empty for none. */
  readonly population: string;
  readonly organisation: string;
  readonly comparePrevious: boolean;
}

/** What the settings mean. */
export interface ReportChoices {
  readonly period: Period;
  readonly region: SchoolRegion | undefined;
  readonly budget: number | undefined;
  readonly population: number | undefined;
  readonly organisation: string | undefined;
  readonly comparePrevious: boolean;
}

/** A field the report cannot use as typed. */
export type SettingsProblem = "period" | "budget" | "population";

/**
 * The settings a page starts with: the previous calendar year, as `kinderwerk report` without a period.
 *
 * @param now - today
 * @returns the settings
 */
export function defaultSettings(now: Date): ReportSettings {
  const year = now.getFullYear() - 1;
  return { periodKind: "year", periodValue: String(year), from: `${year}-01-01`, to: `${year}-12-31`, region: "", budget: "", population: "", organisation: "", comparePrevious: false };
}

/** An example of each kind of period, to show beside the field. */
export const PERIOD_EXAMPLES: Readonly<Record<Exclude<PeriodChoice, "custom">, string>> = { year: "2025", quarter: "2025-Q3", month: "2025-03", schoolYear: "2025-2026" };

/**
 * The period the settings name, written as a person would: `2025`, `2025-Q3` (also `2025 Q3`,
 * `Q3 2025`), `2025-03` (also `03-2025`, `3-2025`), `2025-2026` (also `2025/2026`).
 *
 * @param s - the settings
 * @returns the period, or `undefined` when the text names none
 */
export function periodOf(s: Pick<ReportSettings, "periodKind" | "periodValue" | "from" | "to">): Period | undefined {
  const v = s.periodValue.trim().toUpperCase();
  try {
    switch (s.periodKind) {
      case "year":
        return /^\d{4}$/.test(v) ? periodOfYear(Number(v)) : undefined;
      case "quarter": {
        const yq = /^(\d{4})\s*-?\s*Q([1-4])$/.exec(v);
        const qy = /^Q([1-4])\s*-?\s*(\d{4})$/.exec(v);
        if (yq) return periodOfQuarter(`${yq[1]}-Q${yq[2]}`);
        return qy ? periodOfQuarter(`${qy[2]}-Q${qy[1]}`) : undefined;
      }
      case "month": {
        const ym = /^(\d{4})-(\d{1,2})$/.exec(v);
        const my = /^(\d{1,2})-(\d{4})$/.exec(v);
        const [year, month] = ym ? [ym[1], ym[2]] : my ? [my[2], my[1]] : [undefined, undefined];
        return year === undefined || month === undefined ? undefined : periodOfMonth(`${year}-${month.padStart(2, "0")}`);
      }
      case "schoolYear": {
        const m = /^(\d{4})\s*[-/]\s*(\d{4})$/.exec(v);
        return m ? periodOfSchoolYear(`${m[1]}-${m[2]}`) : undefined;
      }
      case "custom":
        return customPeriod(s.from.trim(), s.to.trim());
    }
  } catch {
    // reporting's helpers throw a RangeError for a period that does not exist (2025-13, 2025-2027)
    return undefined;
  }
}

/**
 * A whole number of children: `2400` or `2.400`.
 *
 * @param text - what was typed
 * @returns the number, or `undefined`
 */
export function parseCount(text: string): number | undefined {
  const t = text.trim();
  if (!/^\d{1,9}$/.test(t) && !/^\d{1,3}(?:\.\d{3}){1,2}$/.test(t)) return undefined;
  return Number(t.replaceAll(".", ""));
}

/**
 * Read the settings.
 *
 * @param s - the settings as typed
 * @returns the choices, or the fields that need another look
 * @example
 * readSettings({ ...defaultSettings(new Date()), periodKind: "quarter", periodValue: "2025 Q3", budget: "€ 12.500" });
 * // => { ok: true, value: { period: { from: "2025-07-01", to: "2025-09-30", … }, budget: 12500, … } }
 */
export function readSettings(s: ReportSettings): { readonly ok: true; readonly value: ReportChoices } | { readonly ok: false; readonly problems: readonly SettingsProblem[] } {
  const problems: SettingsProblem[] = [];
  const period = periodOf(s);
  if (period === undefined) problems.push("period");
  // A budget is an amount of 0 or more.
  const amount = s.budget.trim() === "" ? undefined : parseEuro(s.budget);
  const budget = amount !== undefined && amount >= 0 ? amount : undefined;
  if (s.budget.trim() !== "" && budget === undefined) problems.push("budget");
  const population = s.population.trim() === "" ? undefined : parseCount(s.population);
  if (s.population.trim() !== "" && population === undefined) problems.push("population");
  if (period === undefined || problems.length > 0) return { ok: false, problems };
  const organisation = s.organisation.trim();
  return {
    ok: true,
    value: { period, region: s.region === "" ? undefined : s.region, budget, population, organisation: organisation === "" ? undefined : organisation.slice(0, 200), comparePrevious: s.comparePrevious },
  };
}
