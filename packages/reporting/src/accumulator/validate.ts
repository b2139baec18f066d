// A hand-written structural check of a serialised partial state: the same rules as the `ReportState`
// schema, without building zod's issue objects. It never accepts what the schema rejects; when it
// rejects, the caller runs the schema to name what is wrong.
import type { ReportState } from "./state.js";
import { STATE_FORMAT, STATE_VERSION } from "./state.js";

const DAY = /^\d{4}-\d{2}-\d{2}$/;

const isPlain = (v: unknown): v is Record<string, unknown> => {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
};
const isId = (v: unknown): v is string => typeof v === "string" && v.length >= 1 && v.length <= 200;
const isDay = (v: unknown): v is string => typeof v === "string" && DAY.test(v);
const isDayOrNull = (v: unknown): boolean => v === null || isDay(v);
const isInt = (v: unknown, min: number, max: number): v is number => typeof v === "number" && Number.isSafeInteger(v) && v >= min && v <= max;
const isCount = (v: unknown): boolean => isInt(v, 0, 1_000_000);
const isTuple = (v: unknown, n: number): v is unknown[] => Array.isArray(v) && v.length === n;

function everyItem(v: unknown, check: (item: unknown) => boolean): boolean {
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) if (!check(v[i])) return false;
  return true;
}

const isIds = (v: unknown): boolean => everyItem(v, isId);

function isConfig(v: unknown): boolean {
  if (!isPlain(v)) return false;
  if (!isDay(v["from"]) || !isDay(v["to"]) || !isInt(v["regularsThreshold"], 1, 1000)) return false;
  const fc = v["followUpCatalogue"];
  if (typeof fc !== "string" || fc.length > 200) return false;
  const filter = v["filter"];
  if (!isPlain(filter)) return false;
  for (const key of Object.keys(filter)) if (!everyItem(filter[key], (x) => typeof x === "string")) return false;
  const holidays = v["holidays"];
  if (!(holidays === null || everyItem(holidays, (h) => isTuple(h, 2) && isDay(h[0]) && isDay(h[1])))) return false;
  const bands = v["ageBands"];
  return Array.isArray(bands) && bands.length >= 1 && bands.length <= 12 && everyItem(bands, (b) => isTuple(b, 3) && typeof b[0] === "string" && b[0].length >= 1 && b[0].length <= 20 && isInt(b[1], 0, 30) && isInt(b[2], 0, 30));
}

const isSession = (r: unknown): boolean =>
  isTuple(r, 7) && isId(r[0]) && isId(r[1]) && isDay(r[2]) && isInt(r[3], 1, 1440) && isCount(r[4]) && isCount(r[5]) && isCount(r[6]);
const isActivity = (r: unknown): boolean => isTuple(r, 5) && isId(r[0]) && isId(r[1]) && isIds(r[2]) && isIds(r[3]) && (r[4] === 0 || r[4] === 1);
const isChild = (r: unknown): boolean =>
  Array.isArray(r) && (r.length === 2 || (r.length === 4 && isDay(r[2]) && isId(r[3]))) && isId(r[0]) && typeof r[1] === "string" && r[1].length <= 1000;
const isAttendance = (r: unknown): boolean => isTuple(r, 2) && isId(r[0]) && isIds(r[1]);
const isSignal = (r: unknown): boolean => isTuple(r, 3) && isId(r[0]) && isDay(r[1]) && isId(r[2]);
const isReferral = (r: unknown): boolean =>
  isTuple(r, 7) && isId(r[0]) && isId(r[1]) && isDayOrNull(r[2]) && isDayOrNull(r[3]) && isDayOrNull(r[4]) && isId(r[5]) && isDayOrNull(r[6]);

/**
 * Whether a value is a valid serialised partial state, by the rules of the `ReportState` schema.
 * Keys the schema does not name are allowed (the schema strips them); read only the named ones.
 *
 * @param v - a parsed JSON value
 * @returns `true` when the schema would accept it
 */
export function isReportState(v: unknown): v is ReportState {
  return (
    isPlain(v) &&
    v["format"] === STATE_FORMAT &&
    v["version"] === STATE_VERSION &&
    isConfig(v["config"]) &&
    everyItem(v["sessions"], isSession) &&
    everyItem(v["activities"], isActivity) &&
    everyItem(v["children"], isChild) &&
    everyItem(v["attendance"], isAttendance) &&
    everyItem(v["signals"], isSignal) &&
    everyItem(v["referrals"], isReferral)
  );
}
