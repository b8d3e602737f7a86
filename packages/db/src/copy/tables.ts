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
  { model: "Post", delegate: "post", key: ["id"] },
  { model: "Label", delegate: "label", key: ["id"], triggerKept: ["postCount"] },
  { model: "PostLabel", delegate: "postLabel", key: ["postId", "labelId"] },
  { model: "Address", delegate: "address", key: ["id"] },
  { model: "Comment", delegate: "comment", key: ["id"], parentField: "parentId" },
  { model: "PostRevision", delegate: "postRevision", key: ["id"] },
  { model: "OutboxMessage", delegate: "outboxMessage", key: ["id"] },
  { model: "Subscriber", delegate: "subscriber", key: ["id"] },
];

/** Models of the schema that COPIED_TABLES does not list. */
export function uncopiedModels(): string[] {
  const listed = new Set(COPIED_TABLES.map((table) => table.model));
  return Object.values(Prisma.ModelName).filter((model) => !listed.has(model));
}
