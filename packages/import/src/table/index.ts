import {
  Activity,
  ActivityKindVocabulary,
  Attendance,
  Child,
  GenderVocabulary,
  LocationTypeVocabulary,
  Referral,
  Session,
  Signal,
  StaffRoleVocabulary,
  CONFIDENTIALITY_LEVELS,
  ConsentKindVocabulary,
  ConsentLegalGroundVocabulary,
  ConsentOverrideReasonVocabulary,
  DeclineReasonVocabulary,
  ReferralStatusVocabulary,
  WithdrawReasonVocabulary,
  parseActivity,
  parseAttendance,
  parseChild,
  parseReferral,
  parseSession,
  parseSignal,
  type CatalogueKind,
  type Labels,
  type ParseOptions,
  type Result,
} from "@kinderwerk/core";
import type * as z from "zod";

/** The tables of the exchange format, by their canonical (English) name. */
export const TABLE_NAMES = ["children", "activities", "sessions", "attendance", "signals", "referrals"] as const;

/** A table of the exchange format: `children`, `activities`, `sessions`, `attendance`, `signals` or `referrals`. */
export type TableName = (typeof TABLE_NAMES)[number];

/**
 * How a cell's text becomes a value:
 * `id` and `text` are trimmed text; `date` a calendar date; `time` `HH:MM`; `boolean`, `integer`,
 * `decimal`; `postcode` its four digits; `code` one code of a closed vocabulary (by code or label);
 * `catalogue` / `catalogueList` codes of a replaceable catalogue; `textList` a `|`-separated list of
 * text; `partners` a `|`-separated list of partner names.
 */
export type ValueType =
  | "id"
  | "text"
  | "date"
  | "time"
  | "boolean"
  | "integer"
  | "decimal"
  | "postcode"
  | "code"
  | "catalogue"
  | "catalogueList"
  | "textList"
  | "partners";

/** One column of a table: its canonical name, Dutch aliases, how values are read, and its rule in words. */
export interface ColumnDef {
  /** The canonical (English) column name, also the field of the record. */
  readonly field: string;
  /** Other names that mean this column; the first is the Dutch alias of the exchange format. */
  readonly aliases: readonly string[];
  /** How a cell becomes a value. */
  readonly type: ValueType;
  /** Whether a record needs a value in this column. */
  readonly required: boolean;
  /** For `code` columns: the codes and, by lowercase spelling, every accepted way to write each. */
  readonly codes?: Readonly<Record<string, readonly string[]>>;
  /** For `catalogue` and `catalogueList` columns: which catalogue holds the codes. */
  readonly catalogue?: CatalogueKind;
  /** The rule for this column in words, for documentation and messages. */
  readonly rule: Labels;
}

/** A table of the exchange format: names, columns, the core schema and parse function of its records. */
export interface TableDef<T = unknown> {
  /** The canonical (English) name. */
  readonly name: TableName;
  /** The Dutch name (also accepted as a file name). */
  readonly nl: string;
  /** The columns, in canonical order. */
  readonly columns: readonly ColumnDef[];
  /** The core zod schema of a record. */
  readonly schema: z.ZodType<T>;
  /** The core parse function of a record (detailed issues, catalogue checks). */
  readonly parse: (input: unknown, options?: ParseOptions) => Result<T>;
  /** The fields that identify a record; a second record with the same values is a duplicate. */
  readonly key: readonly string[];
}

/** Every spelling of a vocabulary's codes: the code and both labels (lowercased), plus extras. */
function spellings<C extends string>(
  vocabulary: { readonly codes: readonly C[]; readonly labels: Readonly<Record<C, Labels>> },
  extra: Partial<Record<C, readonly string[]>> = {},
): Readonly<Record<string, readonly string[]>> {
  const out: Record<string, readonly string[]> = {};
  for (const code of vocabulary.codes) {
    const l = vocabulary.labels[code];
    out[code] = [...new Set([code, l.nl.toLowerCase(), l.en.toLowerCase(), ...(extra[code] ?? [])])];
  }
  return out;
}

