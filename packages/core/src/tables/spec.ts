import type * as z from "zod";
import { safeParse } from "../_lib/safeParse.js";
import type { CatalogueKind, Catalogues } from "../catalogue/index.js";
import { defaultCatalogues } from "../catalogue/index.js";
import type { Issue, IssuePath, Result } from "../issues/issue.js";
import { fail, hasErrors, ok } from "../issues/issue.js";
import type { Labels } from "../labels/index.js";
import type { PersonalNameList } from "../piiScan/types.js";

/** The tables of the exchange format, by canonical (English) name, in the order a dataset is read: every reference points back. */
export const TABLE_NAMES = [
  "children",
  "activities",
  "sessions",
  "attendance",
  "signals",
  "referrals",
  "staff",
  "staffing",
  "signups",
  "meldcode",
  "budgets",
  "targets",
  "neighbourhoods",
] as const;

/** A table of the exchange format, by its canonical (English) name. */
export type TableName = (typeof TABLE_NAMES)[number];

/** The name of each table's record model, also the name of its JSON Schema. */
export const TABLE_MODELS = {
  children: "child",
  activities: "activity",
  sessions: "session",
  attendance: "attendance",
  signals: "signal",
  referrals: "referral",
  staff: "staffMember",
  staffing: "staffing",
  signups: "signup",
  meldcode: "meldcodeTrajectory",
  budgets: "budget",
  targets: "target",
  neighbourhoods: "neighbourhood",
} as const satisfies Readonly<Record<TableName, string>>;

/** The name of a table's record model (`child`, `staffMember` …). */
export type TableModel = (typeof TABLE_MODELS)[TableName];

/**
 * How a cell's text becomes a value:
 * `id` and `text` are trimmed text; `date` a calendar date; `time` `HH:MM`; `boolean`, `integer`,
 * `decimal`; `euro` an amount as Excel shows money (`€ 12.500,00`); `postcode` its four digits; `code` one code of a closed vocabulary (by code or label);
 * `catalogue` / `catalogueList` codes of a replaceable catalogue; `textList` a list of text;
 * `partners` a list of partners (`name (sector)` in a cell, `{ name, sector }` objects in JSON).
 */
export type ValueType =
  | "id"
  | "text"
  | "date"
  | "time"
  | "boolean"
  | "integer"
  | "decimal"
  | "euro"
  | "postcode"
  | "code"
  | "catalogue"
  | "catalogueList"
  | "textList"
  | "partners";

/** One column of a table: its canonical name, Dutch aliases, how a cell is read, and its rule in words. */
export interface ColumnSpec {
  /** The canonical (English) column name, also the field of the record. */
  readonly field: string;
  /** Other names that mean this column; the first is the Dutch alias of the exchange format. */
  readonly aliases: readonly string[];
  /** How a cell becomes a value. */
  readonly type: ValueType;
  /** Whether a record needs a value in this column. */
  readonly required: boolean;
  /** Whether a cell holds a list of values (`catalogueList`, `textList`, `partners`). */
  readonly list: boolean;
  /** For `code` and `partners` columns: the codes and every accepted way to write each, lowercased. */
  readonly codes?: Readonly<Record<string, readonly string[]>>;
  /** For `catalogue` and `catalogueList` columns: which catalogue holds the codes. */
  readonly catalogue?: CatalogueKind;
  /** A value the schema accepts for this column whatever the other columns hold (default: by type). */
  readonly example?: unknown;
  /** The rule for this column in words, for documentation and messages. */
  readonly rule: Labels;
}

/** A field of one table that points to the key of another. */
export interface TableReference {
  /** The field that holds the reference. */
  readonly field: string;
  /** The table it points to (its key is one field). */
  readonly to: TableName;
  /** Whether the field may be empty. */
  readonly optional?: boolean;
}

/** Options for a table's parse function. */
export interface ParseOptions {
  /** The catalogues in use (default: {@link defaultCatalogues}). Codes are checked against them. */
  readonly catalogues?: Catalogues;
  /** A path to put in front of every issue's path, e.g. `["children", 3]`. */
  readonly path?: IssuePath;
  /**
   * A larger list of names for the personal-data scan of free text (a signal's description) than
   * core's built-in one, such as `names` of `@kinderwerk/names`.
   */
  readonly names?: PersonalNameList;
}

