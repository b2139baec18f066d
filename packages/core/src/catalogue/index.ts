import * as z from "zod";
import { safeParse } from "../_lib/safeParse.js";
import type { Issue, Result } from "../issues/issue.js";
import { fail, issue, ok } from "../issues/issue.js";
import { coreIssue, refineParams } from "../issues/codes.js";

const CODE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A catalogue code: lowercase letters, digits and hyphens, as in `equal-opportunities`. */
export const CatalogueCode = z
  .string()
  .min(1)
  .max(64)
  .refine((v) => CODE.test(v), { params: refineParams("value.code") })
  .meta({ description: "A catalogue code: lowercase letters, digits and hyphens.", pattern: CODE.source });

const Label = z.string().trim().min(1).max(200);

/** One entry of a catalogue: a code with labels in Dutch and English. */
export const CatalogueEntry = z.object({
  code: CatalogueCode,
  labels: z.object({ nl: Label, en: Label }),
  description: z.object({ nl: z.string().max(2000), en: z.string().max(2000) }).optional(),
  /** Referral destinations: days after sending when a referral is due for follow-up. */
  followUpDays: z.int().min(1).max(365).optional(),
  /** Referral destinations: `true` when the meldrecht (Wmo 2015 art. 5.2.6) allows a report here without consent, as for Veilig Thuis. */
  meldrecht: z.boolean().optional(),
});
/** One entry of a catalogue: a code with labels in Dutch and English. */
export type CatalogueEntry = z.infer<typeof CatalogueEntry>;

/**
 * A catalogue an organisation can replace: programme lines, pillars, signal categories or referral
 * destinations. Codes are unique; every entry has a label in both languages. A report states the
 * `id` and `version` of the catalogues it used.
 */
export const Catalogue = z
  .object({
    id: z.string().trim().min(1).max(100),
    version: z.string().trim().min(1).max(50),
    entries: z.array(CatalogueEntry).min(1).max(1000),
  })
  .check((ctx) => {
    const seen = new Set<string>();
    ctx.value.entries.forEach((entry, index) => {
      if (seen.has(entry.code)) {
        ctx.issues.push({
          code: "custom",
          input: entry.code,
          path: ["entries", index, "code"],
          params: refineParams("catalogue.code.duplicate", { code: entry.code }),
          message: "duplicate code",
        });
      }
      seen.add(entry.code);
    });
  });
/** A validated catalogue. */
export type Catalogue = z.infer<typeof Catalogue>;

/** The kinds of catalogue an organisation can replace. */
export const CATALOGUE_KINDS = ["programmeLines", "pillars", "signalCategories", "referralDestinations"] as const;
/** A kind of catalogue: `programmeLines`, `pillars`, `signalCategories` or `referralDestinations`. */
export type CatalogueKind = (typeof CATALOGUE_KINDS)[number];

/** The set of catalogues in use: one per kind. */
export type Catalogues = Readonly<Record<CatalogueKind, Catalogue>>;

const entry = (code: string, nl: string, en: string, followUpDays?: number): CatalogueEntry =>
  followUpDays === undefined ? { code, labels: { nl, en } } : { code, labels: { nl, en }, followUpDays };

/**
 * The default programme lines: the six lines of R-Newt Kids (Tilburg), delivered with education,
 * care and leisure partners.
 */
export const defaultProgrammeLines: Catalogue = {
  id: "kinderwerk-programme-lines",
  version: "1",
  entries: [
    entry("social-inclusion", "Sociale inclusie en participatie", "Social inclusion and participation"),
    entry("safety", "Veiligheid", "Safety"),
    entry("strong-parents", "Sterke ouders", "Strong parents"),
    entry("equal-opportunities", "Gelijke kansen en talentontwikkeling", "Equal opportunities and talent development"),
    entry("citizenship", "Burgerschap: kinderen en ouders doen het zelf", "Citizenship: children and parents do it themselves"),
    entry("custom-work", "Maatwerk", "Custom work"),
  ],
};

/** The default pillars of "samen opvoeden en opgroeien": the child, the family and the living environment. */
export const defaultPillars: Catalogue = {
  id: "kinderwerk-pillars",
  version: "1",
  entries: [entry("child", "Kind", "Child"), entry("family", "Gezin", "Family"), entry("environment", "Leefomgeving", "Living environment")],
};

/** The default signal categories. */
export const defaultSignalCategories: Catalogue = {
  id: "kinderwerk-signal-categories",
  version: "1",
  entries: [
    entry("unsafe-home", "Onveilige thuissituatie of vermoeden van mishandeling", "Unsafe home situation or suspected abuse"),
    entry("tension-at-home", "Spanningen thuis", "Tension at home"),
    entry("poverty", "Armoede", "Poverty"),
    entry("health-weight", "Gezondheid en gewicht", "Health and weight"),
    entry("bullying", "Pesten", "Bullying"),
    entry("loneliness", "Eenzaamheid", "Loneliness"),
    entry("development", "Ontwikkeling en leren", "Development and learning"),
    entry("neglect", "Verwaarlozing", "Neglect"),
    entry("other", "Overig", "Other"),
  ],
};

/**
 * The default referral destinations, each with a default follow-up period in days. Veilig Thuis
 * assesses safety within five working days, so its follow-up is due after a week.
 */
