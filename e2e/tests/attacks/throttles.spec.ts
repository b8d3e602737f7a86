// Issue 17, holes 1–3: brute force through tRPC batches, strangers locking the owner out, and
// forged client addresses, attacked over HTTP against the running server.
import { expect, test } from "@playwright/test";
import { createAuthor } from "../../factories/accounts";
import { fromAddress, readerAddress } from "../../factories/addresses";
import { commentCount, createPublishedPost } from "../../factories/db";
import { rawRequest, tally, trpcBatch } from "../../factories/raw-http";
import { SignInPage } from "../../pages/admin/sign-in-page";

/** A comment form token, from the public procedure anonymous API callers use, aged past the fill time. */
async function agedFormToken(): Promise<string> {
  const answer = JSON.parse((await rawRequest("GET", "/api/trpc/comment.formToken")).body) as { result: { data: { json: { formToken: string; usableAfterSeconds: number } } } };
  const { formToken, usableAfterSeconds } = answer.result.data.json;
  await new Promise((resolve) => setTimeout(resolve, (usableAfterSeconds + 1) * 1000));
  return formToken;
}

test("a batch of 40 sign-ins is refused, and batches of 10 meet the throttle: 5 answers, then 429 with Retry-After", async () => {
  const author = createAuthor();
  const headers = fromAddress(readerAddress());
  const guesses = (n: number) => Array.from({ length: n }, (_, i) => ({ email: author.email, password: `gissning ${i}` }));

  const forty = await trpcBatch("auth.signIn", guesses(40), { headers });
  expect(forty.status).toBe(400);
  expect(forty.body).toMatch(/Batch call exceeds maximum size/);

  const codes: string[] = [];
  for (let round = 0; round < 4; round++) codes.push(...(await trpcBatch("auth.signIn", guesses(10), { headers })).codes);
  expect(tally(codes)).toEqual({ UNAUTHORIZED: 5, TOO_MANY_REQUESTS: 35 });

  // The right password from the guessing address waits too, and is told for how long.
  const right = await rawRequest("POST", "/api/trpc/auth.signIn", { headers, body: JSON.stringify({ json: { email: author.email, password: author.password } }) });
  expect(right.status).toBe(429);
  expect(Number(right.headers["retry-after"])).toBeGreaterThan(0);
});

test("30 comments in batches from one address: exactly 5 stored, the rest 429", async () => {
  const post = await createPublishedPost();
  const formToken = await agedFormToken();
  const headers = fromAddress(readerAddress());
  const codes: string[] = [];
  for (let round = 0; round < 3; round++) {
    const inputs = Array.from({ length: 10 }, (_, i) => ({ postId: post.id, authorName: "Flod", body: `Kommentar ${round}-${i}`, formToken }));
    codes.push(...(await trpcBatch("comment.create", inputs, { headers })).codes);
  }
  expect(tally(codes)).toEqual({ OK: 5, TOO_MANY_REQUESTS: 25 });
  expect(await commentCount(post.id)).toBe(5);
});

test("strangers guessing the owner's password from 50 addresses cannot lock the owner out", async ({ page }) => {
  const owner = createAuthor("owner");
  const home = readerAddress();
  // The owner signed in before, from home, in this browser (which keeps its known-device cookie).
  await page.setExtraHTTPHeaders(fromAddress(home));
  await new SignInPage(page).signInAndWait(owner);
  await page.context().clearCookies({ name: "crestwood_session" });

  const codes: number[] = [];
  for (let i = 0; i < 50; i++) {
    const guess = await rawRequest("POST", "/api/trpc/auth.signIn", { headers: fromAddress(readerAddress()), body: JSON.stringify({ json: { email: owner.email, password: `gissning ${i}` } }) });
    codes.push(guess.status);
  }
  expect(tally(codes)).toEqual({ 401: 20, 429: 30 });

  // The right password from a new address and browser: the account is protected for now.
  const stranger = await rawRequest("POST", "/api/trpc/auth.signIn", { headers: fromAddress(readerAddress()), body: JSON.stringify({ json: { email: owner.email, password: owner.password } }) });
  expect(stranger.status).toBe(429);
  expect(stranger.body).toMatch(/protected/);

  // The owner's own browser, from a café's address: signs in through the form as usual.
  await page.setExtraHTTPHeaders(fromAddress(readerAddress()));
  await new SignInPage(page).signInAndWait(owner);

  // Another device at home (a known address, no cookie): in as well.
  const atHome = await rawRequest("POST", "/api/trpc/auth.signIn", { headers: fromAddress(home), body: JSON.stringify({ json: { email: owner.email, password: owner.password } }) });
  expect(atHome.status).toBe(200);
});

test("forged client addresses: an outsider's invented X-Forwarded-For is ignored, so its 12 comments meet the flood limit", async () => {
  const post = await createPublishedPost();
  const formToken = await agedFormToken();
  const statuses: number[] = [];
  for (let i = 0; i < 12; i++) {
    const response = await rawRequest("POST", "/api/trpc/comment.create", {
      // 127.0.0.5 is not a trusted proxy: whatever it says about the client is its own invention.
      localAddress: "127.0.0.5",
      headers: { "x-forwarded-for": `203.0.113.${i + 1}`, "x-real-ip": `198.18.0.${i + 1}`, forwarded: `for=192.0.2.${i + 1}` },
      body: JSON.stringify({ json: { postId: post.id, authorName: "Förfalskare", body: `Nummer ${i}`, formToken } }),
    });
    statuses.push(response.status);
    if (response.status === 429) expect(Number(response.headers["retry-after"])).toBeGreaterThan(0);
  }
  expect(tally(statuses)).toEqual({ 200: 5, 429: 7 });
  expect(await commentCount(post.id)).toBe(5);
});

test("an evil Origin is refused even when an outsider also sends X-Forwarded-Host for it", async () => {
  const author = createAuthor();
  const body = JSON.stringify({ json: { email: author.email, password: author.password } });
  const forged = await rawRequest("POST", "/api/trpc/auth.signIn", { localAddress: "127.0.0.6", headers: { origin: "https://evil.example", "x-forwarded-host": "evil.example" }, body });
  expect(forged.status).toBe(403);
  const plain = await rawRequest("POST", "/api/trpc/auth.signIn", { localAddress: "127.0.0.6", headers: { origin: "https://evil.example" }, body });
  expect(plain.status).toBe(403);
});
