import "server-only";
import { cache } from "react";
import { forbidden, redirect } from "next/navigation";
import type { AuthUser } from "@crestwood/api";
import { getBlogContext } from "~/lib/blog";
import { getApi } from "~/trpc/server";

/** The admin's per-request context: the API, the blog's strings, and who is signed in. */
export const getAdminContext = cache(async () => {
  const [api, blog] = await Promise.all([getApi(), getBlogContext()]);
  const status = await api.auth.status();
  return { api, blog, t: blog.t.admin, user: status.user, setupNeeded: status.setupNeeded };
});

/**
 * The signed-in user, or a redirect: to the one-time setup on a fresh blog, else to sign-in
 * with a way back to `path`.
 */
export async function requireUser(path: string): Promise<AuthUser> {
  const { user, setupNeeded } = await getAdminContext();
  if (setupNeeded) redirect("/admin/setup");
  if (!user) redirect(`/admin/sign-in?next=${encodeURIComponent(path)}`);
  return user;
}

/**
 * The gate of every owner-only page (labels, authors, tokens, settings): the owner passes; an
 * author gets the admin's 403 page (app/admin/forbidden.tsx, HTTP status 403); anonymous
 * visitors go to sign-in as with requireUser.
 */
export async function requireOwner(path: string): Promise<AuthUser> {
  const user = await requireUser(path);
  if (user.role !== "owner") forbidden();
  return user;
}
