// The signals of the demo dataset (every category, from children who came at least three times) and
// the referrals that follow them (every status, some overdue).

import { addDays } from "@kinderwerk/core";
import type { Random } from "../_lib/random.js";
import type { DemoChild } from "./children.js";
import type { DemoAttendance } from "./sessions.js";
import { pad, TO } from "./organisation.js";

const SIGNAL_CATEGORIES: readonly (readonly [string, number])[] = [
  ["tension-at-home", 9], ["poverty", 8], ["bullying", 7], ["loneliness", 5], ["health-weight", 5],
  ["development", 4], ["unsafe-home", 3], ["neglect", 2], ["other", 2],
];

const DESCRIPTIONS: Readonly<Record<string, readonly string[]>> = {
  "tension-at-home": ["Vertelt over veel ruzie thuis en slaapt slecht.", "Is de laatste weken stil en wil niet naar huis."],
  poverty: ["Komt zonder jas en heeft vaak honger bij binnenkomst.", "Kan niet mee met uitjes waar een eigen bijdrage voor is."],
  bullying: ["Wordt buitengesloten door groepsgenoten.", "Vertelt dat er op school om hem of haar gelachen wordt."],
  loneliness: ["Speelt steeds alleen en zoekt contact met begeleiders.", "Zegt geen vriendjes te hebben."],
  "health-weight": ["Raakt snel buiten adem bij het sporten.", "Eet tijdens de activiteit veel snoep; ouder vraagt om tips."],
  development: ["Heeft moeite met taal bij het voorlezen.", "Kan zich moeilijk concentreren in de groep."],
  "unsafe-home": ["Heeft blauwe plekken die niet goed verklaard worden.", "Vertelt over geweld tussen volwassenen thuis."],
  neglect: ["Komt herhaaldelijk in vuile kleding en zonder eten.", "Wordt regelmatig niet opgehaald na de activiteit."],
  other: ["Maakt zich zorgen over een zieke grootouder.", "Ouder vraagt om advies over een verhuizing."],
};

const DESTINATION_FOR: Readonly<Record<string, readonly string[]>> = {
  "tension-at-home": ["cjg", "wijkteam", "social-work"],
  poverty: ["wijkteam", "social-work", "leisure"],
  bullying: ["school-social-work", "cjg"],
  loneliness: ["leisure", "school-social-work"],
  "health-weight": ["jgz", "gp", "leisure"],
  development: ["school-social-work", "jgz"],
  "unsafe-home": ["veilig-thuis"],
  neglect: ["veilig-thuis", "wijkteam"],
  other: ["cjg", "other"],
};

export interface DemoSignal {
  readonly id: string;
  readonly child: DemoChild;
  readonly date: string;
  readonly category: string;
  readonly observedBy: string;
  readonly description?: string;
}

/** 44 signals of children who came at least three times, in date order. */
export function makeSignals(random: Random, attendance: readonly DemoAttendance[]): DemoSignal[] {
  const seen = new Map<string, { child: DemoChild; dates: string[] }>();
  for (const a of attendance) {
    if (a.present === "nee") continue;
    const entry = seen.get(a.child.id) ?? { child: a.child, dates: [] };
    entry.dates.push(a.session.date);
    seen.set(a.child.id, entry);
  }
  const candidates = [...seen.values()].filter((e) => e.dates.length >= 3).sort((a, b) => a.child.id.localeCompare(b.child.id));
  const chosen = random.sample(candidates, 44);
  const signals = chosen.map((entry) => {
    const category = random.weighted(SIGNAL_CATEGORIES);
    const description = random.chance(0.8) ? random.pick(DESCRIPTIONS[category] ?? [""]) : undefined;
    return {
      child: entry.child,
      date: random.pick(entry.dates),
      category,
      observedBy: random.weighted<string>([["professional", 7], ["intern", 2], ["volunteer", 2]]),
      ...(description === undefined ? {} : { description }),
    };
  });
  signals.sort((a, b) => (a.date === b.date ? a.child.id.localeCompare(b.child.id) : a.date < b.date ? -1 : 1));
  return signals.map((s, i) => ({ id: `s-${pad(i + 1, 3)}`, ...s }));
}

export interface DemoReferral {
  readonly id: string;
  readonly signal: DemoSignal;
  readonly destination: string;
  readonly createdOn: string;
  readonly sentOn?: string;
  readonly respondedOn?: string;
  readonly closedOn?: string;
  readonly status: string;
  readonly consent?: string;
}

// Three in twelve still sent without an answer: past their follow-up date at the end of the year.
const STATUS_SPREAD = ["completed", "accepted", "sent", "completed", "declined", "sent", "withdrawn", "completed", "draft", "accepted", "sent", "completed"] as const;

/** The referrals that follow part of the signals (all of unsafe home and neglect). */
export function makeReferrals(random: Random, signals: readonly DemoSignal[]): DemoReferral[] {
  const referred = signals.filter((s) => s.category === "unsafe-home" || s.category === "neglect" || random.chance(0.55));
  return referred.map((signal, i) => {
    const destination = random.pick(DESTINATION_FOR[signal.category] ?? ["other"]);
    const createdOn = addDays(signal.date, random.int(0, 6));
    const consent = destination === "veilig-thuis" ? random.pick(["overridden", "given"]) : destination === "leisure" ? "not-needed" : "given";
    const late = createdOn > "2025-11-20";
    // Every status appears: a fixed spread for older referrals, the newest still draft or sent.
    const status = late ? (i % 3 === 0 ? "draft" : "sent") : STATUS_SPREAD[i % STATUS_SPREAD.length]!;
    const sentOn = status === "draft" ? undefined : addDays(createdOn, random.int(0, 3));
    const respondedOn =
      sentOn !== undefined && (status === "accepted" || status === "declined" || status === "completed")
        ? addDays(sentOn, destination === "veilig-thuis" ? random.int(1, 5) : random.int(2, 24))
        : undefined;
    const closedOn =
      status === "completed" ? addDays(respondedOn ?? createdOn, random.int(20, 90))
      : status === "declined" ? addDays(respondedOn ?? createdOn, random.int(0, 3))
      : status === "withdrawn" ? addDays(sentOn ?? createdOn, random.int(1, 10))
      : undefined;
    return {
      id: `v-${pad(i + 1, 3)}`,
      signal,
      destination,
      createdOn,
      ...(sentOn === undefined ? {} : { sentOn }),
      ...(respondedOn === undefined ? {} : { respondedOn }),
      ...(closedOn === undefined || closedOn > TO ? {} : { closedOn }),
      status: closedOn !== undefined && closedOn > TO && status === "completed" ? "accepted" : status,
      consent,
    };
  });
}
