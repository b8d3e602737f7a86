import type { Change } from "./change";
import { CacheTag } from "./tags";

/** What a change makes stale: everything, or the pages carrying any of these tags. */
export type Affected = { all: true } | { all: false; tags: string[] };

const everything: Affected = { all: true };

/**
 * The one place that decides invalidation: which cached pages, feeds and other derived copies a
 * change affects. Services only say what they changed; pages only say what they show (tags.ts).
 */
export function affectedBy(change: Change): Affected {
  switch (change.type) {
    case "post.changed": {
      const tags = [CacheTag.post(change.id), ...[...new Set([...change.oldPaths, ...change.newPaths])].map(CacheTag.path)];
      // A draft saved again, or a post scheduled for later: nothing readers see yet.
      if (!change.shown) return { all: false, tags };
      tags.push(CacheTag.search, CacheTag.sitemap, CacheTag.addresses, ...change.months.map(CacheTag.titles));
      if (change.listing) {
        const years = new Set(change.months.map((month) => month.slice(0, 4)));
        tags.push(
          CacheTag.list,
          CacheTag.sidebar,
          ...change.labels.map(CacheTag.label),
          ...change.months.map(CacheTag.archive),
          ...[...years].map(CacheTag.archive),
        );
      }
      return { all: false, tags };
    }
    case "comment.changed":
      return { all: false, tags: [CacheTag.comments(change.postId), CacheTag.allComments] };
    case "media.changed":
      return { all: false, tags: change.postIds.map(CacheTag.post) };
    // Label names sit in the sidebar of every page and in every feed entry; settings, bylines and
    // imports reach every page too.
    case "label.changed":
    case "settings.changed":
    case "author.changed":
    case "everything.changed":
      return everything;
  }
}
