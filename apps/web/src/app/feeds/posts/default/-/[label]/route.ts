import { serveFeed } from "~/lib/feed-route";
import { decodeParam } from "~/lib/params";

/** The posts carrying one label (Blogger's /feeds/posts/default/-/<label>). */
export async function GET(request: Request, { params }: RouteContext<"/feeds/posts/default/-/[label]">) {
  return serveFeed(request, { feed: "posts", label: decodeParam((await params).label) });
}
