import { isCrossSiteRequest } from "~/lib/same-origin";
import { errorResponse, routeCaller } from "~/lib/route-caller";

/**
 * The owner's export of one person's data as a JSON file. A POST from the mail page's form, so
 * the address travels in the body, not in a URL that logs and histories keep.
 */
export async function POST(req: Request) {
  if (isCrossSiteRequest(req)) return new Response("Cross-site requests are not allowed.\n", { status: 403 });
  const form = await req.formData().catch(() => null);
  const email = form?.get("email");
  try {
    const data = await routeCaller(req).admin.mail.exportPersonalData({ email: typeof email === "string" ? email : "" });
    return new Response(`${JSON.stringify(data, null, 2)}\n`, {
      headers: {
        "content-type": "application/json; charset=utf-8",
        "content-disposition": `attachment; filename="personal-data-${data.email.replace(/[^a-z0-9@._-]/gi, "_")}.json"`,
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
