// A realistic, seeded synthetic dataset in the exchange format: a year of a mid-size organisation.

import { addDays, isoWeekday, listSchoolHolidays, toEpochDay, writeCsv } from "@kinderwerk/core";
import type { CsvCell, CsvWriteOptions, SchoolRegion } from "@kinderwerk/core";
import { encodeWindows1252 } from "../_lib/csv.js";
import { createRandom, type Random } from "../_lib/random.js";

/** Options of {@link generateDemoDataset}. */
export interface DemoOptions {
  /** The seed: the same seed gives the same bytes (default 2025). */
  readonly seed?: number;
  /** The organisation's school-holiday region (default `midden`). */
  readonly region?: SchoolRegion;
  /** Called now and then with the share of the work done (0..1). */
  readonly onProgress?: (share: number) => void;
}

/** One file of the demo dataset. */
export interface DemoFile {
  /** The file name, e.g. `kinderen.csv`. */
  readonly name: string;
  /** The table of the exchange format it holds (`undefined` for the read-me). */
  readonly table?: "children" | "activities" | "sessions" | "attendance" | "signals" | "referrals";
  /** Its records (the header not counted). */
  readonly rows: number;
  /** Its bytes, exactly as written. */
  readonly bytes: Uint8Array;
}

/** The demo dataset: its files and what it covers. */
export interface DemoDataset {
  /** The seed it was made with. */
  readonly seed: number;
  /** The organisation's school-holiday region. */
  readonly region: SchoolRegion;
  /** The first date the dataset covers. */
  readonly from: string;
  /** The last date the dataset covers. */
  readonly to: string;
  /** The files: the six tables and a read-me. */
  readonly files: readonly DemoFile[];
}

const FROM = "2024-09-02";
const TO = "2025-12-31";

const NEIGHBOURHOODS = [
  { name: "Centrum", pc4: "5038", weight: 18 },
  { name: "Oosterpark", pc4: "5042", weight: 22 },
  { name: "De Bongerd", pc4: "5045", weight: 16 },
  { name: "Groenewoud", pc4: "5011", weight: 20 },
  { name: "Het Zand", pc4: "5013", weight: 14 },
  { name: "Molenveld", pc4: "5025", weight: 10 },
] as const;

interface DemoActivity {
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
  /** How many children it draws and how often they come. */
  readonly poolSize: number;
  readonly turnout: readonly [number, number];
}

