/** What one import run knows while it writes: ids of what it wrote, and the choices it made. */
import type { Prisma } from "@crestwood/db";
import type { ImportPlan } from "../plan";
import type { ImportReport } from "../report";

export type Tx = Prisma.TransactionClient;

export interface WrittenPost {
  id: string;
  /** Its address in this blog now. */
  path: string;
  /** The address it had on Blogger, when it still leads to it (old path → new path for links). */
  oldPath: string | null;
  /** This run wrote it (not an earlier import). */
  fresh: boolean;
}

export interface RunContext {
  plan: ImportPlan;
  report: ImportReport;
  now: Date;
  timeZone: string;
  dryRun: boolean;
  /** `--images download`: data: images stay in the bodies until the image pass moves them. */
  keepDataImages: boolean;
  posts: Map<string, WrittenPost>;
  /** Comment key → its row and its post's row. */
  comments: Map<string, { id: string; postId: string }>;
  /** Comments of this batch that an earlier import already wrote. */
  alreadyImportedComments: Set<string>;
  /** Author key (see authors.ts) → account id. */
  authors: Map<string, string>;
  labels: Map<string, string>;
  /** Addresses this run gave out (the database knows the others). */
  runAddresses: Set<string>;
  /** Addresses posts in the database have now: whether the blog's own or an earlier import's. */
  takenAddresses: Map<string, "blog" | "import">;
  /** Posts of this run → the old post addresses their links lead to (see links.ts). */
  linksToPosts: Map<string, Set<string>>;
  /** Slugs whose posts in the database have been looked up (their addresses are in takenAddresses). */
  checkedSlugs: Set<string>;
  /** Hosts the blog had on Blogger (name.blogspot.com, a custom domain). */
  oldHosts: Set<string>;
  /** Ids of what changed, for the change announcement and the report. */
  changed: { postIds: Set<string>; labelNames: Set<string>; settings: boolean };
}

/** The post an entry's comments belong to (a ?m=1 copy's comments go to the post it copies). */
export function canonicalPost(ctx: RunContext, sourceId: string): string {
  return ctx.plan.aliasOf.get(sourceId) ?? sourceId;
}
