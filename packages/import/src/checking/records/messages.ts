import type { RecordIssueCode } from "../../types/recordIssue.js";
import { fieldLabel, isTableName, TABLE_NAMES, tables, type IssueParam, type MessageTable } from "@kinderwerk/core";

type P = Readonly<Record<string, IssueParam>>;
const s = (v: IssueParam | undefined): string => (v === undefined || v === null ? "" : Array.isArray(v) ? v.join(", ") : String(v));
/** A table by its name in the message's language (the Dutch name is the table spec's). */
const tbl = (p: P, lang: "nl" | "en"): string => {
  const t = s(p["table"]);
  return lang === "nl" && isTableName(t) ? tables[t].nl : t;
};
/** The offending value in quotes and a space, when the echo policy let it through; else nothing. */
const given = (p: P): string => (typeof p["value"] === "string" && p["value"] !== "" ? `"${p["value"]}" ` : "");
/** Where a key was first seen: "eerder in rij 12", or "eerder in kinderen-2024.csv, rij 12" when that is another file. */
const firstAt = (p: P, lang: "nl" | "en"): string => {
  const row = lang === "nl" ? `rij ${s(p["firstRow"])}` : `row ${s(p["firstRow"])}`;
  const file = typeof p["firstFile"] === "string" ? `${p["firstFile"]}, ` : "";
  return `${lang === "nl" ? "eerder in" : "earlier in"} ${file}${row}`;
};
const rowOf = (p: P, lang: "nl" | "en"): string => (typeof p["firstRow"] === "number" ? ` (${firstAt(p, lang)})` : "");
/** What differs in a conflicting duplicate: "een andere waarde voor geboortedatum", "andere waarden voor …", or "andere gegevens". */
const differs = (p: P, lang: "nl" | "en"): string => {
  const fields = Array.isArray(p["fields"]) ? p["fields"].map((f) => fieldLabel([String(f)], lang).toLowerCase()) : [];
  const and = lang === "nl" ? " en " : " and ";
  const list = fields.length <= 1 ? (fields[0] ?? "") : `${fields.slice(0, -1).join(", ")}${and}${fields.at(-1)!}`;
  if (lang === "nl") return fields.length === 0 ? "andere gegevens" : fields.length === 1 ? `een andere waarde voor ${list}` : `andere waarden voor ${list}`;
  return fields.length === 0 ? "other values" : fields.length === 1 ? `another value for ${list}` : `other values for ${list}`;
};
/** What a conflicting duplicate repeats: an id ("Kind-ID komt al voor"), or a child in a session. */
const repeats = (p: P, lang: "nl" | "en"): string => {
  const key = Array.isArray(p["key"]) ? p["key"].map(String) : [];
  if (key.length === 2 && key[0] === "sessionId" && key[1] === "childId") return lang === "nl" ? "Dit kind staat al bij dezelfde bijeenkomst" : "This child is already listed for the same session";
  const what = key.length === 1 ? fieldLabel(key, lang) : lang === "nl" ? "Deze combinatie" : "This combination";
  return lang === "nl" ? `${what} komt al voor` : `${what} appears already`;
};

/**
 * Messages for the codes of the record layer of `@kinderwerk/import`: header matching, cell
 * values, tables, the dataset check, mappings and pseudonyms. Offending values appear only when
 * core's echo policy lets them through (`echoParams`: short values shaped like a date, time or
 * number; never ids, postcodes, names, unknown codes or personal data); every message reads well
 * without one.
 *
 * @example
 * formatIssue(issue("cell.date.impossible", ["birthDate"], { value: "31-02-2025" }), { messages: recordMessages });
 * // => "31-02-2025 is geen bestaande datum."
 */