const ACTIVITIES: readonly DemoActivity[] = [
  { id: "act-01", name: "Knutselcafé", kind: "knutselen", kindCode: "craft", lines: ["social-inclusion", "citizenship"], pillars: ["child", "environment"], location: "wijkcentrum", neighbourhood: "Centrum", partners: ["Bibliotheek Midden-Brabant"], minAge: 4, maxAge: 12, weekdays: [3], every: 1, time: "14:00", minutes: 90, when: "term", poolSize: 45, turnout: [0.25, 0.85] },
  { id: "act-02", name: "Sportinstuif", kind: "sport", kindCode: "sport", lines: ["equal-opportunities", "social-inclusion"], pillars: ["child"], location: "school", neighbourhood: "Oosterpark", partners: ["Sportbedrijf", "Basisschool De Regenboog"], minAge: 6, maxAge: 12, weekdays: [5], every: 1, time: "15:30", minutes: 60, when: "term", poolSize: 50, turnout: [0.3, 0.9] },
  { id: "act-03", name: "Buitenspelen op het plein", kind: "buitenspelen", kindCode: "outdoor-play", lines: ["social-inclusion", "safety"], pillars: ["child", "environment"], location: "straat", neighbourhood: "De Bongerd", partners: [], minAge: 4, maxAge: 12, weekdays: [2], every: 1, time: "15:00", minutes: 90, when: "term", poolSize: 40, turnout: [0.15, 0.7] },
  { id: "act-04", name: "Huiswerk- en leesclub", kind: "cursus", kindCode: "course", lines: ["equal-opportunities"], pillars: ["child", "family"], location: "school", neighbourhood: "Groenewoud", partners: ["Basisschool De Regenboog", "Bibliotheek Midden-Brabant"], minAge: 6, maxAge: 12, weekdays: [1], every: 1, time: "15:00", minutes: 60, when: "term", poolSize: 22, turnout: [0.5, 0.95] },
  { id: "act-05", name: "Kookcursus Gezond & Lekker", kind: "cursus", kindCode: "course", lines: ["equal-opportunities", "strong-parents"], pillars: ["child", "family"], location: "wijkcentrum", neighbourhood: "Het Zand", partners: ["JOGG-regisseur gemeente"], minAge: 8, maxAge: 12, start: "2025-01-13", end: "2025-06-30", weekdays: [4], every: 1, time: "15:30", minutes: 90, when: "term", poolSize: 14, turnout: [0.6, 0.95] },
  { id: "act-06", name: "Ouder-kindmiddag", kind: "spel", kindCode: "play", lines: ["strong-parents"], pillars: ["family"], location: "wijkcentrum", neighbourhood: "Oosterpark", partners: ["CJG"], minAge: 4, maxAge: 12, weekdays: [6], every: 2, time: "10:00", minutes: 120, when: "term", poolSize: 30, turnout: [0.2, 0.7] },
  { id: "act-07", name: "Kinderraad", kind: "overig", kindCode: "other", lines: ["citizenship"], pillars: ["child", "environment"], location: "wijkcentrum", neighbourhood: "Centrum", partners: ["Gemeente, team Wijken"], minAge: 8, maxAge: 12, weekdays: [3], every: 4, time: "16:00", minutes: 60, when: "term", poolSize: 10, turnout: [0.6, 0.95] },
  { id: "act-08", name: "Straatwerk in de wijk", kind: "straatwerk", kindCode: "outreach", lines: ["safety", "social-inclusion"], pillars: ["child", "environment"], location: "straat", neighbourhood: "Groenewoud", partners: ["Jongerenwerk"], minAge: 8, maxAge: 12, weekdays: [4], every: 1, time: "16:00", minutes: 120, when: "term", poolSize: 35, turnout: [0.1, 0.6] },
  { id: "act-09", name: "Online knutselles", kind: "online", kindCode: "online", lines: ["equal-opportunities"], pillars: ["child"], location: "online", partners: [], minAge: 6, maxAge: 12, weekdays: [3], every: 2, time: "10:30", minutes: 45, when: "term", poolSize: 18, turnout: [0.2, 0.7] },
  { id: "act-10", name: "Speelpakket aan huis", kind: "thuispakket", kindCode: "home-kit", lines: ["custom-work", "strong-parents"], pillars: ["family"], location: "thuis", partners: ["Wijkteam"], minAge: 4, maxAge: 12, weekdays: [1], every: 4, time: "13:00", minutes: 30, when: "term", poolSize: 16, turnout: [0.7, 0.95] },
  { id: "act-11", name: "Zomerspelen", kind: "vakantieprogramma", kindCode: "holiday-programme", lines: ["social-inclusion", "equal-opportunities"], pillars: ["child", "environment"], location: "wijkcentrum", neighbourhood: "De Bongerd", partners: ["Sportbedrijf", "Natuurmuseum"], minAge: 4, maxAge: 12, weekdays: [1, 2, 3, 4], every: 1, time: "10:00", minutes: 180, when: "holiday", holidayKinds: ["zomer"], poolSize: 90, turnout: [0.15, 0.6] },
  { id: "act-12", name: "Vakantieknutselen", kind: "vakantieprogramma", kindCode: "holiday-programme", lines: ["social-inclusion"], pillars: ["child"], location: "partnerlocatie", neighbourhood: "Het Zand", partners: ["Bibliotheek Midden-Brabant"], minAge: 4, maxAge: 12, weekdays: [2, 4], every: 1, time: "13:30", minutes: 150, when: "holiday", holidayKinds: ["herfst", "kerst", "voorjaar", "mei"], poolSize: 50, turnout: [0.2, 0.6] },
];

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

interface DemoChild {
  readonly id: string;
  readonly birthDate: string;
  readonly gender: string;
  readonly neighbourhood?: string;
  readonly postcode?: string;
  readonly groep?: number;
  readonly joinedOn: string;
  readonly registeredOn: string;
  readonly ageMid2025: number;
}

