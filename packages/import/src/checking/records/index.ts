import * as z from "zod";
import { defaultCatalogues, issue, type Catalogues, type Issue, type ParseOptions, type PersonalNameList, type Result, tables, type ColumnSpec, type TableSpec, type TableName } from "@kinderwerk/core";
import type { HeaderPlan } from "../header/index.js";
import type { ResolvedMapping } from "../mapping/index.js";
import type { CellKind, FileFormat, Row } from "../../types/rows.js";
import {
  INVALID,
  catalogueLookup,
  codeLookup,
  coerceBoolean,
  coerceCode,
  coerceCodeList,
  coerceDate,
  coerceDecimal,
  coerceEuro,
  coerceExcelDate,
  coerceExcelTime,
  coerceInteger,
  coercePartners,
  coercePostcode,
  coerceTime,
  explainDate,
  otherListSeparators,
  problem,
  splitList,
  trimCell,
  type CellProblem,
  type CellReader,
} from "../value/index.js";

/** Options for {@link createRowReader}. */
export interface RowReaderOptions {
  /** The catalogues in use (programme lines, pillars, signal categories, referral destinations). */
  readonly catalogues?: Catalogues | undefined;
  /** A checked mapping for another system's export: its code translations are applied first. */
  readonly mapping?: ResolvedMapping | undefined;
  /** The file format: XLSX date and time cells are read as spreadsheet serials. */
  readonly format?: FileFormat | undefined;
  /** CSV: the file's delimiter, which a list cell does not use as a separator. */
  readonly delimiter?: string | undefined;
  /** XLSX: whether the workbook counts dates from 1904. */
  readonly date1904?: boolean | undefined;
  /** Leave child ids out of issue params (set when child ids are pseudonymised). */
  readonly hideChildIds?: boolean | undefined;
  /** A larger list of names than core's for the personal-data scan of free text, such as `names` of `@kinderwerk/names`. */
  readonly names?: PersonalNameList | undefined;
}

/** Reads rows of cells into validated records of one table. */
export interface RowReader<T> {
  /** The table. */
  readonly table: TableName;
  /**
   * Read one row: coerce its cells, build the record and validate it with the core schema.
   * Issue paths start with the field; see {@link RowReader.columnOf} for the file's column name.
   */
  read(row: Pick<Row, "cells" | "kinds">): Result<T>;
  /** The column name as written in the file for an issue path (or the canonical field name). */
  columnOf(path: readonly (string | number)[]): string | undefined;
}

interface CellPlan {
  readonly index: number;
  readonly field: string;
  readonly required: boolean;
  readonly reader: CellReader;
  /** A valid stand-in for this field, used to check the rest of a row whose cell is bad. */
  readonly standIn: unknown;
}

/** A value that passes the schema for a column, standing in for a bad or missing cell. */
function standInFor(def: ColumnSpec, catalogues: Catalogues): unknown {
  if (def.example !== undefined) return def.example;
  switch (def.type) {
    case "id":
    case "text":
      return "x";
    case "date":
      return "2000-01-01";
    case "time":
      return "12:00";
    case "boolean":
      return true;
    case "integer":
    case "decimal":
    case "euro":
      return 1;
    case "postcode":
      return "1234";
    case "code":
      return Object.keys(def.codes ?? {})[0];
    case "catalogue":
      return catalogues[def.catalogue!].entries[0]?.code;
    case "catalogueList":
    case "textList":
    case "partners":
      return [];
  }
}

/**
 * The schema with zod's compiled fast path where this zod has one (`z.compile`, zod 4.6 and later)
 * and the page allows generated code; otherwise the schema itself. Both give the same results.
 */
function fastPath(schema: z.ZodType): z.ZodType {
  const compile = (z as { compile?: (s: z.ZodType) => z.ZodType }).compile;
  if (typeof compile !== "function") return schema;
  try {
    return compile(schema);
  } catch {
    return schema;
  }
}

const compiled = new Map<TableName, z.ZodType>();
function compiledSchema(def: TableSpec): z.ZodType {
  let schema = compiled.get(def.name);
  if (schema === undefined) {
    schema = fastPath(def.schema as z.ZodType);
    compiled.set(def.name, schema);
  }
  return schema;
}

function withMapping(lookup: Map<string, string>, mapped: ReadonlyMap<string, string> | undefined): ReadonlyMap<string, string> {
  if (mapped === undefined) return lookup;
  const out = new Map(lookup);
  for (const [k, v] of mapped) out.set(k, v);
  return out;
}