function plain(codes: readonly string[], extra: Readonly<Record<string, readonly string[]>> = {}): Readonly<Record<string, readonly string[]>> {
  const out: Record<string, readonly string[]> = {};
  for (const code of codes) out[code] = [code, ...(extra[code] ?? [])];
  return out;
}

const col = (
  field: string,
  aliases: readonly string[],
  type: ValueType,
  required: boolean,
  rule: Labels,
  more: { codes?: Readonly<Record<string, readonly string[]>>; catalogue?: CatalogueKind } = {},
): ColumnDef => Object.freeze({ field, aliases, type, required, rule, ...more });

const ID_RULE = { nl: "verplicht; letters, cijfers en . _ : / -, hoogstens 64 tekens", en: "required; letters, digits and . _ : / -, at most 64 characters" };
const DATE_RULE = { nl: "datum: JJJJ-MM-DD, DD-MM-JJJJ, D-M-JJJJ of DD/MM/JJJJ", en: "date: YYYY-MM-DD, DD-MM-YYYY, D-M-YYYY or DD/MM/YYYY" };
const REQ_DATE_RULE = { nl: `verplicht; ${DATE_RULE.nl}`, en: `required; ${DATE_RULE.en}` };
const CHILD_ID_RULE = {
  nl: "verplicht; pseudoniem (letters, cijfers en . _ : / -); een BSN (9 cijfers die de elfproef halen) is een fout",
  en: "required; a pseudonym (letters, digits and . _ : / -); a BSN (9 digits passing the 11-test) is an error",
};
const STAFF_RULE = { nl: "geheel getal ≥ 0, standaard 0", en: "integer ≥ 0, default 0" };

/** The children table. */
export const childrenTable: TableDef<Child> = {
  name: "children",
  nl: "kinderen",
  schema: Child,
  parse: parseChild,
  key: ["childId"],
  columns: [
    col("childId", ["kindId", "kindnummer", "pseudoniem"], "id", true, CHILD_ID_RULE),
    col("birthDate", ["geboortedatum"], "date", true, REQ_DATE_RULE),
    col("gender", ["geslacht"], "code", false, { nl: "meisje, jongen, anders of onbekend (ook m = jongen, v/f = meisje)", en: "girl, boy, other or unknown (also m = boy, v/f = girl)" }, {
      codes: spellings(GenderVocabulary, { girl: ["v", "f", "vrouw", "female", "meid"], boy: ["m", "j", "man", "male"], other: ["x", "o"], unknown: ["?", "u", "onb"] }),
    }),
    col("postcode", ["postcode", "pc4", "pc"], "postcode", false, { nl: "1234, 1234 AB of 1234AB; alleen de 4 cijfers worden bewaard", en: "1234, 1234 AB or 1234AB; only the 4 digits are kept" }),
    col("neighbourhood", ["wijk", "buurt"], "text", false, { nl: "tekst, hoogstens 100 tekens", en: "text, at most 100 characters" }),
    col("groep", ["groep", "schoolgroep", "group"], "integer", false, { nl: "geheel getal 1 t/m 8", en: "integer 1 to 8" }),
    col("registeredOn", ["inschrijfdatum", "ingeschrevenOp"], "date", false, DATE_RULE),
  ],
};

