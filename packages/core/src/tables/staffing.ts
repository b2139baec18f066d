import { Staffing, StaffingKindVocabulary } from "../staffing/index.js";
import { MUST_EXIST, RULES, andThen, column, spellings, defineTable, type TableSpec } from "./spec.js";

/** The staffing table (inzet): hours staff spent, by day and kind. */
export const staffingTable: TableSpec<"staffing", Staffing> = defineTable({
  name: "staffing",
  nl: "inzet",
  labels: { nl: "Inzet", en: "Staffing" },
  fileNames: ["staffing", "inzet", "uren"],
  schema: Staffing,
  key: [],
  references: [
    { field: "staffId", to: "staff" },
    { field: "sessionId", to: "sessions", optional: true },
  ],
  columns: [
    column("staffId", ["medewerkerId", "medewerkernummer"], "id", true, andThen(RULES.pseudonym, MUST_EXIST.staff)),
    column("date", ["datum"], "date", true, RULES.requiredDate),
    column("hours", ["uren"], "decimal", true, { nl: "verplicht; decimaal getal groter dan 0, hoogstens 24", en: "required; a decimal above 0, at most 24" }, { example: 1 }),
    column("kind", ["soort"], "code", false, { nl: "bijeenkomst, voorbereiding, overleg, outreach of scholing", en: "session, preparation, meeting, outreach or training" }, {
      codes: spellings(StaffingKindVocabulary),
    }),
    column("sessionId", ["bijeenkomstId", "bijeenkomstnummer"], "id", false, { nl: "de bijeenkomst (optioneel); moet bestaan als ze is ingevuld", en: "the session (optional); must exist when given" }),
  ],
});
