import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "example-web-form",
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    environment: "node",
  },
});
