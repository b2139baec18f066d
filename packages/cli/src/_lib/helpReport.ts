// The help text of `kinderwerk report`, in Dutch and English.
import { readingOptions } from "./helpReading.js";

/** `kinderwerk report --help`. */
export const REPORT_HELP = {
  nl: `kinderwerk report <map> [opties]

Maakt de rapportage over een dataset (een map met de tabellen) volgens de indicatordefinities.
Afgekeurde rijen blijven buiten de telling; het rapport en de foutuitvoer zeggen hoeveel. Het
rapport rust op kinderen, activiteiten, bijeenkomsten en aanwezigheid: ontbreekt er een, dan zegt
de foutuitvoer welke. In plaats van een map kan een database die \`load\` vulde: postgres://…,
pglite:<map>, duckdb:<bestand> of een .duckdb-bestand; de indicatoren draaien dan als SQL.

Periode (kies er één; standaard het vorige kalenderjaar):
  --year 2025                    een kalenderjaar
  --quarter 2025-Q3              een kwartaal
  --school-year 2025-2026        een schooljaar (1 augustus – 31 juli)
  --from 2025-03-01 --to 2025-06-30   een eigen periode

Opties:
  --region noord|midden|zuid     schoolvakantieregio (voor het bereik in de vakanties)
  --engine js|duckdb             reken in JavaScript (standaard) of in DuckDB; dezelfde cijfers
  --compare-previous             vergelijk met de vorige periode van dezelfde lengte
  --suppress <n>                 onderdruk aantallen onder n (standaard 5; 0 = uit)
  --trend month|week|quarter|none  verloop van aanwezigheden en bereik per maand (standaard),
                                 ISO-week of kwartaal; none: zonder verloop
  --format json|csv|md|html|xlsx|pdf
                                 uitvoer (standaard json; xlsx: een Excel-werkmap, met --out;
                                 pdf: een A4-rapport met grafieken, met --out of doorgestuurd;
                                 pdf vraagt de pakketten pdfkit en dejavu-fonts-ttf)
  --out <bestand>                schrijf naar een bestand in plaats van naar stdout
  --sheet <naam|nr>              het werkblad van de XLSX-bestanden (standaard: dat met de tabel)
${readingOptions("nl", 31)}
  --lang nl|en                   taal van het rapport (standaard nl)
  --organisation <naam>          naam van de organisatie in het rapport
  --budget <bedrag>              het budget van de periode in euro's (voor de kosten per kind)
  --population <n>               kinderen van 4 t/m 12 in het gebied (voor het bereikpercentage)
  --previous-budget <bedrag>, --previous-population <n>   idem voor de vorige periode (met --compare-previous)
  --generated-at <datum-tijd>    tijdstip van aanmaken (standaard nu)
  -q, --quiet                    geen voortgangsbalk

Afsluitcode: 0 als alle rijen zijn goedgekeurd en de tabellen er zijn, 1 als er rijen zijn
afgekeurd, een bestand niet in orde is of een tabel ontbreekt (het rapport wordt wel geschreven),
2 als de opdracht niet kon draaien.

De vorige periode telt met haar eigen budget en kinderen (--previous-budget, --previous-population
of de begroting in die periode); zonder die cijfers vergelijkt het rapport ze niet en zegt waarom.
Een periode die maar deels binnen de gegevens valt (>31 dagen en >10% zonder), meldt het ook.

Voorbeelden:
  kinderwerk report ./demo --year 2025 --region midden --format html --out rapport.html
  kinderwerk report ./export --quarter 2025-Q3 --compare-previous --format md
  kinderwerk report ./export --year 2025 --format xlsx --out rapport.xlsx
  kinderwerk report ./export --school-year 2025-2026 --trend week --format html --out verloop.html
  kinderwerk report ./export --year 2025 --compare-previous --format pdf --out rapport.pdf
  kinderwerk report ./export --school-year 2024-2025 --suppress 10 > rapport.json
  kinderwerk report ./export --year 2025 --budget "€ 120.000" --population 2400 --catalogues catalogi.json
  kinderwerk report ./export --year 2025 --compare-previous --budget 120000 --previous-budget 95000 --population 2400 --previous-population 2350
  kinderwerk report ./export --year 2025 --mapping mapping-kinderen.json --key-file sleutel.txt
`,
  en: `kinderwerk report <folder> [options]

Writes the report on a dataset (a folder with the tables) by the indicator definitions. Rejected
rows stay out of the counts; the report and stderr say how many. The report rests on children,
activities, sessions and attendance: stderr names any of them that is missing. Instead of a
folder, a database that \`load\` filled: postgres://…, pglite:<folder>, duckdb:<file> or a .duckdb
file; the indicators then run as SQL.

Period (choose one; default the previous calendar year):
  --year 2025                    a calendar year
  --quarter 2025-Q3              a quarter
  --school-year 2025-2026        a school year (1 August – 31 July)
  --from 2025-03-01 --to 2025-06-30   a period of your own

Options:
  --region noord|midden|zuid     school-holiday region (for the reach in the holidays)
  --engine js|duckdb             compute in JavaScript (default) or in DuckDB; the same numbers
  --compare-previous             compare with the previous period of the same length
  --suppress <n>                 suppress counts below n (default 5; 0 = off)
  --trend month|week|quarter|none  attendances and reach per month (default), ISO week or
                                 quarter; none: no trend
  --format json|csv|md|html|xlsx|pdf
                                 output (default json; xlsx: an Excel workbook, with --out;
                                 pdf: an A4 report with charts, with --out or redirected;
                                 pdf needs the packages pdfkit and dejavu-fonts-ttf)
  --out <file>                   write to a file instead of stdout
  --sheet <name|nr>              the sheet of the XLSX files (default: the one with the table)
${readingOptions("en", 31)}
  --lang nl|en                   language of the report (default nl)
  --organisation <name>          name of the organisation in the report
  --budget <amount>              the period's budget in euros (for the cost per child)
  --population <n>               children aged 4 to 12 in the area (for the reach share)
  --previous-budget <amount>, --previous-population <n>   the same for the earlier period (with --compare-previous)
  --generated-at <date-time>     time of generation (default now)
  -q, --quiet                    no progress bar

Exit code: 0 when every row is accepted and the tables are there, 1 when rows were rejected, a
file is not in order or a table is missing (the report is still written), 2 when the command could
not run.

The earlier period counts with its own budget and population (--previous-budget, --previous-population
or the budgets table in that period); without them those figures are not compared, and it says why.
A period only partly covered by the data (>31 days and >10% without) is reported, on stderr too.

Examples:
  kinderwerk report ./demo --year 2025 --region midden --format html --out report.html --lang en
  kinderwerk report ./export --quarter 2025-Q3 --compare-previous --format md
  kinderwerk report ./export --school-year 2025-2026 --trend week --format html --out trend.html
  kinderwerk report ./export --year 2025 --format pdf --out report.pdf --lang en
  kinderwerk report ./export --school-year 2024-2025 --suppress 10 > report.json
  kinderwerk report ./export --year 2025 --budget 120000 --population 2400 --catalogues catalogues.json
  kinderwerk report ./export --year 2025 --compare-previous --budget 120000 --previous-budget 95000 --population 2400 --previous-population 2350
  kinderwerk report ./export --year 2025 --mapping children-mapping.json --key-file key.txt
`,
};
