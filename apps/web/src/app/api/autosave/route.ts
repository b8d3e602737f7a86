import { TRPCError } from "@trpc/server";
import { isCrossSiteRequest } from "~/lib/same-origin";
import { errorResponse, routeCaller } from "~/lib/route-caller";

/**
 * The editor's last autosave as the page closes: sent with `fetch(..., { keepalive: true })`,
 * which outlives the page (a server action does not). Same procedure as the idle autosave.
 */
export async function POST(req: Request) {
  if (isCrossSiteRequest(req)) return new Response("Cross-site requests are not allowed.\n", { status: 403 });
  let input: unknown;
  try {
    input = await req.json();
  } catch {
    return new Response("Send the autosave as JSON.\n", { status: 400 });
  }
  try {
    const saved = await routeCaller(req).admin.revision.autosave(input as never);
    return Response.json({ revisionId: saved.revisionId, savedAt: saved.savedAt, stale: saved.stale });
  } catch (error) {
    if (error instanceof TRPCError) return errorResponse(error);
    throw error;
  }
}
