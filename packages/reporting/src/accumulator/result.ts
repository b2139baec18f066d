// The joins and the final numbers of a report accumulator. Rounding happens here only.
import { ACTIVITY_KINDS, dayNumber, GENDERS } from "@kinderwerk/core";
import type { AgeBand, Catalogues } from "@kinderwerk/core";
import type { AgeScheme } from "../_lib/age.js";
import { ageOnDay, NO_DAY } from "../_lib/age.js";
import { roundHalfAway, roundRatio } from "../_lib/round.js";
import type { ActivityFact, ReferralFact, SessionFact, SignalFact, StateConfig } from "./state.js";

/** One row of a breakdown, before disclosure control. */
export interface ResultRow {
  /** The code: age band, gender, neighbourhood, programme line, pillar, activity kind, category or destination. */
  readonly key: string;
  /** The count. */
  readonly value: number;
}

/** The inputs of the extension indicators. */
export interface ResultOptions {
  /** The budget in euros, for `costPerChild` and `costPerContactHour`. */
  readonly budget?: number | undefined;
  /** The number of children aged 4 to 12 living in the area (CBS), for `reachShare`. */
  readonly population?: number | undefined;
  /** Catalogues whose codes appear as rows even when zero; the accumulator's catalogues when left out. */
  readonly catalogues?: Catalogues | undefined;
}

/**
 * The unsuppressed ("internal") results of every indicator, keyed by indicator id: for the
 * organisation's own use. Publish with `buildReport`, which applies disclosure control.
 * A value that cannot be computed (a mean over zero sessions) is `null`.
 */
export interface IndicatorResults {
  readonly sessions: number;
  readonly activities: number;
  readonly attendances: number;
  readonly reach: number;
  readonly "reach.targetGroup": number;
  readonly "reach.byAgeBand": readonly ResultRow[];
  readonly "reach.byGender": readonly ResultRow[];
  readonly "reach.byNeighbourhood": readonly ResultRow[];
  readonly "reach.byProgrammeLine": readonly ResultRow[];
  readonly "reach.byPillar": readonly ResultRow[];
  readonly "reach.byActivityKind": readonly ResultRow[];
  readonly newChildren: number;
  readonly regulars: number;
  readonly attendancesPerSession: number | null;
  readonly activityHours: number;
  readonly contactHours: number;
  readonly "staffHours.professional": number;
  readonly "staffHours.intern": number;
  readonly "staffHours.volunteer": number;
  /** `null` when the holidays of the period are not known (no region, or not in the calendar). */
  readonly holidayReach: number | null;
  readonly signals: number;
  readonly "signals.byCategory": readonly ResultRow[];
  readonly referrals: number;
  readonly "referrals.byDestination": readonly ResultRow[];
  readonly "referrals.accepted": number;
  readonly "referrals.medianDaysToResponse": number | null;
  readonly "referrals.overdue": number;
  /** Extension: budget ÷ reach, euros, 2 decimals; `null` without a budget or reach. */
  readonly costPerChild: number | null;
  /** Extension: budget ÷ contact hours, euros, 2 decimals; `null` without a budget or contact hours. */
  readonly costPerContactHour: number | null;
  /** Extension: reach.targetGroup ÷ children aged 4–12 in the area × 100, 1 decimal; `null` without a population. */
  readonly reachShare: number | null;
  /** The age bands `reach.byAgeBand` counts in (INDICATORS.md's defaults unless the accumulator was given others). */
  readonly ageBands: readonly AgeBand[];
  /**
   * Exact sums behind the rounded values, the number of responded referrals behind the median, and
   * the number of children counted in the age band `unknown` only because their band changes inside
   * the period and no merged part held both their record and their first attendance (see
   * docs/indicators.md, "When merging is exact"); 0 for one pass over all records.
   */
  readonly raw: {
    readonly activityMinutes: number;
    readonly contactMinutes: number;
    readonly respondedReferrals: number;
    readonly ageUnresolved: number;
  };
}

/**
 * A child's facts (see `ChildFact`) decoded once when added, so that `result()` parses nothing:
 * the fact string itself (for ordering conflicting records and for the serialised state), gender,
 * the band on the period's first day, whether the band changes inside the period, the neighbourhood
 * (`unknown` when not given), the birth date while the record is in this process (never serialised)
 * and the age anchor (see `AgeAnchor`), if any.
 */
