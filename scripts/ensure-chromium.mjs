// Makes sure a Chromium is there for the end-to-end tests. Playwright cannot download its own
// browser on every network, so the system's Chromium is used when present (Debian: `chromium`);
// as root on Debian/Ubuntu it is installed with apt; elsewhere Playwright's download is tried.
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";

const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(Boolean);
if (candidates.some((path) => existsSync(path))) process.exit(0);

const run = (command, args) => spawnSync(command, args, { stdio: "inherit" }).status === 0;
const isRoot = process.getuid?.() === 0;
const hasApt = spawnSync("sh", ["-c", "command -v apt-get"]).status === 0;

if (isRoot && hasApt) {
  console.log("Installing Chromium for the end-to-end tests (apt-get install chromium fonts-liberation)…");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const apt = (args) => spawnSync("apt-get", args, { stdio: "inherit", env }).status === 0;
  if (apt(["update", "-qq"]) && apt(["install", "-y", "-qq", "chromium", "fonts-liberation"]) && existsSync("/usr/bin/chromium")) {
    process.exit(0);
  }
  console.error("apt-get could not install chromium.");
}

console.log("No system Chromium found: trying Playwright's own (pnpm --filter @crestwood/e2e exec playwright install chromium)…");
if (run("pnpm", ["--filter", "@crestwood/e2e", "exec", "playwright", "install", "chromium"])) process.exit(0);
console.error(
  "No Chromium for the end-to-end tests. Install one (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROMIUM_PATH to a Chromium or Chrome binary.",
);
process.exit(1);
