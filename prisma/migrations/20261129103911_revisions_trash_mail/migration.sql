-- Revisions and autosave, optimistic concurrency (Post.version), the trash (posts and comments),
-- account tokens (password reset, e-mail change), profiles, session names, the mail outbox and
-- followers by e-mail.
--
-- Columns are added with ALTER TABLE ... ADD COLUMN instead of the table rebuilds Prisma's diff
-- proposes: a rebuild of "Post" would silently drop its triggers (full-text index, label counts).
-- A fresh `pnpm db:migration:new` after this one finds nothing to change.

-- CreateTable
CREATE TABLE "AccountToken" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "email" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,
    "usedAt" DATETIME,
    CONSTRAINT "AccountToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PostRevision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "postId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "bodyHtml" TEXT NOT NULL,
    "labels" TEXT NOT NULL DEFAULT '[]',
    "version" INTEGER NOT NULL,
    "authorId" TEXT,
    "bytes" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "PostRevision_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PostRevision_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "OutboxMessage" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "html" TEXT NOT NULL,
    "headers" TEXT NOT NULL DEFAULT '{}',
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedUntil" DATETIME,
    "lastError" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" DATETIME
);

-- CreateTable
CREATE TABLE "Subscriber" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "confirmedAt" DATETIME,
    "confirmSentAt" DATETIME,
    "unsubscribedAt" DATETIME
);

-- AddColumn (in place: no table rebuild, so the triggers on "Post" and "PostLabel" stay)
ALTER TABLE "Blog" ADD COLUMN "revisionsToKeep" INTEGER;
ALTER TABLE "Blog" ADD COLUMN "digestFrequency" TEXT NOT NULL DEFAULT 'per_post';
ALTER TABLE "Blog" ADD COLUMN "digestCursor" DATETIME;

ALTER TABLE "User" ADD COLUMN "displayName" TEXT NOT NULL DEFAULT '';
ALTER TABLE "User" ADD COLUMN "bio" TEXT NOT NULL DEFAULT '';
ALTER TABLE "User" ADD COLUMN "website" TEXT;
ALTER TABLE "User" ADD COLUMN "avatarMediaId" TEXT CONSTRAINT "User_avatarMediaId_fkey" REFERENCES "Media" ("id") ON DELETE SET NULL ON UPDATE CASCADE;

ALTER TABLE "Session" ADD COLUMN "userAgent" TEXT NOT NULL DEFAULT '';

ALTER TABLE "Post" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "Post" ADD COLUMN "trashedAt" DATETIME;
ALTER TABLE "Post" ADD COLUMN "trashedStatus" TEXT;

ALTER TABLE "Comment" ADD COLUMN "email" TEXT;
ALTER TABLE "Comment" ADD COLUMN "notifyReplies" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "Comment" ADD COLUMN "trashedAt" DATETIME;
ALTER TABLE "Comment" ADD COLUMN "trashedStatus" TEXT;

-- CreateIndex
CREATE INDEX "Post_trashedAt_idx" ON "Post"("trashedAt");

-- CreateIndex
CREATE INDEX "Comment_email_idx" ON "Comment"("email");

-- CreateIndex
CREATE UNIQUE INDEX "AccountToken_tokenHash_key" ON "AccountToken"("tokenHash");

-- CreateIndex
CREATE INDEX "AccountToken_userId_kind_idx" ON "AccountToken"("userId", "kind");

-- CreateIndex
CREATE INDEX "PostRevision_postId_createdAt_idx" ON "PostRevision"("postId", "createdAt");

-- CreateIndex
CREATE INDEX "PostRevision_postId_kind_authorId_idx" ON "PostRevision"("postId", "kind", "authorId");

-- CreateIndex
CREATE INDEX "OutboxMessage_status_nextAttemptAt_idx" ON "OutboxMessage"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "OutboxMessage_to_idx" ON "OutboxMessage"("to");

-- CreateIndex
CREATE UNIQUE INDEX "Subscriber_email_key" ON "Subscriber"("email");

-- CreateIndex
CREATE INDEX "Subscriber_status_idx" ON "Subscriber"("status");
