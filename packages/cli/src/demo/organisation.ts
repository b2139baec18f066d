// The imaginary organisation of the demo dataset: the period it covers, its neighbourhoods and its
// activities; and the date helpers the tables of the dataset share.

import { addDays, toEpochDay } from "@kinderwerk/core";
import type { Random } from "../_lib/random.js";

/** The first date the dataset covers. */
export const FROM = "2024-09-02";
/** The last date the dataset covers. */
export const TO = "2025-12-31";

/** The neighbourhoods the children live in, with a postcode area and a share. */
export const NEIGHBOURHOODS = [
  { name: "Centrum", pc4: "5038", weight: 18 },
  { name: "Oosterpark", pc4: "5042", weight: 22 },
  { name: "De Bongerd", pc4: "5045", weight: 16 },
  { name: "Groenewoud", pc4: "5011", weight: 20 },
  { name: "Het Zand", pc4: "5013", weight: 14 },
  { name: "Molenveld", pc4: "5025", weight: 10 },
] as const;

/** An activity of the organisation, with how often it meets and whom it draws. */
export interface DemoActivity {
  readonly id: string;
  readonly name: string;
  /** Dutch label of the kind, as a coordinator types it (the exchange format accepts both). */
  readonly kind: string;
  readonly kindCode: string;
  readonly lines: readonly string[];
  readonly pillars: readonly string[];
  readonly location: string;
  readonly neighbourhood?: string;
  readonly partners: readonly string[];
  readonly minAge: number;
  readonly maxAge: number;
  readonly start?: string;
  readonly end?: string;
  /** ISO weekday(s) it meets on; for holiday programmes the weekdays inside a holiday. */
  readonly weekdays: readonly number[];
  /** Meet every `every` weeks (1 = weekly). */
  readonly every: number;
  readonly time: string;
  readonly minutes: number;
  /** `term`: outside school holidays; `holiday`: inside them (optionally only some kinds). */
  readonly when: "term" | "holiday";
  readonly holidayKinds?: readonly string[];
  /** The most participants, for the activities with a fixed number of places. */
  readonly capacity?: number;
  /** How many children it draws and how often they come. */
  readonly poolSize: number;
  readonly turnout: readonly [number, number];
}

