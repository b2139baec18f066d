import type { Labels, Lang } from "../labels/index.js";

/**
 * Labels of the fields of the exchange format, by canonical name. The Dutch labels are what a
 * coordinator sees in a message; the Dutch column aliases live in `@kinderwerk/import`.
 */
export const fieldLabels = {
  childId: { nl: "Kind-ID", en: "Child ID" },
  birthDate: { nl: "Geboortedatum", en: "Birth date" },
  gender: { nl: "Geslacht", en: "Gender" },
  postcode: { nl: "Postcode", en: "Postcode" },
  neighbourhood: { nl: "Wijk", en: "Neighbourhood" },
  groep: { nl: "Groep", en: "School group" },
  registeredOn: { nl: "Inschrijfdatum", en: "Registration date" },
  activityId: { nl: "Activiteit-ID", en: "Activity ID" },
  name: { nl: "Naam", en: "Name" },
  kind: { nl: "Soort", en: "Kind" },
  programmeLines: { nl: "Programmalijnen", en: "Programme lines" },
  pillars: { nl: "Pijlers", en: "Pillars" },
  locationType: { nl: "Locatietype", en: "Location type" },
  partners: { nl: "Partners", en: "Partners" },
  sector: { nl: "Sector", en: "Sector" },
  minAge: { nl: "Minimumleeftijd", en: "Minimum age" },
  maxAge: { nl: "Maximumleeftijd", en: "Maximum age" },
  ageRangeWidened: { nl: "Verruimde leeftijd", en: "Widened age range" },
  startDate: { nl: "Startdatum", en: "Start date" },
  endDate: { nl: "Einddatum", en: "End date" },
  sessionId: { nl: "Bijeenkomst-ID", en: "Session ID" },
  date: { nl: "Datum", en: "Date" },
  startTime: { nl: "Starttijd", en: "Start time" },
  durationMinutes: { nl: "Duur in minuten", en: "Duration in minutes" },
  professionals: { nl: "Beroepskrachten", en: "Professionals" },
  interns: { nl: "Stagiairs", en: "Interns" },
  volunteers: { nl: "Vrijwilligers", en: "Volunteers" },
  present: { nl: "Aanwezig", en: "Present" },
  signalId: { nl: "Signaal-ID", en: "Signal ID" },
  category: { nl: "Categorie", en: "Category" },
  observedBy: { nl: "Gesignaleerd door", en: "Observed by" },
  description: { nl: "Omschrijving", en: "Description" },
  confidentiality: { nl: "Vertrouwelijkheid", en: "Confidentiality" },
  referralId: { nl: "Verwijzing-ID", en: "Referral ID" },
  destination: { nl: "Bestemming", en: "Destination" },
  createdOn: { nl: "Aangemaakt op", en: "Created on" },
  sentOn: { nl: "Verstuurd op", en: "Sent on" },
  respondedOn: { nl: "Beantwoord op", en: "Responded on" },
  closedOn: { nl: "Afgesloten op", en: "Closed on" },
  followUpOn: { nl: "Opvolgdatum", en: "Follow-up date" },
  status: { nl: "Status", en: "Status" },
  consent: { nl: "Toestemming", en: "Consent" },
  consentGround: { nl: "Toestemmingsgrond", en: "Consent ground" },
  consentReason: { nl: "Reden doorbreken toestemming", en: "Consent override reason" },
  declineReason: { nl: "Afwijzingsreden", en: "Decline reason" },
  withdrawReason: { nl: "Intrekkingsreden", en: "Withdrawal reason" },
  householdId: { nl: "Gezin-ID", en: "Household ID" },
  capacity: { nl: "Maximum aantal deelnemers", en: "Capacity" },
  // Fields of the tables of FORMAT.md version 2.
  staffId: { nl: "Medewerker-ID", en: "Staff ID" },
  role: { nl: "Rol", en: "Role" },
  contractHours: { nl: "Contracturen", en: "Contract hours" },
  vogDate: { nl: "VOG-datum", en: "VOG date" },
  meldcodeTrainingDate: { nl: "Meldcodetraining", en: "Meldcode training" },
  hours: { nl: "Uren", en: "Hours" },
  placedOn: { nl: "Geplaatst op", en: "Placed on" },
  trajectoryId: { nl: "Traject-ID", en: "Trajectory ID" },
  startedOn: { nl: "Gestart op", en: "Started on" },
  step: { nl: "Bereikte stap", en: "Step reached" },
  decision: { nl: "Besluit", en: "Decision" },
  decidedOn: { nl: "Besloten op", en: "Decided on" },
  funder: { nl: "Financier", en: "Funder" },
  funderKind: { nl: "Soort financier", en: "Funder kind" },
  amount: { nl: "Bedrag", en: "Amount" },
  from: { nl: "Van", en: "From" },
  to: { nl: "Tot en met", en: "To" },
  programmeLine: { nl: "Programmalijn", en: "Programme line" },
  indicator: { nl: "Indicator", en: "Indicator" },
  target: { nl: "Afgesproken waarde", en: "Target" },
  population4to12: { nl: "Kinderen van 4 t/m 12", en: "Children aged 4 to 12" },
  // Fields of workflow events (meldcode, referrals).
  type: { nl: "Stap", en: "Step" },
  by: { nl: "Gezet door (rol)", en: "Taken by (role)" },
  at: { nl: "Moment", en: "Time" },
  signalIds: { nl: "Signalen", en: "Signals" },
  with: { nl: "Met wie", en: "With whom" },
  anonymous: { nl: "Anoniem", en: "Anonymous" },
  reason: { nl: "Reden", en: "Reason" },
  answers: { nl: "Antwoorden afwegingskader", en: "Afwegingskader answers" },
  suspicion: { nl: "Vraag 1: vermoeden", en: "Question 1: suspicion" },
  acuteOrStructuralUnsafety: { nl: "Vraag 2: acute en/of structurele onveiligheid", en: "Question 2: acute and/or structural unsafety" },
  canOfferEffectiveHelp: { nl: "Vraag 3: passende hulp mogelijk", en: "Question 3: effective help possible" },
  helpAccepted: { nl: "Vraag 4: hulp aanvaard", en: "Question 4: help accepted" },
  helpReachesSafety: { nl: "Vraag 5: veiligheid bereikt", en: "Question 5: safety reached" },
  unsafety: { nl: "Soort onveiligheid", en: "Kind of unsafety" },
  form: { nl: "Vorm", en: "Form" },
  givenBy: { nl: "Gegeven door", en: "Given by" },
  legalGround: { nl: "Wettelijke grond", en: "Legal ground" },
  code: { nl: "Code", en: "Code" },
  labels: { nl: "Labels", en: "Labels" },
} as const satisfies Readonly<Record<string, Labels>>;

/** A canonical field name of the exchange format. */
export type FieldName = keyof typeof fieldLabels;

/**
 * The label of the field an issue path points at: the last key in the path that is a known field,
 * or, failing that, the last key itself.
 *
 * @param path - an issue path
 * @param lang - the language
 * @returns the label, or an empty string for an empty path
 * @example
 * fieldLabel(["birthDate"], "nl"); // => "Geboortedatum"
 * fieldLabel(["partners", 0, "sector"], "en"); // => "Sector"
 */
export function fieldLabel(path: readonly (string | number)[], lang: Lang): string {
  for (let i = path.length - 1; i >= 0; i--) {
    const key = path[i];
    if (typeof key === "string") {
      return Object.hasOwn(fieldLabels, key) ? fieldLabels[key as FieldName][lang] : key;
    }
  }
  return "";
}
