import { serveFeed } from "~/lib/feed-route";

/**
 * Blogger's feeds, every projection: /feeds/posts/default (full, summary), …/-/<label>,
 * /feeds/<postId>/comments/default and /feeds/comments/default. The URL module reads the path.
 */
export async function GET(request: Request) {
  return serveFeed(request);
}
