import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { AppError, appRouter, createTRPCContext, DEVICE_COOKIE, isHttpsRequest, serializeSessionCookie, sessionCookieOptions, type SessionCookieJar } from "@crestwood/api";
import { API_LIMITS } from "@crestwood/config";
import { getDb } from "@crestwood/db";
import { clientIpFrom } from "~/lib/client-ip";
import { isCrossSiteRequest } from "~/lib/same-origin";

/** Sign-in and sign-out over HTTP answer with Set-Cookie on the response. */
function responseCookieJar(req: Request, resHeaders: Headers): SessionCookieJar {
  const secure = isHttpsRequest(req.headers, req.url);
  return {
    set: (token, expiresAt) => resHeaders.append("Set-Cookie", serializeSessionCookie(token, sessionCookieOptions(secure, expiresAt))),
    clear: () => resHeaders.append("Set-Cookie", serializeSessionCookie("", sessionCookieOptions(secure, new Date(0)))),
    setDevice: (token, expiresAt) => resHeaders.append("Set-Cookie", serializeSessionCookie(token, sessionCookieOptions(secure, expiresAt), DEVICE_COOKIE)),
  };
}

function handler(req: Request) {
  // tRPC runs some mutations from a cross-site multipart form post: refuse those before parsing.
  if (req.method === "POST" && isCrossSiteRequest(req)) {
    return Response.json({ error: { message: "Cross-site requests are not allowed." } }, { status: 403 });
  }
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    router: appRouter,
    req,
    // One request, at most this many calls (400 beyond): a batch is not a way around per-request limits.
    maxBatchSize: API_LIMITS.maxCallsPerBatch,
    createContext: ({ resHeaders }) =>
      createTRPCContext({ db: getDb(), headers: req.headers, clientIp: clientIpFrom(req.headers), sessionCookies: responseCookieJar(req, resHeaders) }),
    // Throttled callers learn when to come back (HTTP 429 with Retry-After).
    responseMeta({ errors }) {
      const retryAfter = errors.map((error) => (error.cause instanceof AppError ? error.cause.retryAfter : undefined)).find((value) => value !== undefined);
      return retryAfter === undefined ? {} : { headers: new Headers({ "Retry-After": String(retryAfter) }) };
    },
  });
}

export { handler as GET, handler as POST };
