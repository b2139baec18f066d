// The messages for the issues this server adds to core's, in Dutch and English. They never repeat
// the offending value: the path says which record and field it is about.
import type { MessageTable } from "@kinderwerk/core";
import { fieldLabel } from "@kinderwerk/core";

/** Messages for the server's own issue codes, passed to `formatIssue` next to core's. */
export const apiMessages: MessageTable = {
  "api.not-found": {
    nl: () => "Dit adres bestaat niet.",
    en: () => "This address does not exist.",
  },
  "api.record.not-found": {
    nl: () => "Er is geen kind met dit Kind-ID.",
    en: () => "There is no child with this Child ID.",
  },
  "api.method-not-allowed": {
    nl: (p) => `Deze methode kan hier niet; wel: ${String(p["allow"])}.`,
    en: (p) => `This method is not allowed here; use: ${String(p["allow"])}.`,
  },
  "api.body.media-type": {
    nl: () => "Stuur de gegevens als JSON (Content-Type: application/json).",
    en: () => "Send the data as JSON (Content-Type: application/json).",
  },
  "api.body.invalid-json": {
    nl: () => "De gegevens zijn geen geldige JSON.",
    en: () => "The data is not valid JSON.",
  },
  "api.body.too-large": {
    nl: (p) => `De gegevens zijn te groot: hoogstens ${String(p["limit"])} bytes per verzoek.`,
    en: (p) => `The data is too large: at most ${String(p["limit"])} bytes per request.`,
  },
  "api.body.empty": {
    nl: () => "De lijst is leeg: stuur minstens één record.",
    en: () => "The list is empty: send at least one record.",
  },
  "api.id.duplicate": {
    nl: (_, i) => `${fieldLabel(i.path, "nl")} bestaat al of staat twee keer in dit verzoek.`,
    en: (_, i) => `${fieldLabel(i.path, "en")} already exists or appears twice in this request.`,
  },
  "api.attendance.duplicate": {
    nl: () => "De presentie van dit kind bij deze bijeenkomst is al geregistreerd of staat twee keer in dit verzoek.",
    en: () => "This child's attendance at this session is already registered or appears twice in this request.",
  },
  "api.reference.unknown-activity": {
    nl: () => "Deze activiteit bestaat niet: registreer eerst de activiteit.",
    en: () => "This activity does not exist: register the activity first.",
  },
  "api.reference.unknown-session": {
    nl: () => "Deze bijeenkomst bestaat niet: registreer eerst de bijeenkomst.",
    en: () => "This session does not exist: register the session first.",
  },
  "api.reference.unknown-child": {
    nl: () => "Dit kind is niet ingeschreven: schrijf het kind eerst in.",
    en: () => "This child is not registered: register the child first.",
  },
  "api.report.year": {
    nl: () => "Geef het jaar van het verslag op, bijvoorbeeld /report?year=2025.",
    en: () => "Give the year of the report, for example /report?year=2025.",
  },
  "api.report.region": {
    nl: () => "De regio is noord, midden of zuid (de regio van de schoolvakanties).",
    en: () => "The region is noord, midden or zuid (the school-holiday region).",
  },
  "api.internal": {
    nl: () => "Er ging iets mis op de server.",
    en: () => "Something went wrong on the server.",
  },
};
