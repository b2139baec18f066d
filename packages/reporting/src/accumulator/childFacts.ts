// A child's facts: decoded once when the record (or a serialised state) arrives, so that `result()`
// parses nothing. The serialised form is the state's `ChildFact` string (state.ts).
import { dayNumber, GENDERS } from "@kinderwerk/core";
import type { AgeScheme } from "../_lib/age.js";
import { ageOnDay, dayOf, NO_DAY } from "../_lib/age.js";
import type { ReportRecords } from "./recordFacts.js";

/**
 * A child's facts (see `ChildFact`): the fact string itself (for ordering conflicting records and
 * for the serialised state), gender, the band on the period's first day, whether the band changes
 * inside the period, the neighbourhood (`unknown` when not given), the birth date while the record
 * is in this process (never serialised) and the age anchor (see `AgeAnchor`), if any.
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

/** The parts of a serialised child fact, in the order the state writes them. */
interface ChildFactParts {
  readonly gender: string;
  readonly band: string;
  readonly varies: boolean;
  /** Empty when not given. */
  readonly neighbourhood: string;
}

/** The separator of the parts of a serialised child fact (the state format, version 2). */
const SEPARATOR = "\u0001";

/** The serialised child fact: gender, band, varies (`1`/`0`), neighbourhood, in that order. */
function encodeChildFact(p: ChildFactParts): string {
  return `${p.gender}${SEPARATOR}${p.band}${SEPARATOR}${p.varies ? 1 : 0}${SEPARATOR}${p.neighbourhood}`;
}

/** The parts of a serialised child fact, or `undefined` when it is not one. */
function splitChildFact(fact: string): ChildFactParts | undefined {
  const endGender = fact.indexOf(SEPARATOR);
  const endBand = fact.indexOf(SEPARATOR, endGender + 1);
  const endVaries = fact.indexOf(SEPARATOR, endBand + 1);
  // `varies` is one character.
  if (endGender < 0 || endBand < 0 || endVaries !== endBand + 2) return undefined;
  const varies = fact[endBand + 1];
  if (varies !== "0" && varies !== "1") return undefined;
  return { gender: fact.slice(0, endGender), band: fact.slice(endGender + 1, endBand), varies: varies === "1", neighbourhood: fact.slice(endVaries + 1) };
}

const GENDER_SET: ReadonlySet<string> = new Set(GENDERS);

/**
 * The facts of a child record: its gender, neighbourhood and age bands over the period; the birth
 * date stays in memory.
 *
 * @param child - the child record
 * @param from - the period's first day
 * @param to - the period's last day
 * @param scheme - the age bands
 * @returns the facts
 */
export function childInfo(child: ReportRecords["children"], from: string, to: string, scheme: AgeScheme): ChildInfo {
  const birth = dayOf(child.birthDate);
  const band = scheme.bandOfAge(ageOnDay(birth, dayOf(from)));
  // Bands only grow with age: the same band on the last day means no change in between.
  const varies = band !== scheme.bandOfAge(ageOnDay(birth, dayOf(to)));
  const gender = child.gender !== undefined && GENDER_SET.has(child.gender) ? child.gender : "unknown";
  const neighbourhood = child.neighbourhood ?? "";
  return {
    fact: encodeChildFact({ gender, band, varies, neighbourhood }),
    gender,
    band,
    varies,
    hood: neighbourhood === "" ? "unknown" : neighbourhood,
    birth: varies ? birth : NO_DAY,
    anchorDay: NO_DAY,
    anchorBand: "",
  };
}

/**
 * Decode a serialised child fact and its anchor (see `ChildFact`, `AgeAnchor`).
 *
 * @param fact - the serialised fact
 * @param scheme - the age bands of the report
 * @param anchor - the anchor's date and band, if the state holds one
 * @returns the facts, or `undefined` when they name a gender or band the report does not know
 */
export function decodeChildFact(fact: string, scheme: AgeScheme, anchor?: { readonly date: string; readonly band: string }): ChildInfo | undefined {
  const p = splitChildFact(fact);
  if (p === undefined || !GENDER_SET.has(p.gender) || !scheme.rank.has(p.band)) return undefined;
  if (anchor !== undefined && (!p.varies || !scheme.rank.has(anchor.band))) return undefined;
  return {
    fact,
    gender: p.gender,
    band: p.band,
    varies: p.varies,
    hood: p.neighbourhood === "" ? "unknown" : p.neighbourhood,
    birth: NO_DAY,
    anchorDay: anchor === undefined ? NO_DAY : dayNumber(anchor.date),
    anchorBand: anchor === undefined ? "" : anchor.band,
  };
}

/** An age anchor in memory: a UTC day number (or `NO_DAY`) and the band on it. */
export interface Anchor {
  readonly day: number;
  readonly band: string;
}

/**
 * Of two anchors, the earlier; on the same day the younger band (`scheme.rank`).
 *
 * @param scheme - the age bands
 * @param a - one anchor
 * @param b - another
 * @returns the anchor that counts
 */
export function earlierAnchor(scheme: AgeScheme, a: Anchor, b: Anchor): Anchor {
  if (b.day === NO_DAY) return a;
  if (a.day === NO_DAY || b.day < a.day) return b;
  if (b.day === a.day && scheme.rank.get(b.band)! < scheme.rank.get(a.band)!) return b;
  return a;
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
