import type { Db } from "@crestwood/db";
import { featuredImageOf } from "./media";

/**
 * The blog owner's public profile, for the "Om mig"/"About me" widget on reader pages (Blogger's
 * profile gadget). Null until the owner has written something about themselves.
 */
export async function getOwnerProfile(db: Db) {
  const owner = await db.user.findFirst({
    where: { role: "owner" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { name: true, displayName: true, bio: true, website: true, avatarMedia: { select: { alt: true, variants: true } } },
  });
  if (!owner || (!owner.bio && !owner.displayName && !owner.avatarMedia && !owner.website)) return null;
  return {
    name: owner.displayName || owner.name,
    bio: owner.bio,
    website: owner.website,
    avatar: featuredImageOf(owner.avatarMedia),
  };
}
export type OwnerProfile = NonNullable<Awaited<ReturnType<typeof getOwnerProfile>>>;
