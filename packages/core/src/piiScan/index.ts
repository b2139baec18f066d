import type { Issue, IssuePath } from "../issues/issue.js";
import { issue } from "../issues/issue.js";
import { contactFindings, withoutOverlaps } from "./contactData.js";
import { findNames } from "./names.js";
import type { PersonalDataFinding, PersonalDataKind, PersonalNameList } from "./types.js";

export { PERSONAL_DATA_KINDS } from "./types.js";
export type { PersonalDataFinding, PersonalDataKind, PersonalNameList } from "./types.js";
export { passesIbanCheck } from "./contact.js";

/** Labels of the kinds of personal data, in Dutch and English, and the placeholder {@link redact} writes. */
export const personalDataKindLabels: Readonly<Record<PersonalDataKind, { nl: string; en: string; redacted: { nl: string; en: string } }>> = {
  name: { nl: "naam", en: "name", redacted: { nl: "[naam]", en: "[name]" } },
  birthdate: { nl: "geboortedatum", en: "date of birth", redacted: { nl: "[geboortedatum]", en: "[date of birth]" } },
  address: { nl: "adres (straat of postcode met huisnummer)", en: "address (street or postcode with house number)", redacted: { nl: "[adres]", en: "[address]" } },
  phone: { nl: "telefoonnummer", en: "phone number", redacted: { nl: "[telefoon]", en: "[phone]" } },
  iban: { nl: "IBAN (rekeningnummer)", en: "IBAN (bank account number)", redacted: { nl: "[rekeningnummer]", en: "[bank account]" } },
  email: { nl: "e-mailadres", en: "e-mail address", redacted: { nl: "[e-mail]", en: "[e-mail]" } },
  bsn: { nl: "BSN", en: "citizen service number (BSN)", redacted: { nl: "[BSN]", en: "[BSN]" } },
  postcode: { nl: "volledige postcode", en: "full postcode", redacted: { nl: "[postcode]", en: "[postcode]" } },
};

/** Options of {@link scanPersonalData}. */
export interface ScanOptions {
  /**
   * A larger list of names than the small one built into core, such as `names` of the
   * `@kinderwerk/names` package. Without it, names are found from the built-in list and from
   * the words around them (`moeder van …`, `juf …`, `dhr. …`).
   */
  readonly names?: PersonalNameList;
}

/**
 * Scan free text for personal data that should not be in it:
 * - `name`: people's names (first names from a list, in any case; a name after a kinship or role
 *   word such as `moeder`, `oma`, `broertje`, `juf`, `meester`, `dhr.`; with the surname and
 *   tussenvoegsels that follow: `Emma de Vries`, `Mohammed El Amrani`);
 * - `birthdate`: a date said to be a birth date (`geb. 3/2/2016`, `geboren op 14 september 2015`,
 *   `geboortedatum`, `DOB`, `wordt 8 op 12 maart`); other dates are not reported;
 * - `address`: a street with its house number (`Dorpsstraat 12`, `Van Goghlaan 117-II`, `Kerkweg 3a`),
 *   through the postcode and place when they follow, or a full postcode with a house number;
 * - `phone`: Dutch numbers (`06-12345678`, `013 - 544 12 34`, `+31 6 1234 5678`) and international
 *   ones with `+` (`+48 621 812 678`); not dates or opening hours (`08-10 15.30-17.00`);
 * - `iban`: an IBAN passing the mod-97 check (`NL91 ABNA 0417 1643 00`);
 * - `email`: plain and disguised addresses (`sara.jansen at gmail punt com`, `levi_85[at]live.nl`);
 * - `bsn`: nine digits passing the 11-test;
 * - `postcode`: a full postcode (`5025 KL`) without a house number.
 *
 * The findings give the kind and position only, never the value. The scan runs in time linear in
 * the length of the text. It is a safety net, not a guarantee.
 *
 * @param text - free text, such as a signal's description
 * @param options - a larger list of names ({@link ScanOptions})
 * @returns the findings, in order of position; of overlapping findings the one that starts first
 *   (and then the longer one) is kept
 * @example
 * scanPersonalData("Moeder belt 06-12345678 of mail a@b.nl");
 * // => [{ kind: "phone", start: 12, end: 23 }, { kind: "email", start: 32, end: 38 }]
 */
export function scanPersonalData(text: string, options: ScanOptions = {}): PersonalDataFinding[] {
  // At one start, the longer finding first; at equal spans, contact data before a name.
  return withoutOverlaps([...contactFindings(text), ...findNames(text, options.names)]);
}

/** Options of {@link redact}. */
export interface RedactOptions extends ScanOptions {
  /** The language of the placeholders: `nl` (`[naam]`, the default) or `en` (`[name]`). */
  readonly lang?: "nl" | "en";
}

/**
 * The text with each piece of personal data that {@link scanPersonalData} finds replaced by its
 * kind in brackets: `[naam]`, `[geboortedatum]`, `[adres]`, `[telefoon]`, `[rekeningnummer]`,
 * `[e-mail]`, `[BSN]`, `[postcode]` (or in English with `lang: "en"`).
 *
 * @param text - free text
 * @param options - the language of the placeholders and a larger list of names
 * @returns the text without the personal data found in it
 * @example
 * redact("Moeder van Sara belt 06-12345678"); // => "Moeder van [naam] belt [telefoon]"
 * redact("Moeder van Sara belt 06-12345678", { lang: "en" }); // => "Moeder van [name] belt [phone]"
 */
export function redact(text: string, options: RedactOptions = {}): string {
  const lang = options.lang ?? "nl";
  let out = "";
  let at = 0;
  for (const f of scanPersonalData(text, options)) {
    out += text.slice(at, f.start) + personalDataKindLabels[f.kind].redacted[lang];
    at = f.end;
  }
  return out + text.slice(at);
}

/**
 * Warnings for the personal data found in a text field, one `text.personal-data` warning per
 * finding with `{ kind, start, end }`. The value is never in the issue. Apps decide whether a
 * warning blocks saving.
 *
 * @param text - the text to scan
 * @param path - the path of the field, e.g. `["description"]`
 * @param options - a larger list of names ({@link ScanOptions})
 * @returns the warnings
 * @example
 * personalDataIssues("Bel 06-12345678", ["description"]);
 * // => [{ code: "text.personal-data", severity: "warning", path: ["description"], params: { kind: "phone", start: 4, end: 15 } }]
 */
export function personalDataIssues(text: string, path: IssuePath, options: ScanOptions = {}): Issue[] {
  return scanPersonalData(text, options).map((f) => issue("text.personal-data", path, { kind: f.kind, start: f.start, end: f.end }, "warning"));
}