export interface ChildInfo {
  readonly fact: string;
  readonly gender: string;
  readonly band: string;
  readonly varies: boolean;
  readonly hood: string;
  /** The birth date as a UTC day number, in memory only; `NO_DAY` when not known here. Of records with the same facts, the latest (the youngest child). */
  readonly birth: number;
  /** The anchor's date as a UTC day number, or `NO_DAY` without an anchor. */
  readonly anchorDay: number;
  /** The band on the anchor's date. */
  readonly anchorBand: string;
}

/**
 * A child's reporting-age band when its first counted attendance is on `day` (a UTC day number), or
 * `undefined` when the facts at hand cannot tell. With the birth date in memory it is exact; an
 * anchor on that very day tells it too (of two answers the younger band counts, as between two
 * records of one child with the same facts); an anchor later in the period in the band of the
 * period's first day tells it as well, because bands only grow with age.
 *
 * @param info - the child's facts
 * @param day - the date of its first counted attendance
 * @param scheme - the age bands
 * @returns the band's key, or `undefined`
 */
export function bandOnDay(info: ChildInfo, day: number, scheme: AgeScheme): string | undefined {
  if (!info.varies) return info.band;
  let band = info.birth !== NO_DAY ? scheme.bandOfAge(ageOnDay(info.birth, day)) : undefined;
  if (info.anchorDay === day) {
    if (band === undefined || scheme.rank.get(info.anchorBand)! < scheme.rank.get(band)!) band = info.anchorBand;
  } else if (band === undefined && info.anchorDay > day && info.anchorBand === info.band) band = info.band;
  return band;
}

/** What `computeResults` reads of an accumulator. */
export interface AccumulatorFacts {
  readonly config: StateConfig;
  readonly scheme: AgeScheme;
  readonly ageBands: readonly AgeBand[];
  /** Session facts by session index. */
  readonly sessionFacts: readonly (SessionFact | undefined)[];
  readonly activities: ReadonlyMap<string, ActivityFact>;
  /** Child facts by child index. */
  readonly childInfos: readonly (ChildInfo | undefined)[];
  readonly childIds: readonly string[];
  readonly sessionIds: readonly string[];
  rawPairs(): { readonly s: Int32Array; readonly c: Int32Array; readonly n: number };
  readonly signals: ReadonlyMap<string, SignalFact>;
  readonly referrals: ReadonlyMap<string, ReferralFact>;
}

interface ActivityScope {
  readonly inScope: boolean;
  readonly mask: Int32Array;
}

function rowsOf(counts: Map<string, number>, order: readonly string[], lastKeys: readonly string[] = []): ResultRow[] {
  const rows: ResultRow[] = [];
  const seen = new Set<string>();
  for (const key of order) {
    seen.add(key);
    rows.push({ key, value: counts.get(key) ?? 0 });
  }
  const rest = [...counts.keys()].filter((k) => !seen.has(k) && !lastKeys.includes(k)).sort();
  for (const key of rest) rows.push({ key, value: counts.get(key)! });
  for (const key of lastKeys) if (!seen.has(key) && counts.has(key)) rows.push({ key, value: counts.get(key)! });
  return rows;
}


const inc = (m: Map<string, number>, k: string): void => {
  m.set(k, (m.get(k) ?? 0) + 1);
};

/** Whether the filter lets an activity's sessions in: an unknown activity only when nothing is filtered. */
const inScope = (a: ActivityFact | undefined, filtering: boolean): boolean => (a === undefined ? !filtering : a[3] === 1);

/**
 * Per child index, the UTC day number of its first counted attendance among the facts at hand, or
 * `NO_DAY`: present, in a session of the period whose activity the filter lets in.
 *
 * @param acc - the accumulator's facts
 * @returns the dates
 */
export function firstCountedDays(acc: AccumulatorFacts): Int32Array {
  const { from, to } = acc.config;
  const filtering = Object.keys(acc.config.filter).length > 0;
  const facts = acc.sessionFacts;
  const sDay = new Int32Array(acc.sessionIds.length).fill(NO_DAY);
  for (let si = 0; si < sDay.length; si++) {
    const s = facts[si];
    if (s === undefined || s[1] < from || s[1] > to) continue;
    if (!inScope(acc.activities.get(s[0]), filtering)) continue;
    sDay[si] = dayNumber(s[1]);
  }
  const first = new Int32Array(acc.childIds.length).fill(NO_DAY);
  const { s: attS, c: attC, n } = acc.rawPairs();
  for (let i = 0; i < n; i++) {
    const d = sDay[attS[i]!]!;
    const c = attC[i]!;
    if (d !== NO_DAY && (first[c] === NO_DAY || d < first[c]!)) first[c] = d;
  }
  return first;
}

