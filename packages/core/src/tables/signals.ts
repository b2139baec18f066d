import { checkCodes } from "../catalogue/index.js";
import { atField } from "./checks.js";
import { personalDataIssues } from "../piiScan/index.js";
import { CONFIDENTIALITY_LEVELS, Signal } from "../signal/index.js";
import { StaffRoleVocabulary } from "../staffRole/index.js";
import { MUST_EXIST, RULES, andThen, column, plain, spellings, defineTable, type TableSpec } from "./spec.js";


/** The signals table (signalen): signals of concern (step 1 of the meldcode). */
export const signalsTable: TableSpec<"signals", Signal> = defineTable({
  name: "signals",
  nl: "signalen",
  labels: { nl: "Signalen", en: "Signals" },
  fileNames: ["signals", "signal", "signalen", "signaal"],
  schema: Signal,
  key: ["signalId"],
  references: [{ field: "childId", to: "children" }],
  columns: [
    column("signalId", ["signaalId", "signaalnummer"], "id", true, RULES.id),
    column("childId", ["kindId", "kindnummer", "pseudoniem"], "id", true, andThen(RULES.pseudonym, MUST_EXIST.child)),
    column("date", ["datum"], "date", true, RULES.requiredDate),
    column("category", ["categorie"], "catalogue", true, { nl: "verplicht; een signaalcategorie uit de catalogus (code of naam)", en: "required; a signal category of the catalogue (code or label)" }, { catalogue: "signalCategories" }),
    column("observedBy", ["gesignaleerdDoor", "door"], "code", true, { nl: "verplicht; beroepskracht, stagiair of vrijwilliger (een rol, nooit een naam)", en: "required; professional, intern or volunteer (a role, never a name)" }, {
      codes: spellings(StaffRoleVocabulary, { professional: ["kinderwerker", "medewerker"], intern: ["stagiaire"] }),
    }),
    column("description", ["omschrijving", "beschrijving"], "text", false, { nl: "tekst, hoogstens 2000 tekens; kort en feitelijk, zonder namen", en: "text, at most 2000 characters; short and factual, without names" }),
    column("confidentiality", ["vertrouwelijkheid"], "code", false, { nl: "team, confidential of restricted (team, vertrouwelijk, beperkt); standaard vertrouwelijk", en: "team, confidential or restricted; default confidential" }, {
      codes: plain(CONFIDENTIALITY_LEVELS, { confidential: ["vertrouwelijk"], restricted: ["beperkt", "afgeschermd"] }),
    }),
  ],
  check: (s, { catalogues, path, names }) => [
    ...checkCodes(catalogues.signalCategories, [s.category], [...path, "category"]).map(atField),
    // The description is free text, the riskiest field: personal data in it is a warning.
    ...(s.description === undefined ? [] : personalDataIssues(s.description, [...path, "description"], names === undefined ? {} : { names })),
  ],
});