/** `2025-03-07` → `07-03-2025` (how Dutch Excel shows a date). */
const dutchDate = (iso: string): string => `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;

const pad = (n: number, width: number): string => String(n).padStart(width, "0");

function dateBetween(random: Random, from: string, to: string): string {
  return addDays(from, random.int(0, toEpochDay(to) - toEpochDay(from)));
}

function makeChildren(random: Random, count: number): DemoChild[] {
  const children: DemoChild[] = [];
  for (let i = 1; i <= count; i++) {
    // Mostly 4..12 in mid-2025; a few toddlers who come along with a sibling, a few who just turned 13.
    const age = random.weighted<number>([[3, 3], [4, 9], [5, 10], [6, 11], [7, 12], [8, 12], [9, 12], [10, 11], [11, 9], [12, 7], [13, 4]]);
    const birthDate = dateBetween(random, `${2025 - age - 1}-07-01`, `${2025 - age}-06-30`);
    const gender = random.weighted<string>([["meisje", 47], ["jongen", 47], ["anders", 1], ["onbekend", 2], ["", 3]]);
    const hood = random.chance(0.05) ? undefined : random.weighted(NEIGHBOURHOODS.map((n) => [n, n.weight] as const));
    const postcode = hood === undefined ? undefined : random.chance(0.1) ? undefined : random.chance(0.15) ? `${hood.pc4} ${random.pick(["AB", "CD", "EK", "GL", "HR"])}` : hood.pc4;
    const groep = age >= 4 && age <= 12 && random.chance(0.6) ? Math.min(8, Math.max(1, age - 3 + random.int(-1, 0))) : undefined;
    // A quarter is already coming in the autumn of 2024; the rest join during 2025.
    const joinedOn = random.chance(0.28) ? dateBetween(random, FROM, "2024-12-15") : dateBetween(random, "2025-01-06", "2025-11-15");
    const registeredOn = addDays(joinedOn, -random.int(0, 14));
    children.push({
      id: `kw-${pad(i, 4)}`,
      birthDate,
      gender,
      ...(hood === undefined ? {} : { neighbourhood: hood.name }),
      ...(postcode === undefined ? {} : { postcode }),
      ...(groep === undefined ? {} : { groep }),
      joinedOn,
      registeredOn,
      ageMid2025: age,
    });
  }
  return children;
}

interface DemoSession {
  readonly id: string;
  readonly activity: DemoActivity;
  readonly date: string;
  readonly minutes: number;
  readonly professionals: number;
  readonly interns: number;
  readonly volunteers: number;
}

function makeSessions(random: Random, region: SchoolRegion): DemoSession[] {
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

interface DemoAttendance {
  readonly session: DemoSession;
  readonly child: DemoChild;
  readonly present: string;
}

function makeAttendance(random: Random, children: readonly DemoChild[], sessions: readonly DemoSession[]): DemoAttendance[] {
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

interface DemoSignal {
  readonly id: string;
  readonly child: DemoChild;
  readonly date: string;
  readonly category: string;
  readonly observedBy: string;
  readonly description?: string;
}

function makeSignals(random: Random, attendance: readonly DemoAttendance[]): DemoSignal[] {
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

interface DemoReferral {
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

const STATUS_SPREAD = ["completed", "accepted", "sent", "completed", "declined", "accepted", "withdrawn", "completed", "draft", "accepted", "declined", "completed"] as const;

function makeReferrals(random: Random, signals: readonly DemoSignal[]): DemoReferral[] {
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

const EXCEL_NL: CsvWriteOptions = { delimiter: ";", lineEnding: "\r\n" };
const PLAIN: CsvWriteOptions = { delimiter: ",", lineEnding: "\n" };
const toCsv = (header: readonly string[], rows: readonly (readonly CsvCell[])[], options: CsvWriteOptions): string => writeCsv([header, ...rows], options);
const utf8 = (text: string, bom = false): Uint8Array => new TextEncoder().encode(bom ? `\uFEFF${text}` : text);

/**
 * Generate the demo dataset: a synthetic organisation in a region (default `midden`) from September
 * 2024 to the end of 2025, a few hundred children with pseudonyms `kw-0001`…, twelve activities of
 * every kind and programme line with partners, weekly sessions outside the school holidays and
 * holiday programmes inside them, attendance with absences and a few duplicate rows, children
 * outside 4–12, and signals and referrals in every status. Nothing in it is about a real child.
 *
 * The files show the dialects of real exports: `kinderen.csv` as Excel's "CSV UTF-8" (BOM, `;`,
 * CRLF, Dutch headers, dd-mm-jjjj dates), `activiteiten.csv` as Excel's classic CSV on Dutch Windows
 * (Windows-1252, `;`, CRLF), the rest as UTF-8 with `,` as a registration system exports them.
 *
 * @param options - the seed, the region, a progress callback
 * @returns the files, byte for byte the same for the same options
 * @example
 * generateDemoDataset({ seed: 1 }).files.map((f) => f.name);
 * // => ["kinderen.csv", "activiteiten.csv", "bijeenkomsten.csv", "aanwezigheid.csv", "signalen.csv", "verwijzingen.csv", "LEESMIJ.md"]
 */
export function generateDemoDataset(options: DemoOptions = {}): DemoDataset {
  const seed = options.seed ?? 2025;
  const region = options.region ?? "midden";
  const progress = options.onProgress ?? (() => {});
  const random = createRandom(seed);
  const children = makeChildren(random, 320);
  progress(0.1);
  const sessions = makeSessions(random, region);
  progress(0.3);
  const attendance = makeAttendance(random, children, sessions);
  progress(0.6);
  const signals = makeSignals(random, attendance);
  const referrals = makeReferrals(random, signals);
  progress(0.8);

  const kinderen = toCsv(
    ["kindId", "geboortedatum", "geslacht", "postcode", "wijk", "groep", "inschrijfdatum"],
    children.map((c) => [c.id, dutchDate(c.birthDate), c.gender, c.postcode, c.neighbourhood, c.groep, dutchDate(c.registeredOn)]),
    EXCEL_NL,
  );
  const activiteiten = toCsv(
    ["activiteitId", "naam", "soort", "programmalijnen", "pijlers", "locatietype", "wijk", "partners", "minLeeftijd", "maxLeeftijd", "startdatum", "einddatum"],
    ACTIVITIES.map((a) => [a.id, a.name, a.kind, a.lines.join("|"), a.pillars.join("|"), a.location, a.neighbourhood, a.partners.join("|"), a.minAge, a.maxAge, a.start === undefined ? "" : dutchDate(a.start), a.end === undefined ? "" : dutchDate(a.end)]),
    EXCEL_NL,
  );
  const bijeenkomsten = toCsv(
    ["bijeenkomstId", "activiteitId", "datum", "starttijd", "duurMinuten", "beroepskrachten", "stagiairs", "vrijwilligers"],
    sessions.map((s) => [s.id, s.activity.id, s.date, s.activity.time, s.minutes, s.professionals, s.interns, s.volunteers]),
    PLAIN,
  );
  const aanwezigheid = toCsv(["bijeenkomstId", "kindId", "aanwezig"], attendance.map((a) => [a.session.id, a.child.id, a.present]), PLAIN);
  const signalen = toCsv(
    ["signaalId", "kindId", "datum", "categorie", "gesignaleerdDoor", "omschrijving"],
    signals.map((s) => [s.id, s.child.id, s.date, s.category, s.observedBy, s.description]),
    PLAIN,
  );
  const verwijzingen = toCsv(
    ["verwijzingId", "kindId", "signaalId", "bestemming", "aangemaaktOp", "verstuurdOp", "beantwoordOp", "afgeslotenOp", "status", "toestemming"],
    referrals.map((r) => [r.id, r.signal.child.id, r.signal.id, r.destination, r.createdOn, r.sentOn, r.respondedOn, r.closedOn, r.status, r.consent]),
    PLAIN,
  );
  const readme = [
    "# Demodataset kinderwerk",
    "",
    `Synthetische gegevens (seed ${seed}) van een denkbeeldige organisatie in schoolvakantieregio ${region},`,
    `van ${FROM} tot en met ${TO}. Geen enkel record gaat over een echt kind: de kinderen hebben`,
    "alleen een pseudoniem (kw-0001 …), geen naam en geen BSN.",
    "",
    "- kinderen.csv: zoals Excel \"CSV UTF-8\" opslaat (BOM, puntkomma, Nederlandse kolomnamen, dd-mm-jjjj).",
    "- activiteiten.csv: zoals Excel \"CSV (gescheiden door lijstscheidingsteken)\" opslaat (Windows-1252, puntkomma).",
    "- bijeenkomsten.csv, aanwezigheid.csv, signalen.csv, verwijzingen.csv: UTF-8 met komma's.",
    "",
    "Synthetic data of an imaginary organisation; no record is about a real child.",
    "",
  ].join("\n");
  progress(1);
  return {
    seed,
    region,
    from: FROM,
    to: TO,
    files: [
      { name: "kinderen.csv", table: "children", rows: children.length, bytes: utf8(kinderen, true) },
      { name: "activiteiten.csv", table: "activities", rows: ACTIVITIES.length, bytes: encodeWindows1252(activiteiten) },
      { name: "bijeenkomsten.csv", table: "sessions", rows: sessions.length, bytes: utf8(bijeenkomsten) },
      { name: "aanwezigheid.csv", table: "attendance", rows: attendance.length, bytes: utf8(aanwezigheid) },
      { name: "signalen.csv", table: "signals", rows: signals.length, bytes: utf8(signalen) },
      { name: "verwijzingen.csv", table: "referrals", rows: referrals.length, bytes: utf8(verwijzingen) },
      { name: "LEESMIJ.md", rows: 0, bytes: utf8(readme) },
    ],
  };
}
