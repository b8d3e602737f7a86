/** Reads Blogger's `updated-max` paging parameter; anything unparseable means the first page. */
export function parseUpdatedMax(value: string | string[] | undefined): Date | undefined {
  const raw = Array.isArray(value) ? value[0] : value;
  if (!raw) return undefined;
  const date = new Date(raw);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