export const defaultReferralDestinations: Catalogue = {
  id: "kinderwerk-referral-destinations",
  version: "1",
  entries: [
    { ...entry("veilig-thuis", "Veilig Thuis", "Veilig Thuis (domestic violence and child abuse centre)", 7), meldrecht: true },
    entry("cjg", "Centrum voor Jeugd en Gezin (CJG)", "Centre for Youth and Family (CJG)", 14),
    entry("jgz", "Jeugdgezondheidszorg / jeugdarts", "Youth health care / youth doctor", 14),
    entry("gp", "Huisarts", "General practitioner", 14),
    entry("school-social-work", "Schoolmaatschappelijk werk", "School social work", 14),
    entry("wijkteam", "Wijkteam", "Neighbourhood team (wijkteam)", 14),
    entry("social-work", "Maatschappelijk werk", "Social work", 14),
    entry("youth-work", "Jongerenwerk", "Youth work", 21),
    entry("leisure", "Sport-, cultuur- of vrijetijdspartner", "Sport, culture or leisure partner", 28),
    entry("other", "Overig", "Other", 14),
  ],
};

/** The default catalogues: the ones named in the domain's source material. */
export const defaultCatalogues: Catalogues = {
  programmeLines: defaultProgrammeLines,
  pillars: defaultPillars,
  signalCategories: defaultSignalCategories,
  referralDestinations: defaultReferralDestinations,
};

/**
 * Validate a catalogue: codes unique and well-formed, a label in both languages for every entry.
 *
 * @param input - anything
 * @returns the catalogue, or the issues that reject it
 * @example
 * parseCatalogue({ id: "lijnen", version: "2026", entries: [{ code: "sport", labels: { nl: "Sport", en: "Sport" } }] }).ok; // => true
 */
export function parseCatalogue(input: unknown): Result<Catalogue> {
  return safeParse(Catalogue, input);
}

/**
 * Make the set of catalogues in use: the defaults, with any kind replaced by the organisation's own.
 * Each replacement is validated. Never throws: a value that is not a record, or one whose reading
 * throws, gives a `value.type` or `value.unreadable` issue.
 *
 * @param replacements - the catalogues to use instead of the defaults
 * @returns the catalogues, or the issues (paths start with the kind) that reject a replacement
 * @example
 * const result = createCatalogues({ programmeLines: { id: "lijnen", version: "2026", entries: [...] } });
 * if (result.ok) result.value.pillars === defaultPillars; // => true
 * createCatalogues(null).ok; // => false (value.type)
 */
export function createCatalogues(replacements: Partial<Record<CatalogueKind, unknown>> = {}): Result<Catalogues> {
  if (typeof replacements !== "object" || replacements === null || Array.isArray(replacements)) {
    return fail([coreIssue("value.type", [], { expected: "record" })]);
  }
  // Read every kind once, up front: a hostile record (a throwing proxy) is one issue, not a crash.
  const given: [CatalogueKind, unknown][] = [];
  try {
    for (const kind of CATALOGUE_KINDS) {
      if (Object.hasOwn(replacements, kind) && replacements[kind] !== undefined) given.push([kind, replacements[kind]]);
    }
  } catch {
    return fail([coreIssue("value.unreadable", [])]);
  }
  const issues: Issue[] = [];
  const out: Record<string, Catalogue> = { ...defaultCatalogues };
  for (const [kind, replacement] of given) {
    const parsed = parseCatalogue(replacement);
    if (parsed.ok) out[kind] = parsed.value;
    else issues.push(...parsed.issues.map((i) => issue(i.code, [kind, ...i.path], i.params, i.severity)));
  }
  return issues.length > 0 ? fail(issues) : ok(out as Catalogues);
}

/**
 * The entry of a catalogue with a given code.
 *
 * @param catalogue - the catalogue
 * @param code - the code to look up
 * @returns the entry, or `undefined`
 * @example
 * findEntry(defaultPillars, "family")?.labels.nl; // => "Gezin"
 */
export function findEntry(catalogue: Catalogue, code: string): CatalogueEntry | undefined {
  return catalogue.entries.find((e) => e.code === code);
}

/**
 * Issues for codes that are not in a catalogue.
 *
 * @param catalogue - the catalogue in use
 * @param codes - the codes to check
 * @param path - the path of the list the codes come from
 * @returns one `catalogue.code.unknown` issue per unknown code, with the catalogue's id and its
 *   codes (`allowed`, at most 30) but never the unknown text itself: it may be anything, a BSN too
 * @example
 * checkCodes(defaultPillars, ["child", "school"], ["pillars"]);
 * // => [{ code: "catalogue.code.unknown", path: ["pillars", 1], params: { catalogue: "kinderwerk-pillars", allowed: ["child", "family", "environment"] }, … }]
 */
export function checkCodes(catalogue: Catalogue, codes: readonly string[], path: readonly (string | number)[]): Issue[] {
  const known = new Set(catalogue.entries.map((e) => e.code));
  const issues: Issue[] = [];
  codes.forEach((code, index) => {
    if (!known.has(code)) {
      issues.push(
        coreIssue("catalogue.code.unknown", [...path, index], {
          catalogue: catalogue.id,
          allowed: catalogue.entries.slice(0, 30).map((e) => e.code),
        }),
      );
    }
  });
  return issues;
}
