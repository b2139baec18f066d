import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts", "src/xlsx.ts", "src/pdf.ts"],
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: true,
  target: "es2022",
  platform: "neutral",
  treeshake: true,
  // Keep `node:` on the Node built-ins that the PDF entry imports only when it reads its default fonts.
  removeNodeProtocol: false,
});
