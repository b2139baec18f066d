import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "example-coordinator",
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    environment: "node",
  },
});
