import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { createCaller, createTRPCContext } from "@crestwood/api";
import { getDb } from "@crestwood/db";
import { clientIpFrom } from "~/lib/client-ip";

/**
 * The tRPC caller for server components and server actions: procedures run in this process,
 * never over HTTP to our own /api/trpc. One per request (React's cache).
 */
export const getApi = cache(async () => {
  const requestHeaders = new Headers(await headers());
  return createCaller(createTRPCContext({ db: getDb(), headers: requestHeaders, clientIp: clientIpFrom(requestHeaders) }));
});