/**
 * Join the facts and compute every indicator.
 *
 * @param acc - the accumulator's facts
 * @param options - extension inputs and catalogues
 * @returns the unsuppressed results
 */
export function computeResults(acc: AccumulatorFacts, options: ResultOptions): IndicatorResults {
  const { from, to, regularsThreshold } = acc.config;
  const filtering = Object.keys(acc.config.filter).length > 0;

  // Code space for the per-child masks: programme lines, pillars, activity kinds.
  const codeIndex = new Map<string, number>();
  const codeOf = (dim: string, code: string): number => {
    const key = `${dim}\u0000${code}`;
    let i = codeIndex.get(key);
    if (i === undefined) codeIndex.set(key, (i = codeIndex.size));
    return i;
  };
  for (const [, a] of acc.activities) {
    if (a[3] !== 1) continue;
    codeOf("k", a[0]);
    for (const c of a[1]) codeOf("l", c);
    for (const c of a[2]) codeOf("p", c);
  }
  const words = Math.max(1, Math.ceil(codeIndex.size / 32));
  const noMask = new Int32Array(words);
  const scopes = new Map<string, ActivityScope>();
  const scopeOf = (activityId: string): ActivityScope => {
    let s = scopes.get(activityId);
    if (s !== undefined) return s;
    const a = acc.activities.get(activityId);
    const counted = inScope(a, filtering);
    if (a === undefined || !counted) s = { inScope: counted, mask: noMask };
    else {
      const mask = new Int32Array(words);
      const set = (i: number): void => {
        mask[i >>> 5]! |= 1 << (i & 31);
      };
      set(codeOf("k", a[0]));
      for (const c of a[1]) set(codeOf("l", c));
      for (const c of a[2]) set(codeOf("p", c));
      s = { inScope: true, mask };
    }
    scopes.set(activityId, s);
    return s;
  };

  // Holidays: a date is a holiday when it lies in one of the (sorted, disjoint) ranges.
  const holidays = acc.config.holidays;
  const holidayCache = new Map<string, boolean>();
  const isHoliday = (d: string): boolean => {
    if (holidays === null) return false;
    let h = holidayCache.get(d);
    if (h === undefined) {
      h = holidays.some(([a, b]) => a <= d && d <= b);
      holidayCache.set(d, h);
    }
    return h;
  };

  // Sessions: each one's class (0 ignored, 1 before the period, 2 in it), with its day, holiday flag and mask.
  const nSessions = acc.sessionIds.length;
  const cls = new Uint8Array(nSessions);
  const sDay = new Int32Array(nSessions);
  const sHol = new Uint8Array(nSessions);
  const sMask: Int32Array[] = new Array<Int32Array>(nSessions).fill(noMask);
  let sessions = 0;
  let activityMinutes = 0;
  let professionalMinutes = 0;
  let internMinutes = 0;
  let volunteerMinutes = 0;
  const activitiesSeen = new Set<string>();
  const facts = acc.sessionFacts;
  for (let si = 0; si < nSessions; si++) {
    const s = facts[si];
    if (s === undefined) continue;
    const date = s[1];
    if (date > to) continue;
    const scope = scopeOf(s[0]);
    if (!scope.inScope) continue;
    if (date < from) {
      cls[si] = 1;
      continue;
    }
    cls[si] = 2;
    sDay[si] = dayNumber(date);
    sHol[si] = isHoliday(date) ? 1 : 0;
    sMask[si] = scope.mask;
    sessions++;
    activitiesSeen.add(s[0]);
    activityMinutes += s[2];
    professionalMinutes += s[3] * s[2];
    internMinutes += s[4] * s[2];
    volunteerMinutes += s[5] * s[2];
  }

  // Attendance. Pairs of sessions before the period only mark their child as not new; pairs of
  // sessions in the period are grouped by session (a counting sort) so that duplicates count once.
  const nChildren = acc.childIds.length;
  const before = new Uint8Array(nChildren);
  const { s: attS, c: attC, n: nPairs } = acc.rawPairs();
  const start = new Int32Array(nSessions + 1);
  for (let i = 0; i < nPairs; i++) {
    const si = attS[i]!;
    const k = cls[si]!;
    if (k === 2) start[si + 1]!++;
    else if (k === 1) before[attC[i]!] = 1;
  }
  for (let i = 0; i < nSessions; i++) start[i + 1]! += start[i]!;
  const next = start.slice(0, nSessions);
  const kids = new Int32Array(start[nSessions]!);
  for (let i = 0; i < nPairs; i++) {
    const si = attS[i]!;
    if (cls[si] === 2) kids[next[si]!++] = attC[i]!;
  }

  // One pass over the grouped pairs, per-child state in typed arrays.
  const count = new Int32Array(nChildren);
  const first = new Int32Array(nChildren);
  const last = new Int32Array(nChildren);
  const hol = new Uint8Array(nChildren);
  const masks = new Int32Array(nChildren * words);
  let attendances = 0;
  let contactMinutes = 0;
  let k = 0;
  for (let si = 0; si < nSessions; si++) {
    const lo = start[si]!;
    const hi = start[si + 1]!;
    if (lo === hi) continue;
    k++;
    const day = sDay[si]!;
    const h = sHol[si]!;
    const mask = sMask[si]!;
    const m0 = mask[0]!;
    let counted = 0;
    for (let i = lo; i < hi; i++) {
      const c = kids[i]!;
      if (last[c] === k) continue;
      last[c] = k;
      counted++;
      const n = count[c]!;
      count[c] = n + 1;
      if (n === 0 || day < first[c]!) first[c] = day;
      if (h === 1) hol[c] = 1;
      if (words === 1) masks[c]! |= m0;
      else for (let w = 0; w < words; w++) masks[c * words + w]! |= mask[w]!;
    }
    attendances += counted;
    contactMinutes += counted * facts[si]![2];
  }

  // Per child reached.
  let reach = 0;
  let targetGroup = 0;
  let newChildren = 0;
  let regulars = 0;
  let holidayReach = 0;
  const byBand = new Map<string, number>();
  const byGender = new Map<string, number>();
  const byNeighbourhood = new Map<string, number>();
  const perCode = new Int32Array(codeIndex.size);
  const infos = acc.childInfos;
  const scheme = acc.scheme;
  let ageUnresolved = 0;
  for (let c = 0; c < nChildren; c++) {
    if (count[c] === 0) continue;
    reach++;
    const info = infos[c];
    let band = "unknown";
    let gender = "unknown";
    let neighbourhood = "unknown";
    if (info !== undefined) {
      gender = info.gender;
      neighbourhood = info.hood;
      const b = bandOnDay(info, first[c]!, scheme);
      if (b === undefined) ageUnresolved++;
      else band = b;
    }
    inc(byBand, band);
    if (scheme.target.has(band)) targetGroup++;
    inc(byGender, gender);
    inc(byNeighbourhood, neighbourhood);
    if (before[c] === 0) newChildren++;
    if (count[c]! >= regularsThreshold) regulars++;
    if (hol[c] === 1) holidayReach++;
    for (let w = 0; w < words; w++) {
      let bits = masks[c * words + w]!;
      while (bits !== 0) {
        const low = bits & -bits;
        perCode[w * 32 + 31 - Math.clz32(low)]!++;
        bits ^= low;
      }
    }
  }
  const byLine = new Map<string, number>();
  const byPillar = new Map<string, number>();
  const byKind = new Map<string, number>();
  for (const [key, i] of codeIndex) {
    const [dim, code] = key.split("\u0000") as [string, string];
    const v = perCode[i]!;
    if (v === 0) continue;
    (dim === "l" ? byLine : dim === "p" ? byPillar : byKind).set(code, v);
  }

  // Signals and referrals.
  let signals = 0;
  const byCategory = new Map<string, number>();
  for (const [, sg] of acc.signals) {
    if (sg[0] < from || sg[0] > to) continue;
    signals++;
    inc(byCategory, sg[1]);
  }
  let referrals = 0;
  let accepted = 0;
  let overdue = 0;
  const byDestination = new Map<string, number>();
  const responseDays: number[] = [];
  for (const [, r] of acc.referrals) {
    const [destination, sentOn, respondedOn, closedOn, status, followUp] = r;
    if (sentOn === null || sentOn > to) continue;
    if (sentOn >= from) {
      referrals++;
      inc(byDestination, destination);
      if ((status === "accepted" || status === "completed") && (respondedOn === null || respondedOn <= to)) accepted++;
      if (respondedOn !== null && respondedOn <= to && respondedOn >= sentOn) responseDays.push(dayNumber(respondedOn) - dayNumber(sentOn));
    }
    // Still `sent` at the end of the period: sent by then, and not yet answered or closed by then.
    const movedOn = respondedOn ?? closedOn;
    const stillSent =
      status === "draft" ? false : status === "sent" ? (respondedOn === null || respondedOn > to) && (closedOn === null || closedOn > to) : movedOn !== null && movedOn > to;
    if (stillSent && followUp !== null && followUp < to) overdue++;
  }
  responseDays.sort((a, b) => a - b);
  const mid = responseDays.length >> 1;
  const median =
    responseDays.length === 0 ? null : responseDays.length % 2 === 1 ? responseDays[mid]! : roundRatio(responseDays[mid - 1]! + responseDays[mid]!, 2, 1);

  const cat = options.catalogues;
  const codes = (kind: keyof Catalogues): string[] => (cat ? cat[kind].entries.map((e) => e.code) : []);
  return {
    sessions,
    activities: activitiesSeen.size,
    attendances,
    reach,
    "reach.targetGroup": targetGroup,
    "reach.byAgeBand": rowsOf(byBand, scheme.keys),
    "reach.byGender": rowsOf(byGender, GENDERS),
    "reach.byNeighbourhood": rowsOf(byNeighbourhood, [], ["unknown"]),
    "reach.byProgrammeLine": rowsOf(byLine, codes("programmeLines")),
    "reach.byPillar": rowsOf(byPillar, codes("pillars")),
    "reach.byActivityKind": rowsOf(byKind, ACTIVITY_KINDS),
    newChildren,
    regulars,
    attendancesPerSession: sessions === 0 ? null : roundRatio(attendances, sessions, 1),
    activityHours: roundRatio(activityMinutes, 60, 1),
    contactHours: roundRatio(contactMinutes, 60, 1),
    "staffHours.professional": roundRatio(professionalMinutes, 60, 1),
    "staffHours.intern": roundRatio(internMinutes, 60, 1),
    "staffHours.volunteer": roundRatio(volunteerMinutes, 60, 1),
    holidayReach: holidays === null ? null : holidayReach,
    signals,
    "signals.byCategory": rowsOf(byCategory, codes("signalCategories")),
    referrals,
    "referrals.byDestination": rowsOf(byDestination, codes("referralDestinations")),
    "referrals.accepted": accepted,
    "referrals.medianDaysToResponse": median,
    "referrals.overdue": overdue,
    ...extensions(reach, targetGroup, contactMinutes, options),
    ageBands: acc.ageBands,
    raw: { activityMinutes, contactMinutes, respondedReferrals: responseDays.length, ageUnresolved },
  };
}

