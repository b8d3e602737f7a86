/** The blog's title, description, language and timezone from the export, for a blog moving in. */
import { BLOG_LIMITS, isIanaTimeZone } from "@crestwood/validators";
import type { ImportSettings } from "../model";
import type { RunContext, Tx } from "./context";

export function settingsData(settings: ImportSettings) {
  const data: { title?: string; description?: string; language?: "sv" | "en"; timezone?: string; postsPerPage?: number; commentPolicy?: "open" | "moderated" | "closed" } = {};
  if (settings.title) data.title = settings.title.slice(0, BLOG_LIMITS.title);
  if (settings.description !== undefined) data.description = settings.description.slice(0, BLOG_LIMITS.description);
  if (settings.language) data.language = settings.language;
  if (settings.timezone && isIanaTimeZone(settings.timezone)) data.timezone = settings.timezone;
  if (settings.postsPerPage) data.postsPerPage = settings.postsPerPage;
  if (settings.commentPolicy) data.commentPolicy = settings.commentPolicy;
  return data;
}

export async function applySettings(tx: Tx, ctx: RunContext, settings: ImportSettings): Promise<void> {
  const data = settingsData(settings);
  if (Object.keys(data).length === 0 || ctx.dryRun) return;
  // The same settings again (the same file imported twice) are no change to announce.
  const current = await tx.blog.findUnique({ where: { id: 1 } });
  if (current && Object.entries(data).every(([key, value]) => current[key as keyof typeof data] === value)) return;
  await tx.blog.upsert({ where: { id: 1 }, update: data, create: { id: 1, title: data.title ?? "Crestwood", ...data } });
  ctx.changed.settings = true;
}
