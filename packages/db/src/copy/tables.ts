// The tables `crestwood db copy` moves, parents before children, with the key each is read by.
// A model missing here would be silently left behind: tables.test.ts fails when the schema has a
// model this list lacks, so whoever adds one decides how it is copied.
import { Prisma } from "../generated/prisma/client";

export interface CopiedTable {
  model: Prisma.ModelName;
  /** The Prisma client's property for the model. */
  delegate: string;
  /** Primary key fields, to page through rows in a stable order. */
  key: string[];
  /** A field pointing at a row of the same table (threads): parents are written first. */
  parentField?: string;
  /**
   * Fields that database triggers keep on the target (Label.postCount): written as 0, counted again
   * by the triggers while the rows that feed them are copied, then checked against the source.
   */
  triggerKept?: string[];
  /**
   * Fields pointing at a table copied later (User.avatarMediaId → Media, whose rows point back at
   * their uploader): written as null, then set once every table is copied.
   */
  deferred?: string[];
}

export const COPIED_TABLES: CopiedTable[] = [
  { model: "Blog", delegate: "blog", key: ["id"] },
  { model: "User", delegate: "user", key: ["id"], deferred: ["avatarMediaId"] },
  { model: "AccountToken", delegate: "accountToken", key: ["id"] },
  { model: "Session", delegate: "session", key: ["id"] },
  { model: "ApiToken", delegate: "apiToken", key: ["id"] },
  { model: "RateLimit", delegate: "rateLimit", key: ["key"] },
  { model: "KnownDevice", delegate: "knownDevice", key: ["id"] },
  { model: "SetupToken", delegate: "setupToken", key: ["tokenHash"] },
  { model: "Media", delegate: "media", key: ["id"] },
  // Before Post: its rows go in at 0, the Post rows' triggers count them up, then the check.
  { model: "ArchiveMonth", delegate: "archiveMonth", key: ["blogId", "month"], triggerKept: ["postCount"] },
  { model: "Post", delegate: "post", key: ["id"] },
  { model: "Label", delegate: "label", key: ["id"], triggerKept: ["postCount"] },
  { model: "PostLabel", delegate: "postLabel", key: ["postId", "labelId"] },
  { model: "Address", delegate: "address", key: ["id"] },
  { model: "Comment", delegate: "comment", key: ["id"], parentField: "parentId" },
  { model: "PostRevision", delegate: "postRevision", key: ["id"] },
  { model: "OutboxMessage", delegate: "outboxMessage", key: ["id"] },
  { model: "Subscriber", delegate: "subscriber", key: ["id"] },
  // After posts and comments: each record points at the post or comment an import wrote.
  { model: "ImportRecord", delegate: "importRecord", key: ["sourceId"] },
  { model: "ImportJob", delegate: "importJob", key: ["id"] },
];

/**
 * Models left behind on purpose. ChangeLog: announcements for the page caches of servers running
 * on the source; a server on the target starts at its newest row and the source's mean nothing
 * there (copying them would also leave PostgreSQL's id sequence behind the copied ids).
 */
export const NOT_COPIED: readonly Prisma.ModelName[] = ["ChangeLog"];

/** Models of the schema that neither COPIED_TABLES nor NOT_COPIED lists. */
export function uncopiedModels(): string[] {
  const listed = new Set([...COPIED_TABLES.map((table) => table.model), ...NOT_COPIED]);
  return Object.values(Prisma.ModelName).filter((model) => !listed.has(model));
}
