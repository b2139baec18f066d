import { Activity } from "../activity/index.js";
import { ActivityKindVocabulary } from "../activityKind/index.js";
import { checkCodes } from "../catalogue/index.js";
import { LocationTypeVocabulary } from "../locationType/index.js";
import { PartnerSectorVocabulary } from "../partnerSector/index.js";
import { RULES, column, spellings, defineTable, type TableSpec } from "./spec.js";

/** The activities table (activiteiten): courses, craft and sport afternoons, holiday programmes, outreach… */
export const activitiesTable: TableSpec<"activities", Activity> = defineTable({
  name: "activities",
  nl: "activiteiten",
  labels: { nl: "Activiteiten", en: "Activities" },
  fileNames: ["activities", "activity", "activiteiten", "activiteit"],
  schema: Activity,
  key: ["activityId"],
  references: [],
  columns: [
    column("activityId", ["activiteitId", "activiteitnummer"], "id", true, RULES.id),
    column("name", ["naam", "activiteit"], "text", true, { nl: "verplicht; tekst, hoogstens 200 tekens", en: "required; text, at most 200 characters" }),
    column("kind", ["soort", "type"], "code", true, { nl: "verplicht; cursus, knutselen, sport, spel, buitenspelen, online, thuispakket, vakantieprogramma, straatwerk of overig", en: "required; course, craft, sport, play, outdoor-play, online, home-kit, holiday-programme, outreach or other" }, {
      codes: spellings(ActivityKindVocabulary),
    }),
    column("programmeLines", ["programmalijnen", "programmalijn"], "catalogueList", false, { nl: "lijst (gescheiden door |) van programmalijnen uit de catalogus", en: "list (separated by |) of programme lines of the catalogue" }, { catalogue: "programmeLines" }),
    column("pillars", ["pijlers", "pijler"], "catalogueList", false, { nl: "lijst (gescheiden door |) van kind, gezin, leefomgeving", en: "list (separated by |) of child, family, environment" }, { catalogue: "pillars" }),
    column("locationType", ["locatietype", "locatie"], "code", false, { nl: "wijkcentrum, straat, school, partnerlocatie, online of thuis", en: "community-centre, street, school, partner-venue, online or home" }, {
      codes: spellings(LocationTypeVocabulary),
    }),
    column("neighbourhood", ["wijk", "buurt"], "text", false, RULES.neighbourhood),
    column("partners", ["partners", "partner"], "partners", false, {
      nl: "lijst (gescheiden door |) van partnerorganisaties, elk als naam (sector): onderwijs, zorg, vrije tijd, gemeente, jongerenwerk of overig",
      en: "list (separated by |) of partner organisations, each as name (sector): education, care, leisure, municipality, youth-work or other",
    }, { codes: spellings(PartnerSectorVocabulary) }),
    column("minAge", ["minLeeftijd", "minimumleeftijd", "leeftijdVan"], "integer", false, { nl: "geheel getal, standaard 4", en: "integer, default 4" }, { example: 4 }),
    column("maxAge", ["maxLeeftijd", "maximumleeftijd", "leeftijdTot"], "integer", false, { nl: "geheel getal, standaard 12", en: "integer, default 12" }, { example: 12 }),
    column("ageRangeWidened", ["verruimdeLeeftijd"], "boolean", false, { nl: "ja/nee, standaard nee: een leeftijd buiten 4 t/m 12 is bewust gekozen", en: "yes/no, default no: an age range outside 4 to 12 is deliberate" }),
    column("startDate", ["startdatum", "begindatum"], "date", false, RULES.date),
    column("endDate", ["einddatum"], "date", false, { nl: `${RULES.date.nl}; niet voor de startdatum`, en: `${RULES.date.en}; not before the start date` }),
    column("capacity", ["maxDeelnemers", "capaciteit", "plaatsen"], "integer", false, { nl: "geheel getal ≥ 1: het grootste aantal deelnemers", en: "integer ≥ 1: the most participants" }),
  ],
  check: (a, { catalogues, path }) => [
    ...checkCodes(catalogues.programmeLines, a.programmeLines, [...path, "programmeLines"]),
    ...checkCodes(catalogues.pillars, a.pillars, [...path, "pillars"]),
  ],
});
