import { postSearch, type Db } from "@crestwood/db";
import { ZPostSearchInputSchema, type TPostSearchInput } from "@crestwood/validators";
import { markedTextToHtml } from "../content/highlight";
import { BLOG_ID } from "./blog";
import { getReaderPostsByIds } from "./posts";

/** Posts and pages matching the reader's words, best first, with the matches highlighted. */
export async function searchPosts(db: Db, rawInput: TPostSearchInput, now = new Date()) {
  const input = ZPostSearchInputSchema.parse(rawInput);
  const hits = await postSearch().search(db, { text: input.q, blogId: BLOG_ID, now, limit: input.limit });
  const posts = await getReaderPostsByIds(db, hits.map((hit) => hit.postId), now);
  const results = hits.flatMap((hit) => {
    const post = posts.get(hit.postId);
    return post ? [{ post, titleHtml: markedTextToHtml(hit.title), snippetHtml: markedTextToHtml(hit.snippet) }] : [];
  });
  return { query: input.q, results };
}
export type SearchResult = Awaited<ReturnType<typeof searchPosts>>["results"][number];
