import { TRPCError } from "@trpc/server";
import { routeCaller } from "~/lib/route-caller";

const PAGES = { follow: "/follow/unsubscribe", replies: "/comments/unsubscribe" } as const;

function kindOf(value: string): keyof typeof PAGES | null {
  return value === "follow" || value === "replies" ? value : null;
}

/**
 * One-click unsubscribe (RFC 8058): mail clients POST `List-Unsubscribe=One-Click` to the address
 * in a mail's List-Unsubscribe header, from anywhere, with no cookies: the signed token in the
 * address is the only credential, and it can only ever unsubscribe.
 */
export async function POST(req: Request, { params }: RouteContext<"/api/unsubscribe/[kind]">) {
  const kind = kindOf((await params).kind);
  const token = new URL(req.url).searchParams.get("token") ?? "";
  if (!kind) return new Response("Not found.\n", { status: 404 });
  try {
    const api = routeCaller(req);
    if (kind === "follow") await api.follow.unsubscribe({ token });
    else await api.comment.unsubscribeReplies({ token });
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "BAD_REQUEST" || error.code === "NOT_FOUND")) {
      return new Response("This unsubscribe link is not valid.\n", { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
    }
    throw error;
  }
  return new Response("Unsubscribed.\n", { headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
}

/** A person opening the header's address in a browser gets the page with its button. */
export async function GET(req: Request, { params }: RouteContext<"/api/unsubscribe/[kind]">) {
  const kind = kindOf((await params).kind);
  if (!kind) return new Response("Not found.\n", { status: 404 });
  const token = new URL(req.url).searchParams.get("token") ?? "";
  return new Response(null, { status: 303, headers: { location: `${PAGES[kind]}?token=${encodeURIComponent(token)}` } });
}
