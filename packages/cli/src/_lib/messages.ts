// The CLI's own words, in Dutch and English. Issue messages come from the packages' message tables.

import { TABLE_NAMES, tables } from "@kinderwerk/core";
import { COMMANDS } from "./help.js";
import type { CliLang } from "./io.js";

/** The Dutch names of the tables, in order. */
const DUTCH_TABLES = TABLE_NAMES.map((t) => tables[t].nl).join(", ");

/** The commands as a list in words: "validate, report, capacity, schema, demo of init". */
const commandList = (or: string): string => `${COMMANDS.slice(0, -1).join(", ")} ${or} ${COMMANDS[COMMANDS.length - 1]}`;
/** A table's Dutch and English names: "bijeenkomsten (sessions)" in Dutch, "sessions (bijeenkomsten)" in English. */
const tableNl = (table: unknown): string => (typeof table === "string" && table in tables ? `${tables[table as keyof typeof tables].nl} (${table})` : String(table));
const tableEn = (table: unknown): string => (typeof table === "string" && table in tables ? `${table} (${tables[table as keyof typeof tables].nl})` : String(table));

type Params = Readonly<Record<string, string | number>>;
type Message = { readonly nl: (p: Params) => string; readonly en: (p: Params) => string };

const n = (v: string | number | undefined): string => (typeof v === "number" ? v.toLocaleString("nl-NL") : String(v ?? ""));
const ne = (v: string | number | undefined): string => (typeof v === "number" ? v.toLocaleString("en-GB") : String(v ?? ""));

