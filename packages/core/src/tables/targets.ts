import { Target } from "../target/index.js";
import { dateOrder } from "./checks.js";
import { RULES, column, defineTable, type TableSpec } from "./spec.js";

/** The targets table (afspraken): agreed results (prestatieafspraken) set against what was realised. */
export const targetsTable: TableSpec<"targets", Target> = defineTable({
  name: "targets",
  nl: "afspraken",
  labels: { nl: "Prestatieafspraken", en: "Targets" },
  fileNames: ["targets", "target", "afspraken", "afspraak", "prestatieafspraken"],
  schema: Target,
  key: [],
  references: [],
  columns: [
    column("indicator", ["indicator"], "id", true, { nl: "verplicht; de id van een indicator", en: "required; an indicator id" }),
    column("target", ["doel", "afspraak", "streefwaarde"], "decimal", true, { nl: "verplicht; het afgesproken getal, ≥ 0", en: "required; the number agreed, ≥ 0" }),
    column("from", ["van", "vanaf"], "date", false, RULES.date),
    column("to", ["tot", "totEnMet"], "date", false, { nl: `${RULES.date.nl}; niet voor de begindatum`, en: `${RULES.date.en}; not before the start` }),
    column("funder", ["financier"], "text", false, { nl: "met wie het is afgesproken (optioneel); tekst, hoogstens 200 tekens", en: "who it was agreed with (optional); text, at most 200 characters" }),
  ],
  check: (t, { path }) => dateOrder(t, "from", "to", path),
});
