import { StaffMember } from "../staff/index.js";
import { StaffRoleVocabulary } from "../staffRole/index.js";
import { dateOrder, nameLike } from "./checks.js";
import { RULES, column, spellings, defineTable, type TableSpec } from "./spec.js";

/** The staff table (medewerkers): the people who run activities, by pseudonym and role. */
export const staffTable: TableSpec<"staff", StaffMember> = defineTable({
  name: "staff",
  nl: "medewerkers",
  labels: { nl: "Medewerkers", en: "Staff" },
  fileNames: ["staff", "staffmember", "staffmembers", "medewerkers", "medewerker"],
  schema: StaffMember,
  key: ["staffId"],
  references: [],
  columns: [
    column("staffId", ["medewerkerId", "medewerkernummer"], "id", true, RULES.pseudonym),
    column("role", ["rol"], "code", false, { nl: "beroepskracht, stagiair of vrijwilliger", en: "professional, intern or volunteer" }, {
      codes: spellings(StaffRoleVocabulary, { professional: ["kinderwerker"], intern: ["stagiaire"] }),
    }),
    column("contractHours", ["contracturen", "urenPerWeek"], "decimal", false, { nl: "uren per week, decimaal getal 0 t/m 80", en: "hours a week, a decimal from 0 to 80" }),
    column("vogDate", ["vogDatum", "vog"], "date", false, { nl: `${RULES.date.nl}; datum van de verklaring omtrent het gedrag`, en: `${RULES.date.en}; date of the certificate of conduct (VOG)` }),
    column("meldcodeTrainingDate", ["meldcodetraining", "meldcodeTrainingDatum"], "date", false, { nl: `${RULES.date.nl}; laatste meldcodetraining`, en: `${RULES.date.en}; last meldcode training` }),
    column("startDate", ["startdatum", "inDienst"], "date", false, RULES.date),
    column("endDate", ["einddatum", "uitDienst"], "date", false, { nl: `${RULES.date.nl}; niet voor de startdatum`, en: `${RULES.date.en}; not before the start date` }),
  ],
  check: (s, { path }) => [...nameLike(s.staffId, "staff.staffId.name-like", [...path, "staffId"]), ...dateOrder(s, "startDate", "endDate", path)],
});
