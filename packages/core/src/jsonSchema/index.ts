import * as z from "zod";
import type { Catalogue, Catalogues } from "../catalogue/index.js";
import { Catalogue as CatalogueSchema, defaultCatalogues } from "../catalogue/index.js";
import { AgeBands } from "../ageBands/index.js";
import { HolidayCalendarYear } from "../holidays/calendar.js";
import { MeldcodeEvent } from "../meldcode/index.js";
import { ReferralConsent, ReferralEvent } from "../referralWorkflow/index.js";
import { TABLE_NAMES, tables, type TableModel, type TableSpec } from "../tables/index.js";

/** The models of the workflows and settings that have a JSON Schema beside the tables' records. */
const OTHER_MODELS: readonly Exclude<JsonSchemaModel, TableModel>[] = ["catalogue", "meldcodeEvent", "referralEvent", "referralConsent", "ageBands", "holidayCalendarYear"];


/**
 * The models that have a JSON Schema: the record of every table of the exchange format (`child`,
 * `activity`, `session`, `attendance`, `signal`, `referral`, `staffMember`, `staffing`, `signup`,
 * `meldcodeTrajectory`, `budget`, `target`, `neighbourhood`), then the catalogue, the workflow
 * events, age bands and a school year's holidays.
 */
export const JSON_SCHEMA_MODELS: readonly JsonSchemaModel[] = [...TABLE_NAMES.map((t) => tables[t].model), ...OTHER_MODELS];
/** The name of a model with a JSON Schema. */
export type JsonSchemaModel = TableModel | "catalogue" | "meldcodeEvent" | "referralEvent" | "referralConsent" | "ageBands" | "holidayCalendarYear";

/** A JSON Schema document (draft 2020-12), as plain JSON. */
export type JsonSchema = Readonly<Record<string, unknown>>;

/** Options for {@link toJsonSchemas}. */
export interface JsonSchemaOptions {
  /** The catalogues in use: their codes become `enum`s in the schemas (default: {@link defaultCatalogues}). */
  readonly catalogues?: Catalogues;
  /** The base of the `$id` of each schema (default `https://kinderwerk.dev/schema/v1/`). */
  readonly baseId?: string;
}

const codesOf = (catalogue: Catalogue) => z.enum(catalogue.entries.map((e) => e.code) as [string, ...string[]]);

const OTHER_TITLES: Readonly<Record<Exclude<JsonSchemaModel, TableModel>, string>> = {
  catalogue: "Catalogue (catalogus)",
  meldcodeEvent: "Meldcode event (stap in het meldcodetraject)",
  referralEvent: "Referral event (stap in een verwijzing)",
  referralConsent: "Referral consent (toestemming bij een verwijzing)",
  ageBands: "Age bands (leeftijdsgroepen)",
  holidayCalendarYear: "School holidays of one school year (schoolvakanties)",
};

/** A table's record schema with the codes of the catalogues in use as `enum`s. */
function withCatalogueCodes(spec: TableSpec, catalogues: Catalogues): z.ZodType {
  const coded = spec.columns.filter((c) => c.catalogue !== undefined);
  if (coded.length === 0) return spec.schema;
  const shape: Record<string, z.ZodType> = { ...(spec.schema as unknown as z.ZodObject).shape };
  for (const c of coded) {
    const codes = codesOf(catalogues[c.catalogue!]);
    const value: z.ZodType = c.list ? z.array(codes).max(50).default([]) : codes;
    shape[c.field] = c.required || c.list ? value : value.optional();
  }
  return z.object(shape);
}

/**
 * The JSON Schemas (draft 2020-12) of every model, the workflow events (meldcode and referral
 * events, referral consent), age bands and a school year's holidays, so apps in other languages
 * validate the same data. They describe the input a model accepts (a postcode may still carry its letters); codes
 * of the catalogues in use become `enum`s. Rules that JSON Schema cannot express (the 11-test on
 * ids, real calendar dates, an age range inside 4–12, unique catalogue codes) are stated in each
 * field's description and enforced by the library's parse functions.
 *
 * @param options - the catalogues in use and the base of the `$id`s
 * @returns one schema per model, by model name
 * @example
 * const schemas = toJsonSchemas();
 * schemas.child.required; // => ["childId", "birthDate"]
 */
export function toJsonSchemas(options: JsonSchemaOptions = {}): Record<JsonSchemaModel, JsonSchema> {
  const catalogues = options.catalogues ?? defaultCatalogues;
  const baseId = options.baseId ?? "https://kinderwerk.dev/schema/v1/";
  const models: Record<string, z.ZodType> = {
    ...Object.fromEntries(TABLE_NAMES.map((t) => [tables[t].model, withCatalogueCodes(tables[t], catalogues)])),
    catalogue: CatalogueSchema,
    meldcodeEvent: MeldcodeEvent,
    referralEvent: z.discriminatedUnion(
      "type",
      ReferralEvent.options.map((o) => (o.shape.type.value === "created" ? z.object({ ...o.shape, destination: codesOf(catalogues.referralDestinations) }) : o)) as unknown as [
        z.ZodObject,
        ...z.ZodObject[],
      ],
    ),
    referralConsent: ReferralConsent,
    ageBands: AgeBands,
    holidayCalendarYear: HolidayCalendarYear,
  };
  const titles: Record<string, string> = { ...OTHER_TITLES };
  for (const t of TABLE_NAMES) titles[tables[t].model] = `${tables[t].labels.en} (${tables[t].nl})`;
  const out = {} as Record<JsonSchemaModel, JsonSchema>;
  for (const name of JSON_SCHEMA_MODELS) {
    const schema = z.toJSONSchema(models[name]!, { io: "input", unrepresentable: "any", target: "draft-2020-12" });
    out[name] = { $id: `${baseId}${name}.schema.json`, title: titles[name], ...schema };
  }
  return out;
}
