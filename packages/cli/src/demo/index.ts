// A realistic, seeded synthetic dataset in the exchange format: a year of a mid-size organisation.

import { writeCsv } from "@kinderwerk/core";
import type { CsvCell, CsvWriteOptions, SchoolRegion, TableName } from "@kinderwerk/core";
import { encodeWindows1252 } from "../_lib/csv.js";
import { createRandom } from "../_lib/random.js";
import { makeChildren } from "./children.js";
import { ACTIVITIES, dutchDate, FROM, TO } from "./organisation.js";
import { makeAttendance, makeSessions } from "./sessions.js";
import { makeHouseholds } from "./intake.js";
import { makeReferrals, makeSignals } from "./signals.js";
import { makeVersion2Files } from "./version2.js";

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
  readonly table?: TableName;
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
  /** The files: every table of the exchange format and a read-me. */
  readonly files: readonly DemoFile[];
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
 * outside 4–12, and signals and referrals in every status; and the tables of FORMAT.md version 2:
 * siblings sharing a household, activities with a capacity, the neighbourhoods with their children
 * aged 4 to 12, staff (some with a VOG or meldcode training out of date) and their staffing, sign-ups
 * with a waiting list, meldcode trajectories with every decision, budget lines of every kind of
 * funder, and the year's agreements with the municipality. Nothing in it is about a real child.
 *
 * The files show the dialects of real exports: `kinderen.csv` as Excel's "CSV UTF-8" (BOM, `;`,
 * CRLF, Dutch headers, dd-mm-jjjj dates), `activiteiten.csv` as Excel's classic CSV on Dutch Windows
 * (Windows-1252, `;`, CRLF), the rest as UTF-8 with `,` as a registration system exports them.
 *
 * @param options - the seed, the region, a progress callback
 * @returns the files, byte for byte the same for the same options
 * @example
 * generateDemoDataset({ seed: 1 }).files.map((f) => f.name);
 * // => ["kinderen.csv", "activiteiten.csv", "bijeenkomsten.csv", "aanwezigheid.csv", "signalen.csv", "verwijzingen.csv",
 * //     "wijken.csv", "medewerkers.csv", "inzet.csv", "aanmeldingen.csv", "meldcode.csv", "begroting.csv", "afspraken.csv", "LEESMIJ.md"]
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
  // A stream of its own, so that the first six tables keep the rows a seed always gave them.
  const more = createRandom(seed + 0x9e3779b9);
  const households = makeHouseholds(more, children);
  const version2 = makeVersion2Files(more, { children, sessions, attendance, signals });

  const kinderen = toCsv(
    ["kindId", "geboortedatum", "geslacht", "postcode", "wijk", "groep", "inschrijfdatum", "gezinId"],
    children.map((c) => [c.id, dutchDate(c.birthDate), c.gender, c.postcode, c.neighbourhood, c.groep, dutchDate(c.registeredOn), households.get(c.id)]),
    EXCEL_NL,
  );
  const activiteiten = toCsv(
    ["activiteitId", "naam", "soort", "programmalijnen", "pijlers", "locatietype", "wijk", "partners", "minLeeftijd", "maxLeeftijd", "startdatum", "einddatum", "maxDeelnemers"],
    ACTIVITIES.map((a) => [a.id, a.name, a.kind, a.lines.join("|"), a.pillars.join("|"), a.location, a.neighbourhood, a.partners.join("|"), a.minAge, a.maxAge, a.start === undefined ? "" : dutchDate(a.start), a.end === undefined ? "" : dutchDate(a.end), a.capacity ?? ""]),
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
    "- wijken.csv, medewerkers.csv, inzet.csv, aanmeldingen.csv, meldcode.csv, begroting.csv, afspraken.csv:",
    "  de tabellen van versie 2 (wijken met hun kinderen van 4 t/m 12, medewerkers met een pseudoniem en hun",
    "  inzet, aanmeldingen en wachtlijst, meldcodetrajecten, begroting en prestatieafspraken), UTF-8 met komma's.",
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
      ...version2.map((f) => ({ name: f.name, table: f.table, rows: f.rows, bytes: utf8(f.text) })),
      { name: "LEESMIJ.md", rows: 0, bytes: utf8(readme) },
    ],
  };
}
