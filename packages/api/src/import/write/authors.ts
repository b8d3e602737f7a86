/**
 * Blogger authors as accounts. An export names authors (name, profile address, rarely a real
 * e-mail); each becomes an account that cannot sign in (no password), found again on the next
 * import by a stable address made from the Blogger profile number. An author whose name is
 * exactly one existing account's name (typically the owner who is moving in) is that account.
 */
import { slugify } from "@crestwood/validators";
import type { ImportAuthor } from "../model";
import type { RunContext, Tx } from "./context";
import { newRowId } from "./row-ids";

/** The address an imported author's account is kept under (.invalid: never delivered). */
export function importedAuthorEmail(author: ImportAuthor): string {
  const profile = author.uri ? /blogger\.com\/profile\/(\d+)/.exec(author.uri)?.[1] : undefined;
  if (profile) return `blogger-${profile}@import.invalid`;
  return `blogger-${slugify(author.name, 60)}@import.invalid`;
}

export function authorKey(author: ImportAuthor | null, accountEmail?: string): string | null {
  if (accountEmail) return `email:${accountEmail.toLowerCase()}`;
  if (!author || author.anonymous) return null;
  if (author.email) return `email:${author.email}`;
  return `email:${importedAuthorEmail(author)}`;
}

/** The account for a post's author, made when there is none; null for no author. */
export async function resolveAuthor(tx: Tx, ctx: RunContext, author: ImportAuthor | null, accountEmail?: string): Promise<string | null> {
  const key = authorKey(author, accountEmail);
  if (!key) return null;
  const known = ctx.authors.get(key);
  if (known) return known;
  const email = key.slice("email:".length);
  let user = await tx.user.findUnique({ where: { email }, select: { id: true } });
  if (!user && author && !accountEmail) {
    const namesakes = await tx.user.findMany({ where: { name: author.name }, select: { id: true }, take: 2 });
    if (namesakes.length === 1) user = namesakes[0]!;
  }
  if (!user) {
    const id = newRowId();
    if (!ctx.dryRun) await tx.user.create({ data: { id, email, name: author?.name ?? email, role: "author", passwordHash: null } });
    user = { id };
  }
  ctx.authors.set(key, user.id);
  return user.id;
}

/** A comment by someone who wrote posts in this import (the blog's author answering) is theirs. */
export function commentUserId(ctx: RunContext, author: ImportAuthor, accountEmail?: string): string | null {
  const key = authorKey(author, accountEmail);
  return key ? (ctx.authors.get(key) ?? null) : null;
}
