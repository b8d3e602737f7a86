import AxeBuilder from "@axe-core/playwright";
import { HtmlValidate, type Report } from "html-validate";
import { expect, type APIRequestContext, type Page } from "@playwright/test";

const validator = new HtmlValidate({ extends: ["html-validate:standard"] });

function describeReport(report: Report): string {
  return report.results
    .flatMap((result) => result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`))
    .join("\n");
}

/** The HTML the server sends (not the DOM after scripts ran) is valid HTML. */
export async function expectValidHtml(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  const html = await response.text();
  const report = await validator.validateString(html);
  expect(report.valid, `${path} is not valid HTML:\n${describeReport(report)}`).toBe(true);
}

/** No WCAG 2.1 A/AA violations that axe can detect on the page as shown. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(" ")).join("\n  ")}`);
  expect(summary, `${page.url()} has accessibility violations`).toEqual([]);
}
