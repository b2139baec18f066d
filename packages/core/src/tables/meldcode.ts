import { MeldcodeDecisionVocabulary, MeldcodeTrajectory } from "../meldcodeTrajectory/index.js";
import { dateOrder } from "./checks.js";
import { MUST_EXIST, RULES, andThen, column, spellings, defineTable, type TableSpec } from "./spec.js";

/** The meldcode table (meldcode): one row per meldcode trajectory, with the step reached and the decision. */
export const meldcodeTable: TableSpec<"meldcode", MeldcodeTrajectory> = defineTable({
  name: "meldcode",
  nl: "meldcode",
  labels: { nl: "Meldcodetrajecten", en: "Meldcode trajectories" },
  fileNames: ["meldcode", "meldcodes", "meldcodetrajecten", "meldcodetraject"],
  schema: MeldcodeTrajectory,
  key: ["trajectoryId"],
  references: [
    { field: "childId", to: "children" },
    { field: "signalId", to: "signals", optional: true },
  ],
  columns: [
    column("trajectoryId", ["trajectId", "trajectnummer"], "id", true, RULES.id),
    column("childId", ["kindId", "kindnummer", "pseudoniem"], "id", true, andThen(RULES.pseudonym, MUST_EXIST.child)),
    column("signalId", ["signaalId", "signaalnummer"], "id", false, { nl: "het signaal waar het traject mee begon (optioneel); moet bestaan als het is ingevuld", en: "the signal the trajectory started from (optional); must exist when given" }),
    column("startedOn", ["gestartOp", "startdatum"], "date", true, RULES.requiredDate),
    column("step", ["stap"], "integer", false, { nl: "geheel getal 1 t/m 5: de bereikte stap", en: "integer 1 to 5: the step reached" }),
    column("decision", ["besluit", "beslissing"], "code", false, { nl: "melden, hulp of afsluiten; leeg zolang het traject loopt", en: "report, help or close; empty while open" }, {
      codes: spellings(MeldcodeDecisionVocabulary, { report: ["melden"], help: ["hulp"] }),
    }),
    column("decidedOn", ["beslotenOp", "besluitOp", "besloten", "besluitdatum"], "date", false, { nl: `${RULES.date.nl}; niet voor de start`, en: `${RULES.date.en}; not before the start` }),
    column("closedOn", ["afgeslotenOp"], "date", false, { nl: `${RULES.date.nl}; niet voor de start`, en: `${RULES.date.en}; not before the start` }),
  ],
  check: (m, { path }) => [...dateOrder(m, "startedOn", "decidedOn", path), ...dateOrder(m, "startedOn", "closedOn", path)],
});
