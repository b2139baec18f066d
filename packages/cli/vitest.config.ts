import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "cli",
    include: ["src/**/*.test.ts"],
    // The tests run the built command as separate processes; on a busy machine each start takes a second.
    testTimeout: 60_000,
    hookTimeout: 180_000,
    typecheck: { enabled: true, include: ["src/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
  },
});
