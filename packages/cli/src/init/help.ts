// The help of `kinderwerk init`, in Dutch and English.

/** `kinderwerk init --help`. */
export const INIT_HELP = {
  nl: `kinderwerk init <export> [opties]

Maakt een mapping voor de export van een ander systeem (CSV, XLSX, NDJSON, JSON): welke kolom welk
veld is en welke code welke code. Wat uit het bestand blijkt, stelt init voor (kolommen die de
import kent, het veld dat het meest op een kolomnaam lijkt, de codes die gelezen worden); wat niet,
vraagt het: kies met de pijltjes en Enter. De mapping gaat met --mapping mee naar validate, report
en capacity.

Opties:
  --table <tabel>        de tabel van de export (standaard: uit de naam of de kopregel, of gevraagd)
  --sheet <naam|nr>      het werkblad van een XLSX-bestand
  --out <bestand>        waar de mapping heen gaat (standaard mapping-<tabel>.json)
  --force                overschrijf een bestaand bestand

Afsluitcode: 0 als de mapping is geschreven, 2 als dat niet kon (of er geen antwoord kwam).

Voorbeelden:
  kinderwerk init export-clientsysteem.csv --table kinderen
  kinderwerk validate export-clientsysteem.csv --mapping mapping-kinderen.json
`,
  en: `kinderwerk init <export> [options]

Makes a mapping for another system's export (CSV, XLSX, NDJSON, JSON): which column is which field
and which code is which code. What the file tells, init proposes (columns the import knows, the
field closest to a column's name, the codes it reads); what it does not, it asks: choose with the
arrow keys and Enter. The mapping goes with --mapping to validate, report and capacity.

Options:
  --table <table>        the export's table (default: from its name or header, or asked)
  --sheet <name|nr>      the sheet of an XLSX file
  --out <file>           where the mapping goes (default mapping-<table>.json, the Dutch name)
  --force                overwrite an existing file

Exit code: 0 when the mapping was written, 2 when it could not be (or no answer came).

Examples:
  kinderwerk init client-system-export.csv --table children --lang en
  kinderwerk validate client-system-export.csv --mapping mapping-kinderen.json
`,
} as const;
