// The tables of FORMAT.md version 2 in the demo dataset: neighbourhoods, staff, staffing, sign-ups,
// meldcode trajectories, budget lines and targets, as the files a registration system exports.

import { writeCsv } from "@kinderwerk/core";
import type { CsvCell } from "@kinderwerk/core";
import type { Random } from "../_lib/random.js";
import type { DemoChild } from "./children.js";
import { BUDGETS, NEIGHBOURHOOD_POPULATIONS, TARGETS } from "./funding.js";
import { makeSignups, makeTrajectories } from "./intake.js";
import { ACTIVITIES } from "./organisation.js";
import type { DemoAttendance, DemoSession } from "./sessions.js";
import type { DemoSignal } from "./signals.js";
import { makeStaff, makeStaffing } from "./team.js";

/** A file of a version 2 table: name, table, rows and text. */
export interface Version2File {
  readonly name: string;
  readonly table: "neighbourhoods" | "staff" | "staffing" | "signups" | "meldcode" | "budgets" | "targets";
  readonly rows: number;
  readonly text: string;
}

const csv = (header: readonly string[], rows: readonly (readonly CsvCell[])[]): string => writeCsv([header, ...rows], { delimiter: ",", lineEnding: "\n" });
const opt = (v: string | number | undefined): CsvCell => v ?? "";

/**
 * The files of the version 2 tables, from the records of the first six.
 *
 * @param random - a random stream of their own, so that the first six files stay as they were
 * @param input - the children, sessions, attendance and signals of the dataset
 * @returns the files, in the order the dataset lists them
 */
export function makeVersion2Files(
  random: Random,
  input: { readonly children: readonly DemoChild[]; readonly sessions: readonly DemoSession[]; readonly attendance: readonly DemoAttendance[]; readonly signals: readonly DemoSignal[] },
): Version2File[] {
  const staff = makeStaff(random);
  const staffing = makeStaffing(random, staff, input.sessions);
  const capacities = new Map(ACTIVITIES.filter((a) => a.capacity !== undefined).map((a) => [a.id, a.capacity!]));
  const signups = makeSignups(random, input.children, input.attendance, capacities);
  const trajectories = makeTrajectories(random, input.signals);
  return [
    { name: "wijken.csv", table: "neighbourhoods", rows: NEIGHBOURHOOD_POPULATIONS.length, text: csv(["wijkcode", "naam", "inwoners4tot12"], NEIGHBOURHOOD_POPULATIONS.map(([code, n]) => [code, code, n])) },
    {
      name: "medewerkers.csv",
      table: "staff",
      rows: staff.length,
      text: csv(["medewerkerId", "rol", "contracturen", "vogDatum", "meldcodetraining", "startdatum"], staff.map((s) => [s.id, s.role, opt(s.contractHours), opt(s.vogDate), opt(s.trainingDate), s.startDate])),
    },
    {
      name: "inzet.csv",
      table: "staffing",
      rows: staffing.length,
      text: csv(["medewerkerId", "datum", "uren", "soort", "bijeenkomstId"], staffing.map((r) => [r.staff.id, r.date, r.hours, r.kind, opt(r.session?.id)])),
    },
    {
      name: "aanmeldingen.csv",
      table: "signups",
      rows: signups.length,
      text: csv(["activiteitId", "kindId", "aanmelddatum", "status", "geplaatstOp"], signups.map((s) => [s.activityId, s.child.id, s.date, s.status, opt(s.placedOn)])),
    },
    {
      name: "meldcode.csv",
      table: "meldcode",
      rows: trajectories.length,
      text: csv(
        ["trajectId", "kindId", "signaalId", "gestartOp", "stap", "besluit", "besluitdatum", "afgeslotenOp"],
        trajectories.map((t) => [t.id, t.signal.child.id, t.signal.id, t.startedOn, t.step, opt(t.decision), opt(t.decidedOn), opt(t.closedOn)]),
      ),
    },
    {
      name: "begroting.csv",
      table: "budgets",
      rows: BUDGETS.length,
      text: csv(["financier", "soortFinancier", "bedrag", "van", "tot", "programmalijn", "activiteitId"], BUDGETS.map((b) => [...b])),
    },
    {
      name: "afspraken.csv",
      table: "targets",
      rows: TARGETS.length,
      text: csv(["indicator", "streefwaarde", "van", "tot", "financier"], TARGETS.map(([indicator, target]) => [indicator, target, "2025-01-01", "2025-12-31", "Gemeente"])),
    },
  ];
}
