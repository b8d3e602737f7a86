import type { Db } from "@crestwood/db";
import { ZMailSettingsInputSchema, type TMailSettingsInput } from "@crestwood/validators";
import { BLOG_ID, getBlog } from "./blog";

/** How followers hear of new posts, and how many revisions each post keeps. */
export async function getMailSettings(db: Db) {
  const blog = await getBlog(db);
  return { digestFrequency: blog.digestFrequency, revisionsToKeep: blog.revisionsToKeep };
}

export async function updateMailSettings(db: Db, rawInput: TMailSettingsInput) {
  const input = ZMailSettingsInputSchema.parse(rawInput);
  await getBlog(db);
  const blog = await db.blog.update({ where: { id: BLOG_ID }, data: { digestFrequency: input.digestFrequency, revisionsToKeep: input.revisionsToKeep } });
  return { digestFrequency: blog.digestFrequency, revisionsToKeep: blog.revisionsToKeep };
}
