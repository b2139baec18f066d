import * as z from "zod";
import { Activity } from "../activity/index.js";
import { Attendance } from "../attendance/index.js";
import type { Catalogue, Catalogues } from "../catalogue/index.js";
import { Catalogue as CatalogueSchema, defaultCatalogues } from "../catalogue/index.js";
import { AgeBands } from "../ageBands/index.js";
import { Child } from "../child/index.js";
import { HolidayCalendarYear } from "../holidays/calendar.js";
import { MeldcodeEvent } from "../meldcode/index.js";
import { ReferralConsent, ReferralEvent } from "../referralWorkflow/index.js";
import { Referral } from "../referral/index.js";
import { Session } from "../session/index.js";
import { Signal } from "../signal/index.js";

/** The models that have a JSON Schema, by the name of their table in the exchange format. */
export const JSON_SCHEMA_MODELS = [
  "child",
  "activity",
  "session",
  "attendance",
  "signal",
  "referral",
  "catalogue",
  "meldcodeEvent",
  "referralEvent",
  "referralConsent",
  "ageBands",
  "holidayCalendarYear",
] as const;
/** The name of a model with a JSON Schema. */
export type JsonSchemaModel = (typeof JSON_SCHEMA_MODELS)[number];

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

const TITLES: Readonly<Record<JsonSchemaModel, string>> = {
  child: "Child (kind)",
  activity: "Activity (activiteit)",
  session: "Session (bijeenkomst)",
  attendance: "Attendance (aanwezigheid)",
  signal: "Signal (signaal)",
  referral: "Referral (verwijzing)",
  catalogue: "Catalogue (catalogus)",
  meldcodeEvent: "Meldcode event (stap in het meldcodetraject)",
  referralEvent: "Referral event (stap in een verwijzing)",
  referralConsent: "Referral consent (toestemming bij een verwijzing)",
  ageBands: "Age bands (leeftijdsgroepen)",
  holidayCalendarYear: "School holidays of one school year (schoolvakanties)",
};

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
  const models: Record<JsonSchemaModel, z.ZodType> = {
    child: Child,
    activity: z.object({
      ...Activity.shape,
      programmeLines: z.array(codesOf(catalogues.programmeLines)).max(50).default([]),
      pillars: z.array(codesOf(catalogues.pillars)).max(50).default([]),
    }),
    session: Session,
    attendance: Attendance,
    signal: z.object({ ...Signal.shape, category: codesOf(catalogues.signalCategories) }),
    referral: z.object({ ...Referral.shape, destination: codesOf(catalogues.referralDestinations) }),
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
  const out = {} as Record<JsonSchemaModel, JsonSchema>;
  for (const name of JSON_SCHEMA_MODELS) {
    const schema = z.toJSONSchema(models[name], { io: "input", unrepresentable: "any", target: "draft-2020-12" });
    out[name] = { $id: `${baseId}${name}.schema.json`, title: TITLES[name], ...schema };
  }
  return out;
}
