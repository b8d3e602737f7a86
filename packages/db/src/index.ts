export { createDb, getDb, type Db } from "./client";
export { resolveDatabaseUrl, defaultDatabaseUrl, type DatabaseTarget, type DatabaseProvider } from "./database-url";
export { findRepoRoot } from "./repo-root";
export { Prisma } from "./generated/prisma/client";
export type { Blog, User, Post, Label, Comment, Session, ApiToken, Media, PostRevision, OutboxMessage, Subscriber, AccountToken } from "./generated/prisma/client";
export { Language, CommentPolicy, Role, PostKind, PostStatus, CommentStatus, RevisionKind, AccountTokenKind, OutboxStatus, SubscriberStatus, DigestFrequency } from "./generated/prisma/enums";
export { postSearch, MARK_START, MARK_END, type PostSearchDialect, type PostSearchHit, type PostSearchQuery } from "./search/post-search";
