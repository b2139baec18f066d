// The help texts of the command and its subcommands, in Dutch and English.

import { TABLE_NAMES, tables } from "@kinderwerk/core";
import { INIT_HELP } from "../init/help.js";
import { LOAD_HELP } from "./helpLoad.js";
import { readingOptions } from "./helpReading.js";
import { REPORT_HELP } from "./helpReport.js";
import type { CliLang } from "./io.js";

/** The tables' names as an indented list, wrapped to the width of the help texts. */
function tableList(names: readonly string[]): string {
  const lines: string[] = [];
  let line = "";
  for (const name of names) {
    const next = line === "" ? name : `${line}, ${name}`;
    if (next.length > 74) {
      lines.push(`${line},`);
      line = name;
    } else line = next;
  }
  lines.push(line);
  return lines.map((l) => `  ${l}`).join("\n");
}

/** The subcommands. */
export const COMMANDS = ["validate", "report", "load", "capacity", "schema", "demo", "init"] as const;
/** A subcommand. */
export type CommandName = (typeof COMMANDS)[number];

const MAIN = {
  nl: `kinderwerk — controleer bestanden, maak rapportages, JSON Schemas en een demodataset

Gebruik:
  kinderwerk <opdracht> [opties]

Opdrachten:
  validate <bestanden of map>   controleer bestanden in het uitwisselformaat
  report <map>                  maak de rapportage (JSON, CSV, Markdown of HTML)
  load <map> --into <database>  laad een dataset in Postgres, PGlite of DuckDB
  capacity <map>                plan de personele capaciteit (begeleidingsratio, groei, oproeppoule)
  schema [--out <map>]          schrijf de JSON Schemas van de modellen
  demo [--out <map>]            schrijf een synthetische demodataset
  init <export>                 maak een mapping voor de export van een ander systeem

Algemene opties (overal op de regel, ook voor de opdracht):
  -h, --help        deze hulp (ook per opdracht: kinderwerk report --help)
  -V, --version     de versie
  --lang nl|en      taal van meldingen en hulp (standaard: Engels als LC_ALL, LC_MESSAGES
                    of LANG Engels is, anders Nederlands)
  -q, --quiet       geen voortgangsbalk

Afsluitcode: 0 klaar, 1 klaar maar onvolledig (rijen afgekeurd, een bestand niet in orde, een
tabel die de opdracht nodig heeft ontbreekt), 2 kon niet draaien, 130 gestopt met twee keer Ctrl+C.

Voorbeelden:
  kinderwerk demo --out ./demo
  kinderwerk validate ./demo
  kinderwerk report ./demo --year 2025 --region midden --format html --out rapport.html
`,
  en: `kinderwerk — validate files, write reports, JSON Schemas and a demo dataset

Usage:
  kinderwerk <command> [options]

Commands:
  validate <files or folder>    validate files of the exchange format
  report <folder>               write the report (JSON, CSV, Markdown or HTML)
  load <folder> --into <db>     load a dataset into Postgres, PGlite or DuckDB
  capacity <folder>             plan staff capacity (ratio policy, growth, on-call pool)
  schema [--out <dir>]          write the JSON Schemas of the models
  demo [--out <dir>]            write a synthetic demo dataset
  init <export>                 make a mapping for another system's export

Common options (anywhere on the line, also before the command):
  -h, --help        this help (also per command: kinderwerk report --help)
  -V, --version     the version
  --lang nl|en      language of messages and help (default: English when LC_ALL, LC_MESSAGES
                    or LANG is English, else Dutch)
  -q, --quiet       no progress bar

Exit code: 0 done, 1 done but incomplete (rows rejected, a file not in order, a table the command
needs missing), 2 could not run, 130 stopped by a second Ctrl+C.

Examples:
  kinderwerk demo --out ./demo
  kinderwerk validate ./demo --lang en
  kinderwerk report ./demo --year 2025 --region midden --format html --out report.html
`,
};

