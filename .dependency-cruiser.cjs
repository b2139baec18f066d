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
      to: { path: "^packages/(import|reporting|cli|names)/" },
    },
    {
      name: "import-and-reporting-stand-side-by-side",
      comment: "import and reporting depend on core only, never on each other or on the CLI.",
      severity: "error",
      from: { path: "^packages/(import|reporting)/" },
      to: { path: "^packages/(import|reporting|cli)/", pathNot: "^packages/$1/" },
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
