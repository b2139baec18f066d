// The serialised partial state: what `toJSON()` writes of an accumulator, and how a state read back
// is validated (merge.ts adds it to an accumulator).
import { createAgeBands, dateOfDayNumber, fail, issue, ok, toIssues } from "@kinderwerk/core";
import type { Catalogues, Result } from "@kinderwerk/core";
import type { AgeScheme } from "../_lib/age.js";
import { ageOnDay, ageScheme, NO_DAY } from "../_lib/age.js";
import type { ChildInfo } from "./childFacts.js";
import { decodeChildFact, earlierAnchor } from "./childFacts.js";
import type { AccumulatorFacts } from "./join.js";
import { firstCountedDays } from "./join.js";
import type { ReportState, SessionFact } from "./state.js";
import { ReportState as ReportStateSchema, STATE_FORMAT, STATE_VERSION } from "./state.js";
import { isReportState } from "./validate.js";

/** A serialised partial state, validated, with its children's facts decoded. */
export interface ReadState {
  readonly state: ReportState;
  readonly children: readonly (readonly [string, ChildInfo])[];
}

/**
 * The state's children: each child's fact, and for a child whose band changes inside the period the
 * band on the day of its first counted attendance here (an age anchor), or the anchor it already had.
 *
 * @param acc - the accumulator's facts
 * @returns the rows of `ReportState.children`
 */
function childRows(acc: AccumulatorFacts): ReportState["children"] {
  const first = firstCountedDays(acc);
  const out: ReportState["children"] = [];
  acc.childInfos.forEach((info, c) => {
    if (info === undefined) return;
    const id = acc.childIds[c]!;
    if (!info.varies) return void out.push([id, info.fact]);
    const d = first[c]!;
    const band = info.birth !== NO_DAY && d !== NO_DAY ? acc.scheme.bandOfAge(ageOnDay(info.birth, d)) : "";
    const here = { day: band === "" ? NO_DAY : d, band };
    const anchor = earlierAnchor(acc.scheme, here, { day: info.anchorDay, band: info.anchorBand });
    out.push(anchor.day === NO_DAY ? [id, info.fact] : [id, info.fact, dateOfDayNumber(anchor.day), anchor.band]);
  });
  return out;
}

/** The state's attendance: per session id with pairs, its distinct child ids. */
function attendanceRows(acc: AccumulatorFacts): [string, string[]][] {
  const { start, children } = acc.attendancePairs.groupBySession(acc.sessionIds.length);
  const out: [string, string[]][] = [];
  for (let si = 0; si < acc.sessionIds.length; si++) {
    if (start[si] === start[si + 1]) continue;
    const kids = new Set<string>();
    for (let i = start[si]!; i < start[si + 1]!; i++) kids.add(acc.childIds[children[i]!]!);
    out.push([acc.sessionIds[si]!, [...kids]]);
  }
  return out;
}

/** What the state holds of an accumulator beyond its join facts. */
export interface StateSource extends AccumulatorFacts {
  readonly sessions: ReadonlyMap<string, SessionFact>;
}

/**
 * The partial state of an accumulator (see `ReportAccumulator.toJSON`).
 *
 * @param acc - the accumulator
 * @returns the state
 */
export function stateOf(acc: StateSource): ReportState {
  // Each row is the record id, then its facts.
  const rows = <T extends readonly unknown[]>(map: ReadonlyMap<string, T>): [string, ...T][] => [...map].map(([id, f]) => [id, ...f] as [string, ...T]);
  return {
    format: STATE_FORMAT,
    version: STATE_VERSION,
    config: acc.config,
    sessions: rows(acc.sessions),
    activities: rows(acc.activities),
    children: childRows(acc),
    attendance: attendanceRows(acc),
    signals: rows(acc.signals),
    referrals: rows(acc.referrals),
    ...(acc.v2.empty ? {} : { v2: acc.v2.toState() }),
  } as ReportState;
}

/** The state as validated: the structural check's config rebuilt without extra keys, or the schema's parse. */
function validState(json: unknown): Result<ReportState> {
  // The structural check knows version 1 facts only; a state with version 2 facts goes through the schema.
  if (isReportState(json) && !("v2" in json)) {
    // The structural check accepts exactly what the schema accepts; rebuild the config without extra keys as zod would.
    const c = json.config;
    const config = {
      from: c.from,
      to: c.to,
      filter: c.filter,
      regularsThreshold: c.regularsThreshold,
      holidays: c.holidays,
      followUpCatalogue: c.followUpCatalogue,
      ageBands: c.ageBands,
    };
    return ok({ ...json, config });
  }
  // The schema names what is wrong.
  const parsed = ReportStateSchema.safeParse(json);
  return parsed.success ? ok(parsed.data) : fail(toIssues(parsed.error.issues));
}

/**
 * Validate a serialised partial state and decode its children's facts.
 *
 * @param json - a value made by `toJSON()` (parsed JSON)
 * @param catalogues - the catalogues the state was made with (checked by id and version)
 * @returns the state, or the issues that reject it (see `reportAccumulatorFromJSON`)
 */
export function readState(json: unknown, catalogues: Catalogues): Result<ReadState> {
  const valid = validState(json);
  if (!valid.ok) return valid;
  const s = valid.value;
  const destinations = catalogues.referralDestinations;
  if (s.config.followUpCatalogue !== `${destinations.id}@${destinations.version}`) {
    return fail([issue("reporting.state.catalogue", ["config", "followUpCatalogue"], { expected: `${destinations.id}@${destinations.version}` })]);
  }
  const bands = createAgeBands(s.config.ageBands.map(([key, minAge, maxAge]) => ({ key, minAge, maxAge })));
  if (!bands.ok) return fail(bands.issues.map((i) => ({ ...i, path: ["config", "ageBands", ...i.path] })));
  let scheme: AgeScheme;
  try {
    scheme = ageScheme(bands.value);
  } catch {
    return fail([issue("reporting.state.age-bands", ["config", "ageBands"], {})]);
  }
  const children: [string, ChildInfo][] = [];
  for (let i = 0; i < s.children.length; i++) {
    const [id, fact, date, band] = s.children[i]!;
    const info = decodeChildFact(fact, scheme, date === undefined || band === undefined ? undefined : { date, band });
    if (info === undefined) return fail([issue("reporting.state.child", ["children", i], {})]);
    children.push([id, info]);
  }
  return ok({ state: s, children });
}