/** Twelve activities: every kind, every programme line and pillar, with partners. */
export const ACTIVITIES: readonly DemoActivity[] = [
  { id: "act-01", name: "Knutselcafé", kind: "knutselen", kindCode: "craft", lines: ["social-inclusion", "citizenship"], pillars: ["child", "environment"], location: "wijkcentrum", neighbourhood: "Centrum", partners: ["Bibliotheek Midden-Brabant"], minAge: 4, maxAge: 12, weekdays: [3], every: 1, time: "14:00", minutes: 90, when: "term", poolSize: 45, turnout: [0.25, 0.85] },
  { id: "act-02", name: "Sportinstuif", kind: "sport", kindCode: "sport", lines: ["equal-opportunities", "social-inclusion"], pillars: ["child"], location: "school", neighbourhood: "Oosterpark", partners: ["Sportbedrijf", "Basisschool De Regenboog"], minAge: 6, maxAge: 12, weekdays: [5], every: 1, time: "15:30", minutes: 60, when: "term", poolSize: 50, turnout: [0.3, 0.9] },
  { id: "act-03", name: "Buitenspelen op het plein", kind: "buitenspelen", kindCode: "outdoor-play", lines: ["social-inclusion", "safety"], pillars: ["child", "environment"], location: "straat", neighbourhood: "De Bongerd", partners: [], minAge: 4, maxAge: 12, weekdays: [2], every: 1, time: "15:00", minutes: 90, when: "term", poolSize: 40, turnout: [0.15, 0.7] },
  { id: "act-04", name: "Huiswerk- en leesclub", kind: "cursus", kindCode: "course", lines: ["equal-opportunities"], pillars: ["child", "family"], location: "school", neighbourhood: "Groenewoud", partners: ["Basisschool De Regenboog", "Bibliotheek Midden-Brabant"], minAge: 6, maxAge: 12, weekdays: [1], every: 1, time: "15:00", minutes: 60, when: "term", capacity: 24, poolSize: 22, turnout: [0.5, 0.95] },
  { id: "act-05", name: "Kookcursus Gezond & Lekker", kind: "cursus", kindCode: "course", lines: ["equal-opportunities", "strong-parents"], pillars: ["child", "family"], location: "wijkcentrum", neighbourhood: "Het Zand", partners: ["JOGG-regisseur gemeente"], minAge: 8, maxAge: 12, start: "2025-01-13", end: "2025-06-30", weekdays: [4], every: 1, time: "15:30", minutes: 90, when: "term", capacity: 14, poolSize: 14, turnout: [0.6, 0.95] },
  { id: "act-06", name: "Ouder-kindmiddag", kind: "spel", kindCode: "play", lines: ["strong-parents"], pillars: ["family"], location: "wijkcentrum", neighbourhood: "Oosterpark", partners: ["CJG"], minAge: 4, maxAge: 12, weekdays: [6], every: 2, time: "10:00", minutes: 120, when: "term", poolSize: 30, turnout: [0.2, 0.7] },
  { id: "act-07", name: "Kinderraad", kind: "overig", kindCode: "other", lines: ["citizenship"], pillars: ["child", "environment"], location: "wijkcentrum", neighbourhood: "Centrum", partners: ["Gemeente, team Wijken"], minAge: 8, maxAge: 12, weekdays: [3], every: 4, time: "16:00", minutes: 60, when: "term", capacity: 12, poolSize: 10, turnout: [0.6, 0.95] },
  { id: "act-08", name: "Straatwerk in de wijk", kind: "straatwerk", kindCode: "outreach", lines: ["safety", "social-inclusion"], pillars: ["child", "environment"], location: "straat", neighbourhood: "Groenewoud", partners: ["Jongerenwerk"], minAge: 8, maxAge: 12, weekdays: [4], every: 1, time: "16:00", minutes: 120, when: "term", poolSize: 35, turnout: [0.1, 0.6] },
  { id: "act-09", name: "Online knutselles", kind: "online", kindCode: "online", lines: ["equal-opportunities"], pillars: ["child"], location: "online", partners: [], minAge: 6, maxAge: 12, weekdays: [3], every: 2, time: "10:30", minutes: 45, when: "term", poolSize: 18, turnout: [0.2, 0.7] },
  { id: "act-10", name: "Speelpakket aan huis", kind: "thuispakket", kindCode: "home-kit", lines: ["custom-work", "strong-parents"], pillars: ["family"], location: "thuis", partners: ["Wijkteam"], minAge: 4, maxAge: 12, weekdays: [1], every: 4, time: "13:00", minutes: 30, when: "term", poolSize: 16, turnout: [0.7, 0.95] },
  { id: "act-11", name: "Zomerspelen", kind: "vakantieprogramma", kindCode: "holiday-programme", lines: ["social-inclusion", "equal-opportunities"], pillars: ["child", "environment"], location: "wijkcentrum", neighbourhood: "De Bongerd", partners: ["Sportbedrijf", "Natuurmuseum"], minAge: 4, maxAge: 12, weekdays: [1, 2, 3, 4], every: 1, time: "10:00", minutes: 180, when: "holiday", holidayKinds: ["zomer"], capacity: 60, poolSize: 90, turnout: [0.15, 0.6] },
  { id: "act-12", name: "Vakantieknutselen", kind: "vakantieprogramma", kindCode: "holiday-programme", lines: ["social-inclusion"], pillars: ["child"], location: "partnerlocatie", neighbourhood: "Het Zand", partners: ["Bibliotheek Midden-Brabant"], minAge: 4, maxAge: 12, weekdays: [2, 4], every: 1, time: "13:30", minutes: 150, when: "holiday", holidayKinds: ["herfst", "kerst", "voorjaar", "mei"], poolSize: 50, turnout: [0.2, 0.6] },
];

/** `2025-03-07` → `07-03-2025` (how Dutch Excel shows a date). */
export const dutchDate = (iso: string): string => `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;

/** A number with leading zeros. */
export const pad = (n: number, width: number): string => String(n).padStart(width, "0");

/** A date from `from` to `to` (both included), drawn evenly. */
export function dateBetween(random: Random, from: string, to: string): string {
  return addDays(from, random.int(0, toEpochDay(to) - toEpochDay(from)));
}
