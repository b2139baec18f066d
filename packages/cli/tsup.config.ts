import { defineConfig } from "tsup";

export default defineConfig({
  // `index` is the programmatic API (`run(argv, io)`); `cli` is the `kinderwerk` command (bin),
  // whose `#!/usr/bin/env node` line esbuild keeps at the top of the output.
  entry: ["src/index.ts", "src/cli.ts"],
  format: ["esm", "cjs"],
  dts: { entry: ["src/index.ts"] },
  sourcemap: true,
  clean: true,
  target: "es2022",
  platform: "node",
  treeshake: true,
});
