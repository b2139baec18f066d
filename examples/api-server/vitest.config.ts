import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "example-api-server",
    include: ["src/**/*.test.ts"],
    environment: "node",
  },
});
