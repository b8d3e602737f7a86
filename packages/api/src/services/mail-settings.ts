import type { Db } from "@crestwood/db";
import { ZMailSettingsInputSchema, type TMailSettingsInput } from "@crestwood/validators";
import { withChanges } from "../changes/announce";
import { BLOG_ID, getBlog } from "./blog";

/** How followers hear of new posts, and how many revisions each post keeps. */
export async function getMailSettings(db: Db) {
  const blog = await getBlog(db);
  return { digestFrequency: blog.digestFrequency, revisionsToKeep: blog.revisionsToKeep };
}

export async function updateMailSettings(db: Db, rawInput: TMailSettingsInput) {
  const input = ZMailSettingsInputSchema.parse(rawInput);
  await getBlog(db);
  const blog = await withChanges(db, async (tx, announce) => {
    const updated = await tx.blog.update({ where: { id: BLOG_ID }, data: { digestFrequency: input.digestFrequency, revisionsToKeep: input.revisionsToKeep } });
    // No reader page shows these today, but they are the blog's settings: every process that keeps
    // a copy of them (the server's, another instance's) reads them again, as for any other setting.
    announce({ type: "settings.changed" });
    return updated;
  });
  return { digestFrequency: blog.digestFrequency, revisionsToKeep: blog.revisionsToKeep };
}