/** How one column reads its cells. */
function readerFor(def: ColumnSpec, options: RowReaderOptions, catalogues: Catalogues): CellReader {
  const xlsx = options.format === "xlsx";
  const d1904 = options.date1904 === true;
  const serial = (kind: CellKind | undefined): boolean => xlsx && (kind === "date" || kind === "number");
  const mapped = options.mapping?.codes[def.field];
  const f = def.field;
  switch (def.type) {
    case "id":
    case "text":
      return { read: (t) => t, explain: (t) => problem("value.invalid", t, f) };
    case "date":
      return {
        read: (t, k) => (serial(k) ? coerceExcelDate(t, d1904) : coerceDate(t)),
        explain: (t) => explainDate(t, f),
      };
    case "time":
      return { read: (t, k) => (serial(k) ? coerceExcelTime(t) : coerceTime(t)), explain: (t) => problem("cell.time", t, f) };
    case "boolean":
      return {
        read: (t) => (mapped?.has(t) || mapped?.has(t.toLowerCase()) ? coerceBoolean(mapped.get(t) ?? mapped.get(t.toLowerCase()) ?? t) : coerceBoolean(t)),
        explain: (t) => problem("cell.boolean", t, f),
      };
    case "integer":
      return { read: coerceInteger, explain: (t) => problem("cell.integer", t, f) };
    case "decimal":
      return { read: coerceDecimal, explain: (t) => problem("cell.decimal", t, f) };
    case "euro":
      return { read: coerceEuro, explain: (t) => problem("cell.decimal", t, f) };
    case "postcode":
      return { read: coercePostcode, explain: (t) => problem("cell.postcode", t, f) };
    case "code": {
      const lookup = withMapping(codeLookup(def.codes ?? {}), mapped);
      const allowed = Object.keys(def.codes ?? {});
      return { read: (t) => coerceCode(t, lookup), explain: () => ({ code: "cell.code", params: { allowed } }) }; // never echoed: the message lists the choices
    }
    case "catalogue":
    case "catalogueList": {
      const catalogue = catalogues[def.catalogue!];
      const lookup = withMapping(catalogueLookup(catalogue), mapped);
      const allowed = catalogue.entries.slice(0, 30).map((e) => e.code);
      // An unknown code is never echoed (it may be anything typed); the message lists the choices.
      const unknown = (): CellProblem => ({ code: "catalogue.code.unknown", params: { catalogue: catalogue.id, allowed } });
      if (def.type === "catalogue") return { read: (t) => coerceCode(t, lookup), explain: unknown };
      const other = otherListSeparators(options.delimiter);
      return { read: (t) => coerceCodeList(t, lookup, other), explain: unknown };
    }
    case "textList":
      return { read: splitList, explain: (t) => problem("value.invalid", t, f) };
    case "partners": {
      const sectors = codeLookup(def.codes ?? {});
      const allowed = Object.keys(def.codes ?? {});
      // A partner without a name or with an unknown sector: the message lists the sectors, never the text.
      return { read: (t, k) => coercePartners(t, k, sectors, options.delimiter), explain: () => ({ code: "cell.code", params: { allowed } }) };
    }
  }
}

const NONE: readonly Issue[] = Object.freeze([]);

/**
 * Make the reader that turns a table's rows into validated core records, from a header plan.
 *
 * The plan is resolved once: each used column gets its coercer. Per row, the cells are trimmed
 * and coerced with hand-written functions, the record is built from the values (an empty cell is
 * left out, so the schema's default or "required" applies), and validated with a compiled copy of
 * the core schema. Only a row that fails is run through the core `parse*` function, for the
 * detailed issues. A cell that cannot be read gives a `cell.*` issue on its field; the schema's
 * issues on that same field are then left out. A child id that reads like a name and personal data
 * in a signal's description (a phone number, an e-mail address, a BSN, a full address) are warnings.
 *
 * @param plan - the header plan from `resolveHeader`
 * @param options - catalogues, mapping, file format
 * @returns the row reader
 * @example
 * const reader = createRowReader(resolveHeader(["kindId", "geboortedatum"], "children"));
 * reader.read({ cells: ["kw-0101", "14-09-2015"] });
 * // => { ok: true, value: { childId: "kw-0101", birthDate: "2015-09-14" }, issues: [] }
 */
