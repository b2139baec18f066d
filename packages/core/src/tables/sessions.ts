import { Session } from "../session/index.js";
import { MUST_EXIST, RULES, andThen, column, defineTable, type TableSpec } from "./spec.js";

/** The sessions table (bijeenkomsten): each time an activity takes place. */
export const sessionsTable: TableSpec<"sessions", Session> = defineTable({
  name: "sessions",
  nl: "bijeenkomsten",
  labels: { nl: "Bijeenkomsten", en: "Sessions" },
  fileNames: ["sessions", "session", "bijeenkomsten", "bijeenkomst"],
  schema: Session,
  key: ["sessionId"],
  references: [{ field: "activityId", to: "activities" }],
  columns: [
    column("sessionId", ["bijeenkomstId", "bijeenkomstnummer"], "id", true, RULES.id),
    column("activityId", ["activiteitId", "activiteitnummer"], "id", true, andThen(RULES.id, MUST_EXIST.activity)),
    column("date", ["datum"], "date", true, RULES.requiredDate),
    column("startTime", ["starttijd", "begintijd", "tijd"], "time", false, { nl: "tijd UU:MM (ook 14.30 en 9:00)", en: "time HH:MM (also 14.30 and 9:00)" }),
    column("durationMinutes", ["duurMinuten", "duur", "minuten"], "integer", true, { nl: "verplicht; geheel getal 1 t/m 1440", en: "required; integer 1 to 1440" }),
    column("professionals", ["beroepskrachten"], "integer", false, RULES.staffCount, { example: 0 }),
    column("interns", ["stagiairs"], "integer", false, RULES.staffCount, { example: 0 }),
    column("volunteers", ["vrijwilligers"], "integer", false, RULES.staffCount, { example: 0 }),
  ],
});
