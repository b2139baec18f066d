import { checkCodes } from "../catalogue/index.js";
import {
  ConsentKindVocabulary,
  ConsentLegalGroundVocabulary,
  ConsentOverrideReasonVocabulary,
  DeclineReasonVocabulary,
  Referral,
  ReferralStatusVocabulary,
  WithdrawReasonVocabulary,
  checkReferralRecord,
} from "../referral/index.js";
import { atField } from "./checks.js";
import { MUST_EXIST, RULES, andThen, column, spellings, defineTable, type TableSpec } from "./spec.js";

/** The referrals table (verwijzingen): warm handovers to Veilig Thuis, CJG, wijkteam, … */
export const referralsTable: TableSpec<"referrals", Referral> = defineTable({
  name: "referrals",
  nl: "verwijzingen",
  labels: { nl: "Verwijzingen", en: "Referrals" },
  fileNames: ["referrals", "referral", "verwijzingen", "verwijzing"],
  schema: Referral,
  key: ["referralId"],
  references: [
    { field: "childId", to: "children" },
    { field: "signalId", to: "signals", optional: true },
  ],
  columns: [
    column("referralId", ["verwijzingId", "verwijzingnummer"], "id", true, RULES.id),
    column("childId", ["kindId", "kindnummer", "pseudoniem"], "id", true, andThen(RULES.pseudonym, MUST_EXIST.child)),
    column("signalId", ["signaalId", "signaalnummer"], "id", false, { nl: "het signaal waar de verwijzing uit voortkomt (optioneel); moet bestaan als het is ingevuld", en: "the signal the referral comes from (optional); must exist when given" }),
    column("destination", ["bestemming"], "catalogue", true, { nl: "verplicht; een bestemming uit de catalogus (code of naam)", en: "required; a destination of the catalogue (code or label)" }, { catalogue: "referralDestinations" }),
    column("createdOn", ["aangemaaktOp", "datum"], "date", true, RULES.requiredDate),
    column("sentOn", ["verstuurdOp"], "date", false, RULES.date),
    column("respondedOn", ["beantwoordOp"], "date", false, RULES.date),
    column("closedOn", ["afgeslotenOp"], "date", false, RULES.date),
    column("followUpOn", ["opvolgdatum", "opvolgenOp"], "date", false, RULES.date),
    column("status", ["status"], "code", true, { nl: "verplicht; concept, verstuurd, geaccepteerd, afgewezen, afgerond of ingetrokken (draft, sent, accepted, declined, completed, withdrawn)", en: "required; draft, sent, accepted, declined, completed or withdrawn" }, {
      codes: spellings(ReferralStatusVocabulary, { sent: ["verzonden"], accepted: ["aangenomen"], declined: ["geweigerd"], completed: ["voltooid"] }),
      example: "draft",
    }),
    column("consent", ["toestemming"], "code", false, { nl: "gegeven, niet nodig of doorbroken (given, not-needed, overridden)", en: "given, not-needed or overridden" }, {
      codes: spellings(ConsentKindVocabulary, { given: ["ja"], "not-needed": ["niet-nodig", "nvt", "n.v.t."], overridden: ["overruled"] }),
    }),
    column("consentGround", ["toestemmingsgrond"], "code", false, { nl: "bij toestemming niet nodig: meldrecht of geen persoonsgegevens (meldrecht, no-personal-data)", en: "when consent was not needed: meldrecht or no-personal-data" }, {
      codes: spellings(ConsentLegalGroundVocabulary, { "no-personal-data": ["geen persoonsgegevens"] }),
    }),
    column("consentReason", ["redenDoorbreken", "redenDoorbrekenToestemming"], "code", false, { nl: "bij doorbroken toestemming: veiligheid van het kind, veiligheid van anderen of acuut gevaar (safety-of-child, safety-of-others, acute-danger)", en: "when consent was overridden: safety-of-child, safety-of-others or acute-danger" }, {
      codes: spellings(ConsentOverrideReasonVocabulary),
    }),
    column("declineReason", ["afwijzingsreden", "redenAfwijzing"], "code", false, { nl: "bij afgewezen: outside-remit, no-capacity, family-declined, already-known of other (of de Nederlandse omschrijving)", en: "when declined: outside-remit, no-capacity, family-declined, already-known or other" }, {
      codes: spellings(DeclineReasonVocabulary, { "no-capacity": ["geen plek"], other: ["anders", "overig"] }),
    }),
    column("withdrawReason", ["intrekkingsreden", "redenIntrekking"], "code", false, { nl: "bij ingetrokken: consent-withdrawn, no-longer-needed, sent-in-error of other (of de Nederlandse omschrijving)", en: "when withdrawn: consent-withdrawn, no-longer-needed, sent-in-error or other" }, {
      codes: spellings(WithdrawReasonVocabulary, { other: ["anders", "overig"] }),
    }),
  ],
  check: (r, { catalogues, path }) => [
    ...checkCodes(catalogues.referralDestinations, [r.destination], [...path, "destination"]).map(atField),
    ...checkReferralRecord(r, path),
  ],
});
