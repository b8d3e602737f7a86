// Signed-in authors without going through a form: a user and a session written straight into the
// e2e database, and the session cookie for the browser (the same shape sign-in sets).
import { createHash, randomBytes, randomUUID } from "node:crypto";
import type { BrowserContext } from "@playwright/test";
import { e2eDb } from "./db";

export const SESSION_COOKIE = "crestwood_session";

export async function signedInAuthor(context: BrowserContext, baseURL: string, role: "owner" | "author" = "author") {
  const suffix = randomUUID().slice(0, 8);
  const user = await e2eDb().user.create({ data: { email: `e2e-${suffix}@example.org`, name: `E2E-skribent ${suffix}`, role } });
  const token = randomBytes(32).toString("base64url");
  // Only the token's sha256 is stored, as packages/api/src/auth/session.ts does.
  await e2eDb().session.create({
    data: { userId: user.id, tokenHash: createHash("sha256").update(token).digest("hex"), expiresAt: new Date(Date.now() + 86_400_000) },
  });
  await context.addCookies([{ name: SESSION_COOKIE, value: token, url: baseURL, httpOnly: true, sameSite: "Lax" }]);
  return { user, token };
}
