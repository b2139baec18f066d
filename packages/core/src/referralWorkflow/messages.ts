import type { MessagesFor } from "../issues/messageTable.js";

/** Messages for the referral workflow: consent and the meldrecht, the follow-up date, the follow-up list. */
export const referralWorkflowMessages = {
  "referral.consent.meldrecht-only-veilig-thuis": {
    nl: () => "Het meldrecht (Wmo 2015 art. 5.2.6) geldt alleen voor een melding bij Veilig Thuis (een bestemming met meldrecht in de catalogus). Vraag toestemming of leg een andere grond vast.",
    en: () => "The right to report (Wmo 2015 art. 5.2.6) applies only to a report to Veilig Thuis (a destination with meldrecht in the catalogue). Ask for consent or record another ground.",
  },
  "referral.overdue.skipped": {
    nl: () => "Deze verwijzing is overgeslagen bij de opvolglijst: het is geen geldige verstuurde verwijzing. Controleer hem met de validatie.",
    en: () => "This referral was left out of the follow-up list: it is not a valid sent referral. Check it with validation.",
  },
  "referral.followUpOn.before-sent": {
    nl: (p) => `De opvolgdatum (${String(p["followUpOn"])}) ligt voor de verstuurdatum (${String(p["sentOn"])}).`,
    en: (p) => `The follow-up date (${String(p["followUpOn"])}) is before the date sent (${String(p["sentOn"])}).`,
  },
  "referral.record.not-created": {
    nl: () => "Deze verwijzing is nog niet aangemaakt.",
    en: () => "This referral has not been created yet.",
  },
} satisfies MessagesFor<"referral.consent.meldrecht-only-veilig-thuis" | "referral.overdue.skipped" | "referral.followUpOn.before-sent" | "referral.record.not-created">;
