// A capacity plan as plain text, with its assumptions beside the answer, in Dutch or English.
import type { Lang } from "@kinderwerk/core";
import type { CapacityFigures, CapacityPlan } from "./planCapacity.js";

const TEXT = {
  nl: {
    title: "Capaciteitsplanning",
    period: "Periode",
    week: "Week",
    sessions: "Bijeenkomsten",
    understaffed: "Onderbezet",
    children: "Kinderen (verwacht)",
    needed: "Volwassenen nodig",
    available: "Volwassenen beschikbaar",
    shortfall: "Tekort",
    hoursShortfall: "Uren tekort",
    total: "Totaal",
    fte: (needed: string, available: string, shortfall: string) => `Fte over de periode: nodig ${needed}, beschikbaar ${available}, tekort ${shortfall}.`,
    pool: (size: number, coverage: string, reached: boolean, target: string) =>
      reached
        ? `Oproeppoule: ${size} leden dekken het tekort op naar verwachting ${coverage} van de bijeenkomsten (doel ${target}).`
        : `Oproeppoule: ook ${size} leden dekken het tekort niet op ${target} van de bijeenkomsten (naar verwachting ${coverage}).`,
    assumptions: "Aannames",
    ratio: (n: string) => `Eén volwassene per ${n} kinderen`,
    band: (band: string, n: string) => `leeftijdsgroep ${band}: één volwassene per ${n} kinderen`,
    minimum: (n: number) => `Minstens ${n} volwassene(n) bij een bijeenkomst met kinderen`,
    growth: (g: string) => `Groei van de vraag: ${g}`,
    roles: (interns: boolean, volunteers: boolean) => `Beschikbaar: beroepskrachten${interns ? ", stagiairs" : ""}${volunteers ? ", vrijwilligers" : ""}`,
    waiting: (n: number) => `Kinderen op de wachtlijst meegeteld: ${n}`,
    fullTime: (h: string, w: string) => `Voltijd: ${h} uur per week; ${w} weken in de periode; alleen uren bij bijeenkomsten`,
    availability: (p: string, q: string) => `Oproeppoule: elk lid beschikbaar met kans ${p}, onafhankelijk; doel: tekort gedekt op ${q} van de bijeenkomsten (exacte binomiale verdeling)`,
  },
  en: {
    title: "Capacity plan",
    period: "Period",
    week: "Week",
    sessions: "Sessions",
    understaffed: "Understaffed",
    children: "Children (expected)",
    needed: "Adults needed",
    available: "Adults available",
    shortfall: "Shortfall",
    hoursShortfall: "Hours short",
    total: "Total",
    fte: (needed: string, available: string, shortfall: string) => `Fte over the period: needed ${needed}, available ${available}, shortfall ${shortfall}.`,
    pool: (size: number, coverage: string, reached: boolean, target: string) =>
      reached
        ? `On-call pool: ${size} members cover the shortfall on an expected ${coverage} of sessions (target ${target}).`
        : `On-call pool: even ${size} members do not cover the shortfall on ${target} of sessions (expected ${coverage}).`,
    assumptions: "Assumptions",
    ratio: (n: string) => `One adult per ${n} children`,
    band: (band: string, n: string) => `age band ${band}: one adult per ${n} children`,
    minimum: (n: number) => `At least ${n} adult(s) at a session with children`,
    growth: (g: string) => `Growth in demand: ${g}`,
    roles: (interns: boolean, volunteers: boolean) => `Available: professionals${interns ? ", interns" : ""}${volunteers ? ", volunteers" : ""}`,
    waiting: (n: number) => `Children on the waiting list counted: ${n}`,
    fullTime: (h: string, w: string) => `Full time: ${h} hours a week; ${w} weeks in the period; session hours only`,
    availability: (p: string, q: string) => `On-call pool: each member available with chance ${p}, independently; target: shortfall covered on ${q} of sessions (exact binomial distribution)`,
  },
} as const;

/** Options of {@link formatCapacityPlan}. */
export interface FormatCapacityOptions {
  /** `nl` (default) or `en`. */
  readonly lang?: Lang;
  /** Leave out weeks without sessions. Default `true`. */
  readonly skipEmptyWeeks?: boolean;
}

/**
 * A capacity plan as a plain-text table per week, the totals, the fte, the pool size and the
 * assumptions it rests on.
 *
 * @param plan - the answer of {@link planCapacity}
 * @param options - the language, and whether to show weeks without sessions
 * @returns lines of text, ending in a newline
 * @example
 * process.stdout.write(formatCapacityPlan(planCapacity(data, { period }), { lang: "en" }));
 */
export function formatCapacityPlan(plan: CapacityPlan, options: FormatCapacityOptions = {}): string {
  const lang = options.lang === "en" ? "en" : "nl";
  const t = TEXT[lang];
  const locale = lang === "nl" ? "nl-NL" : "en-GB";
  const num = (v: number, decimals = 1) => v.toLocaleString(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  const pct = (v: number) => `${num(v * 100, 1)}%`;
  const header = [t.week, t.sessions, t.understaffed, t.children, t.needed, t.available, t.shortfall, t.hoursShortfall];
  const row = (label: string, f: CapacityFigures) => [
    label, String(f.sessions), String(f.understaffedSessions), num(f.children), String(f.adultsNeeded), String(f.adultsAvailable), String(f.shortfall), num(f.hoursShortfall),
  ];
  const weeks = plan.weeks.filter((w) => options.skipEmptyWeeks === false || w.sessions > 0);
  const table = [header, ...weeks.map((w) => row(w.week, w)), row(t.total, plan.total)];
  const widths = header.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
  const lines = table.map((r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  "));
  const a = plan.assumptions;
  const out = [`${t.title} — ${t.period} ${plan.period.from} – ${plan.period.to}`, "", ...lines, "", t.fte(num(plan.fte.needed, 2), num(plan.fte.available, 2), num(plan.fte.shortfall, 2))];
  if (plan.pool && a.pool) out.push(t.pool(plan.pool.size, pct(plan.pool.coverage), plan.pool.reached, pct(a.pool.coverage)));
  out.push("", `${t.assumptions}:`, `- ${t.ratio(num(a.childrenPerAdult, 0))}`);
  for (const [band, ratio] of Object.entries(a.byAgeBand)) out.push(`  - ${t.band(band, num(ratio, 0))}`);
  out.push(`- ${t.minimum(a.minimumAdults)}`, `- ${t.growth(pct(a.growth))}`, `- ${t.roles(a.countInterns, a.countVolunteers)}`, `- ${t.waiting(a.waitingChildren)}`);
  out.push(`- ${t.fullTime(num(a.fullTimeHours, 0), num(a.weeksInPeriod, 1))}`);
  if (a.pool) out.push(`- ${t.availability(num(a.pool.availability, 2), pct(a.pool.coverage))}`);
  return `${out.join("\n")}\n`;
}
