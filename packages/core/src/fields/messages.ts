import { given, list } from "../_lib/messageText.js";
import { ActivityKindVocabulary } from "../activityKind/index.js";
import { GenderVocabulary } from "../gender/index.js";
import type { CoreIssueCode } from "../issues/codes.js";
import type { IssuePath } from "../issues/issue.js";
import type { Lang } from "../issues/lang.js";
import type { MessagesFor } from "../issues/messageTable.js";
import { LocationTypeVocabulary } from "../locationType/index.js";
import { PartnerSectorVocabulary } from "../partnerSector/index.js";
import { personalDataKindLabels } from "../piiScan/index.js";
import { StaffRoleVocabulary } from "../staffRole/index.js";
import type { Vocabulary } from "../vocabulary/index.js";
import { fieldLabel } from "./index.js";

/** The vocabulary of each coded field, so a message can offer labels rather than bare codes. */
const vocabularies: Readonly<Record<string, Vocabulary<string>>> = {
  gender: GenderVocabulary,
  kind: ActivityKindVocabulary,
  locationType: LocationTypeVocabulary,
  sector: PartnerSectorVocabulary,
  observedBy: StaffRoleVocabulary,
};

/** The allowed values of a field: `Meisje (girl), Jongen (boy), …` where labels are known. */
function choices(allowed: unknown, path: IssuePath, lang: Lang): string {
  const codes = Array.isArray(allowed) ? allowed.map(String) : [String(allowed)];
  const field = [...path].reverse().find((k): k is string => typeof k === "string");
  const vocabulary = field !== undefined && Object.hasOwn(vocabularies, field) ? vocabularies[field] : undefined;
  if (!vocabulary) return codes.join(", ");
  return codes
    .map((code) => {
      const label = Object.hasOwn(vocabulary.labels, code) ? vocabulary.labels[code]?.[lang] : undefined;
      return label === undefined || label.toLowerCase() === code ? code : `${label.toLowerCase()} (${code})`;
    })
    .join(", ");
}

const nlType: Readonly<Record<string, string>> = {
  text: "tekst",
  number: "een getal",
  integer: "een geheel getal",
  boolean: "ja of nee",
  list: "een lijst",
  record: "een record",
  date: "een datum",
};


/** The name of a kind of personal data, with an article: `een telefoonnummer`, `a phone number`. */
const kindLabel = (kind: unknown, lang: Lang, fallback: string): string => {
  const k = String(kind);
  if (!Object.hasOwn(personalDataKindLabels, k)) return fallback;
  const label = personalDataKindLabels[k as keyof typeof personalDataKindLabels][lang];
  return lang === "nl" ? `een ${label}` : `${/^[aeiou]/i.test(label) ? "an" : "a"} ${label}`;
};

