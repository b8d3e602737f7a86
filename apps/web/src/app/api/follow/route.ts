import { TRPCError } from "@trpc/server";
import { isCrossSiteRequest } from "~/lib/same-origin";
import { routeCaller } from "~/lib/route-caller";

/**
 * The "Follow by e-mail" box's form target: asks for the confirmation mail, then sends the reader
 * to /follow, which says what happened (a plain form post works on cached pages and without JS).
 */
export async function POST(req: Request) {
  if (isCrossSiteRequest(req)) return new Response("Cross-site requests are not allowed.\n", { status: 403 });
  const form = await req.formData().catch(() => null);
  const email = form?.get("email");
  let status = "sent";
  try {
    await routeCaller(req).follow.request({ email: typeof email === "string" ? email : "" });
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    if (error.code === "BAD_REQUEST") status = "invalid";
    else if (error.code === "TOO_MANY_REQUESTS") status = "throttled";
    else throw error;
  }
  return new Response(null, { status: 303, headers: { location: `/follow?status=${status}`, "cache-control": "no-store" } });
}