/** What the record checks beyond the schema need: the catalogues in use and a path prefix. */
export interface RecordCheckContext {
  /** The catalogues in use. */
  readonly catalogues: Catalogues;
  /** A path to put in front of every issue's path. */
  readonly path: IssuePath;
  /** The larger list of names for the personal-data scan, if one was given. */
  readonly names?: PersonalNameList;
}

/**
 * A table of the exchange format, in one place: its names, its record's schema, its columns, its
 * key, its references and the checks beyond the schema. The parse functions, the import, the JSON
 * Schemas and the documentation are derived from it.
 */
export interface TableSpec<N extends TableName = TableName, T = unknown> extends TableDefinition<N, T> {
  /**
   * Validate one record of this table: the schema on untrusted input (blank fields dropped, never
   * a throw), then the checks beyond the schema. Errors reject the record; warnings come with it.
   */
  readonly parse: (input: unknown, options?: ParseOptions) => Result<T>;
  /** The name of the record's model, also the name of its JSON Schema (`child`, `staffMember` …). */
  readonly model: (typeof TABLE_MODELS)[N];
}

/** What a table module writes down; {@link defineTable} derives the rest. */
export interface TableDefinition<N extends TableName = TableName, T = unknown> {
  /** The canonical (English) name. */
  readonly name: N;

  /** The Dutch name (also a file name). */
  readonly nl: string;
  /** The table's name in words, in Dutch and English. */
  readonly labels: Labels;
  /** Every file name (without extension, lowercase) that means this table: English and Dutch, plural and singular. */
  readonly fileNames: readonly string[];
  /** The zod schema of a record. */
  readonly schema: z.ZodType<T>;
  /** The columns, in canonical order. */
  readonly columns: readonly ColumnSpec[];
  /** The fields that identify a record (a second record with the same values is a duplicate); empty when records have no key. */
  readonly key: readonly string[];
  /** The fields that point to other tables. */
  readonly references: readonly TableReference[];
  /** The checks beyond the schema, on a record the schema accepted (catalogue codes, cross-field rules, warnings). */
  check?(record: T, context: RecordCheckContext): Issue[];
}

/**
 * A field holding only whitespace is no value, as an empty spreadsheet cell or form field is no
 * value: drop it, so an optional field stays unset and a required one is reported missing once.
 */
function withoutBlanks(input: unknown): unknown {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return input;
  const record = input as Record<string, unknown>;
  let copy: Record<string, unknown> | undefined;
  for (const key of Object.keys(record)) {
    const value = record[key];
    if (typeof value === "string" && value.trim() === "") {
      copy ??= { ...record };
      delete copy[key];
    }
  }
  return copy ?? input;
}

/**
 * A table spec from its definition: the parse function is derived from the schema and the checks,
 * so every reader of the table (the parse functions, the import) gives the same verdict.
 *
 * @param definition - the table's names, schema, columns, key, references and checks
 * @returns the frozen table spec
 */
export function defineTable<N extends TableName, T>(definition: TableDefinition<N, T>): TableSpec<N, T> {
  const parse = (input: unknown, options: ParseOptions = {}): Result<T> => {
    const path = options.path ?? [];
    const result = safeParse(definition.schema, input, path, withoutBlanks);
    if (!result.ok || definition.check === undefined) return result as Result<T>;
    const catalogues = options.catalogues ?? defaultCatalogues;
    const issues = definition.check(result.value as T, options.names === undefined ? { catalogues, path } : { catalogues, path, names: options.names });
    return hasErrors(issues) ? fail(issues) : ok(result.value as T, issues);
  };
  return Object.freeze({ ...definition, model: TABLE_MODELS[definition.name], parse });
}

/** The options of {@link column}: codes or a catalogue, and a valid example. */
export interface ColumnMore {
  readonly codes?: Readonly<Record<string, readonly string[]>>;
  readonly catalogue?: CatalogueKind;
  readonly example?: unknown;
}

