// The team of the demo dataset: staff by pseudonym and role, with their VOG and meldcode training
// dates (some missing or out of date), and their staffing: the sessions they ran and the hours of
// preparation, meetings, outreach and training around them.

import { addDays } from "@kinderwerk/core";
import type { Random } from "../_lib/random.js";
import { pad, TO } from "./organisation.js";
import type { DemoSession } from "./sessions.js";

/** A staff member: pseudonym, role, contract hours and dates; never a name. */
export interface DemoStaff {
  readonly id: string;
  readonly role: "professional" | "intern" | "volunteer";
  readonly contractHours?: number;
  readonly vogDate?: string;
  readonly trainingDate?: string;
  readonly startDate: string;
}

/** One row of staffing. */
export interface DemoStaffing {
  readonly staff: DemoStaff;
  readonly date: string;
  readonly hours: number;
  readonly kind: string;
  readonly session?: DemoSession;
}

const ROLES: readonly (readonly [DemoStaff["role"], number])[] = [["professional", 7], ["intern", 5], ["volunteer", 9]];

/** 21 staff: 7 professionals, 5 interns, 9 volunteers; 6 without a VOG or with one older than 3 years, 6 with meldcode training older than 2 years. */
export function makeStaff(random: Random): DemoStaff[] {
  const staff: DemoStaff[] = [];
  for (const [role, count] of ROLES) {
    for (let i = 0; i < count; i++) {
      const n = staff.length;
      // Every fourth staff member's VOG is missing or out of date, and every fourth one's training (shifted by two).
      const vogDate = n % 4 === 0 ? (n % 8 === 0 ? undefined : addDays("2021-03-01", random.int(0, 200))) : addDays("2023-01-01", random.int(0, 600));
      const trainingDate = n % 4 === 2 ? addDays("2022-01-10", random.int(0, 300)) : role === "volunteer" && n % 3 === 0 ? undefined : addDays("2024-02-01", random.int(0, 500));
      staff.push({
        id: `mw-${pad(n + 1, 2)}`,
        role,
        ...(role === "professional" ? { contractHours: random.pick([24, 28, 32, 36]) } : role === "intern" ? { contractHours: 16 } : {}),
        ...(vogDate === undefined ? {} : { vogDate }),
        ...(trainingDate === undefined ? {} : { trainingDate }),
        startDate: addDays("2019-01-07", random.int(0, 1800)),
      });
    }
  }
  return staff;
}

/**
 * The staffing: for every session, one row per adult the session counts (drawn from the staff of
 * that role), the session's hours plus a quarter of an hour; each professional also prepares the
 * session; and per month for the professionals a team meeting, outreach in the neighbourhood, and
 * now and then a training.
 */
export function makeStaffing(random: Random, staff: readonly DemoStaff[], sessions: readonly DemoSession[]): DemoStaffing[] {
  const byRole = (role: DemoStaff["role"]) => staff.filter((s) => s.role === role);
  const pros = byRole("professional");
  const rows: DemoStaffing[] = [];
  for (const session of sessions) {
    const hours = Math.round((session.minutes / 60 + 0.25) * 4) / 4;
    const take = (pool: readonly DemoStaff[], n: number): DemoStaff[] => random.sample(pool, Math.min(n, pool.length));
    for (const s of take(pros, session.professionals)) {
      rows.push({ staff: s, date: session.date, hours, kind: "session", session });
      rows.push({ staff: s, date: addDays(session.date, -1), hours: 0.5, kind: "preparation" });
    }
    for (const s of take(byRole("intern"), session.interns)) rows.push({ staff: s, date: session.date, hours, kind: "session", session });
    for (const s of take(byRole("volunteer"), session.volunteers)) rows.push({ staff: s, date: session.date, hours, kind: "session", session });
  }
  for (let month = "2024-09-10"; month <= TO; month = addDays(month, 28)) {
    for (const s of pros) {
      rows.push({ staff: s, date: month, hours: 2, kind: "meeting" });
      rows.push({ staff: s, date: addDays(month, 2), hours: random.pick([2, 3, 4]), kind: "outreach" });
      if (random.chance(0.15)) rows.push({ staff: s, date: addDays(month, 9), hours: 4, kind: "training" });
    }
  }
  return rows.sort((a, b) => (a.date === b.date ? a.staff.id.localeCompare(b.staff.id) : a.date < b.date ? -1 : 1));
}
