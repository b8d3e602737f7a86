import "server-only";
import { cache } from "react";
import type { Metadata } from "next";
import { permanentRedirect } from "next/navigation";
import type { AddressAnswer } from "@crestwood/api";
import { ZAddressInputSchema } from "@crestwood/validators";
import { getApi } from "~/trpc/server";
import type { BlogContext } from "./blog";
import { CacheTag, cacheTags } from "./cache-tags";
import { answerWithStatus } from "./response-status";

type SearchParams = Record<string, string | string[] | undefined>;

/**
 * What a post, page or label address comes to, once per request (metadata and page share it). For
 * the page cache: a post's page shows the post, a label's page the label; a redirect, 404 or 410
 * depends on which addresses exist.
 */
export const resolveReaderAddress = cache(async (path: string): Promise<AddressAnswer> => {
  // No address is longer than the procedure accepts: such a path is a 404, not a refused call.
  if (!ZAddressInputSchema.safeParse({ path }).success) {
    await cacheTags(CacheTag.addresses);
    return { status: "missing" };
  }
  const answer = await (await getApi()).address.resolve({ path });
  await cacheTags(answer.status === "post" ? CacheTag.post(answer.post.id) : answer.status === "label" ? CacheTag.label(answer.name) : CacheTag.addresses);
  return answer;
});

/** The query of this request again, for a redirect that keeps it (paging, ?m=1). */
export function queryString(query: SearchParams): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(name, one);
  const text = params.toString();
  return text ? `?${text}` : "";
}

/**
 * For an address that is not (or no longer) a post or label: a permanent redirect to where it
 * moved, or this response's status (410 for what was deleted, 404 for nothing) with the page's
 * own "not found" view as its body. Returns whether the page shows "gone" or "not found".
 */
export function answerUnfound(answer: AddressAnswer, query: SearchParams = {}): "gone" | "missing" {
  if (answer.status === "moved") permanentRedirect(`${answer.to}${queryString(query)}`);
  const gone = answer.status === "gone";
  answerWithStatus(gone ? 410 : 404);
  return gone ? "gone" : "missing";
}

/** <title> and robots for a page that shows the "not found" or "gone" view. */
export function unfoundMetadata(blog: BlogContext, gone = false): Metadata {
  return { title: (gone ? blog.t.gone : blog.t.notFound).title, robots: { index: false, follow: true } };
}
