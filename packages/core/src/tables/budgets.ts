import { Budget, FunderKindVocabulary } from "../budget/index.js";
import { checkCodes } from "../catalogue/index.js";
import { dateOrder } from "./checks.js";
import { atField } from "./checks.js";
import { RULES, column, spellings, defineTable, type TableSpec } from "./spec.js";

/** The budgets table (begroting): who funds what, how much, over which dates. */
export const budgetsTable: TableSpec<"budgets", Budget> = defineTable({
  name: "budgets",
  nl: "begroting",
  labels: { nl: "Begroting", en: "Budgets" },
  fileNames: ["budgets", "budget", "begroting", "begrotingen", "financiering"],
  schema: Budget,
  key: [],
  references: [{ field: "activityId", to: "activities", optional: true }],
  columns: [
    column("funder", ["financier"], "text", true, { nl: "verplicht; tekst, hoogstens 200 tekens", en: "required; text, at most 200 characters" }),
    column("funderKind", ["soortFinancier"], "code", false, { nl: "gemeente, fonds, eigen of overig", en: "municipality, fund, own or other" }, {
      codes: spellings(FunderKindVocabulary),
    }),
    column("amount", ["bedrag"], "euro", false, { nl: "euro's ≥ 0, ook zoals Excel geld schrijft (€ 12.500,00)", en: "euros ≥ 0, also as Excel writes money (€ 12.500,00)" }),
    column("from", ["van", "vanaf"], "date", true, RULES.requiredDate),
    column("to", ["tot", "totEnMet"], "date", true, { nl: `${RULES.requiredDate.nl}; niet voor de begindatum`, en: `${RULES.requiredDate.en}; not before the start` }),
    column("programmeLine", ["programmalijn"], "catalogue", false, { nl: "een programmalijn uit de catalogus waar het geld voor is (optioneel)", en: "a programme line of the catalogue it pays for (optional)" }, { catalogue: "programmeLines" }),
    column("activityId", ["activiteitId", "activiteitnummer"], "id", false, { nl: "de activiteit waar het geld voor is (optioneel); moet bestaan als ze is ingevuld", en: "the activity it pays for (optional); must exist when given" }),
  ],
  check: (b, { catalogues, path }) => [
    ...(b.programmeLine === undefined ? [] : checkCodes(catalogues.programmeLines, [b.programmeLine], [...path, "programmeLine"]).map(atField)),
    ...dateOrder(b, "from", "to", path),
  ],
});