export const recordMessages: MessageTable = {
  // --- header ---
  "header.unknown-column": {
    nl: (p) => `Onbekende kolom ${p["column"] === undefined ? s(p["position"]) : `"${s(p["column"])}"`} wordt genegeerd.${p["suggestion"] ? ` Bedoelt u ${s(p["suggestion"])}?` : ""}`,
    en: (p) => `Unknown column ${p["column"] === undefined ? s(p["position"]) : `"${s(p["column"])}"`} is ignored.${p["suggestion"] ? ` Did you mean ${s(p["suggestion"])}?` : ""}`,
  },
  "header.missing": {
    nl: () => "De eerste rij bevat geen bekende kolomnamen: begin het bestand met een kopregel, bijvoorbeeld kindId;geboortedatum;…",
    en: () => "The first row holds no known column names: start the file with a header row, for example childId;birthDate;…",
  },
  "header.duplicate-column": {
    nl: (p) => `Kolom "${s(p["column"])}" betekent hetzelfde als "${s(p["first"])}" en wordt genegeerd.`,
    en: (p) => `Column "${s(p["column"])}" means the same as "${s(p["first"])}" and is ignored.`,
  },
  "header.missing-column": {
    nl: (p) => `De verplichte kolom ${s(p["alias"])} (${s(p["field"])}) ontbreekt.`,
    en: (p) => `The required column ${s(p["field"])} (${s(p["alias"])}) is missing.`,
  },
  "import.table-unknown": {
    nl: (p) => `Niet duidelijk welke tabel${p["file"] ? ` "${s(p["file"])}"` : ""} bevat. Noem het bestand naar een tabel (${TABLE_NAMES.map((t) => tables[t].nl).join(", ")}), of geef de tabel op.`,
    en: (p) => `Not clear which table${p["file"] ? ` "${s(p["file"])}"` : ""} holds. Name the file after a table (${TABLE_NAMES.join(", ")}), or give the table.`,
  },
  "import.rejects-truncated": {
    nl: (p) => `Meer dan ${s(p["max"])} rijen afgekeurd: het afkeurbestand houdt alleen de eerste ${s(p["max"])} rijen. Schrijf het afkeurbestand weg terwijl het bestand gelezen wordt (onRejects).`,
    en: (p) => `More than ${s(p["max"])} rows rejected: the rejects file holds only the first ${s(p["max"])} rows; too large to keep in memory. Stream it while the file is read (onRejects).`,
  },
  "import.no-rows": {
    nl: () => "Het bestand heeft een kopregel maar geen rijen.",
    en: () => "The file has a header row but no rows.",
  },
  // --- cells ---
  "cell.date.impossible": {
    nl: (p) => (given(p) ? `${s(p["value"])} is geen bestaande datum.` : "Deze datum bestaat niet."),
    en: (p) => (given(p) ? `${s(p["value"])} is not a real date.` : "This date does not exist."),
  },
  "cell.date.two-digit-year": {
    nl: (p) => `${given(p) || "Deze datum "}heeft een jaartal van twee cijfers: schrijf het jaar voluit (14-09-2015), want 15 kan 1915 of 2015 zijn.`,
    en: (p) => `${given(p) || "This date "}has a two-digit year: write the year in full (14-09-2015), as 15 could be 1915 or 2015.`,
  },
  "cell.date.format": {
    nl: (p) => `${given(p) || "Dit "}is geen datum; schrijf bijvoorbeeld 14-09-2025 of 2025-09-14 (dag eerst).`,
    en: (p) => `${given(p) || "This "}is not a date; write for example 14-09-2025 or 2025-09-14 (day first).`,
  },
  "cell.boolean": {
    nl: (p) => `${given(p) || "Dit "}is geen ja/nee-waarde; schrijf ja of nee (of x voor ja).`,
    en: (p) => `${given(p) || "This "}is not a yes/no value; write yes or no (or x for yes).`,
  },
  "cell.integer": {
    nl: (p) => `${given(p) || "Dit "}is geen geheel getal.`,
    en: (p) => `${given(p) || "This "}is not a whole number.`,
  },
  "cell.decimal": {
    nl: (p) => `${given(p) || "Dit "}is geen getal; schrijf bijvoorbeeld 1,5.`,
    en: (p) => `${given(p) || "This "}is not a number; write for example 1.5.`,
  },
  "cell.time": {
    nl: (p) => `${given(p) || "Dit "}is geen tijd; schrijf bijvoorbeeld 14:30.`,
    en: (p) => `${given(p) || "This "}is not a time; write for example 14:30.`,
  },
  "cell.postcode": {
    nl: () => "Dit is geen Nederlandse postcode; schrijf 1234 of 1234 AB.",
    en: () => "This is not a Dutch postcode; write 1234 or 1234 AB.",
  },
  "cell.code": {
    nl: (p) => `Dit is geen geldige waarde. Kies uit: ${s(p["allowed"])}.`,
    en: (p) => `This is not an allowed value. Choose from: ${s(p["allowed"])}.`,
  },
  "cell.childId.hidden": {
    nl: (_, i) => `${fieldLabel(i.path, "nl")} is ongeldig (de waarde wordt niet getoond omdat kind-ID's gepseudonimiseerd worden).`,
    en: (_, i) => `${fieldLabel(i.path, "en")} is invalid (the value is not shown because child IDs are pseudonymised).`,
  },
  // --- dataset ---
  "dataset.unknown-reference": {
    nl: (p, i) => `${fieldLabel(i.path, "nl")} ${given(p)}staat niet in de tabel ${tbl(p, "nl")}.`,
    en: (p, i) => `${fieldLabel(i.path, "en")} ${given(p)}is not in the table ${tbl(p, "en")}.`,
  },
  "dataset.duplicate-id": {
    nl: (p, i) => `${fieldLabel(i.path, "nl")} ${given(p)}komt al eerder voor${rowOf(p, "nl")}; deze rij telt niet nog eens mee.`,
    en: (p, i) => `${fieldLabel(i.path, "en")} ${given(p)}appears earlier${rowOf(p, "en")}; this row is not counted again.`,
  },
  "dataset.duplicate-attendance": {
    nl: (p) => `Dit kind staat twee keer bij dezelfde bijeenkomst${rowOf(p, "nl")}; het telt één keer.`,
    en: (p) => `This child is listed twice for the same session${rowOf(p, "en")}; it counts once.`,
  },
  "dataset.conflicting-duplicate": {
    nl: (p) => `${repeats(p, "nl")} (${firstAt(p, "nl")}), met ${differs(p, "nl")}. Deze rij is afgekeurd; de eerste rij telt.`,
    en: (p) => `${repeats(p, "en")} (${firstAt(p, "en")}), with ${differs(p, "en")}. This row is rejected; the first row counts.`,
  },
  "dataset.table-missing": {
    nl: (p) => `De tabel ${tbl({ table: p["missing"] ?? null }, "nl")} ontbreekt; verwijzingen ernaar in ${tbl(p, "nl")} zijn niet gecontroleerd.`,
    en: (p) => `The table ${s(p["missing"])} is missing; references to it in ${s(p["table"])} were not checked.`,
  },
  // No longer produced (a table may come in several files, read as one); kept for issues stored earlier.
  "dataset.table-twice": {
    nl: (p) => `Er zijn twee bestanden voor de tabel ${tbl(p, "nl")}; "${s(p["file"])}" is overgeslagen.`,
    en: (p) => `There are two files for the table ${s(p["table"])}; "${s(p["file"])}" was skipped.`,
  },
  // --- mapping ---
  "mapping.unknown-field": {
    nl: (p) => `De koppeling verwijst naar veld "${s(p["field"])}", dat de tabel ${tbl(p, "nl")} niet heeft.`,
    en: (p) => `The mapping points to field "${s(p["field"])}", which the table ${s(p["table"])} does not have.`,
  },
  "mapping.unknown-code": {
    nl: (p, i) => `De koppeling zet "${s(p["from"])}" om naar "${s(p["value"])}", maar dat is geen geldige waarde voor ${fieldLabel(i.path, "nl")}.`,
    en: (p, i) => `The mapping turns "${s(p["from"])}" into "${s(p["value"])}", which is not an allowed value for ${fieldLabel(i.path, "en")}.`,
  },
  "mapping.not-a-code-field": {
    nl: (p, i) => `De koppeling geeft codes voor ${fieldLabel(i.path, "nl")}, maar dat veld heeft geen codes.`,
    en: (p, i) => `The mapping gives codes for ${fieldLabel(i.path, "en")}, but that field has no codes.`,
  },
  // --- a file read to its end without one data row (the import says so, never "all rows accepted") ---
  "file.no-rows": {
    nl: () => "Het bestand heeft geen gegevensrijen (alleen een kopregel, of niets dat als rij te lezen is): er is niets ingelezen.",
    en: () => "The file has no data rows (only a header row, or nothing that reads as a row): nothing was read.",
  },
} satisfies Readonly<Record<RecordIssueCode, MessageTable[string]>>;
