import { POST_PAGE_SIZE_MAX } from "@crestwood/validators";

type SearchParam = string | string[] | undefined;

function first(value: SearchParam): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Reads Blogger's `updated-max` paging parameter; anything unparseable means the first page. */
export function parseUpdatedMax(value: SearchParam): Date | undefined {
  const raw = first(value);
  if (!raw) return undefined;
  const date = new Date(raw);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/**
 * Reads Blogger's `max-results`: how many posts a page (or feed) shows. Like Blogger, a value out
 * of range is brought into it and one that is not a number is ignored, so old links keep working.
 */
export function parseMaxResults(value: SearchParam): number | undefined {
  const raw = first(value);
  if (!raw || !/^\d{1,6}$/.test(raw.trim())) return undefined;
  return Math.min(Math.max(Number(raw), 1), POST_PAGE_SIZE_MAX);
}