const MESSAGES = {
  "args.unknown-option": { nl: (p) => `onbekende optie ${p.option}`, en: (p) => `unknown option ${p.option}` },
  "args.invalid-value": { nl: (p) => `optie ${p.option} mist een waarde of krijgt er een die niet past`, en: (p) => `option ${p.option} is missing its value or has one it does not take` },
  "args.unexpected-argument": { nl: (p) => `onverwacht argument "${p.argument}"`, en: (p) => `unexpected argument "${p.argument}"` },
  "args.not-a-decimal": { nl: (p) => `${p.option} verwacht een getal van ${p.min} t/m ${p.max} (bijvoorbeeld 2,5), niet "${p.value}"`, en: (p) => `${p.option} expects a number from ${p.min} to ${p.max} (for example 2.5), not "${p.value}"` },
  "args.bad-amount": {
    nl: (p) => `${p.option} verwacht een bedrag in euro's van 0 of meer, zoals 120000 of "€ 120.000,00", niet "${p.value}"`,
    en: (p) => `${p.option} expects an amount in euros of 0 or more, such as 120000 or "€ 120,000.00", not "${p.value}"`,
  },
  "args.bad-ratio-band": {
    nl: () => `--ratio-band verwacht leeftijdsgroep=kinderen per volwassene, gescheiden door komma's, bijvoorbeeld 4-6=6,7-9=8`,
    en: () => `--ratio-band expects age band=children per adult, separated by commas, for example 4-6=6,7-9=8`,
  },
  "dataset.table-needed": {
    nl: (p) => `let op: ${p.path} heeft geen tabel ${tableNl(p.table)}, die ${p.command} nodig heeft; wat erop rust, telt als 0`,
    en: (p) => `note: ${p.path} has no ${tableEn(p.table)} table, which ${p.command} needs; what rests on it counts as 0`,
  },
  "capacity.written": { nl: (p) => `Capaciteitsplanning geschreven naar ${p.path}`, en: (p) => `Capacity plan written to ${p.path}` },
  "args.not-a-number": { nl: (p) => `${p.option} verwacht een geheel getal van ${p.min} t/m ${p.max}, niet "${p.value}"`, en: (p) => `${p.option} expects a whole number from ${p.min} to ${p.max}, not "${p.value}"` },
  "args.not-a-choice": { nl: (p) => `${p.option} verwacht een van: ${p.choices} (niet "${p.value}")`, en: (p) => `${p.option} expects one of: ${p.choices} (not "${p.value}")` },
  "args.unknown-option-suggest": { nl: (p) => `onbekende optie ${p.option}; bedoelt u ${p.suggestion}?`, en: (p) => `unknown option ${p.option}; did you mean ${p.suggestion}?` },
  "args.option-before-command": {
    nl: (p) => `${p.option} is een optie van ${p.commands}: zet die na de opdracht (kinderwerk ${p.command} … ${p.option} …)`,
    en: (p) => `${p.option} is an option of ${p.commands}: put it after the command (kinderwerk ${p.command} … ${p.option} …)`,
  },
  "args.unknown-command": { nl: (p) => `onbekende opdracht "${p.command}"; kies uit ${commandList("of")} (zie kinderwerk --help)`, en: (p) => `unknown command "${p.command}"; choose ${commandList("or")} (see kinderwerk --help)` },
  "args.unknown-command-suggest": { nl: (p) => `onbekende opdracht "${p.command}"; bedoelt u ${p.suggestion}? (zie kinderwerk --help)`, en: (p) => `unknown command "${p.command}"; did you mean ${p.suggestion}? (see kinderwerk --help)` },
  "args.no-command": { nl: () => `geef een opdracht: ${commandList("of")} (zie kinderwerk --help)`, en: () => `give a command: ${commandList("or")} (see kinderwerk --help)` },
  "args.need-path": { nl: (p) => `geef ${p.what} op (zie kinderwerk ${p.command} --help)`, en: (p) => `give ${p.what} (see kinderwerk ${p.command} --help)` },
  "args.one-period": { nl: () => `kies één periode: --year, --quarter, --school-year of --from met --to`, en: () => `choose one period: --year, --quarter, --school-year or --from with --to` },
  "args.bad-period": { nl: (p) => `${p.option}: "${p.value}" is geen geldige periode (${p.expected})`, en: (p) => `${p.option}: "${p.value}" is not a valid period (${p.expected})` },
  "args.from-to": { nl: () => `--from en --to horen bij elkaar: geef ze allebei`, en: () => `--from and --to go together: give both` },
  "args.bad-datetime": { nl: (p) => `--generated-at: "${p.value}" is geen datum-tijd zoals 2026-01-15T09:30:00Z`, en: (p) => `--generated-at: "${p.value}" is not a date-time such as 2026-01-15T09:30:00Z` },
  "file.not-found": { nl: (p) => `${p.path} bestaat niet`, en: (p) => `${p.path} does not exist` },
  "run.stopped": { nl: () => "gestopt; de tijdelijke bestanden en de begonnen bestanden met afgekeurde rijen zijn verwijderd", en: () => "stopped; the temporary files and the rejects files it had started were removed" },
  "file.unreadable": { nl: (p) => `${p.path} kan niet gelezen worden: ${p.reason}`, en: (p) => `${p.path} cannot be read: ${p.reason}` },
  "choices.not-json": { nl: (p) => `${p.option} ${p.path} is geen JSON-bestand`, en: (p) => `${p.option} ${p.path} is not a JSON file` },
  "choices.invalid": { nl: (p) => `${p.option} ${p.path} klopt niet: ${p.message}`, en: (p) => `${p.option} ${p.path} does not hold: ${p.message}` },
  "choices.mapping-twice": {
    nl: (p) => `twee mappings voor de tabel ${tableNl(p.table)}: ${p.first} en ${p.second}; geef er één per tabel`,
    en: (p) => `two mappings for the ${tableEn(p.table)} table: ${p.first} and ${p.second}; give one per table`,
  },
  "choices.two-keys": { nl: () => `--key-file en --key-env samen: kies één van de twee`, en: () => `--key-file and --key-env together: choose one` },
  "choices.key-env-empty": { nl: (p) => `de omgevingsvariabele ${p.name} van --key-env is niet gezet of leeg`, en: (p) => `the environment variable ${p.name} of --key-env is not set or empty` },
  "choices.key-short": {
    nl: (p) => `de pseudoniemsleutel is ${p.bytes} bytes lang; een sleutel heeft er minstens ${p.min} (maak er een met: openssl rand -base64 32)`,
    en: (p) => `the pseudonym key is ${p.bytes} bytes long; a key has at least ${p.min} (make one with: openssl rand -base64 32)`,
  },
  "init.no-header": { nl: (p) => `${p.path} heeft geen kopregel om een mapping bij te maken`, en: (p) => `${p.path} has no header row to make a mapping for` },
  "init.out-is-input": { nl: (p) => `--out ${p.path} is de export zelf; kies een ander pad`, en: (p) => `--out ${p.path} is the export itself; choose another path` },
  "init.exists": { nl: (p) => `${p.path} bestaat al; kies een ander pad met --out, of overschrijf het met --force`, en: (p) => `${p.path} already exists; choose another path with --out, or overwrite it with --force` },
  "init.invalid": { nl: (p) => `de mapping klopt niet (${p.codes}); er is niets geschreven`, en: (p) => `the mapping does not hold (${p.codes}); nothing was written` },
  "init.written": {
    nl: (p) => `Mapping voor ${tableNl(p.table)} geschreven naar ${p.path}. Lees de export ermee in: kinderwerk validate ${p.input} --mapping ${p.path}`,
    en: (p) => `Mapping for ${tableEn(p.table)} written to ${p.path}. Read the export with it: kinderwerk validate ${p.input} --mapping ${p.path}`,
  },
  "init.missing": {
    nl: (p) => `let op: geen kolom van de export is ${p.fields}, die ${tableNl(p.table)} nodig heeft; zonder die kolom wordt elke rij afgekeurd`,
    en: (p) => `note: no column of the export is ${p.fields}, which ${tableEn(p.table)} needs; without it every row is rejected`,
  },
  "init.no-answer": { nl: () => `geen antwoord meer (invoer gesloten of gestopt); er is geen mapping geschreven`, en: () => `no more answers (input closed or stopped); no mapping was written` },
  "report.previous-needs-compare": {
    nl: (p) => `${p.option} geldt voor de vorige periode: gebruik het samen met --compare-previous`,
    en: (p) => `${p.option} is for the earlier period: use it with --compare-previous`,
  },
  "report.binary-to-terminal": {
    nl: (p) => `--format ${p.format} schrijft een ${String(p.format).toUpperCase()}-bestand, niet naar het scherm: geef het met --out (bijvoorbeeld --out rapport.${p.format}) of stuur de uitvoer door (> rapport.${p.format})`,
    en: (p) => `--format ${p.format} writes a ${String(p.format).toUpperCase()} file, not to the screen: name it with --out (for example --out report.${p.format}) or redirect the output (> report.${p.format})`,
  },
  "report.binary-needs-out": { nl: (p) => `--format ${p.format} schrijft een bestand: geef het met --out (bijvoorbeeld --out rapport.${p.format})`, en: (p) => `--format ${p.format} writes a file: name it with --out (for example --out report.${p.format})` },
  "file.reason-unknown": { nl: () => "onbekende oorzaak", en: () => "cause unknown" },
  "file.output-is-input": {
    nl: (p) => `${p.option} ${p.path} is hetzelfde bestand als ${p.input}, dat gelezen wordt; kies een ander pad`,
    en: (p) => `${p.option} ${p.path} is the same file as ${p.input}, which is being read; choose another path`,
  },
  "file.sheet-hint": {
    nl: (p) => `tip: ${p.path}: het gelezen werkblad (${p.sheet}) heeft niet de kolommen van ${tableNl(p.table)}; het bestand heeft ook ${p.others}: kies er een met --sheet`,
    en: (p) => `tip: ${p.path}: the sheet read (${p.sheet}) does not have the columns of ${tableEn(p.table)}; the file also has ${p.others}: choose one with --sheet`,
  },
  "file.sheet-unnamed": { nl: (p) => `werkblad ${p.position}`, en: (p) => `sheet ${p.position}` },
  "file.unwritable": { nl: (p) => `${p.path} kan niet geschreven worden: ${p.reason}`, en: (p) => `${p.path} cannot be written: ${p.reason}` },
  "file.no-table": { nl: (p) => `${p.path}: uit de bestandsnaam blijkt niet welke tabel dit is; noem het bestand bijvoorbeeld kinderen.csv of geef --table`, en: (p) => `${p.path}: the file name does not say which table this is; name it e.g. children.csv or give --table` },
  "file.no-files": { nl: (p) => `${p.path}: geen bestanden gevonden met een tabelnaam (${DUTCH_TABLES})`, en: (p) => `${p.path}: no files found named after a table (${TABLE_NAMES.join(", ")})` },
  "file.rejects-folder": { nl: () => `--rejects moet een map zijn als er meer dan één bestand is`, en: () => `--rejects must be a folder when there is more than one file` },
  "validate.summary": {
    nl: (p) => `${p.path} (${p.table}): ${n(p.rows)} rijen, ${n(p.accepted)} goedgekeurd, ${n(p.rejected)} afgekeurd, ${n(p.warnings)} waarschuwingen`,
    en: (p) => `${p.path} (${p.table}): ${ne(p.rows)} rows, ${ne(p.accepted)} accepted, ${ne(p.rejected)} rejected, ${ne(p.warnings)} warnings`,
  },
  "validate.more-issues": { nl: (p) => `  … en nog ${n(p.count)} meldingen (zie --max-issues of --format json)`, en: (p) => `  … and ${ne(p.count)} more issues (see --max-issues or --format json)` },
  "validate.all-ok": { nl: (p) => `Alle ${n(p.rows)} rijen zijn goedgekeurd.`, en: (p) => `All ${ne(p.rows)} rows are accepted.` },
  "validate.file-errors": {
    nl: (p) => `${n(p.count)} bestand(en) niet in orde (zie de fouten hierboven); ${n(p.rows)} rijen gelezen.`,
    en: (p) => `${ne(p.count)} file(s) not in order (see the errors above); ${ne(p.rows)} rows read.`,
  },
  "validate.some-rejected": { nl: (p) => `${n(p.rejected)} van ${n(p.rows)} rijen afgekeurd.`, en: (p) => `${ne(p.rejected)} of ${ne(p.rows)} rows rejected.` },
  "validate.rejects-written": { nl: (p) => `Afgekeurde rijen staan in ${p.path}`, en: (p) => `Rejected rows are in ${p.path}` },
  "validate.row": { nl: (p) => `rij ${p.row}`, en: (p) => `row ${p.row}` },
  "validate.file": { nl: () => `bestand`, en: () => `file` },
  "validate.error": { nl: () => `fout`, en: () => `error` },
  "validate.warning": { nl: () => `waarschuwing`, en: () => `warning` },
  "report.rows-left-out": {
    nl: (p) => `let op: ${n(p.count)} afgekeurde rijen zijn buiten het rapport gelaten (kinderwerk validate ${p.path} laat zien welke)`,
    en: (p) => `note: ${ne(p.count)} rejected rows were left out of the report (kinderwerk validate ${p.path} shows which)`,
  },
  "report.file-errors": {
    nl: (p) => `let op: ${n(p.count)} bestand(en) niet in orde (kinderwerk validate ${p.path} laat zien waarom)`,
    en: (p) => `note: ${ne(p.count)} file(s) not in order (kinderwerk validate ${p.path} shows why)`,
  },
  "report.written": { nl: (p) => `Rapport geschreven naar ${p.path}`, en: (p) => `Report written to ${p.path}` },
  "database.driver-missing": {
    nl: (p) => `voor ${p.engine} is het pakket ${p.package} nodig: installeer het naast de kinderwerk-opdracht (npm install ${p.package})`,
    en: (p) => `${p.engine} needs the package ${p.package}: install it beside the kinderwerk command (npm install ${p.package})`,
  },
  "database.cannot-open": { nl: (p) => `de ${p.engine}-database kon niet worden geopend of bijgewerkt`, en: (p) => `the ${p.engine} database could not be opened or migrated` },
  "database.not-loaded": {
    nl: (p) => `de ${p.engine}-database heeft geen kinderwerk-tabellen: laad er eerst een dataset in (kinderwerk load <map> --into …)`,
    en: (p) => `the ${p.engine} database has no kinderwerk tables: load a dataset into it first (kinderwerk load <folder> --into …)`,
  },
  "database.need-target": { nl: () => `load verwacht --into met een database (postgres://…, pglite:<map>, duckdb:<bestand> of een .duckdb-bestand)`, en: () => `load expects --into with a database (postgres://…, pglite:<folder>, duckdb:<file> or a .duckdb file)` },
  "database.engine-for-folder": { nl: () => `--engine geldt voor een map met de dataset; een database rapporteert zelf in SQL`, en: () => `--engine is for a dataset folder; a database reports in SQL itself` },
  "load.failed": {
    nl: (p) => `de ${p.engine}-database weigerde een reeks records (staat dezelfde sleutel er al? laad in een lege database); die reeks is niet geladen`,
    en: (p) => `the ${p.engine} database refused a batch of records (is the same key there already? load into an empty database); that batch was not loaded`,
  },
  "load.done": { nl: (p) => `${n(p.count)} records geladen in ${p.engine} (schemaversie ${p.version})`, en: (p) => `${ne(p.count)} records loaded into ${p.engine} (schema version ${p.version})` },
  "schema.written": { nl: (p) => `${n(p.count)} JSON Schemas geschreven naar ${p.path}`, en: (p) => `${ne(p.count)} JSON Schemas written to ${p.path}` },
  "demo.written": {
    nl: (p) => `Demodataset (seed ${p.seed}) geschreven naar ${p.path}: ${p.summary}`,
    en: (p) => `Demo dataset (seed ${p.seed}) written to ${p.path}: ${p.summary}`,
  },
  "progress.reading": { nl: (p) => `Lezen ${p.name}`, en: (p) => `Reading ${p.name}` },
  "progress.demo": { nl: () => `Demodataset maken`, en: () => `Making the demo dataset` },
  "progress.report": { nl: () => `Rapport berekenen`, en: () => `Computing the report` },
} satisfies Record<string, Message>;

/** A key of the CLI's message table. */
export type MessageKey = keyof typeof MESSAGES;

/** The CLI's sentence for `key` in `lang`. */
export function say(lang: CliLang, key: MessageKey, params: Params = {}): string {
  const m: Message = MESSAGES[key];
  return m[lang](params);
}
