import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { createCaller, createTRPCContext, DEVICE_COOKIE, isHttpsRequest, SESSION_COOKIE, sessionCookieOptions, type SessionCookieJar } from "@crestwood/api";
import { getDb } from "@crestwood/db";
import { clientIpFrom } from "~/lib/client-ip";

/** Sign-in and sign-out from server actions write the cookie through Next's cookie store. */
function nextCookieJar(requestHeaders: Headers): SessionCookieJar {
  const secure = isHttpsRequest(requestHeaders);
  return {
    set: async (token, expiresAt) => {
      (await cookies()).set(SESSION_COOKIE, token, sessionCookieOptions(secure, expiresAt));
    },
    clear: async () => {
      (await cookies()).set(SESSION_COOKIE, "", sessionCookieOptions(secure, new Date(0)));
    },
    setDevice: async (token, expiresAt) => {
      (await cookies()).set(DEVICE_COOKIE, token, sessionCookieOptions(secure, expiresAt));
    },
  };
}

/**
 * The tRPC caller for server components and server actions: procedures run in this process,
 * never over HTTP to our own /api/trpc. One per request (React's cache). Reader pages call only
 * public procedures, which never look at the session cookie.
 */
export const getApi = cache(async () => {
  const requestHeaders = new Headers(await headers());
  return createCaller(
    createTRPCContext({ db: getDb(), headers: requestHeaders, clientIp: clientIpFrom(requestHeaders), sessionCookies: nextCookieJar(requestHeaders) }),
  );
});
