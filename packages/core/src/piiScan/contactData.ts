import { findBsnLike } from "../bsn/index.js";
import { findAddresses } from "./address.js";
import { findBirthDates } from "./birthdate.js";
import { findEmails, findIbans, findPhones, STARTS_WITH_DATE } from "./contact.js";
import type { PersonalDataFinding } from "./types.js";

/** Every finding of a text but names, overlapping ones included, in the order the kinds are looked for. */
export function contactFindings(text: string): PersonalDataFinding[] {
  return [
    ...findIbans(text),
    ...findBsnLike(text)
      .filter((r) => !STARTS_WITH_DATE.test(text.slice(r.start, r.end)))
      .map((r) => ({ kind: "bsn" as const, ...r })),
    ...findEmails(text),
    ...findPhones(text),
    ...findAddresses(text),
    ...findBirthDates(text),
  ];
}

/** The findings without overlaps: the one that starts first wins, then the longer one, then the earlier kind. */
export function withoutOverlaps(all: PersonalDataFinding[]): PersonalDataFinding[] {
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: PersonalDataFinding[] = [];
  for (const f of all) {
    const last = kept[kept.length - 1];
    if (last && f.start < last.end) continue;
    kept.push(f);
  }
  return kept;
}

/**
 * The personal data of a text that is no name: IBANs, BSNs, e-mail addresses, phone numbers,
 * addresses, postcodes and birth dates. What short free text (a neighbourhood, a partner's name)
 * may not hold: names it may (a fund or a club is often named after a person). Apart from the name
 * lists, so that a schema with short free text does not bring them into an app's bundle.
 *
 * @param text - the text
 * @returns the findings, in text order, without overlaps
 */
export function findContactData(text: string): PersonalDataFinding[] {
  return withoutOverlaps(contactFindings(text));
}
