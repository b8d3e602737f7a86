import { serveFeed } from "~/lib/feed-route";

/** All posts, newest first (Blogger's /feeds/posts/default). */
export function GET(request: Request) {
  return serveFeed(request, { feed: "posts" });
}
