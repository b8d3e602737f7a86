import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { createCaller, createTRPCContext } from "@crestwood/api";
import { getDb } from "@crestwood/db";
import { clientIpFrom } from "~/lib/client-ip";

/** The API, in process, for a route handler (downloads and one-click links that are not pages). */
export function routeCaller(req: Request) {
  return createCaller(createTRPCContext({ db: getDb(), headers: req.headers, clientIp: clientIpFrom(req.headers) }));
}

/** A procedure's refusal as a plain-text response with its HTTP status; anything else is rethrown. */
export function errorResponse(error: unknown): Response {
  if (!(error instanceof TRPCError)) throw error;
  return new Response(`${error.message}\n`, { status: getHTTPStatusCodeFromError(error), headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
}
