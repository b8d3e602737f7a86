import { yearMonth } from "@crestwood/i18n";

/** Blogger's permalink: /YYYY/MM/slug.html, year and month of publication in the blog's timezone. */
export function postPath(post: { slug: string; publishedAt: Date; kind?: "post" | "page" }, timeZone: string): string {
  if (post.kind === "page") return `/p/${post.slug}.html`;
  const { year, month } = yearMonth(post.publishedAt, timeZone);
  return `/${year}/${month}/${post.slug}.html`;
}

export function labelPath(name: string): string {
  return `/search/label/${encodeURIComponent(name)}`;
}

export function postCommentsFeedPath(postId: string): string {
  return `/feeds/${postId}/comments/default`;
}

/** Blogger's archive pages: /2009/ and /2009/02/. */
export function archivePath(year: number, month?: number): string {
  return month === undefined ? `/${year}/` : `/${year}/${String(month).padStart(2, "0")}/`;
}
