// A type test, checked by `pnpm typecheck` (tsc --noEmit) and never run: the client's inputs and
// outputs are the server's, with dates as Date. A wrong type here fails the type check.
import { createCrestwoodClient, toCrestwoodError, type RouterInputs, type RouterOutputs } from "../src/index";

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function assertType<T extends true>(_proof?: T) {}

type Post = RouterOutputs["post"]["bySlug"];
assertType<Equal<Post["publishedAt"], Date>>();
assertType<Equal<Post["labels"], { name: string; path: string }[]>>();
assertType<Equal<RouterOutputs["post"]["list"]["older"], { at: Date; id: string } | null>>();
assertType<Equal<RouterOutputs["admin"]["token"]["create"]["token"], string>>();
assertType<Equal<RouterInputs["admin"]["post"]["create"]["status"], "draft" | "scheduled" | "published">>();

export async function usesTheClient() {
  const blog = createCrestwoodClient({ url: "http://localhost:3000", token: "cw_…" });
  const { posts } = await blog.post.list.query({ label: "Intranät", limit: 5 });
  const year: number = posts[0]!.publishedAt.getFullYear();
  // @ts-expect-error a title is a string, not a number
  const wrong: number = posts[0]!.title;
  // @ts-expect-error post.create lives under admin and needs a title
  await blog.admin.post.create.mutate({ bodyHtml: "", status: "draft" });
  // @ts-expect-error there is no such procedure
  await blog.post.nonexistent.query();

  const error = toCrestwoodError(new Error("x"));
  if (error?.code === "BAD_REQUEST") assertType<Equal<typeof error.fieldErrors, Record<string, string[]>>>();
  if (error?.code === "TOO_MANY_REQUESTS") assertType<Equal<typeof error.retryAfterSeconds, number | null>>();
  return { year, wrong };
}