export function createRowReader<T = unknown>(plan: HeaderPlan, options: RowReaderOptions = {}): RowReader<T> {
  const def: TableSpec = tables[plan.table];
  const catalogues = options.catalogues ?? defaultCatalogues;
  const cols: CellPlan[] = plan.columns.map((c) => ({
    index: c.index,
    field: c.def.field,
    required: c.def.required,
    reader: readerFor(c.def, options, catalogues),
    standIn: standInFor(c.def, catalogues),
  }));
  const n = cols.length;
  const schema = compiledSchema(def);
  // The checks beyond the schema (catalogue codes, cross-field rules, warnings) are the table's own.
  const names = options.names;
  const context = names === undefined ? { catalogues, path: [] } : { catalogues, path: [], names };
  const check = def.check === undefined ? undefined : (value: unknown): Issue[] => def.check!(value, context);
  const headerOf = new Map(plan.columns.map((c) => [c.def.field, c.header]));
  const hide = options.hideChildIds === true;

  const slow = (rec: Record<string, unknown>, problems: Issue[] | undefined): Result<T> => detailedParse<T>(def, { catalogues, ...(names === undefined ? {} : { names }) }, hide, rec, problems);

  return {
    table: plan.table,
    columnOf: (path) => {
      const field = path[0];
      return typeof field === "string" ? (headerOf.get(field) ?? field) : undefined;
    },
    read(row) {
      const cells = row.cells;
      const kinds = row.kinds;
      const rec: Record<string, unknown> = {};
      let problems: Issue[] | undefined;
      for (let i = 0; i < n; i++) {
        const c = cols[i]!;
        const raw = cells[c.index];
        let text = raw === undefined || raw === "" ? "" : trimCell(raw);
        if (text === "") {
          if (c.required) (problems ??= []).push(issue("value.required", [c.field]));
          continue;
        }
        if (text.charCodeAt(0) === 39 && isNeutralised(text)) text = text.slice(1);
        const v = c.reader.read(text, kinds === undefined ? undefined : kinds[c.index]);
        if (v === INVALID) {
          const p = c.reader.explain(text);
          (problems ??= []).push(issue(p.code, [c.field], p.params));
          continue;
        }
        rec[c.field] = v;
      }
      if (problems !== undefined) {
        // Check the rest of the row with stand-ins for the bad cells: when that passes, the
        // problems found are all there is, and the slow, detailed parse is not needed.
        const probe: Record<string, unknown> = { ...rec };
        for (const p of problems) {
          const c = cols.find((col) => col.field === p.path[0]);
          if (c !== undefined) probe[c.field] = c.standIn;
        }
        if (schema.safeParse(probe).success) return { ok: false, issues: hide ? problems.map(hideChildId) : problems };
        return slow(rec, problems);
      }
      {
        const r = schema.safeParse(rec);
        if (r.success) {
          const value = r.data as T;
          const found = check === undefined ? NONE : check(value);
          if (found.length === 0) return { ok: true, value, issues: NONE };
          // An error beyond the schema (a referral sent without consent): the detailed parse reports it.
          if (found.some((i) => i.severity === "error")) return slow(rec, undefined);
          return { ok: true, value, issues: hide ? found.map(hideChildId) : found };
        }
      }
      return slow(rec, problems);
    },
  };
}

/**
 * The slow path of a row: the table's own parse, for its detailed issues, joined with the cell
 * problems found already (a field with a cell problem gets no second issue).
 */
function detailedParse<T>(def: TableSpec, parseOptions: ParseOptions, hide: boolean, rec: Record<string, unknown>, problems: Issue[] | undefined): Result<T> {
  const failed = problems === undefined ? undefined : new Set(problems.map((p) => p.path[0]));
  const parsed = def.parse(rec, parseOptions);
  const issues: Issue[] = problems ?? [];
  for (const i of parsed.issues) if (failed === undefined || !failed.has(i.path[0])) issues.push(i);
  const out = hide ? issues.map(hideChildId) : issues;
  if (parsed.ok && problems === undefined) return { ok: true, value: parsed.value as T, issues: out };
  return { ok: false, issues: out };
}

/**
 * Whether a cell is text that a CSV writer protected against formula injection: a `'` before
 * `=`, `+`, `-`, `@`, a tab or a carriage return. The import removes that `'` again, so a
 * rejects file round-trips.
 */
function isNeutralised(text: string): boolean {
  const c = text.charCodeAt(1);
  return c === 61 || c === 43 || c === 45 || c === 64 || c === 9 || c === 13;
}

/** An issue on a child id without the value it was given. */
function hideChildId(i: Issue): Issue {
  if (i.path[0] !== "childId" || !Object.hasOwn(i.params, "value")) return i;
  return issue(i.code.startsWith("cell.") || i.code.startsWith("value.") ? "cell.childId.hidden" : i.code, i.path, {}, i.severity);
}
