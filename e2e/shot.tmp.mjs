import { chromium } from "@playwright/test";
const base = "http://127.0.0.1:3171";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const pages = process.argv.slice(2);
for (const spec of pages) {
  const [path, width = "1280", name] = spec.split("|");
  const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
  await page.goto(base + path);
  await page.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: true });
  await page.close();
}
await browser.close();
