import { defineConfig } from "vitest/config";
import { findPostgresBin } from "./packages/db/scripts/find-postgres-bin.ts";

// Three projects, run separately (`pnpm test:unit`, `pnpm test:integration`): unit tests are pure
// functions; integration tests call procedures through createCaller on a real database — the same
// files once on SQLite and once on PostgreSQL.
//
// PostgreSQL: POSTGRES_TEST_URL names a server the tests may create databases on; without it, a
// throwaway server is started from the installed binaries (Debian: apt-get install postgresql).
// With neither, the PostgreSQL run is skipped and said so — unless POSTGRES_REQUIRED=1 (CI).
const postgresAvailable = Boolean(process.env.POSTGRES_TEST_URL || process.env.POSTGRES_BIN || findPostgresBin());
if (!postgresAvailable) {
  const message =
    "PostgreSQL: no server (set POSTGRES_TEST_URL, or install PostgreSQL's server: apt-get install postgresql). " +
    "The integration tests run on SQLite only; their PostgreSQL run is SKIPPED.";
  if (process.env.POSTGRES_REQUIRED === "1" || process.env.POSTGRES_REQUIRED === "true") throw new Error(`${message}\nPOSTGRES_REQUIRED is set: failing instead.`);
  console.warn(`\n⚠ ${message}\n`);
}

const integration = {
  include: ["packages/*/src/**/*.integration.test.ts"],
  exclude: ["**/node_modules/**"],
  environment: "node",
  testTimeout: 20_000,
  hookTimeout: 30_000,
} as const;

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
          ...integration,
          name: "integration",
          globalSetup: ["packages/db/testing/global-setup.ts"],
          env: { CRESTWOOD_TEST_PROVIDER: "sqlite" },
        },
      },
      ...(postgresAvailable
        ? [
            {
              test: {
                ...integration,
                name: "integration-postgresql",
                globalSetup: ["packages/db/testing/global-setup-postgresql.ts"],
                env: { CRESTWOOD_TEST_PROVIDER: "postgresql" },
              },
            },
          ]
        : []),
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
