// The help text of `kinderwerk load`, in Dutch and English.

/** `kinderwerk load --help`. */
export const LOAD_HELP = {
  nl: `kinderwerk load <map> --into <database> [opties]

Controleert een dataset (een map met de tabellen) zoals validate dat doet en schrijft de
goedgekeurde records in een database, in reeksen (COPY, de appender van DuckDB of INSERT met vele
rijen). Het schema wordt eerst bijgewerkt (migraties, opgeslagen in kinderwerk.migrations). Laad in
een lege database: een sleutel die er al staat, wordt geweigerd.

Database:
  postgres://gebruiker@host/db   Postgres (het pakket pg is nodig)
  pglite:<map>                   ingebouwde Postgres in een map (@electric-sql/pglite)
  duckdb:<bestand>, x.duckdb     ingebouwde DuckDB in een bestand (@duckdb/node-api)

Opties:
  --into <database>              waar de records heen gaan (verplicht)
  --batch <n>                    records per reeks (standaard 20000)
  --sheet <naam|nr>              het werkblad van de XLSX-bestanden
  -q, --quiet                    geen voortgangsbalk

Afsluitcode: 0 als alle rijen zijn goedgekeurd en geladen, 1 als er rijen zijn afgekeurd (de
goedgekeurde zijn geladen), 2 als de opdracht niet kon draaien.

Voorbeelden:
  kinderwerk load ./export --into pglite:./kinderwerk-data
  kinderwerk load ./export --into kinderwerk.duckdb
  kinderwerk report kinderwerk.duckdb --year 2025 --region midden
`,
  en: `kinderwerk load <folder> --into <database> [options]

Checks a dataset (a folder with the tables) as validate does and writes the accepted records into a
database, in batches (COPY, DuckDB's appender or INSERT of many rows). The schema is brought up to
date first (migrations, recorded in kinderwerk.migrations). Load into an empty database: a key that
is there already is refused.

Database:
  postgres://user@host/db        Postgres (needs the package pg)
  pglite:<folder>                embedded Postgres in a folder (@electric-sql/pglite)
  duckdb:<file>, x.duckdb        embedded DuckDB in a file (@duckdb/node-api)

Options:
  --into <database>              where the records go (required)
  --batch <n>                    records per batch (default 20000)
  --sheet <name|nr>              the sheet of the XLSX files
  -q, --quiet                    no progress bar

Exit code: 0 when every row is accepted and loaded, 1 when rows were rejected (the accepted ones are
loaded), 2 when the command could not run.

Examples:
  kinderwerk load ./export --into pglite:./kinderwerk-data
  kinderwerk load ./export --into kinderwerk.duckdb
  kinderwerk report kinderwerk.duckdb --year 2025 --region midden
`,
} as const;
