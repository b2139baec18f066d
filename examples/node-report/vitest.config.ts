import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "example-node-report",
    include: ["*.test.mjs"],
    testTimeout: 60_000,
  },
});
