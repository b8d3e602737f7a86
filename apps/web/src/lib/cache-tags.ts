import "server-only";
import { headers } from "next/headers";
import { CacheTag } from "@crestwood/api/changes";
import { addRenderTags, RENDER_ID_HEADER } from "./render-tags-registry";

export { CacheTag, monthKey } from "@crestwood/api/changes";

/**
 * Declares what this page shows (CacheTag builders), for the page cache: a change to any of it
 * drops the cached copy. Pages say what they show, never when to drop it (that is decided in one
 * place: @crestwood/api's changes/affected.ts). A page that declares nothing is never cached.
 */
export async function cacheTags(...tags: string[]): Promise<void> {
  addRenderTags((await headers()).get(RENDER_ID_HEADER), tags);
}

/** What a list of posts shows: each post, and its comment count. */
export function postListTags(posts: readonly { id: string }[]): string[] {
  return posts.flatMap((post) => [CacheTag.post(post.id), CacheTag.comments(post.id)]);
}

/** The same for route handlers, which have their request at hand. */
export function cacheTagsFor(request: Request, tags: Iterable<string>): void {
  addRenderTags(request.headers.get(RENDER_ID_HEADER), tags);
}
