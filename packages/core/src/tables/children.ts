import { Child } from "../child/index.js";
import { GenderVocabulary } from "../gender/index.js";
import { nameLike } from "./checks.js";
import { RULES, column, spellings, defineTable, type TableSpec } from "./spec.js";

/** The children table (kinderen): the children, by pseudonym. */
export const childrenTable: TableSpec<"children", Child> = defineTable({
  name: "children",
  nl: "kinderen",
  labels: { nl: "Kinderen", en: "Children" },
  fileNames: ["children", "child", "kinderen", "kind"],
  schema: Child,
  key: ["childId"],
  references: [],
  columns: [
    column("childId", ["kindId", "kindnummer", "pseudoniem"], "id", true, RULES.pseudonym),
    column("birthDate", ["geboortedatum"], "date", true, RULES.requiredDate),
    column("gender", ["geslacht"], "code", false, { nl: "meisje, jongen, anders of onbekend (ook m = jongen, v/f = meisje)", en: "girl, boy, other or unknown (also m = boy, v/f = girl)" }, {
      codes: spellings(GenderVocabulary, { girl: ["v", "f", "vrouw", "female", "meid"], boy: ["m", "j", "man", "male"], other: ["x", "o"], unknown: ["?", "u", "onb"] }),
    }),
    column("postcode", ["postcode", "pc4", "pc"], "postcode", false, { nl: "1234, 1234 AB of 1234AB; alleen de 4 cijfers worden bewaard", en: "1234, 1234 AB or 1234AB; only the 4 digits are kept" }),
    column("neighbourhood", ["wijk", "buurt"], "text", false, RULES.neighbourhood),
    column("groep", ["groep", "schoolgroep", "group"], "integer", false, { nl: "geheel getal 1 t/m 8", en: "integer 1 to 8" }),
    column("registeredOn", ["inschrijfdatum", "ingeschrevenOp"], "date", false, RULES.date),
    column("householdId", ["gezinId", "gezinsnummer", "huishoudenId"], "id", false, { nl: "pseudoniem van het gezin, gedeeld door broers en zussen (optioneel)", en: "a pseudonym of the household, shared by siblings (optional)" }),
  ],
  check: (child, { path }) => nameLike(child.childId, "child.childId.name-like", [...path, "childId"]),
});
