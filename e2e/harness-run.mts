import { chromium } from "@playwright/test";
import { readFileSync, readdirSync } from "node:fs";
import { sanitizePostHtml } from "../packages/api/src/content/sanitize.ts";
import { canonicalFromParse5 } from "../packages/content/src/canonical-parse5.ts";
import { firstDifference } from "../packages/content/src/canonical.ts";
const dir = "/work/wt/editor/e2e/fixtures/post-corpus";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const page = await browser.newPage();
await page.setContent("<html><body></body></html>");
await page.addScriptTag({ content: readFileSync("/tmp/harness/bundle.js", "utf8") });
const only = process.argv[2];
for (const file of readdirSync(dir)) {
  if (only && !file.includes(only)) continue;
  const before = sanitizePostHtml(readFileSync(`${dir}/${file}`, "utf8"));
  const r = await page.evaluate((h) => (window as any).roundTrip(h), before);
  const after = sanitizePostHtml(r.out);
  const d = firstDifference(canonicalFromParse5(before), canonicalFromParse5(after));
  console.log(file, "browser-diff:", JSON.stringify(r.diff), "server-diff:", JSON.stringify(d));
  if (process.env.V) { console.log("--- before\n" + before + "\n--- raw\n" + r.raw + "\n--- after\n" + after); }
}
await browser.close();
