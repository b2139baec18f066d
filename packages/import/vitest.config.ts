import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "import",
    // Some tests push tens of megabytes through the reader: give them room on a busy 2-core machine.
    testTimeout: 30_000,
    include: ["src/**/*.test.ts"],
    typecheck: { enabled: true, include: ["src/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
  },
});
