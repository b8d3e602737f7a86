/**
 * How a page tells Crestwood's HTTP server what it shows, so the page cache knows which changes
 * make it stale. The server opens a set for each render it may cache and passes its id in
 * RENDER_ID_HEADER; the page adds tags (cache-tags.ts); the server reads the set when the render
 * ends. Kept on globalThis: the server and Next's bundle each have their own copy of this module.
 */
export const RENDER_ID_HEADER = "x-crestwood-render";

const KEY = Symbol.for("crestwood.renderTags");
const slot = globalThis as unknown as Record<typeof KEY, Map<string, Set<string>> | undefined>;

function registry(): Map<string, Set<string>> {
  slot[KEY] ??= new Map();
  return slot[KEY];
}

export function openRenderTags(id: string): void {
  registry().set(id, new Set());
}

/** The tags reported for the render, and forgets it. */
export function closeRenderTags(id: string): Set<string> {
  const tags = registry().get(id) ?? new Set<string>();
  registry().delete(id);
  return tags;
}

/** Adds tags to the render `id` names; does nothing when no render is open under it. */
export function addRenderTags(id: string | null | undefined, tags: Iterable<string>): void {
  if (!id) return;
  const set = registry().get(id);
  if (set) for (const tag of tags) set.add(tag);
}
