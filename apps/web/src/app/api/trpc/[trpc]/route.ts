import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { appRouter, createTRPCContext } from "@crestwood/api";
import { getDb } from "@crestwood/db";
import { clientIpFrom } from "~/lib/client-ip";
import { isCrossSiteRequest } from "~/lib/same-origin";

function handler(req: Request) {
  // tRPC runs some mutations from a cross-site multipart form post: refuse those before parsing.
  if (req.method === "POST" && isCrossSiteRequest(req)) {
    return Response.json({ error: { message: "Cross-site requests are not allowed." } }, { status: 403 });
  }
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    router: appRouter,
    req,
    createContext: () => createTRPCContext({ db: getDb(), headers: req.headers, clientIp: clientIpFrom(req.headers) }),
  });
}

export { handler as GET, handler as POST };
