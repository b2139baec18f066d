// Layering rules of the monorepo, checked by `pnpm lint:layers` (dependency-cruiser) in `pnpm test`.
// The import-cycle check stays with madge (`pnpm lint:cycles`); these rules say which way code may point.
/** @type {import("dependency-cruiser").IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "packages-point-one-way",
      comment: "core is the foundation: it imports no other package of the monorepo.",
      severity: "error",
      from: { path: "^packages/core/" },
      to: { path: "^packages/(import|reporting|sql|cli|names)/" },
    },
    {
      name: "import-and-reporting-stand-side-by-side",
      comment: "import and reporting depend on core only, never on each other or on the CLI.",
      severity: "error",
      from: { path: "^packages/(import|reporting)/" },
      to: { path: "^packages/(import|reporting|sql|cli)/", pathNot: "^packages/$1/" },
    },
    {
      name: "sql-stands-on-core-and-reporting",
      comment: "sql derives its tables from core and feeds reporting's result type: it never imports the import or the CLI (its tests read files through the import).",
      severity: "error",
      from: { path: "^packages/sql/src/", pathNot: ["\\.test\\.ts$", "/_test/"] },
      to: { path: "^packages/(import|cli)/" },
    },
    {
      name: "import-types-are-a-leaf",
      comment: "import's types/ (rows, headers, read issues) are what every stage shares: they import no stage.",
      severity: "error",
      from: { path: "^packages/import/src/types/", pathNot: "\\.test\\.ts$" },
      to: { path: "^packages/import/src/", pathNot: "^packages/import/src/types/" },
    },
    {
      name: "core-issues-is-a-leaf",
      comment: "core's issues/ (the issue type, its codes, the zod translation, the message-table types) is what every concept raises and every message table is checked against: it imports nothing else of core.",
      severity: "error",
      from: { path: "^packages/core/src/issues/", pathNot: "\\.test(-d)?\\.ts$" },
      to: { path: "^packages/core/src/", pathNot: "^packages/core/src/issues/" },
    },
    {
      name: "import-reading-stands-alone",
      comment: "Reading bytes into rows never imports the checking of rows, what goes out, or the pipeline above them.",
      severity: "error",
      from: { path: "^packages/import/src/(reading|_lib)/", pathNot: "\\.test\\.ts$" },
      to: { path: "^packages/import/src/(checking|output|messages|pipeline)/" },
    },
    {
      name: "import-checking-before-output",
      comment: "Checking rows into records never imports what goes out (issues, rejects) or the pipeline.",
      severity: "error",
      from: { path: "^packages/import/src/checking/", pathNot: "\\.test\\.ts$" },
      to: { path: "^packages/import/src/(output|messages|pipeline)/" },
    },
    {
      name: "import-output-below-the-pipeline",
      comment: "What goes out (issues, rejects) and the message tables never import the pipeline that drives them.",
      severity: "error",
      from: { path: "^packages/import/src/(output|messages)/", pathNot: "\\.test\\.ts$" },
      to: { path: "^packages/import/src/pipeline/" },
    },
    {
      name: "examples-use-the-public-api",
      comment: "Examples consume the published entry points (dist), never a package's sources.",
      severity: "error",
      from: { path: "^examples/" },
      to: { path: "^packages/[^/]+/src/" },
    },
    {
      name: "no-own-barrel",
      comment: "Code inside src/ never imports its own package's barrel.",
      severity: "error",
      from: { path: "^packages/([^/]+)/src/", pathNot: ["^packages/[^/]+/src/(index|node|cli)\\.ts$", "\\.test(-d)?\\.ts$"] },
      to: { path: "^packages/$1/src/index\\.ts$" },
    },
    {
      name: "private-helpers-stay-private",
      comment: "A package's _lib/ is its own: other packages use what it exports.",
      severity: "error",
      from: { path: "^packages/([^/]+)/" },
      to: { path: "^packages/[^/]+/src/_lib/", pathNot: "^packages/$1/src/_lib/" },
    },
    {
      name: "declared-dependencies-only",
      comment: "A package imports only what its package.json declares (a missing link is a missing dependency).",
      severity: "error",
      from: { path: "^(packages|examples)/" },
      to: { dependencyTypes: ["unknown", "npm-no-pkg", "npm-unknown"], pathNot: "^node:" },
    },
    {
      name: "tests-are-not-code",
      comment: "Source files never import a test file or a test helper.",
      severity: "error",
      from: { path: "^packages/", pathNot: "(\\.test\\.ts|\\.test-d\\.ts|/_test/.*|/_fixture\\.ts|/testData\\.ts)$" },
      to: { path: "(\\.test\\.ts|\\.test-d\\.ts|/_test/)" },
    },
  ],
  options: {
    // Packages reach each other through node_modules links to their built dist/: follow no further.
    doNotFollow: { path: "(^|/)(dist|node_modules)/" },
    tsPreCompilationDeps: true,
    combinedDependencies: true,
    tsConfig: { fileName: "tsconfig.depcruise.json" },
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default", "types"], mainFields: ["module", "main", "types"] },
  },
};
