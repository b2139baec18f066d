import { Signup, SignupStatusVocabulary } from "../signup/index.js";
import { dateOrder } from "./checks.js";
import { MUST_EXIST, RULES, andThen, column, spellings, defineTable, type TableSpec } from "./spec.js";

/** The sign-ups table (aanmeldingen): children signed up for activities, placed or waiting. */
export const signupsTable: TableSpec<"signups", Signup> = defineTable({
  name: "signups",
  nl: "aanmeldingen",
  labels: { nl: "Aanmeldingen", en: "Sign-ups" },
  fileNames: ["signups", "signup", "aanmeldingen", "aanmelding"],
  schema: Signup,
  key: [],
  references: [
    { field: "activityId", to: "activities" },
    { field: "childId", to: "children" },
  ],
  columns: [
    column("activityId", ["activiteitId", "activiteitnummer"], "id", true, andThen(RULES.id, MUST_EXIST.activity)),
    column("childId", ["kindId", "kindnummer", "pseudoniem"], "id", true, andThen(RULES.pseudonym, MUST_EXIST.child)),
    column("date", ["datum", "aanmelddatum"], "date", true, RULES.requiredDate),
    column("status", ["status"], "code", false, { nl: "geplaatst, wachtlijst of afgemeld", en: "placed, waiting or withdrawn" }, {
      codes: spellings(SignupStatusVocabulary, { waiting: ["wachtend"] }),
    }),
    column("placedOn", ["geplaatstOp", "plaatsingsdatum"], "date", false, { nl: `${RULES.date.nl}; niet voor de aanmelddatum`, en: `${RULES.date.en}; not before the sign-up date` }),
  ],
  check: (s, { path }) => dateOrder(s, "date", "placedOn", path),
});
