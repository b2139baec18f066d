import { Attendance } from "../attendance/index.js";
import { MUST_EXIST, RULES, andThen, column, defineTable, type TableSpec } from "./spec.js";

/** The attendance table (aanwezigheid): which child was at which session. */
export const attendanceTable: TableSpec<"attendance", Attendance> = defineTable({
  name: "attendance",
  nl: "aanwezigheid",
  labels: { nl: "Aanwezigheid", en: "Attendance" },
  fileNames: ["attendance", "attendances", "aanwezigheid", "aanwezigheden", "presentie"],
  schema: Attendance,
  key: ["sessionId", "childId"],
  references: [
    { field: "sessionId", to: "sessions" },
    { field: "childId", to: "children" },
  ],
  columns: [
    column("sessionId", ["bijeenkomstId", "bijeenkomstnummer"], "id", true, andThen(RULES.id, MUST_EXIST.session)),
    column("childId", ["kindId", "kindnummer", "pseudoniem"], "id", true, andThen(RULES.pseudonym, MUST_EXIST.child)),
    column("present", ["aanwezig"], "boolean", false, { nl: "ja/nee, standaard ja (x = ja, leeg = ja)", en: "yes/no, default yes (x = yes, empty = yes)" }),
  ],
});
