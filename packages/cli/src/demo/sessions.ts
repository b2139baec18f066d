// The sessions of the demo dataset (weekly outside the school holidays, holiday programmes inside
// them) and the attendance at them (absences, drifters, a few rows entered twice).

import { addDays, isoWeekday, listSchoolHolidays, toEpochDay } from "@kinderwerk/core";
import type { SchoolRegion } from "@kinderwerk/core";
import type { Random } from "../_lib/random.js";
import type { DemoChild } from "./children.js";
import { ACTIVITIES, FROM, pad, TO, type DemoActivity } from "./organisation.js";

export interface DemoSession {
  readonly id: string;
  readonly activity: DemoActivity;
  readonly date: string;
  readonly minutes: number;
  readonly professionals: number;
  readonly interns: number;
  readonly volunteers: number;
}

/** The sessions of every activity from the start of the dataset to its end, numbered in date order. */
export function makeSessions(random: Random, region: SchoolRegion): DemoSession[] {
  const holidays = [...listSchoolHolidays({ region, schoolYear: "2024-2025" }), ...listSchoolHolidays({ region, schoolYear: "2025-2026" })];
  const holidayKindOn = (date: string): string | undefined => holidays.find((h) => h.from <= date && date <= h.to)?.kind;
  const sessions: DemoSession[] = [];
  let n = 0;
  for (const activity of ACTIVITIES) {
    const first = activity.start !== undefined && activity.start > FROM ? activity.start : FROM;
    const last = activity.end !== undefined && activity.end < TO ? activity.end : TO;
    let termWeek = 0;
    for (let date = first; date <= last; date = addDays(date, 1)) {
      const weekday = isoWeekday(date);
      if (!activity.weekdays.includes(weekday)) continue;
      const holiday = holidayKindOn(date);
      if (activity.when === "term") {
        if (holiday !== undefined) continue;
        termWeek++;
        if ((termWeek - 1) % activity.every !== 0) continue;
        if (random.chance(0.04)) continue; // cancelled: illness, a closed building
      } else {
        if (holiday === undefined || !(activity.holidayKinds ?? []).includes(holiday)) continue;
        // The summer programme runs in the first three weeks of the summer holiday.
        if (holiday === "zomer") {
          const start = holidays.find((h) => h.kind === "zomer" && h.from <= date && date <= h.to)!.from;
          if (toEpochDay(date) - toEpochDay(start) > 20) continue;
        }
      }
      n++;
      sessions.push({
        id: `b-${pad(n, 4)}`,
        activity,
        date,
        minutes: activity.minutes,
        professionals: activity.when === "holiday" ? 2 : random.chance(0.2) ? 2 : 1,
        interns: random.weighted<number>([[0, 5], [1, 4], [2, 1]]),
        volunteers: activity.kindCode === "online" || activity.kindCode === "home-kit" ? 0 : random.int(0, activity.when === "holiday" ? 5 : 3),
      });
    }
  }
  // Number the sessions in date order, as a registration system would.
  sessions.sort((a, b) => (a.date === b.date ? a.id.localeCompare(b.id) : a.date < b.date ? -1 : 1));
  return sessions.map((s, i) => ({ ...s, id: `b-${pad(i + 1, 4)}` }));
}

export interface DemoAttendance {
  readonly session: DemoSession;
  readonly child: DemoChild;
  readonly present: string;
}

/** Who came to each session: a pool of regulars per activity, and children who come now and then. */
export function makeAttendance(random: Random, children: readonly DemoChild[], sessions: readonly DemoSession[]): DemoAttendance[] {
  const pools = new Map<string, { child: DemoChild; turnout: number }[]>();
  for (const activity of ACTIVITIES) {
    const fits = children.filter((c) => c.ageMid2025 >= activity.minAge - 1 && c.ageMid2025 <= activity.maxAge + 1 && c.id.endsWith("7") === false);
    const local = fits.filter((c) => c.neighbourhood === activity.neighbourhood);
    const others = fits.filter((c) => c.neighbourhood !== activity.neighbourhood);
    const fromLocal = Math.min(local.length, Math.ceil(activity.poolSize * 0.6));
    const pool = [...random.sample(local, fromLocal), ...random.sample(others, activity.poolSize - fromLocal)];
    pools.set(activity.id, pool.map((child) => ({ child, turnout: activity.turnout[0] + random.next() * (activity.turnout[1] - activity.turnout[0]) })));
  }
  // Children whose id ends in 7 come only now and then, to the holiday programmes and the street.
  const drifters = children.filter((c) => c.id.endsWith("7"));
  const records: DemoAttendance[] = [];
  for (const session of sessions) {
    const pool = pools.get(session.activity.id) ?? [];
    for (const { child, turnout } of pool) {
      if (child.joinedOn > session.date) continue;
      if (random.chance(turnout)) records.push({ session, child, present: random.pick(["ja", "ja", "ja", "x", "Ja"]) });
      else if (session.activity.kindCode === "course" && random.chance(0.3)) records.push({ session, child, present: "nee" });
    }
    if (session.activity.when === "holiday" || session.activity.kindCode === "outreach") {
      for (const child of drifters) {
        if (child.joinedOn <= session.date && random.chance(0.05)) records.push({ session, child, present: "ja" });
      }
    }
  }
  // A few rows entered twice (the same child twice in one session): a warning, counted once.
  const duplicates = random.sample(records.filter((r) => r.present !== "nee"), 6);
  for (const d of duplicates) records.splice(records.indexOf(d) + 1, 0, { ...d, present: "ja" });
  return records;
}
