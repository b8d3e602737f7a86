import { defineConfig } from "vitest/config";

// Two depths, run separately (`pnpm test:unit`, `pnpm test:integration`): unit tests are pure
// functions; integration tests call procedures through createCaller on a real SQLite file.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["packages/*/src/**/*.test.ts", "apps/web/src/**/*.test.ts", "apps/web/server/**/*.test.ts"],
          exclude: ["**/*.integration.test.ts", "**/node_modules/**"],
          environment: "node",
        },
      },
      {
        test: {
          name: "integration",
          include: ["packages/*/src/**/*.integration.test.ts"],
          exclude: ["**/node_modules/**"],
          environment: "node",
          globalSetup: ["packages/db/testing/global-setup.ts"],
          testTimeout: 20_000,
        },
      },
    ],
  },
});
