import { defineConfig } from "vitest/config";

// Depths, run separately (`pnpm test:unit`, `pnpm test:integration`, `pnpm test:stress`): unit
// tests are pure functions; integration tests call procedures through createCaller on a real
// SQLite file; stress tests attack the built server (fuzzing, load, shutdown), one file at a time.
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
      {
        test: {
          name: "stress",
          include: ["e2e/stress/**/*.stress.test.ts"],
          exclude: ["**/node_modules/**"],
          environment: "node",
          // Each file starts its own server; one at a time keeps the figures honest on 2 cores.
          fileParallelism: false,
          testTimeout: 900_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
