import { NeighbourhoodRecord } from "../neighbourhood/index.js";
import { RULES, column, defineTable, type TableSpec } from "./spec.js";

/** The neighbourhoods table (wijken): names and populations of neighbourhoods, for reports. */
export const neighbourhoodsTable: TableSpec<"neighbourhoods", NeighbourhoodRecord> = defineTable({
  name: "neighbourhoods",
  nl: "wijken",
  labels: { nl: "Wijken", en: "Neighbourhoods" },
  fileNames: ["neighbourhoods", "neighbourhood", "wijken", "buurten"],
  schema: NeighbourhoodRecord,
  key: ["code"],
  references: [],
  columns: [
    column("code", ["code", "wijkcode"], "text", true, { nl: `verplicht; ${RULES.neighbourhood.nl}: de wijk zoals kinderen en activiteiten haar noemen, of een CBS-code`, en: `required; ${RULES.neighbourhood.en}: the neighbourhood as children and activities name it, or a CBS code` }),
    column("name", ["naam", "wijknaam"], "text", true, { nl: "verplicht; tekst, hoogstens 100 tekens", en: "required; text, at most 100 characters" }),
    column("population4to12", ["inwoners4tot12", "aantalKinderen"], "integer", false, { nl: "geheel getal ≥ 0: kinderen van 4 t/m 12 die er wonen", en: "integer ≥ 0: children aged 4 to 12 who live there" }),
  ],
});