const LIST_TYPES: ReadonlySet<ValueType> = new Set(["catalogueList", "textList", "partners"]);

/**
 * One column spec.
 *
 * @param field - the canonical name
 * @param aliases - the Dutch alias first, then other names
 * @param type - how a cell is read
 * @param required - whether a record needs it
 * @param rule - the rule in words
 * @param more - codes, catalogue, example
 * @returns the frozen column spec
 */
export function column(field: string, aliases: readonly string[], type: ValueType, required: boolean, rule: Labels, more: ColumnMore = {}): ColumnSpec {
  return Object.freeze({ field, aliases, type, required, list: LIST_TYPES.has(type), rule, ...more });
}

/**
 * Every spelling of a vocabulary's codes: the code and both labels (lowercased), plus extras.
 *
 * @param vocabulary - the vocabulary
 * @param extra - more spellings per code
 * @returns the spellings by code
 */
export function spellings<C extends string>(
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

/**
 * The spellings of codes without labels: each code, plus extras.
 *
 * @param codes - the codes
 * @param extra - more spellings per code
 * @returns the spellings by code
 */
export function plain(codes: readonly string[], extra: Readonly<Record<string, readonly string[]>> = {}): Readonly<Record<string, readonly string[]>> {
  const out: Record<string, readonly string[]> = {};
  for (const code of codes) out[code] = [code, ...(extra[code] ?? [])];
  return out;
}

/** Rules in words shared by many columns. */
export const RULES = {
  id: { nl: "verplicht; letters, cijfers en . _ : / -, hoogstens 64 tekens", en: "required; letters, digits and . _ : / -, at most 64 characters" },
  optionalId: { nl: "letters, cijfers en . _ : / -, hoogstens 64 tekens", en: "letters, digits and . _ : / -, at most 64 characters" },
  date: { nl: "datum: JJJJ-MM-DD, DD-MM-JJJJ, D-M-JJJJ, DD/MM/JJJJ of DD.MM.JJJJ", en: "date: YYYY-MM-DD, DD-MM-YYYY, D-M-YYYY, DD/MM/YYYY or DD.MM.YYYY" },
  requiredDate: { nl: "verplicht; datum: JJJJ-MM-DD, DD-MM-JJJJ, D-M-JJJJ, DD/MM/JJJJ of DD.MM.JJJJ", en: "required; date: YYYY-MM-DD, DD-MM-YYYY, D-M-YYYY, DD/MM/YYYY or DD.MM.YYYY" },
  pseudonym: {
    nl: "verplicht; pseudoniem (letters, cijfers en . _ : / -); een BSN (9 cijfers die de elfproef halen) is een fout",
    en: "required; a pseudonym (letters, digits and . _ : / -); a BSN (9 digits passing the 11-test) is an error",
  },
  staffCount: { nl: "geheel getal ≥ 0, standaard 0", en: "integer ≥ 0, default 0" },
  neighbourhood: {
    nl: "een naam (tekst, hoogstens 100 tekens) of een CBS-code (`GM0855`, `WK085502`, `BU08550203`), bewaard in hoofdletters",
    en: "a name (text, at most 100 characters) or a CBS code (`GM0855`, `WK085502`, `BU08550203`), kept upper case",
  },
} as const satisfies Readonly<Record<string, Labels>>;

/**
 * A rule followed by more words (`"…; the child must exist"`).
 *
 * @param rule - the rule
 * @param more - the words to add, in Dutch and English
 * @returns the longer rule
 */
export function andThen(rule: Labels, more: Labels): Labels {
  return { nl: `${rule.nl}; ${more.nl}`, en: `${rule.en}; ${more.en}` };
}

/** The words "must exist" for a reference to a table. */
export const MUST_EXIST = {
  child: { nl: "het kind moet bestaan", en: "the child must exist" },
  activity: { nl: "de activiteit moet bestaan", en: "the activity must exist" },
  session: { nl: "de bijeenkomst moet bestaan", en: "the session must exist" },
  staff: { nl: "de medewerker moet bestaan", en: "the staff member must exist" },
} as const satisfies Readonly<Record<string, Labels>>;
