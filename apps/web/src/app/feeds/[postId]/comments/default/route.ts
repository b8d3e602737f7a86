import { serveFeed } from "~/lib/feed-route";

/** One post's comments (Blogger's /feeds/<postId>/comments/default). */
export async function GET(request: Request, { params }: RouteContext<"/feeds/[postId]/comments/default">) {
  return serveFeed(request, { feed: "comments", postId: (await params).postId });
}
