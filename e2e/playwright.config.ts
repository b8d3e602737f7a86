import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const port = process.env.E2E_PORT ?? "3100";

/** The system's Chromium (Debian's package) when present, else Playwright's own download. */
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export default defineConfig({
  testDir: "./tests",
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [["list"]],
  // Generous: the admin flows are long, and CI machines can be busy.
  timeout: 90_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    ...devices["Desktop Chrome"],
    launchOptions: {
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  // Tests share one server and database. The blog's first visit to /admin (the owner's setup)
  // comes first; tests that change blog-wide settings (comment policy, title) run after the
  // parallel ones; the example script publishes a post dated now, which tops the home page, so it
  // runs after them; the language switch (tests/last) comes at the very end.
  projects: [
    { name: "setup", testMatch: "admin/setup.spec.ts" },
    { name: "main", testIgnore: [/example-script\.spec\.ts/, "admin/setup.spec.ts", "blog-wide/**", "last/**"], dependencies: ["setup"] },
    { name: "blog-wide", testMatch: "blog-wide/**/*.spec.ts", dependencies: ["main"] },
    { name: "after-main", testMatch: /example-script\.spec\.ts/, dependencies: ["blog-wide"] },
    // Switches the whole blog's language (and back): alone, after everything else.
    { name: "last", testMatch: "last/**/*.spec.ts", dependencies: ["after-main"] },
  ],
  webServer: {
    command: "node server.mjs",
    url: `http://127.0.0.1:${port}/`,
    // E2E_REUSE_SERVER=1 runs against a server you started with `E2E_PORT=… node server.mjs` (faster reruns).
    reuseExistingServer: process.env.E2E_REUSE_SERVER === "1",
    timeout: 120_000,
    stdout: "pipe",
    stderr: "pipe",
  },
});
