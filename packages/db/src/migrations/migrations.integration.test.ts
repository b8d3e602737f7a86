import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { testProvider } from "../../testing";
import { TEST_ENV } from "../../testing";

describe("this provider's migrations", () => {
  it("replay into exactly its schema (every schema change has its migration)", () => {
    const provider = testProvider();
    const server = process.env[TEST_ENV.postgresServer];
    const result = spawnSync(
      process.execPath,
      ["--experimental-wasm-modules", "--no-warnings", "--import", "tsx", join(import.meta.dirname, "../../scripts/check.ts"), "--provider", provider],
      { encoding: "utf8", env: { ...process.env, ...(provider === "postgresql" && server ? { POSTGRES_TEST_URL: server } : {}) } },
    );
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  }, 120_000);
});
