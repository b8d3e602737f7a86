import type { Paging } from "@crestwood/api";

/** A list page's paging (from its URL) as `post.list` takes it. */
export function listPaging(paging: Paging) {
  return {
    limit: paging.maxResults,
    ...(paging.cursor ? (paging.direction === "newer" ? { newerThan: paging.cursor } : { olderThan: paging.cursor }) : {}),
  };
}