/** The activities table. */
export const activitiesTable: TableDef<Activity> = {
  name: "activities",
  nl: "activiteiten",
  schema: Activity,
  parse: parseActivity,
  key: ["activityId"],
  columns: [
    col("activityId", ["activiteitId", "activiteitnummer"], "id", true, ID_RULE),
    col("name", ["naam", "activiteit"], "text", true, { nl: "verplicht; tekst, hoogstens 200 tekens", en: "required; text, at most 200 characters" }),
    col("kind", ["soort", "type"], "code", true, { nl: "verplicht; cursus, knutselen, sport, spel, buitenspelen, online, thuispakket, vakantieprogramma, straatwerk of overig", en: "required; course, craft, sport, play, outdoor-play, online, home-kit, holiday-programme, outreach or other" }, {
      codes: spellings(ActivityKindVocabulary),
    }),
    col("programmeLines", ["programmalijnen", "programmalijn"], "catalogueList", false, { nl: "lijst (gescheiden door |) van programmalijnen uit de catalogus", en: "list (separated by |) of programme lines of the catalogue" }, { catalogue: "programmeLines" }),
    col("pillars", ["pijlers", "pijler"], "catalogueList", false, { nl: "lijst (gescheiden door |) van kind, gezin, leefomgeving", en: "list (separated by |) of child, family, environment" }, { catalogue: "pillars" }),
    col("locationType", ["locatietype", "locatie"], "code", false, { nl: "wijkcentrum, straat, school, partnerlocatie, online of thuis", en: "community-centre, street, school, partner-venue, online or home" }, {
      codes: spellings(LocationTypeVocabulary),
    }),
    col("neighbourhood", ["wijk", "buurt"], "text", false, { nl: "tekst, hoogstens 100 tekens", en: "text, at most 100 characters" }),
    col("partners", ["partners", "partner"], "partners", false, { nl: "lijst (gescheiden door |) van namen van partnerorganisaties", en: "list (separated by |) of partner organisation names" }),
    col("minAge", ["minLeeftijd", "minimumleeftijd", "leeftijdVan"], "integer", false, { nl: "geheel getal, standaard 4", en: "integer, default 4" }),
    col("maxAge", ["maxLeeftijd", "maximumleeftijd", "leeftijdTot"], "integer", false, { nl: "geheel getal, standaard 12", en: "integer, default 12" }),
    col("ageRangeWidened", ["verruimdeLeeftijd"], "boolean", false, { nl: "ja/nee, standaard nee: een leeftijd buiten 4 t/m 12 is bewust gekozen", en: "yes/no, default no: an age range outside 4 to 12 is deliberate" }),
    col("startDate", ["startdatum", "begindatum"], "date", false, DATE_RULE),
    col("endDate", ["einddatum"], "date", false, { nl: `${DATE_RULE.nl}; niet voor de startdatum`, en: `${DATE_RULE.en}; not before the start date` }),
  ],
};

/** The sessions table. */
export const sessionsTable: TableDef<Session> = {
  name: "sessions",
  nl: "bijeenkomsten",
  schema: Session,
  parse: parseSession,
  key: ["sessionId"],
  columns: [
    col("sessionId", ["bijeenkomstId", "bijeenkomstnummer"], "id", true, ID_RULE),
    col("activityId", ["activiteitId", "activiteitnummer"], "id", true, { nl: `${ID_RULE.nl}; de activiteit moet bestaan`, en: `${ID_RULE.en}; the activity must exist` }),
    col("date", ["datum"], "date", true, REQ_DATE_RULE),
    col("startTime", ["starttijd", "begintijd", "tijd"], "time", false, { nl: "tijd UU:MM (ook 14.30 en 9:00)", en: "time HH:MM (also 14.30 and 9:00)" }),
    col("durationMinutes", ["duurMinuten", "duur", "minuten"], "integer", true, { nl: "verplicht; geheel getal 1 t/m 1440", en: "required; integer 1 to 1440" }),
    col("professionals", ["beroepskrachten"], "integer", false, STAFF_RULE),
    col("interns", ["stagiairs"], "integer", false, STAFF_RULE),
    col("volunteers", ["vrijwilligers"], "integer", false, STAFF_RULE),
  ],
};

/** The attendance table. */
export const attendanceTable: TableDef<Attendance> = {
  name: "attendance",
  nl: "aanwezigheid",
  schema: Attendance,
  parse: parseAttendance,
  key: ["sessionId", "childId"],
  columns: [
    col("sessionId", ["bijeenkomstId", "bijeenkomstnummer"], "id", true, { nl: `${ID_RULE.nl}; de bijeenkomst moet bestaan`, en: `${ID_RULE.en}; the session must exist` }),
    col("childId", ["kindId", "kindnummer", "pseudoniem"], "id", true, { nl: `${CHILD_ID_RULE.nl}; het kind moet bestaan`, en: `${CHILD_ID_RULE.en}; the child must exist` }),
    col("present", ["aanwezig"], "boolean", false, { nl: "ja/nee, standaard ja (x = ja, leeg = ja)", en: "yes/no, default yes (x = yes, empty = yes)" }),
  ],
};

