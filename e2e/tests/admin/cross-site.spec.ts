import { expect, test } from "@playwright/test";
import { createAuthor } from "../../factories/accounts";
import { SignInPage } from "../../pages/admin/sign-in-page";

/**
 * A page on another site posting to our API with the victim's cookie: tRPC 11 would run an
 * input-less mutation from a multipart form. The route refuses cross-site POSTs before tRPC sees them.
 */
test("cross-site multipart and text/plain POSTs to a mutation are refused with 403 and change nothing", async ({ page }) => {
  await new SignInPage(page).signInAndWait(createAuthor());
  const [session] = (await page.context().cookies()).filter((c) => c.name === "crestwood_session");
  expect(session).toBeTruthy();
  const cookie = `crestwood_session=${session?.value}`;
  const crossSite = { cookie, origin: "https://evil.example", "sec-fetch-site": "cross-site" };
  const request = page.context().request;

  const multipart = await request.post("/api/trpc/auth.signOutEverywhere", { headers: crossSite, multipart: { x: "1" } });
  expect(multipart.status()).toBe(403);
  const text = await request.post("/api/trpc/auth.signOutEverywhere", { headers: { ...crossSite, "content-type": "text/plain" }, data: "x" });
  expect(text.status()).toBe(403);
  // Without Sec-Fetch-Site (older browsers), Origin alone decides.
  const originOnly = await request.post("/api/trpc/auth.signOutEverywhere", { headers: { cookie, origin: "https://evil.example" }, multipart: { x: "1" } });
  expect(originOnly.status()).toBe(403);

  // Still signed in: the mutation did not run.
  const status = await request.get("/api/trpc/auth.status", { headers: { cookie } });
  expect((await status.json()).result.data.json.user).not.toBeNull();
  await page.goto("/admin/posts");
  await expect(page.getByRole("heading", { level: 1, name: "Inlägg" })).toBeVisible();
});

test("admin procedures over HTTP refuse anonymous callers with 401", async ({ request }) => {
  const list = await request.get("/api/trpc/admin.post.list?input=" + encodeURIComponent(JSON.stringify({ json: {} })));
  expect(list.status()).toBe(401);
  const create = await request.post("/api/trpc/admin.post.create", { data: { json: { title: "x", bodyHtml: "", status: "draft" } } });
  expect(create.status()).toBe(401);
});
