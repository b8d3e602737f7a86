import type { AuthUser } from "./caller";
import { AppError } from "../errors";

/** The owner may change everything; an author only their own posts and the comments on them. */
export function canEditPost(user: AuthUser, post: { authorId: string | null }): boolean {
  return user.role === "owner" || post.authorId === user.id;
}

export function assertCanEditPost(user: AuthUser, post: { authorId: string | null }) {
  if (!canEditPost(user, post)) throw new AppError("FORBIDDEN", "Only the post's author or the blog's owner may change it.");
}
