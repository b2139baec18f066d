import type { IssueParam, MessageTable } from "@kinderwerk/core";
import type { ReadIssueCode } from "../types/readIssue.js";

type P = Readonly<Record<string, IssueParam>>;
const at = (p: P, lang: "nl" | "en"): string =>
  typeof p["row"] === "number" ? (lang === "nl" ? ` (rij ${p["row"]}${p["line"] !== p["row"] && typeof p["line"] === "number" ? `, regel ${p["line"]}` : ""})` : ` (row ${p["row"]}${p["line"] !== p["row"] && typeof p["line"] === "number" ? `, line ${p["line"]}` : ""})`) : "";
const n = (v: IssueParam | undefined): string => (typeof v === "number" ? v.toLocaleString("nl-NL") : String(v ?? ""));
const en = (v: IssueParam | undefined): string => (typeof v === "number" ? v.toLocaleString("en-GB") : String(v ?? ""));

/**
 * Messages for the codes met while reading a file (`file.*`, `csv.*`, `ndjson.*`, `json.*`,
 * `xlsx.*`; see `readIssueCodes`), in Dutch and English. Part of `importMessages`.
 */
export const readMessages: MessageTable = {
  "file.empty": { nl: () => "Het bestand is leeg: er staat geen kopregel in.", en: () => "The file is empty: it has no header row." },
  "file.binary": {
    nl: (p) => `Dit is geen tekstbestand${p["kind"] === "xls" ? " (een oud .xls-bestand: sla het op als .xlsx of CSV)" : p["kind"] === "zip" ? " (een zip of Excel-bestand: kies het formaat xlsx)" : ""}.`,
    en: (p) => `This is not a text file${p["kind"] === "xls" ? " (an old .xls file: save it as .xlsx or CSV)" : p["kind"] === "zip" ? " (a zip or Excel file: choose the xlsx format)" : ""}.`,
  },
  "file.encoding": {
    nl: (p) => `De tekencodering van dit bestand (${String(p["encoding"] ?? "onbekend")}) wordt niet ondersteund. Sla het op als CSV UTF-8.`,
    en: (p) => `This file's text encoding (${String(p["encoding"] ?? "unknown")}) is not supported. Save it as CSV UTF-8.`,
  },
  "file.encoding-mixed": {
    nl: () => "Het bestand begint als UTF-8 maar bevat verderop Windows-1252-tekens; die zijn als Windows-1252 gelezen. Controleer letters met accenten.",
    en: () => "The file starts as UTF-8 but holds Windows-1252 characters further on; those were read as Windows-1252. Check accented letters.",
  },
  "file.aborted": { nl: () => "Het inlezen is afgebroken.", en: () => "Reading was cancelled." },
  "file.read-failed": { nl: () => "Het bestand kon niet worden gelezen.", en: () => "The file could not be read." },
  "file.unknown-format": { nl: () => "Onbekend bestandsformaat: gebruik CSV, XLSX, NDJSON of JSON.", en: () => "Unknown file format: use CSV, XLSX, NDJSON or JSON." },
  "csv.field-too-large": {
    nl: (p) => `Een veld is te groot: hoogstens ${n(p["max"])} tekens${at(p, "nl")}. Misschien ontbreekt een aanhalingsteken of is dit geen CSV.`,
    en: (p) => `A field is too large: at most ${en(p["max"])} characters${at(p, "en")}. A quote may be missing, or this is not CSV.`,
  },
  "csv.record-too-large": {
    nl: (p) => `Een rij is te groot: hoogstens ${n(p["max"])} tekens${at(p, "nl")}. Misschien ontbreekt een regeleinde of een aanhalingsteken.`,
    en: (p) => `A row is too large: at most ${en(p["max"])} characters${at(p, "en")}. A line break or a quote may be missing.`,
  },
  "csv.too-many-columns": {
    nl: (p) => `Te veel kolommen: hoogstens ${n(p["max"])}${at(p, "nl")}.`,
    en: (p) => `Too many columns: at most ${en(p["max"])}${at(p, "en")}.`,
  },
  "csv.unterminated-quote": {
    nl: (p) => `Een aanhalingsteken wordt niet gesloten${at(p, "nl")}. Controleer de aanhalingstekens in dit veld.`,
    en: (p) => `A quote is never closed${at(p, "en")}. Check the quotes in this field.`,
  },
  "csv.stray-quote": {
    nl: (p) => `Er staat tekst na een afsluitend aanhalingsteken${at(p, "nl")}.`,
    en: (p) => `There is text after a closing quote${at(p, "en")}.`,
  },
  "ndjson.invalid-line": {
    nl: (p) => `Deze regel is geen geldige JSON${at(p, "nl")}.`,
    en: (p) => `This line is not valid JSON${at(p, "en")}.`,
  },
  "ndjson.not-an-object": {
    nl: (p) => `Deze regel is geen JSON-object ({…})${at(p, "nl")}.`,
    en: (p) => `This line is not a JSON object ({…})${at(p, "en")}.`,
  },
  "json.invalid": { nl: () => "Het bestand is geen geldige JSON.", en: () => "The file is not valid JSON." },
  "json.not-an-array": { nl: () => "Het JSON-bestand moet een lijst van objecten zijn ([{…}, {…}]).", en: () => "The JSON file must be an array of objects ([{…}, {…}])." },
  "json.not-an-object": {
    nl: (p) => `Dit element is geen JSON-object${at(p, "nl")}.`,
    en: (p) => `This element is not a JSON object${at(p, "en")}.`,
  },
  "json.too-large": {
    nl: (p) => `Het JSON-bestand is te groot: hoogstens ${n(p["max"])} bytes. Gebruik NDJSON (één object per regel) voor grote bestanden.`,
    en: (p) => `The JSON file is too large: at most ${en(p["max"])} bytes. Use NDJSON (one object per line) for large files.`,
  },
  "json.too-deep": {
    nl: (p) => `Deze rij is te diep genest om te lezen: hoogstens ${n(p["max"])} niveaus${at(p, "nl")}. Een rij van een tabel heeft platte waarden.`,
    en: (p) => `This row nests too deep to read: at most ${en(p["max"])} levels${at(p, "en")}. A table's row holds plain values.`,
  },
  "xlsx.broken": { nl: () => "Het Excel-bestand is beschadigd of geen .xlsx-bestand.", en: () => "The Excel file is damaged or not an .xlsx file." },
  "xlsx.zip-bomb": {
    nl: (p) =>
      p["reason"] === "size-lie"
        ? "Een onderdeel van het Excel-bestand pakt uit tot meer dan het zelf opgeeft, zoals een zip-bom doet; het wordt niet gelezen. Sla het bestand opnieuw op in Excel."
        : `Het Excel-bestand pakt uit tot meer dan ${n(p["max"])} ${p["reason"] === "entries" ? "onderdelen" : "bytes"}; het wordt niet gelezen.`,
    en: (p) =>
      p["reason"] === "size-lie"
        ? "A part of the Excel file unpacks to more than it says it holds, as a zip bomb does; it is not read. Save the file again in Excel."
        : `The Excel file unpacks to more than ${en(p["max"])} ${p["reason"] === "entries" ? "parts" : "bytes"}; it is not read.`,
  },
  "xlsx.too-large": {
    nl: (p) => `Het Excel-bestand is te groot: hoogstens ${n(p["max"])} bytes. Sla het op als CSV.`,
    en: (p) => `The Excel file is too large: at most ${en(p["max"])} bytes. Save it as CSV.`,
  },
  "xlsx.encrypted": {
    nl: () => "Het Excel-bestand is beveiligd met een wachtwoord of is een oud .xls-bestand. Sla het op als .xlsx zonder wachtwoord, of als CSV.",
    en: () => "The Excel file is password-protected or an old .xls file. Save it as .xlsx without a password, or as CSV.",
  },
  "xlsx.no-sheet": { nl: () => "Het Excel-bestand heeft geen werkblad.", en: () => "The Excel file has no sheet." },
  "xlsx.sheet-not-found": {
    nl: (p) => `Werkblad "${String(p["sheet"])}" bestaat niet. Wel: ${Array.isArray(p["sheets"]) ? p["sheets"].join(", ") : ""}.`,
    en: (p) => `Sheet "${String(p["sheet"])}" does not exist. Available: ${Array.isArray(p["sheets"]) ? p["sheets"].join(", ") : ""}.`,
  },
  "xlsx.sheet-ambiguous": {
    nl: (p) => `Meer dan één werkblad heeft de kolommen van een tabel: ${Array.isArray(p["sheets"]) ? p["sheets"].join(", ") : ""}. Kies het werkblad (sheet).`,
    en: (p) => `More than one sheet has a table's columns: ${Array.isArray(p["sheets"]) ? p["sheets"].join(", ") : ""}. Choose the sheet.`,
  },
} satisfies Readonly<Record<ReadIssueCode, MessageTable[string]>>;