/** The signals table. */
export const signalsTable: TableDef<Signal> = {
  name: "signals",
  nl: "signalen",
  schema: Signal,
  parse: parseSignal,
  key: ["signalId"],
  columns: [
    col("signalId", ["signaalId", "signaalnummer"], "id", true, ID_RULE),
    col("childId", ["kindId", "kindnummer", "pseudoniem"], "id", true, { nl: `${CHILD_ID_RULE.nl}; het kind moet bestaan`, en: `${CHILD_ID_RULE.en}; the child must exist` }),
    col("date", ["datum"], "date", true, REQ_DATE_RULE),
    col("category", ["categorie"], "catalogue", true, { nl: "verplicht; een signaalcategorie uit de catalogus (code of naam)", en: "required; a signal category of the catalogue (code or label)" }, { catalogue: "signalCategories" }),
    col("observedBy", ["gesignaleerdDoor", "door"], "code", true, { nl: "verplicht; beroepskracht, stagiair of vrijwilliger (een rol, nooit een naam)", en: "required; professional, intern or volunteer (a role, never a name)" }, {
      codes: spellings(StaffRoleVocabulary, { professional: ["kinderwerker", "medewerker"], intern: ["stagiaire"] }),
    }),
    col("description", ["omschrijving", "beschrijving"], "text", false, { nl: "tekst, hoogstens 2000 tekens; kort en feitelijk, zonder namen", en: "text, at most 2000 characters; short and factual, without names" }),
    col("confidentiality", ["vertrouwelijkheid"], "code", false, { nl: "team, confidential of restricted (team, vertrouwelijk, beperkt); standaard vertrouwelijk", en: "team, confidential or restricted; default confidential" }, {
      codes: plain(CONFIDENTIALITY_LEVELS, { confidential: ["vertrouwelijk"], restricted: ["beperkt", "afgeschermd"] }),
    }),
  ],
};

/** The referrals table. */
export const referralsTable: TableDef<Referral> = {
  name: "referrals",
  nl: "verwijzingen",
  schema: Referral,
  parse: parseReferral,
  key: ["referralId"],
  columns: [
    col("referralId", ["verwijzingId", "verwijzingnummer"], "id", true, ID_RULE),
    col("childId", ["kindId", "kindnummer", "pseudoniem"], "id", true, { nl: `${CHILD_ID_RULE.nl}; het kind moet bestaan`, en: `${CHILD_ID_RULE.en}; the child must exist` }),
    col("signalId", ["signaalId", "signaalnummer"], "id", false, { nl: "het signaal waar de verwijzing uit voortkomt (optioneel); moet bestaan als het is ingevuld", en: "the signal the referral comes from (optional); must exist when given" }),
    col("destination", ["bestemming"], "catalogue", true, { nl: "verplicht; een bestemming uit de catalogus (code of naam)", en: "required; a destination of the catalogue (code or label)" }, { catalogue: "referralDestinations" }),
    col("createdOn", ["aangemaaktOp", "datum"], "date", true, REQ_DATE_RULE),
    col("sentOn", ["verstuurdOp"], "date", false, DATE_RULE),
    col("respondedOn", ["beantwoordOp"], "date", false, DATE_RULE),
    col("closedOn", ["afgeslotenOp"], "date", false, DATE_RULE),
    col("followUpOn", ["opvolgdatum", "opvolgenOp"], "date", false, DATE_RULE),
    col("status", ["status"], "code", true, { nl: "verplicht; concept, verstuurd, geaccepteerd, afgewezen, afgerond of ingetrokken (draft, sent, accepted, declined, completed, withdrawn)", en: "required; draft, sent, accepted, declined, completed or withdrawn" }, {
      codes: spellings(ReferralStatusVocabulary, { sent: ["verzonden"], accepted: ["aangenomen"], declined: ["geweigerd"], completed: ["voltooid"] }),
    }),
    col("consent", ["toestemming"], "code", false, { nl: "gegeven, niet nodig of doorbroken (given, not-needed, overridden)", en: "given, not-needed or overridden" }, {
      codes: spellings(ConsentKindVocabulary, { given: ["ja"], "not-needed": ["niet-nodig", "nvt", "n.v.t."], overridden: ["overruled"] }),
    }),
    col("consentGround", ["toestemmingsgrond"], "code", false, { nl: "bij toestemming niet nodig: meldrecht of geen persoonsgegevens (meldrecht, no-personal-data)", en: "when consent was not needed: meldrecht or no-personal-data" }, {
      codes: spellings(ConsentLegalGroundVocabulary, { "no-personal-data": ["geen persoonsgegevens"] }),
    }),
    col("consentReason", ["redenDoorbreken", "redenDoorbrekenToestemming"], "code", false, { nl: "bij doorbroken toestemming: veiligheid van het kind, veiligheid van anderen of acuut gevaar (safety-of-child, safety-of-others, acute-danger)", en: "when consent was overridden: safety-of-child, safety-of-others or acute-danger" }, {
      codes: spellings(ConsentOverrideReasonVocabulary),
    }),
    col("declineReason", ["afwijzingsreden", "redenAfwijzing"], "code", false, { nl: "bij afgewezen: outside-remit, no-capacity, family-declined, already-known of other (of de Nederlandse omschrijving)", en: "when declined: outside-remit, no-capacity, family-declined, already-known or other" }, {
      codes: spellings(DeclineReasonVocabulary, { "no-capacity": ["geen plek"], other: ["anders", "overig"] }),
    }),
    col("withdrawReason", ["intrekkingsreden", "redenIntrekking"], "code", false, { nl: "bij ingetrokken: consent-withdrawn, no-longer-needed, sent-in-error of other (of de Nederlandse omschrijving)", en: "when withdrawn: consent-withdrawn, no-longer-needed, sent-in-error or other" }, {
      codes: spellings(WithdrawReasonVocabulary, { other: ["anders", "overig"] }),
    }),
  ],
};

