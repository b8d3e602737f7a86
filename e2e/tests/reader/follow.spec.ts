import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { e2eDb } from "../../factories/db";
import { linkPath, waitForMail } from "../../factories/outbox";

test("following by e-mail needs the click in the confirmation mail, and the link itself changes nothing", async ({ page, request }) => {
  const email = `foljare-${randomUUID().slice(0, 8)}@example.org`;
  await page.goto("/");
  const box = page.getByRole("region", { name: "Följ via e-post" });
  await box.getByRole("textbox", { name: "Din e-postadress" }).fill(email);
  await box.getByRole("button", { name: "Följ" }).click();
  await expect(page).toHaveURL(/\/follow\?status=sent$/);
  await expect(page.getByRole("status")).toContainText("Titta i din inkorg");

  const mail = await waitForMail(email);
  expect(mail.subject).toMatch(/^Bekräfta att du vill följa /);
  const confirm = linkPath(mail, "/follow/confirm");
  // A mail scanner opening the link does not confirm.
  expect((await request.get(confirm)).status()).toBe(200);
  expect((await e2eDb().subscriber.findUniqueOrThrow({ where: { email } })).status).toBe("pending");
  await page.goto(confirm);
  await page.getByRole("button", { name: "Ja, jag vill följa bloggen" }).click();
  await expect(page.getByRole("status")).toHaveText(/^Klart! Du får nya inlägg med e-post\./);
  expect((await e2eDb().subscriber.findUniqueOrThrow({ where: { email } })).status).toBe("confirmed");
});