/** Messages for the generic value codes (`value.*`) that `toIssues` and the shape checks of the models produce: each names the field. */
export const valueMessages = {
  "value.required": {
    nl: (_, i) => `${fieldLabel(i.path, "nl") || "Waarde"} ontbreekt.`,
    en: (_, i) => `${fieldLabel(i.path, "en") || "Value"} is missing.`,
  },
  "value.type": {
    nl: (p, i) => `${fieldLabel(i.path, "nl") || "Waarde"} moet ${nlType[String(p["expected"])] ?? String(p["expected"])} zijn${given(p["value"], "nl")}.`,
    en: (p, i) => `${fieldLabel(i.path, "en") || "Value"} must be ${String(p["expected"])}${given(p["value"], "en")}.`,
  },
  "value.too-short": {
    nl: (p, i) => `${fieldLabel(i.path, "nl")} moet minstens ${String(p["min"])} tekens hebben.`,
    en: (p, i) => `${fieldLabel(i.path, "en")} must have at least ${String(p["min"])} characters.`,
  },
  "value.too-long": {
    nl: (p, i) => `${fieldLabel(i.path, "nl")} is te lang: hoogstens ${String(p["max"])} tekens.`,
    en: (p, i) => `${fieldLabel(i.path, "en")} is too long: at most ${String(p["max"])} characters.`,
  },
  "value.too-small": {
    nl: (p, i) => `${fieldLabel(i.path, "nl")} moet minstens ${String(p["min"])} zijn${given(p["value"], "nl")}.`,
    en: (p, i) => `${fieldLabel(i.path, "en")} must be at least ${String(p["min"])}${given(p["value"], "en")}.`,
  },
  "value.too-big": {
    nl: (p, i) => `${fieldLabel(i.path, "nl")} mag hoogstens ${String(p["max"])} zijn${given(p["value"], "nl")}.`,
    en: (p, i) => `${fieldLabel(i.path, "en")} must be at most ${String(p["max"])}${given(p["value"], "en")}.`,
  },
  "value.too-few": {
    nl: (p, i) => `${fieldLabel(i.path, "nl")} moet minstens ${String(p["min"])} waarde(n) hebben.`,
    en: (p, i) => `${fieldLabel(i.path, "en")} needs at least ${String(p["min"])} value(s).`,
  },
  "value.too-many": {
    nl: (p, i) => `${fieldLabel(i.path, "nl")} heeft te veel waarden: hoogstens ${String(p["max"])}.`,
    en: (p, i) => `${fieldLabel(i.path, "en")} has too many values: at most ${String(p["max"])}.`,
  },
  "value.not-allowed": {
    nl: (p, i) => `${fieldLabel(i.path, "nl")} heeft een onbekende waarde. Kies uit: ${choices(p["allowed"], i.path, "nl")}.`,
    en: (p, i) => `${fieldLabel(i.path, "en")} has an unknown value. Choose from: ${choices(p["allowed"], i.path, "en")}.`,
  },
  "value.date": {
    nl: (p, i) => `${fieldLabel(i.path, "nl")} is geen geldige datum${given(p["value"], "nl")}; schrijf bijvoorbeeld 2025-09-14.`,
    en: (p, i) => `${fieldLabel(i.path, "en")} is not a valid date${given(p["value"], "en")}; write for example 2025-09-14.`,
  },
  "value.time": {
    nl: (p, i) => `${fieldLabel(i.path, "nl")} is geen geldige tijd${given(p["value"], "nl")}; schrijf bijvoorbeeld 14:30.`,
    en: (p, i) => `${fieldLabel(i.path, "en")} is not a valid time${given(p["value"], "en")}; write for example 14:30.`,
  },
  "value.id": {
    nl: (p, i) => `${fieldLabel(i.path, "nl")} mag alleen letters, cijfers en . _ : / - bevatten, zonder spaties${given(p["value"], "nl")}.`,
    en: (p, i) => `${fieldLabel(i.path, "en")} may only hold letters, digits and . _ : / -, without spaces${given(p["value"], "en")}.`,
  },
  "value.code": {
    nl: (p, i) => `${fieldLabel(i.path, "nl")} is geen geldige code${given(p["value"], "nl")}: gebruik kleine letters, cijfers en streepjes.`,
    en: (p, i) => `${fieldLabel(i.path, "en")} is not a valid code${given(p["value"], "en")}: use lowercase letters, digits and hyphens.`,
  },
  "value.postcode": {
    nl: (p, i) => `${fieldLabel(i.path, "nl")} is geen Nederlandse postcode${given(p["value"], "nl")}; schrijf 1234 of 1234 AB.`,
    en: (p, i) => `${fieldLabel(i.path, "en")} is not a Dutch postcode${given(p["value"], "en")}; write 1234 or 1234 AB.`,
  },
  "value.contains-bsn": {
    nl: (_, i) => `${fieldLabel(i.path, "nl")} bevat een nummer dat op een BSN lijkt. Een BSN mag hier niet staan: haal het weg.`,
    en: (_, i) => `${fieldLabel(i.path, "en")} holds a number that looks like a BSN. A BSN may not be recorded here: remove it.`,
  },
  "value.contains-personal-data": {
    nl: (p, i) => `${fieldLabel(i.path, "nl")} bevat ${kindLabel(p["kind"], "nl", "persoonsgegevens")}. Persoonsgegevens mogen hier niet staan: haal het weg.`,
    en: (p, i) => `${fieldLabel(i.path, "en")} holds ${kindLabel(p["kind"], "en", "personal data")}. Personal data may not be recorded here: remove it.`,
  },
  "value.format": {
    nl: (p, i) => `${fieldLabel(i.path, "nl")} heeft niet de juiste vorm${given(p["value"], "nl")}.`,
    en: (p, i) => `${fieldLabel(i.path, "en")} does not have the right form${given(p["value"], "en")}.`,
  },
  "value.unknown-fields": {
    nl: (p) => `Onbekende velden genegeerd: ${list(p["fields"])}.`,
    en: (p) => `Unknown fields ignored: ${list(p["fields"])}.`,
  },
  "value.invalid": {
    nl: (p, i) => `${fieldLabel(i.path, "nl") || "Waarde"} is ongeldig${given(p["value"], "nl")}.`,
    en: (p, i) => `${fieldLabel(i.path, "en") || "Value"} is invalid${given(p["value"], "en")}.`,
  },
  "value.unreadable": {
    nl: () => "De gegevens konden niet worden gelezen.",
    en: () => "The data could not be read.",
  },
} satisfies MessagesFor<Extract<CoreIssueCode, `value.${string}`>>;