/**
 * The extension indicators from reach, reach in the target group and contact minutes.
 *
 * @param reach - children reached
 * @param targetGroup - children reached aged 4..12
 * @param contactMinutes - the exact contact minutes
 * @param options - budget and population
 * @returns `costPerChild`, `costPerContactHour`, `reachShare`
 */
export function extensions(
  reach: number,
  targetGroup: number,
  contactMinutes: number,
  options: Pick<ResultOptions, "budget" | "population">,
): Pick<IndicatorResults, "costPerChild" | "costPerContactHour" | "reachShare"> {
  const { budget, population } = options;
  return {
    costPerChild: budget === undefined || reach === 0 ? null : roundHalfAway(budget / reach, 2),
    costPerContactHour: budget === undefined || contactMinutes === 0 ? null : roundHalfAway((budget * 60) / contactMinutes, 2),
    reachShare: population === undefined || population === 0 ? null : roundRatio(targetGroup * 100, population, 1),
  };
}

/**
 * The same results with the extension indicators computed for a budget and a population.
 *
 * @param results - results from `result()`
 * @param options - `budget` (euros) and `population` (children aged 4 to 12 in the area)
 * @returns the results with `costPerChild`, `costPerContactHour` and `reachShare` filled in
 * @example
 * withExtensions(acc.result(), { budget: 120000, population: 2400 }).costPerChild; // => 975.61
 */
export function withExtensions(results: IndicatorResults, options: Pick<ResultOptions, "budget" | "population">): IndicatorResults {
  return { ...results, ...extensions(results.reach, results["reach.targetGroup"], results.raw.contactMinutes, options) };
}
