// Families, sign-ups and the meldcode in the demo dataset: siblings who share a household, sign-ups
// for the activities with a capacity (placed before a child first comes, and a waiting list at the
// end), and a meldcode trajectory after most signals, with every decision and some still open.

import { addDays } from "@kinderwerk/core";
import type { Random } from "../_lib/random.js";
import type { DemoChild } from "./children.js";
import { pad, TO } from "./organisation.js";
import type { DemoAttendance } from "./sessions.js";
import type { DemoSignal } from "./signals.js";

/**
 * Household pseudonyms by child id: about one child in three shares a household with the child
 * before it in the same neighbourhood (a brother or sister); the others have a household of their own.
 */
export function makeHouseholds(random: Random, children: readonly DemoChild[]): Map<string, string> {
  const households = new Map<string, string>();
  const lastIn = new Map<string, string>();
  let n = 0;
  for (const child of children) {
    const hood = child.neighbourhood ?? "";
    const sibling = lastIn.get(hood);
    const household = sibling !== undefined && random.chance(0.35) ? sibling : `gz-${pad(++n, 4)}`;
    households.set(child.id, household);
    lastIn.set(hood, household);
  }
  return households;
}

/** One sign-up. */
export interface DemoSignup {
  readonly activityId: string;
  readonly child: DemoChild;
  readonly date: string;
  readonly status: "placed" | "waiting" | "withdrawn";
  readonly placedOn?: string;
}

/**
 * Sign-ups for the activities with a capacity: every child who came was placed, signed up 5 to 40
 * days before its first attendance and placed 0 to 30 days later (never after it came); in the last
 * quarter, children who never came wait for a place, and a few withdrew.
 */
export function makeSignups(random: Random, children: readonly DemoChild[], attendance: readonly DemoAttendance[], capacities: ReadonlyMap<string, number>): DemoSignup[] {
  const first = new Map<string, string>();
  for (const a of attendance) {
    if (!capacities.has(a.session.activity.id) || a.present === "nee") continue;
    const key = `${a.session.activity.id}|${a.child.id}`;
    const seen = first.get(key);
    if (seen === undefined || a.session.date < seen) first.set(key, a.session.date);
  }
  const out: DemoSignup[] = [];
  for (const [key, firstDay] of [...first].sort(([a], [b]) => a.localeCompare(b))) {
    const [activityId, childId] = key.split("|") as [string, string];
    const child = children.find((c) => c.id === childId)!;
    const date = addDays(firstDay, -random.int(5, 40));
    const placedOn = addDays(date, random.int(0, 30));
    out.push({ activityId, child, date, status: "placed", placedOn: placedOn > firstDay ? firstDay : placedOn });
  }
  for (const activityId of capacities.keys()) {
    const came = new Set([...first.keys()].filter((k) => k.startsWith(`${activityId}|`)).map((k) => k.split("|")[1]));
    const others = children.filter((c) => !came.has(c.id) && c.ageMid2025 >= 6 && c.ageMid2025 <= 12);
    random.sample(others, 6).forEach((child, i) => {
      const date = addDays("2025-10-01", random.int(0, 80));
      out.push({ activityId, child, date, status: i === 5 ? "withdrawn" : "waiting" });
    });
  }
  return out;
}

/** One meldcode trajectory. */
export interface DemoTrajectory {
  readonly id: string;
  readonly signal: DemoSignal;
  readonly startedOn: string;
  readonly step: number;
  readonly decision?: string;
  readonly decidedOn?: string;
  readonly closedOn?: string;
}

const DECISIONS = ["help", "report", "close", undefined] as const;

/** A trajectory after every signal but those of category `other`: the decisions in turn, decided 3 to 40 days after the start, some still open. */
export function makeTrajectories(random: Random, signals: readonly DemoSignal[]): DemoTrajectory[] {
  return signals
    .filter((s) => s.category !== "other")
    .map((signal, i) => {
      const startedOn = addDays(signal.date, random.int(0, 3));
      const decidedOn = addDays(startedOn, random.int(3, 40));
      const decision = DECISIONS[i % DECISIONS.length];
      const id = `mc-${pad(i + 1, 3)}`;
      if (decision === undefined || decidedOn > TO) return { id, signal, startedOn, step: random.int(1, 3) };
      const closedOn = addDays(decidedOn, random.int(0, 20));
      return { id, signal, startedOn, step: 5, decision, decidedOn, ...(closedOn > TO ? {} : { closedOn }) };
    });
}
