// The page's own words, in Dutch and English. Field labels and validation messages come from
// @kinderwerk/core (`fieldLabel`, `formatIssue`); only the rest of the page is written here.
import type { Lang } from "@kinderwerk/core";

const nl = {
  title: "Kinderwerk — inschrijven en presentie",
  intro: "Schrijf een kind in met een pseudoniem en houd de presentie van een bijeenkomst bij. Gebruik nooit een naam of BSN.",
  language: "Taal",
  childHeading: "Kind inschrijven",
  childSubmit: "Kind inschrijven",
  childIdHint: "Een pseudoniem, bijvoorbeeld kw-0101. Nooit een naam of BSN.",
  birthDateHint: "JJJJ-MM-DD, bijvoorbeeld 2016-04-23.",
  postcodeHint: "Alleen de vier cijfers (PC4) worden bewaard.",
  groepHint: "Groep 1 t/m 8, zoals de school die opgeeft.",
  optional: "(niet verplicht)",
  noGender: "— kies —",
  sessionHeading: "Bijeenkomst en presentie",
  dateHint: "JJJJ-MM-DD.",
  startTimeHint: "UU:MM, bijvoorbeeld 14:30.",
  attendanceHeading: "Presentielijst",
  addRow: "Kind toevoegen",
  removeRow: "Verwijderen",
  rowLabel: (n: number) => `Kind ${n}`,
  sessionSubmit: "Presentie opslaan",
  errorsSummary: (n: number) => (n === 1 ? "Er is 1 veld dat aandacht nodig heeft." : `Er zijn ${n} velden die aandacht nodig hebben.`),
  childSaved: (id: string) => `Kind ${id} is ingeschreven.`,
  sessionSaved: (id: string, present: number, total: number) => `Bijeenkomst ${id} is opgeslagen: ${present} van ${total} kinderen aanwezig.`,
  registeredHeading: "Ingeschreven kinderen",
  sessionsHeading: "Opgeslagen bijeenkomsten",
  none: "Nog niets opgeslagen.",
  presentYes: "aanwezig",
  presentNo: "afwezig",
  warning: "Let op:",
  storedNote: "Alles blijft in dit browservenster; na vernieuwen is het weg.",
};

type Text = typeof nl;

const en: Text = {
  title: "Kinderwerk — registration and attendance",
  intro: "Register a child under a pseudonym and keep the attendance of a session. Never use a name or a BSN.",
  language: "Language",
  childHeading: "Register a child",
  childSubmit: "Register child",
  childIdHint: "A pseudonym, for example kw-0101. Never a name or a BSN.",
  birthDateHint: "YYYY-MM-DD, for example 2016-04-23.",
  postcodeHint: "Only the four digits (PC4) are kept.",
  groepHint: "Groep 1 to 8, as the school reports it.",
  optional: "(optional)",
  noGender: "— choose —",
  sessionHeading: "Session and attendance",
  dateHint: "YYYY-MM-DD.",
  startTimeHint: "HH:MM, for example 14:30.",
  attendanceHeading: "Attendance list",
  addRow: "Add child",
  removeRow: "Remove",
  rowLabel: (n: number) => `Child ${n}`,
  sessionSubmit: "Save attendance",
  errorsSummary: (n: number) => (n === 1 ? "1 field needs attention." : `${n} fields need attention.`),
  childSaved: (id: string) => `Child ${id} is registered.`,
  sessionSaved: (id: string, present: number, total: number) => `Session ${id} is saved: ${present} of ${total} children present.`,
  registeredHeading: "Registered children",
  sessionsHeading: "Saved sessions",
  none: "Nothing saved yet.",
  presentYes: "present",
  presentNo: "absent",
  warning: "Note:",
  storedNote: "Everything stays in this browser window; it is gone after a reload.",
};

/** The page's words in each language. */
export const text: Readonly<Record<Lang, Text>> = { nl, en };