/** Every table of the exchange format, by canonical name. */
export const tables: Readonly<Record<TableName, TableDef>> = {
  children: childrenTable as TableDef,
  activities: activitiesTable as TableDef,
  sessions: sessionsTable as TableDef,
  attendance: attendanceTable as TableDef,
  signals: signalsTable as TableDef,
  referrals: referralsTable as TableDef,
};

/**
 * Whether a text is the canonical name of a table.
 *
 * @param name - any text
 * @returns `true` for `children`, `activities`, `sessions`, `attendance`, `signals`, `referrals`
 * @example
 * isTableName("attendance"); // => true
 * isTableName("aanwezigheid"); // => false (a Dutch name: see tableFromName)
 */
export function isTableName(name: unknown): name is TableName {
  return typeof name === "string" && (TABLE_NAMES as readonly string[]).includes(name);
}

const FILE_EXTENSIONS = /\.(?:csv|tsv|txt|xlsx|xlsm|ndjson|jsonl|json)$/i;

/**
 * The table a file name or table name means: the canonical English name or the Dutch name, with
 * or without a folder and an extension (`.csv`, `.tsv`, `.txt`, `.xlsx`, `.ndjson`, `.jsonl`,
 * `.json`), ignoring case. A name with a qualifier separated by `_`, `-`, `.` or a space
 * (`kinderen_2025.csv`) is recognised when exactly one table name appears in it.
 *
 * @param name - a file name or path, or a table name
 * @returns the table, or `undefined` when the name means none (or more than one)
 * @example
 * tableFromName("data/Aanwezigheid.csv"); // => "attendance"
 * tableFromName("kinderen_2025.xlsx"); // => "children"
 * tableFromName("export.csv"); // => undefined
 */
export function tableFromName(name: string): TableName | undefined {
  const base = (name.split(/[\\/]/).pop() ?? "").replace(FILE_EXTENSIONS, "").trim().toLowerCase();
  const exact = TABLE_NAMES.find((t) => t === base || tables[t].nl === base);
  if (exact) return exact;
  const words = base.split(/[\s_.-]+/);
  const found = TABLE_NAMES.filter((t) => words.includes(t) || words.includes(tables[t].nl));
  return found.length === 1 ? found[0] : undefined;
}
