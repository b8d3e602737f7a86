import { serveFeed } from "~/lib/feed-route";

/** The newest comments on the whole blog (Blogger's /feeds/comments/default). */
export function GET(request: Request) {
  return serveFeed(request, { feed: "comments" });
}