const COMMAND_HELP: Readonly<Record<CommandName, { nl: string; en: string }>> = {
  load: LOAD_HELP,
  validate: {
    nl: `kinderwerk validate <bestanden of map> [opties]

Controleert bestanden (CSV, XLSX, NDJSON, JSON) in het uitwisselformaat. De tabel volgt uit de
bestandsnaam (de Nederlandse of de Engelse naam van een tabel) of uit --table. De tabellen:
${tableList(TABLE_NAMES.map((t) => tables[t].nl))}
Bij een map worden alle bestanden met zo'n naam gecontroleerd.

Opties:
  --table <tabel>        de tabel van alle opgegeven bestanden (bijv. kinderen of children)
  --format text|json     uitvoer (standaard text)
  --rejects <pad>        schrijf de afgekeurde rijen met hun redenen naar dit bestand
                         (een map als er meer bestanden zijn)
  --max-issues <n>       toon per bestand hoogstens n meldingen (standaard 50; json: 10.000)
  --sheet <naam|nr>      het werkblad van een XLSX-bestand (standaard: dat met de tabel)
${readingOptions("nl", 23)}
  --lang nl|en           taal van de meldingen (standaard nl)
  -q, --quiet            geen voortgangsbalk

Afsluitcode: 0 als alle rijen zijn goedgekeurd (waarschuwingen mogen), 1 als er een rij is
afgekeurd, 2 als de opdracht niet kon draaien.

Voorbeelden:
  kinderwerk validate kinderen.csv
  kinderwerk validate ./export --rejects ./afgekeurd
  kinderwerk validate export.xlsx --table aanwezigheid --format json
  kinderwerk validate sjabloon-kinderen.xlsx --sheet Kinderen
  kinderwerk validate export-clientsysteem.csv --mapping mapping-kinderen.json --key-env KW_SLEUTEL
`,
    en: `kinderwerk validate <files or folder> [options]

Validates files (CSV, XLSX, NDJSON, JSON) of the exchange format. The table comes from the file
name (the English or the Dutch name of a table) or from --table. The tables:
${tableList(TABLE_NAMES)}
For a folder, every file with such a name is validated.

Options:
  --table <table>        the table of all files given (e.g. children or kinderen)
  --format text|json     output (default text)
  --rejects <path>       write the rejected rows with their reasons to this file
                         (a folder when there are several files)
  --max-issues <n>       show at most n issues per file (default 50; json: 10,000)
  --sheet <name|nr>      the sheet of an XLSX file (default: the one with the table)
${readingOptions("en", 23)}
  --lang nl|en           language of the messages (default nl)
  -q, --quiet            no progress bar

Exit code: 0 when every row is accepted (warnings allowed), 1 when any row is rejected, 2 when the
command could not run.

Examples:
  kinderwerk validate children.csv --lang en
  kinderwerk validate ./export --rejects ./rejected
  kinderwerk validate export.xlsx --table attendance --format json
  kinderwerk validate children-template.xlsx --sheet Children
  kinderwerk validate client-system-export.csv --mapping children-mapping.json --key-env KW_KEY
`,
  },
  report: REPORT_HELP,
  capacity: {
    nl: `kinderwerk capacity <map> [opties]

Plant de personele capaciteit: per bijeenkomst de volwassenen die de begeleidingsratio vraagt voor
de aanwezige kinderen (plus de wachtlijst, met de geplande groei), tegenover de volwassenen die er
waren; per ISO-week, in uren en fte, en de kleinste oproeppoule die het tekort dekt. De aannames
staan naast het antwoord.

Periode: --year, --quarter, --school-year of --from met --to (zoals bij report).

Opties:
  --ratio <n>                    kinderen per volwassene (standaard 8)
  --ratio-band <groep=n,…>       per leeftijdsgroep, bijvoorbeeld 4-6=6,7-9=8
  --minimum-adults <n>           minstens zoveel volwassenen bij een bijeenkomst (standaard 1)
  --growth <procent>             geplande groei van de vraag, bijvoorbeeld 20
  --pool-availability <procent>  kans dat een lid van de oproeppoule kan, bijvoorbeeld 60
  --coverage <procent>           deel van de bijeenkomsten dat gedekt moet zijn (standaard 90)
  --pool-max <n>                 grootste poule die wordt overwogen (standaard 500)
  --full-time-hours <uren>       uren van een voltijdweek (standaard 36, cao Sociaal Werk)
  --without-interns              stagiairs tellen niet mee als beschikbaar
  --without-volunteers           vrijwilligers tellen niet mee als beschikbaar
  --format text|json             uitvoer (standaard text)
  --out <bestand>                schrijf naar een bestand in plaats van naar stdout
  --sheet <naam|nr>              het werkblad van de XLSX-bestanden (standaard: dat met de tabel)
${readingOptions("nl", 31)}

Afsluitcode: 0, of 1 als er rijen zijn afgekeurd, een bestand niet in orde is of bijeenkomsten of
aanwezigheid ontbreken (de planning wordt wel geschreven), 2 als de opdracht niet kon draaien.

Voorbeelden:
  kinderwerk capacity ./demo --year 2025
  kinderwerk capacity ./export --school-year 2025-2026 --ratio-band 4-6=6 --growth 20 --pool-availability 60
  kinderwerk capacity ./export --year 2025 --mapping mapping-bijeenkomsten.json
`,
    en: `kinderwerk capacity <folder> [options]

Plans staff capacity: per session the adults the ratio policy asks for the children who came (plus
the waiting list, grown by the planned growth), against the adults who were there; per ISO week,
in hours and fte, and the smallest on-call pool that covers the shortfall. The assumptions are
printed beside the answer.

Period: --year, --quarter, --school-year or --from with --to (as for report).

Options:
  --ratio <n>                    children per adult (default 8)
  --ratio-band <band=n,…>        per age band, for example 4-6=6,7-9=8
  --minimum-adults <n>           at least this many adults at a session (default 1)
  --growth <percent>             planned growth in demand, for example 20
  --pool-availability <percent>  chance that a pool member is available, for example 60
  --coverage <percent>           share of sessions to cover (default 90)
  --pool-max <n>                 largest pool considered (default 500)
  --full-time-hours <hours>      hours of a full-time week (default 36, CAO Sociaal Werk)
  --without-interns              interns do not count as available
  --without-volunteers           volunteers do not count as available
  --format text|json             output (default text)
  --out <file>                   write to a file instead of stdout
  --sheet <name|nr>              the sheet of the XLSX files (default: the one with the table)
${readingOptions("en", 31)}

Exit code: 0, or 1 when rows were rejected, a file is not in order or the sessions or attendance
are missing (the plan is still written), 2 when the command could not run.

Examples:
  kinderwerk capacity ./demo --year 2025 --lang en
  kinderwerk capacity ./export --school-year 2025-2026 --ratio-band 4-6=6 --growth 20 --pool-availability 60
  kinderwerk capacity ./export --year 2025 --mapping sessions-mapping.json
`,
  },
  schema: {
    nl: `kinderwerk schema [--out <map>]

Schrijft de JSON Schemas (draft 2020-12) van de modellen: één bestand per model
(child.schema.json, activity.schema.json, …) in de map, of zonder --out één JSON-object op stdout.

Voorbeelden:
  kinderwerk schema --out ./schemas
  kinderwerk schema > kinderwerk-schemas.json
`,
    en: `kinderwerk schema [--out <dir>]

Writes the JSON Schemas (draft 2020-12) of the models: one file per model (child.schema.json,
activity.schema.json, …) in the folder, or without --out one JSON object on stdout.

Examples:
  kinderwerk schema --out ./schemas
  kinderwerk schema > kinderwerk-schemas.json
`,
  },
  demo: {
    nl: `kinderwerk demo [--out <map>] [--seed <n>]

Schrijft een synthetische demodataset: een denkbeeldige organisatie (regio midden) van september
2024 tot en met 2025, met een paar honderd kinderen onder een pseudoniem (kw-0001 …), twaalf
activiteiten, bijeenkomsten, aanwezigheid, signalen en verwijzingen. Dezelfde seed geeft
byte voor byte dezelfde bestanden.

Opties:
  --out <map>      doelmap (standaard ./kinderwerk-demo)
  --seed <n>       seed (standaard 2025)
  -q, --quiet      geen voortgangsbalk

Voorbeelden:
  kinderwerk demo
  kinderwerk demo --out ./demo --seed 7
`,
    en: `kinderwerk demo [--out <dir>] [--seed <n>]

Writes a synthetic demo dataset: an imaginary organisation (region midden) from September 2024
through 2025, with a few hundred children under a pseudonym (kw-0001 …), twelve activities,
sessions, attendance, signals and referrals. The same seed gives the same files, byte for byte.

Options:
  --out <dir>      target folder (default ./kinderwerk-demo)
  --seed <n>       seed (default 2025)
  -q, --quiet      no progress bar

Examples:
  kinderwerk demo
  kinderwerk demo --out ./demo --seed 7
`,
  },
  init: INIT_HELP,
};

/** The help of the whole command. */
export function mainHelp(lang: CliLang): string {
  return MAIN[lang];
}

/** The help of a subcommand. */
export function commandHelp(command: CommandName, lang: CliLang): string {
  return COMMAND_HELP[command][lang];
}
