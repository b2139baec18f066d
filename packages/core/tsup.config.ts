import { defineConfig } from "tsup";
import { pureTopLevel } from "../../scripts/pureTopLevel.mjs";

const common = { sourcemap: true, target: "es2022", platform: "neutral", esbuildPlugins: [pureTopLevel] } as const;

// What an app imports from core costs no more than it needs (`pnpm lint:bundle` measures it): the
// ESM build keeps a file per module, so that a bundler drops every module an app does not reach
// (the package has no side effects), and the schemas, vocabularies and table specs built at the
// top of a module are marked pure, so that those an app does not use go too (with zod).
export default defineConfig([
  {
    ...common,
    entry: ["src/**/*.ts", "!src/**/*.test.ts", "!src/**/*.test-d.ts", "!src/**/_test/**", "!src/**/testData.ts"],
    format: ["esm"],
    bundle: false,
    dts: { entry: "src/index.ts" },
    clean: true,
  },
  // CommonJS, which bundlers do not tree-shake module by module anyway, stays one file.
  { ...common, entry: ["src/index.ts"], format: ["cjs"], dts: true, treeshake: true },
]);
